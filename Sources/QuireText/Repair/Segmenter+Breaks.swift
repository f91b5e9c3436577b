/// The join decision between two neighbouring lines, and where a second text begins.
extension Segmenter {
    // MARK: - The join decision

    /// True when the text really breaks between line `i` and the next content line `j`;
    /// `start` is the first line of the block open through `i`.
    func breaks(_ i: Int, _ j: Int, iIsHeading: Bool, from start: Int) -> Bool {
        // (Each line read through the array, not bound: a binding cost a retain and a release
        // a line, three a decision.)
        if marked[i] || marked[j] { return breaksBesideMarkedLine(i, j) }
        // A newspaper article's part ends at its jump to another page (`（下转第二版）`) and a
        // caption at its photo credit (`新华社记者 黄敬文摄`); the page editor's line stands alone.
        if lines[i].script == .cjk, NewspaperMarks.endsWithJump(lines[i]) || NewspaperMarks.endsWithPhotoCredit(lines[i]) { return true }
        if NewspaperMarks.isEditorLine(lines[j]) || NewspaperMarks.isEditorLine(lines[i]) { return true }
        // `(Continued on Page 4, Column 3)`, `Continued from First Page`: a line of its own.
        if lines[i].script == .latin, lines[j].first == "(" || lines[j].first == "C" || lines[i].first == "(" || lines[i].first == "C",
           NewspaperMarks.isLatinJumpLine(lines[j].scalars) || NewspaperMarks.isLatinJumpLine(lines[i].scalars) { return true }
        if sectionLabel(i) { return true }
        // An official document's distribution lines (`抄送：…`, `抄报：…`) start a block.
        if Segmenter.isDistributionLine(lines[j]) { return true }
        // A byline, or a web page's metadata field (`来源：商务部网站`, `发布时间：2022-11-03 17:30`),
        // stands alone.
        if standsAlone[j] { return true }
        if standsAlone[i] && !(lines[i].ending == .open && lines[i].count > 20 && fieldValueGoesOn(i, j)) { return true }
        // A news story opens with its dateline (`新华社北京10月20日电（记者…）`, `本报讯`): a paragraph
        // starts there, whatever came before (a headline set in a narrow column).
        if lines[j].script == .cjk, Segmenter.isAgencyInitial(lines[j].first), Segmenter.opensNewsStory(lines[j]), !lines[i].endsMidClause {
            return true
        }
        // A note in brackets on a line of its own after a complete block (`（此件公开发布）`) is complete.
        // (Its opening bracket asked first, from the record: the test was a call at every decision.)
        if lines[i].first == "（", Segmenter.isBracketNote(lines[i]),
           i == 0 || lines[i - 1].ending == .sentence || closer[i - 1] != nil, !lines[j].first.isLineStartForbidden { return true }
        // An advertisement's insertion code (`jy13-1w`) closes the ad: alone on its line, or
        // opening the advertiser's line (`S. D. HOWE,` / `oc23-1yd Sole Proprietor, New York.`).
        if lines[i].script == .latin, InsertionCode.isWholeLine(lines[i]) { return true }
        if lines[j].script == .latin, lines[j].first.layoutClass == .letter, InsertionCode.length(lines[j]) != nil { return true }
        if iIsHeading { return !continuesHeadline(i, j) }
        // Price lists and tables of contents: each line with leader dots is an entry.
        if lines[i].last.isDigit && lines[j].last.isDigit && lines[i].hasLeaderDots && lines[j].hasLeaderDots { return true }
        // A line set in capitals that ends in a comma, over a capitalised line: a card or an
        // address (`DR. E. F. CLARKE,` / `Physician and Surgeon.`), not a sentence going on.
        if lines[i].script == .latin, lines[i].last == ",", Segmenter.isAllCapitals(lines[i]), lines[j].first.isUppercaseLetter,
           !Segmenter.isAllCapitals(lines[j]) { return true }
        // A column or page break may leave a blank line inside a sentence: a Latin line with no
        // final mark before a lower-case line, or a Chinese line ending mid-clause, goes on.
        // A bullet (`•`, `●`, `■`) opens an item whatever the line before ended with (`• street
        // sweeping; and` / `• traffic signal maintenance.`). (Asked here, before the first
        // decision to join, not at the top: the range test alone, for every decision.)
        if LinePatterns.opensItemAlways(lines[j].first), lines[j].count > 1 { return true }
        // So does a dash and a space before Chinese (`– 高频事项…`): a slide's or outline's sub-item.
        if lines[j].first == "–" || lines[j].first == "-", LinePatterns.opensDashItem(lines[j].scalars) { return true }
        if lines[j].first.isLineStartForbidden { return false }
        // `阿兰` / `·维克托`: a transliterated name cut at its middle dot goes on.
        if lines[j].first == "·", lines[i].last.layoutClass == .han, lines[j].count > 1,
           lines[j].scalars[1].layoutClass == .han { return false }
        if lines[i].script == .latin, lines[i].ending == .open, lines[j].first.isLowercaseLetter,
           LinePatterns.itemLabelLength(lines[j]) == nil { return false }
        if lines[i].script == .cjk, lines[i].endsMidClause { return false }
        // Blank lines around page furniture belong to the page break, not to the text.
        let pageBreak = j > i + 1
        if blankLinesMatter && lines[j].blankLinesBefore > 0 && !pageBreak { return true }
        if wideBlankGapsMatter && lines[j].blankLinesBefore >= 2 && !pageBreak { return true }
        // Certain continuations (a line-start-forbidden mark was answered above); not a letter's
        // salutation (`Dear Secretary-General,`), which stands before its first paragraph.
        if lines[i].endsMidClause {
            return lines[i].script == .latin && lines[i].last == "," && salutes(i, j)
        }
        if lines[i].last.isDigit && LinePatterns.numberFollowers.contains(lines[j].first) {
            // (Not a field's number over the next field, `项目编号：JCZB-2024-0318` / `项目名称：…`:
            // 项 there opens a label, no unit.)
            return lines[j].first.layoutClass == .han && fieldLineOverField(i, j)
        }
        if lines[i].script == .latin, lines[i].last.isLineEndHyphen || lines[i].last == "\u{00AD}", lines[j].first.isLowercaseLetter { return false }
        // `12:` / `00`: a time cut after its colon.
        if lines[i].last == ":", lines[i].count >= 2, lines[i].scalars[lines[i].count - 2].isDigit, lines[j].first.isDigit,
           lines[j].count >= 2, lines[j].scalars[1].isDigit { return false }
        // `增长5.` / `8%`: a decimal number cut after its point (Chinese sentences end in `。`).
        if lines[i].script == .cjk, lines[i].last == ".", lines[i].count >= 2, lines[i].scalars[lines[i].count - 2].isDigit,
           lines[j].first.isDigit { return false }
        // `service@mofcom.` / `gov.cn。`: a Latin token (an address, a domain) cut after its
        // point in Chinese text, whose sentences end in `。`.
        if lines[i].script == .cjk || lines[j].script == .cjk, lines[i].last == ".", lines[i].count >= 2, lines[j].first.value < 0x80, lines[j].first.isLowercaseLetter,
           case let before = lines[i].scalars[lines[i].count - 2], before.value < 0x80,
           before.layoutClass == .letter || before.isDigit { return false }
        // `$86,-` / `500`, `1914-` / `1918`: a number cut at a hyphen (the next line is not an item `500.`).
        if lines[i].last.isLineEndHyphen, lines[i].count >= 2, lines[j].first.isDigit,
           lines[i].scalars[lines[i].count - 2] == "," || lines[i].scalars[lines[i].count - 2].isDigit { return false }
        let bLabel = LinePatterns.mayOpenLabel(lines[j].first) && LinePatterns.itemLabelLength(lines[j]) != nil
        // A justified (letter-spaced) full line is never a paragraph's last line.
        // (Not where OCR letter-spaced nearly every line: then it says nothing of justification.)
        if lines[i].isLetterspaced && !letterspacingIsOCR && !bLabel && (lines[i].ending != .sentence || isFull(i)) { return false }
        // The decision by how line `i` ends, out of line: with it inside, this function
        // outgrew the size at which its flag arrays' reads are inlined (a call each).
        return breaksByEnding(i, j, bLabel: bLabel, from: start)
    }

    /// The last part of `breaks`: the decision by how line `i` ends, `bLabel` saying whether
    /// line `j` opens with an item label, `start` the first line of the block open through `i`.
    /// (Not inlined, as `shortLineHeads`.)
    @inline(never)
    func breaksByEnding(_ i: Int, _ j: Int, bLabel: Bool, from start: Int) -> Bool {
        // A reference list's entry goes on to its end (`ReferenceEntry.goesOn`: past an open or
        // a clause's ending).
        if lines[start].first == "[" || lines[start].first == "［", ReferenceEntry.goesOn(lines[start], lines[i], lines[j]) { return false }
        switch lines[i].ending {
        case .sentence:
            if lines[i].script == .latin {
                // A lower-case line after a short abbreviation (`some in 1 lb.` / `and 1/4 lb.
                // boxes.`) or after a display line in capitals set inside the sentence (`PURE
                // BUOYANT BLOOD.` / `gushing through every vein`): the sentence goes on, however
                // short the line. (Not before an item, nor before an ad's insertion code,
                // `jy13-1w`, whose first word holds digits. After other short lines a lower-case
                // start may be a paragraph whose capital OCR lost, `he exhibition`.)
                if lines[j].script == .latin, lines[j].first.isLowercaseLetter, !bLabel, !Segmenter.firstWordHasDigit(lines[j]),
                   Segmenter.isAllCapitals(lines[i]) || Segmenter.endsInShortAbbreviation(lines[i]) { return false }
                // With no column to measure by (a short text), every line counts as short.
                let w = width(i)
                let margin = !w.isFinite ? 3 : (flushParagraphs ? max(1.25, w * 0.06) : max(3, w * 0.12))
                if isShort(i, by: margin) { return true }
                if looksIndented(j) || bLabel { return true }
                // A run-in head or a dateline opens a paragraph (`WHEAT—No. 2 red…`, `CHICAGO,
                // June 12.—Wheat opened…`), where a column sets no indent.
                if lines[j].first.isUppercaseLetter, opensWithRunInHead(j) { return true }
                // A short line with no mark between a sentence's end and a new start
                // (`…(42 per cent).` / `Recommendations` / `1) Extend…`): a heading.
                if lines[j].script == .latin, lines[j].first.isUppercaseLetter, lines[j].last.layoutClass == .letter,
                   latinHeadingFollows(j) { return true }
                // A line in capitals after a full line that ends a sentence: a subheading over
                // running text (`impossible.` / `YOUNG MEN` / `Especially, who…`), or a closing
                // line or a name signing off set short (`SKIN DISEASES SPEEDILY CURED.`,
                // `S. D. HOWE,`), not the sentence going on.
                if lines[j].script == .latin, Segmenter.isAllCapitals(lines[j]),
                   isCapitalsHeadline(j) || ((lines[j].ending == .sentence || lines[j].last == ",") && isShort(j, by: margin)) { return true }
                return false
            }
            if lines[j].script == .latin && lines[j].first.isLowercaseLetter { return false }
            // An indented first line that fills the column with its indent, over a line set
            // flush: the indent opened this paragraph, and a new one would be indented too.
            if lines[i].isIndented, !lines[j].isIndented, !bLabel, indentedFirstLineGoesOn(i, j) { return false }
            // Where paragraphs begin indented, the indent decides after any line not clearly
            // short: a column's lines vary by an em or two, and a page of several articles
            // blurs the column estimate further (only a line 3 ems short ends on its own).
            if indentMarksParagraphs && !isShort(i, by: 3) && !bLabel { return lines[j].isIndented }
            // A sentence a line: only an indent, a label or a heading starts a paragraph.
            if sentencePerLine && !bLabel { return sentenceLineBreaks(before: j) }
            // Where blank lines separate paragraphs, a full line with no blank after it goes on.
            if blankLinesMatter && lines[j].blankLinesBefore == 0 && !isShort(i, by: 3) && !lines[j].isIndented && !bLabel { return false }
            // A full line that ends a sentence: the paragraph may end, or go on.
            // `二是…` where `一是…` also opened a line: the next point of a list set as
            // paragraphs (an inline list seldom puts its first point at a line start).
            if lines[j].script == .cjk, let ordinal = lines[j].withScalars({ LinePatterns.enumeratorOrdinal($0) }), ordinal >= 2,
               enumeratorLineStarts.contains(ordinal - 1) { return true }
            // A quotation's attribution (`…”李大伯笑着说。`) at the end of a full line closes its paragraph.
            // (Its final `。` asked first, from the record.)
            if lines[i].script == .cjk, lines[i].last == "。", lines[i].withScalars({ LinePatterns.endsWithAttribution($0) }) { return true }
            // The next line opens the way this document's sentences open inside paragraphs
            // (`团长们…` after `。`), and never the way a paragraph that certainly starts does
            // (after a line short by 3 ems or more): unless this line is that short, it goes on.
            if !isShort(i, by: 3) && !looksIndented(j) && !bLabel && opensOnlySentences(j) { return false }
            if isFull(i) && !looksIndented(j) && !bLabel {
                if indentedFirstLines {
                    // First lines are indented and this one is not: it goes on.
                    if lines[j].ending == .open { return false }
                    // The next line is itself a paragraph's last line: too short to show an
                    // indent, so ask how this document's paragraphs begin.
                    if !startsLikeParagraph(j) && !starters.isEmpty { return false }
                } else if continuationLikely && !startsLikeParagraph(j) {
                    return false
                } else if lines[i].script == .cjk, !startsLikeParagraph(j), paragraphHasRoom(from: start, through: i, before: j) {
                    return false
                }
            }
            return true
        case .clause:
            if bLabel || lines[j].isIndented { return true }
            if lines[i].script == .latin { return latinClauseLineEnds(i, before: j) }
            // Where indents mark paragraphs, a clause goes on into an unindented line.
            return !indentMarksParagraphs && isShort(i, by: 1.5)
        case .open:
            // A short line of a letter's close, a notice's fields or its numbered lines
            // (`shortOpenLineEnds`), asked only of lines short of the widest by 3 ems or set far right.
            if lines[i].width < widestLines - 3 || lines[i].indent >= 8, shortOpenLineEnds(i, j, bLabel: bLabel) { return true }
            // A letter's or a report's address goes on to its colon (`To the Honorable the Mayor
            // and City` / `Council:`), however short the line.
            if lines[j].last == ":", Segmenter.addressGoesOn(lines, i, j) { return false }
            // (Not after an article or a preposition: `Sarley des` / `4. Tiroler…` is a German
            // ordinal going on, not an item.)
            if bLabel && isShort(i, by: 3) && !(lines[i].script == .latin && Segmenter.endsInFunctionWord(lines[i])) { return true }
            // A bulleted item ends before a label (`• 建成…平台` / `二、重点任务`): its words do not go
            // on into a numbered line, whatever the line's width says.
            if bLabel, lines[j].script == .cjk, LinePatterns.opensItemAlways(lines[start].first) { return true }
            // A list's last item but one ends in its conjunction (`(b) fraud …; or` / `(c) any
            // other…`): the next bracketed label opens the next item.
            if bLabel, lines[i].script == .latin, lines[j].first == "(", Segmenter.endsListItem(lines[i].scalars) { return true }
            // A Chinese line with no final mark, clearly short of the column, ends where it heads
            // what follows: a numbered heading, or a labelled headline (`shortLineHeads`). Only
            // where the width is sure: short by a fifth of the column. (A text too short for a
            // column estimate is measured against its widest lines.)
            if lines[i].script == .cjk, !lines[i].hasSentenceMark,
               case let w = width(i).isFinite ? width(i) : widestLines, w.isFinite,
               lines[i].width < w - max(4, w * 0.2), shortLineHeads(i, j, from: start) { return true }
            if lines[j].isIndented, openLineEndsBeforeIndent(i) { return true }
            // A subheading with no punctuation over a paragraph indented by two ems: a narrow
            // newspaper column fills the subheading, so its width says nothing.
            if lines[i].script == .cjk, lines[j].indent >= 2, !lines[i].isIndented,
               Segmenter.readsAsSubheading(lines[i].scalars) { return true }
            if isCentredHeading(i, over: j) { return true }
            // A Latin line that stops far short of its column with no mark, over a capital (`…and
            // the` / `Republic of Singapore` / `At the invitation…`): a heading or a title's last
            // line ends there; prose is cut only where the column is full. (Not display lines in
            // capitals, `SENTERY FLUX, SUMMER` / `COMPLAINT.`, which an advertisement sets short.)
            if lines[i].script == .latin, lines[j].first.isUppercaseLetter, width(i).isFinite, lines[i].width < width(i) * 0.6,
               lines[i].last.layoutClass == .letter, !Segmenter.endsInFunctionWord(lines[i]),
               !Segmenter.isAllCapitals(lines[i]), !Segmenter.isAllCapitals(lines[j]) { return true }
            return false
        }
    }

    /// The decision where line `i` or `j` is `marked`: after a closing line, or before one,
    /// by whether `j` ends a name cut on the line before; beside an official mark, a table cell
    /// or front matter, always a break. (Out of line: the rare case.)
    @inline(never)
    func breaksBesideMarkedLine(_ i: Int, _ j: Int) -> Bool {
        if closer[i] != nil || closer[j] != nil { return !nameTails[j] }
        // (An official mark, a table cell or front matter at `i` or `j`: what else marks a line.)
        return true
    }

    /// Line `i`, a line that stands alone with no final mark, is a field whose value the column
    /// cut (`参会人员：…各区县人民政府分管负责同志，市直有关部门` / `负责同志`): a full line that
    /// goes on, though not into a line that opens with a label of its own (`主旨：…`), nor from a
    /// line of several fields or a form's line, which is whole. (Not inlined, as `shortLineHeads`.)
    @inline(never)
    func fieldValueGoesOn(_ i: Int, _ j: Int) -> Bool {
        isFull(i) && !WebPageMarks.opensWithLabel(lines[j].scalars) && WebPageMarks.fieldGaps(lines[i]) == nil
            && !FormLines.isFormLine(lines[i])
    }

    /// Line `i`, with no final mark, ends its block before an indented line: where it is short
    /// of its column by 3 ems and not indented itself, or, where indents mark paragraphs, a
    /// Chinese line however wide it is (a front-matter line set across the page, `（商务部国际
    /// 贸易经济合作研究院，北京 100710）` / `　　摘　要：…`, or a keyword line, `　　关键词：数字
    /// 贸易；规则对接` / `　　当前，…`): a column cut is never followed by an indent. (Not inlined,
    /// as `shortLineHeads`.)
    @inline(never)
    func openLineEndsBeforeIndent(_ i: Int) -> Bool {
        (!lines[i].isIndented && isShort(i, by: 3)) || (indentMarksParagraphs && lines[i].script == .cjk)
    }

    /// A Latin line `i` that ends a clause ends its paragraph when it is short of its column by
    /// 3 ems or an eighth. A paragraph's indented first line (`　　Key words: digital trade; rule
    /// alignment;` / `cross-border data flows…`) reaches the margin with its indent: before a
    /// lower-case line it is measured so. (Not inlined, as `shortLineHeads`.)
    @inline(never)
    func latinClauseLineEnds(_ i: Int, before j: Int) -> Bool {
        let margin = max(3, width(i) * 0.12)
        if lines[i].isIndented, lines[j].first.isLowercaseLetter { return lines[i].width + lines[i].indent < width(i) - margin }
        return isShort(i, by: margin)
    }

    /// Line `i`, a Chinese line with no final mark clearly short of its column, heads what
    /// follows, so the text breaks after it (a line is cut only when full):
    /// - a numbered heading (`二、进一步规范涉企收费，推动减轻市场主体经营负担`), even over plain
    ///   prose in a flat extraction, with no space, digit or Latin letter inside (set narrow, or
    ///   kept whole over the line end: `同比增长` / `50.3%`) and reading as a heading: no bracket
    ///   left open (`遵循《江城市公共数据开放`);
    /// - a labelled headline (`访谈：让开放的大门越开越大`) over an interview's first question
    ///   (`记者：今年以来，…`), a line that opens with a label of its own.
    /// Not inlined: the join decision, asked of every line, stays small enough for its own reads
    /// of the line facts to be inlined.
    /// A numbered heading that wrapped onto a short second line (`一、提高站位，…的重大意` /
    /// `义`) ends there too: its label opens the line before, `start`.
    @inline(never)
    func shortLineHeads(_ i: Int, _ j: Int, from start: Int) -> Bool {
        if !lines[i].hasSpace, lines[i].letterCount == 0, LinePatterns.itemLabelLength(lines[i]) != nil,
           !lines[j].first.isDigit, !lines[i].scalars.contains(where: { $0.isDigit }),
           !Segmenter.hasUnclosedBracket(lines[i].scalars) { return true }
        if start == i - 1, lines[i].script == .cjk, !lines[j].first.isDigit, wrappedHeadingEnds(start, i) { return true }
        return lines[j].script == .cjk && Segmenter.opensWithHanLabel(lines[j].scalars)
    }

    /// Lines `h` and `i` are one numbered heading cut by the column: `h` opens with a label and
    /// ends open, neither holds a sentence's end, a digit, a Latin letter or a space, and no
    /// bracket is left open across them.
    private func wrappedHeadingEnds(_ h: Int, _ i: Int) -> Bool {
        guard lines[h].ending == .open, !lines[h].hasSpace, !lines[i].hasSpace, lines[h].letterCount == 0, lines[i].letterCount == 0,
              !lines[h].hasSentenceMark, LinePatterns.itemLabelLength(lines[h]) != nil else { return false }
        let both = Array(lines[h].scalars) + Array(lines[i].scalars)
        return !both.contains(where: { $0.isDigit }) && !Segmenter.hasUnclosedBracket(LineScalars(both))
    }

    /// The paragraph open from line `start` through the full line `i`, which ends a sentence,
    /// holds fewer than half the sentences this document's paragraphs hold on average (those
    /// that end on a short line, counted with the sentences that end inside lines): it more
    /// likely goes on. A sentence end falls at a full line's end about as often as anywhere, so
    /// only the paragraph's own length says whether it is done; the half keeps the rule to
    /// documents whose paragraphs run long (a joint statement's one-sentence paragraphs never
    /// reach it). Not over a speaker's turn or a closing formula.
    @inline(never)
    func paragraphHasRoom(from start: Int, through i: Int, before j: Int) -> Bool {
        // (A paragraph of over 200 lines has no room: the count, made afresh at every such
        // line, stays bounded, and the pass linear in the text.)
        guard certainParagraphEnds >= 2, start <= i, i - start < 200 else { return false }
        // A speaker's turn (`答：`, `记者：`) or a notice's closing formula (`特此公告。`) starts
        // a paragraph of its own.
        if lines[j].script == .cjk, lines[j].first == "特" && lines[j].count > 1 && lines[j].scalars[1] == "此"
            || Segmenter.opensWithHanLabel(lines[j].scalars) { return false }
        var sentences = 0
        for k in start...i {
            lines[k].withScalars { scalars in
                for c in scalars where c == "。" || c == "！" || c == "？" { sentences += 1 }
            }
        }
        // Fewer than half the average: sentences * ends < (sentences in all) / 2.
        return 2 * sentences * certainParagraphEnds < midLineSentenceEnds + certainParagraphEnds
    }

    /// Latin line `j`, after a sentence's end, is a heading set short: under half its column,
    /// eight words at most, ending in a letter but not in a function word, and the next line
    /// opens anew (a capital, a label, a bullet). A paragraph's last line ends with its mark,
    /// and a line inside one is cut only where the column is full. (Not inlined, as `shortLineHeads`.)
    @inline(never)
    func latinHeadingFollows(_ j: Int) -> Bool {
        guard width(j).isFinite, lines[j].width < width(j) * 0.5, !Segmenter.endsInFunctionWord(lines[j]),
              !Segmenter.isAllCapitals(lines[j]), let k = nextContent(after: j), lines[k].script == .latin else { return false }
        var words = 1
        for c in lines[j].scalars where c == " " { words += 1 }
        guard words <= 8 else { return false }
        let first = lines[k].first
        return first.isUppercaseLetter || LinePatterns.opensItemAlways(first)
            || LinePatterns.mayOpenLabel(first) && LinePatterns.itemLabelLength(lines[k]) != nil
    }

    /// Chinese line `i`, indented by two to four ems and full with its indent, goes on into the
    /// flush Chinese line `j` (not a bullet's or a caption's mark, `■`, `▲`). (Not inlined, as
    /// `shortLineHeads`.)
    @inline(never)
    func indentedFirstLineGoesOn(_ i: Int, _ j: Int) -> Bool {
        lines[i].script == .cjk && lines[j].script == .cjk && lines[i].indent >= 2 && lines[i].indent <= 4 && isFull(i)
            && !LinePatterns.opensItemAlways(lines[j].first) && !lines[j].first.isLineStartForbidden
    }

    /// Line `i`, with no final mark, short of the document's widest lines by 3 ems or set far
    /// right, ends:
    /// - two lines set far right, the second a whole date (`学生：李思远` / `2024年6月3日`): a
    ///   letter's signature and its date, each a line;
    /// - a field line (`项目编号：JCZB-2024-0318`, `联系方式：0716-8523467`) over another field or a
    ///   numbered line: a notice's list of fields, one a line (`fieldLineEnds`);
    /// - a numbered line set short over the next numbered line, where a run of short lines
    ///   narrowed the local column (`四、…请按以下方式联系` / `1.采购人信息`).
    /// (Not inlined, as `shortLineHeads`.)
    @inline(never)
    func shortOpenLineEnds(_ i: Int, _ j: Int, bLabel: Bool) -> Bool {
        if lines[i].indent >= 8, lines[j].indent >= 8, lines[j].script == .cjk, Segmenter.isWholeDateLine(lines[j]) { return true }
        if lines[i].script != .latin || lines[i].hanCount >= 2, lines[i].first.layoutClass == .han,
           Segmenter.fieldLabelLength(lines[i].scalars) != nil, fieldLineEnds(i, before: j, bLabel: bLabel) { return true }
        return bLabel && lines[i].script == .cjk && lines[i].width < widestLines - max(4, widestLines * 0.2)
            && LinePatterns.mayOpenLabel(lines[i].first) && LinePatterns.itemLabelLength(lines[i]) != nil
    }

    /// Field line `i`, short of its column (with its indent) and of the document's widest lines
    /// by 3 ems (a run of short fields narrows the local column estimate to their own width,
    /// and front matter set across the page widens the widest), over a line that opens with a
    /// Han character or an item label: the field's value is complete (a line is cut only where
    /// full). (Not inlined, as `shortLineHeads`.)
    @inline(never)
    func fieldLineEnds(_ i: Int, before j: Int, bLabel: Bool) -> Bool {
        guard widestLines.isFinite, lines[i].width < widestLines - 3 else { return false }
        // (Over another field, at any width: a value cut by the column goes on with its words,
        // not with a label.)
        if lines[j].first.layoutClass == .han, Segmenter.fieldLabelLength(lines[j].scalars) != nil { return true }
        return !isFull(i) && (bLabel || lines[j].first.layoutClass == .han)
    }

    /// Field line `i` ends over field line `j` (`fieldLineEnds`). (Not inlined, as `shortLineHeads`.)
    @inline(never)
    func fieldLineOverField(_ i: Int, _ j: Int) -> Bool {
        Segmenter.fieldLabelLength(lines[j].scalars) != nil && Segmenter.fieldLabelLength(lines[i].scalars) != nil
            && fieldLineEnds(i, before: j, bLabel: false)
    }

    /// The line is a date and nothing more (`2024年6月3日`). (Not inlined: asked only of lines
    /// set far right.)
    @inline(never)
    static func isWholeDateLine(_ line: LineProfile) -> Bool { line.count <= 20 && LinePatterns.isDateLine(line.scalars) }

    /// A field's label at the line's start: two to eight Han characters and a colon
    /// (`项目编号：`, `合同履行期限：`); the label's length with its colon.
    static func fieldLabelLength(_ s: LineScalars) -> Int? { hanLabelLength(s, han: 2...8) }

    /// The length with its colon of a label of `han` Han characters opening the line, with
    /// something after it (`fieldLabelLength`, `opensWithHanLabel`).
    static func hanLabelLength(_ s: LineScalars, han: ClosedRange<Int>) -> Int? {
        var k = 0
        while k < s.count, k <= han.upperBound, s[k].layoutClass == .han { k += 1 }
        guard han.contains(k), k + 1 < s.count, s[k] == "：" || s[k] == ":" else { return nil }
        return k + 1
    }

    /// The line ends a list's item with its conjunction: `; or`, `; and`, `, or`, `, and`.
    static func endsListItem(_ s: LineScalars) -> Bool {
        let n = s.count
        func endsWith(_ word: String) -> Bool {
            let w = Array(word.unicodeScalars)
            guard n >= w.count + 2, s[n - w.count - 1] == " ", s[n - w.count - 2] == ";" || s[n - w.count - 2] == "," else { return false }
            for (k, c) in w.enumerated() where s[n - w.count + k] != c { return false }
            return true
        }
        return endsWith("or") || endsWith("and")
    }

    /// Line `i` is a letter's salutation over a capitalised line (not inlined, as `shortLineHeads`).
    @inline(never)
    func salutes(_ i: Int, _ j: Int) -> Bool {
        lines[j].first.isUppercaseLetter && LatinSalutation.isSalutation(lines[i])
    }

    /// A Chinese line with no sentence punctuation whose quotation marks and brackets, if any,
    /// all close inside it (`行政院會議通過「數位發展部組織法」草案`): it may be a heading of its own.
    /// A mark left open (`关于印发《江城市`) carries the line on.
    @inline(never)
    static func readsAsSubheading(_ s: LineScalars) -> Bool {
        var depth = 0
        for c in s {
            if LinePatterns.isSentencePunctuation(c) { return false }
            if c.isOpeningMark {
                depth += 1
            } else {
                switch c.value {
                case 0x201D, 0x2019, 0x300D, 0x300F, 0xFF09, 0x29, 0x300B, 0x3009, 0x3011, 0xFF3D, 0x5D, 0x3015, 0x3017:
                    depth -= 1
                    if depth < 0 { return false }
                default: break
                }
            }
        }
        return depth == 0
    }

    /// In a text set a sentence a line (`sentencePerLine`), whether line `j` starts a paragraph
    /// after a sentence's end: it is indented, or reads as a heading (no punctuation, no final
    /// mark). (Not inlined, as `shortLineHeads`.)
    @inline(never)
    func sentenceLineBreaks(before j: Int) -> Bool {
        lines[j].isIndented || lines[j].ending == .open && !lines[j].hasSentencePunctuation
    }

    /// `Segmenter.opensWithRunInHead(_:)` of line `j` (not inlined, as `shortLineHeads`).
    @inline(never)
    func opensWithRunInHead(_ j: Int) -> Bool { Segmenter.opensWithRunInHead(lines[j].scalars) }

    /// The line opens with a run-in head in capitals and its dash (`WHEAT—`, `NEW YORK
    /// CENTRAL.—`, `CORN--`), or with a news dateline, a place in capitals, a comma and the
    /// date before the dash (`CHICAGO, June 12.—`, `WASHINGTON, D. C., June 12.—`).
    static func opensWithRunInHead(_ s: LineScalars) -> Bool {
        func isCapital(_ c: Unicode.Scalar) -> Bool { c.value &- 0x41 < 26 }
        func isDash(_ k: Int) -> Bool { s[k] == "—" || (s[k] == "-" && k + 1 < s.count && s[k + 1] == "-") }
        var k = 0, capitals = 0
        // The capitals, with the points, spaces, apostrophes and ampersands of names.
        while k < s.count, k < 40, isCapital(s[k]) || s[k] == " " || s[k] == "." || s[k] == "'" || s[k] == "&" {
            if isCapital(s[k]) { capitals += 1 }
            k += 1
        }
        guard capitals >= 3, k < s.count, k > 0, s[k - 1] != " " else { return false }
        if isDash(k) { return true }
        // A dateline: after the place's comma, the date (any letters, digits, points and
        // commas, no dash) within thirty scalars, then the dash.
        guard s[k] == "," else { return false }
        var m = k + 1
        while m < s.count, m < k + 30, !isDash(m) {
            let c = s[m]
            guard c.value < 0x80, c != "!" && c != "?" && c != ";" && c != ":" else { return false }
            m += 1
        }
        return m < s.count && m < k + 30 && m > 0 && s[m - 1] == "."
    }

    /// The line opens with a label of one to five Han characters and its colon (`记者：`, `张明：`,
    /// `来源：`), with something after it.
    static func opensWithHanLabel(_ s: LineScalars) -> Bool { hanLabelLength(s, han: 1...5) != nil }

    /// Line `i` is set centred (indented further than the paragraph's indented first line under
    /// it), with no punctuation, over prose: a headline spanning the columns of a narrow-column
    /// article, whose width says nothing (it may be wider than the column), and whose own
    /// indent is centring, not a paragraph's first line. A second title line under it would
    /// have no punctuation either, so a centred two-line title stays one.
    /// (The indent of line `j` asked inline first: most lines have none, and the call to find
    /// so, which bound both lines, a retain and a release each, was made at most join decisions.)
    @inline(__always)
    func isCentredHeading(_ i: Int, over j: Int) -> Bool {
        lines[j].indent >= 1 && isCentredHeadingOverIndent(i, over: j)
    }

    /// `isCentredHeading` past the indent of line `j`.
    private func isCentredHeadingOverIndent(_ i: Int, over j: Int) -> Bool {
        let a = lines[i], b = lines[j]
        guard a.script == .cjk, b.script == .cjk, a.count <= 40, b.indent >= 1, a.indent >= b.indent + 1,
              closer[i] == nil, closer[j] == nil else { return false }
        if a.scalars.contains(where: { LinePatterns.sentencePunctuation.contains($0) || $0.isOpeningMark }) { return false }
        return b.scalars.contains(where: { LinePatterns.sentencePunctuation.contains($0) })
    }

    static let newsAgencies: [[Unicode.Scalar]] = ["新华社", "本报", "中新社", "中新网", "人民网", "央视网", "新华网"].map { Array($0.unicodeScalars) }
    /// The first characters of `newsAgencies`.
    static let agencyInitials = ScalarSet(String(String.UnicodeScalarView(newsAgencies.map { $0[0] })))

    /// `agencyInitials.contains(s)` by five compares: the set, a lazy global, cost a `swift_once`
    /// each time the join decision asked it of a Chinese line. (A test keeps the two equal.)
    @inline(__always)
    static func isAgencyInitial(_ s: Unicode.Scalar) -> Bool {
        s == "新" || s == "本" || s == "中" || s == "人" || s == "央"
    }

    /// The line opens with a news dateline: `本报讯`, or an agency and `…日电` in its first 24
    /// characters. Spaces are skipped: OCR letter-spaces datelines too (`新 华 社 北 京 3 月 5 日 电`).
    static func opensNewsStory(_ line: LineProfile) -> Bool {
        let s = line.scalars
        guard s.count >= 4, isAgencyInitial(s[0]) else { return false }
        // Most lines are answered by their first character alone; the rest are read without
        // spaces, through an index (no copy of the line is made).
        var k = 0
        func next() -> Unicode.Scalar? {
            while k < s.count, s[k] == " " || s[k] == "\u{3000}" { k += 1 }
            guard k < s.count else { return nil }
            k += 1
            return s[k - 1]
        }
        agencies: for agency in newsAgencies {
            k = 0
            for scalar in agency where next() != scalar { continue agencies }
            guard let after = next() else { return false }
            if after == "讯" { return true }
            var previous = after, read = agency.count + 1
            while read < 24, let scalar = next() {
                if scalar == "电" && previous == "日" { return true }
                if LinePatterns.isSentencePunctuation(scalar) { return false }
                previous = scalar
                read += 1
            }
            return false
        }
        return false
    }

    /// An official document's distribution line: `抄送：…`, `抄报：…`.
    @inline(__always)
    static func isDistributionLine(_ line: LineProfile) -> Bool {
        // The first scalar as the profile stores it: most lines are answered before their
        // scalars are handed over (a retain and a release of the document's buffer).
        guard line.first == "抄", line.count >= 3 else { return false }
        let s = line.scalars
        return (s[1] == "送" || s[1] == "报") && (s[2] == "：" || s[2] == ":")
    }

    /// What an official document prints after its signature and date, which opens no second
    /// text: a note in brackets (`（此件公开发布）`), its distribution line, the issuing office's
    /// line (`国务院办公厅秘书局  2022年9月8日印发`).
    static func isOfficialTail(_ line: LineProfile) -> Bool {
        let s = line.scalars
        if s.count >= 3, s[0] == "（" || s[0] == "(", s[1] == "此", s[2] == "件" { return true }
        if s.count >= 2, s[s.count - 2] == "印", s[s.count - 1] == "发" { return true }
        return isDistributionLine(line)
    }

    // MARK: - Division boundaries

    /// A break between `i` and `j` where the column width changes clearly: another text starts.
    func startsNewDivision(_ i: Int, _ j: Int) -> Bool {
        // Closing lines end the text before them; they never open a division of their own.
        if closer[j] != nil { return false }
        if closesText(i) {
            // What an official document prints after its closer stays with it (`（本文有删减）`
            // before an attached text): the next text starts after it.
            if isTailNote(j) { return false }
            // Another text follows the closing block, unless it is only a short note such as
            // `（此件公开发布）`: count what comes before the next closing block or the end.
            var k = j, lineCount = 0, scalars = 0
            while k < lines.count, closer[k] == nil, lineCount < 3 {
                if !furniture[k] && !Segmenter.isOfficialTail(lines[k]) { lineCount += 1; scalars += lines[k].count }
                k += 1
            }
            return lineCount >= 3 || scalars >= 80
        }
        let change = widthChange(at: i)
        guard change >= 1.25 else { return false }
        // Only the sharpest change in its neighbourhood marks the boundary.
        let radius = 12
        for k in max(0, i - radius)...min(lines.count - 1, i + radius) where k != i && lines[k].ending != .open {
            let other = widthChange(at: k)
            if other > change || (other == change && k < i) { return false }
        }
        // (A Latin column is ragged on the right: its lines' widths wander by an em or more from
        // paragraph to paragraph, and a headline and byline above the first narrow the mean
        // before it. There another text opens with its headline, a line short of the column,
        // not with a paragraph's full first line.)
        if lines[j].script == .latin { return change >= 2 && isShort(j, by: 3) }
        if change >= 2 { return true }
        return lines[j].isIndented
    }

    /// Line `i` ends a text: a closing line, or a note or imprint line printed after one.
    private func closesText(_ i: Int) -> Bool {
        var k = i
        while k >= 0 {
            if furniture[k] { k -= 1; continue }
            if closer[k] != nil { return true }
            guard isTailNote(k) else { return false }
            k -= 1
        }
        return false
    }

    /// An official document's tail line (`抄送：…`, `…印发`) or a short note in brackets
    /// (`（此件公开发布）`, `（本文有删减）`).
    private func isTailNote(_ k: Int) -> Bool {
        let line = lines[k]
        return Segmenter.isOfficialTail(line) || Segmenter.isBracketNote(line)
    }

    /// A short Chinese note in brackets on a line of its own (`（此件公开发布）`, `（本文有删减）`).
    static func isBracketNote(_ line: LineProfile) -> Bool {
        line.script == .cjk && line.count <= 20 && line.first == "（" && line.last == "）"
            && !Segmenter.hasUnclosedBracket(line.scalars)
    }

    /// How much the column's width differs before and after line `i`.
    private func widthChange(at i: Int) -> Double {
        column.widthChange[i]
    }
}

extension Segmenter {
    /// The line's first word (up to the first space) holds a digit: an ad's insertion code
    /// (`jy13-1w`, `feb20-1y*`) or a reference, not a word of running text.
    static func firstWordHasDigit(_ line: LineProfile) -> Bool {
        for s in line.scalars {
            if s == " " || s == "\t" { return false }
            if s.isDigit { return true }
        }
        return false
    }

    /// The line ends in an abbreviation of a measure or a Latin term (`lb.`, `doz.`, `viz.`):
    /// a point that seldom ends a sentence (a listed set: `its.` and `etc.` end many).
    static func endsInShortAbbreviation(_ line: LineProfile) -> Bool {
        let s = line.scalars
        guard s.count >= 2, s[s.count - 1] == "." else { return false }
        var start = s.count - 1
        while start > 0, s[start - 1].layoutClass == .letter { start -= 1 }
        guard start == 0 || s[start - 1] == " ", s.count - 1 - start <= 4 else { return false }
        return measureAbbreviations.contains(String(scalars: s[start..<(s.count - 1)]))
    }

    /// Lower-case abbreviations that stand inside a sentence: measures, quantities, `viz.`, `vs.`.
    static let measureAbbreviations: Set<String> = [
        "lb", "lbs", "oz", "doz", "bbl", "bbls", "bu", "gal", "gals", "qt", "qts", "pt", "pts", "cwt",
        "hhd", "hhds", "ft", "yd", "yds", "cts", "sq", "viz", "vs", "cf",
    ]
}
