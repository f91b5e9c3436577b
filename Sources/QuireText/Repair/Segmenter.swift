/// One block before its text is assembled: which source lines it joins, and what it is.
struct Segment {
    var kind: BlockKind
    /// Indices into the line profiles, consecutive except where page furniture was skipped.
    var lines: SegmentLines
}

/// Decides, for every pair of neighbouring lines, whether the layout or the author broke
/// them — from evidence, not from one rule: sentence-final punctuation, the line's width
/// against its column, what the next line starts with, numbered items, the closing block of
/// official texts, and the document's own vocabulary at the junction.
struct Segmenter {
    let lines: LineTable
    /// Blank lines separate paragraphs (false when the extraction put one after every line).
    let blankLinesMatter: Bool
    /// In double-spaced text: two or more blank lines separate paragraphs.
    let wideBlankGapsMatter: Bool
    let furniture: [Bool]
    /// Footnotes at the foot of a page (`Footnotes`): out of the text's flow like furniture
    /// (`furniture` holds them too), each kept as a note. Empty when the text has none.
    let footnote: [Bool]
    /// Cells of a table flattened to one cell a line: each a block of its own.
    let tableCell: [Bool]
    /// A speech's subtitle, speaker and date under its title (`SpeechFrontMatter`).
    let front: LeadingKinds
    /// Lines holding only an official document's mark (the issuing number `国办发〔2022〕30号`,
    /// the copy number, security level or urgency above the issuer): a block of their own.
    let officialMark: LeadingFlags
    /// The first line that is neither page furniture nor an official mark: where a title stands.
    let firstContent: Int
    let closer: [BlockKind?]
    /// Closing lines that hold only the end of the name on the signature line before them
    /// (`…外交部长 比拉` / `瓦尔`, a narrow column cut the name): joined to that line.
    let nameTails: LeadingFlags
    /// A closing line, an official mark, a table cell or a speech's front matter (`closer`,
    /// `officialMark`, `tableCell`, `front`): a line the join decision answers by those alone.
    /// One read a line where the decision asked four arrays of both its lines (about 40
    /// instructions a decision).
    let marked: [Bool]
    let column: ColumnModel
    /// A part's name alone (`目    录`, `Segmenter.isPartNameAlone`), a reporter's byline
    /// (`NewspaperMarks.isByline`) or a web page's metadata field
    /// (`WebPageMarks.isFieldLine`): a line that stands alone. Answered once a line here: the
    /// join decision asks it of both its lines, so of every line twice.
    let standsAlone: [Bool]
    /// The width that at least two content lines reach: a short text's measure where the
    /// column model has too few lines to give one (infinite in a text of fewer than two lines).
    let widestLines: Double
    let bigrams: BigramCounts
    /// Whether paragraphs here begin with an indented (shorter) first line.
    private(set) var indentedFirstLines = false
    /// How often each two-character opening starts a certain paragraph (`各代`, `双方`): the
    /// document's own evidence for whether an ambiguous line starts a paragraph.
    private(set) var starters = PairCounts()
    /// The same for sentences that start inside a line, after 。！？.
    private(set) var sentenceStarts = PairCounts()
    private(set) var midLineSentenceEnds = 0
    /// Sentence ends at lines short of the column by 3 ems or more: paragraph ends for certain.
    private(set) var certainParagraphEnds = 0
    /// Sentences here are short against paragraphs: a sentence end at a line end more likely
    /// continues the paragraph than ends it.
    private(set) var continuationLikely = false
    /// Latin text whose paragraphs are marked by nothing at all (no blank line, no indent): a
    /// paragraph's last line is then told only by falling short, and justified columns make
    /// even a short fall meaningful.
    private(set) var flushParagraphs = false
    /// Paragraphs here begin with an indented line and go on with lines that are not: a line
    /// that is not indented continues, even after a full line that ends a sentence.
    private(set) var indentMarksParagraphs = false
    /// A sentence a line, paragraphs marked by indents alone (`detectIndentMarksParagraphs`).
    private(set) var sentencePerLine = false
    /// Nearly every Chinese line is letter-spaced: the OCR engine's habit (Tesseract), not the
    /// justification of full lines, so a letter-spaced line may well be a paragraph's last.
    private(set) var letterspacingIsOCR = false
    /// Ordinals of the enumerating phrases (`一是`, `二是`) that open a line after a sentence end:
    /// where `一是` opened a line, `二是` after a full line that ends a sentence opens a paragraph too.
    private(set) var enumeratorLineStarts = Set<Int>()

    init(lines: LineTable) {
        self.lines = lines
        let n = lines.count
        var tableCell = FlattenedTable.cells(lines)
        // (Rows are asked only where a line holds an ideographic space, between its cells, as
        // the lines' measures counted: most lines hold none. A space and a wide scalar, asked
        // before, let most files of letter-spaced Chinese lines through.)
        if lines.contains(where: { $0.hasIdeographicSpace }) {
            for (i, row) in FlattenedTable.rows(lines).enumerated() where row { tableCell[i] = true }
        }
        self.tableCell = tableCell
        // A bare number among table cells is a cell, not a page number.
        // (Most files have no such table: their furniture stands as found.)
        let found = Segmenter.findFurniture(lines)
        var furniture = tableCell.contains(true) ? zip(found, tableCell).map { $0 && !$1 } : found
        let footnote = Footnotes.find(lines, furniture: furniture) ?? []
        for i in footnote.indices where footnote[i] { furniture[i] = true }
        self.footnote = footnote
        self.furniture = furniture
        // Blank lines around page furniture belong to the page break: they say nothing of how
        // this extraction separates paragraphs (a PDF page break leaves them in text that has none).
        // (Counted in the pass that finds the official marks below: a pass of its own read
        // every line again.)
        var gaps = 0, wideGaps = 0
        var front = SpeechFrontMatter.kinds(lines, furniture: furniture)
        if front.isEmpty { CoverPage.kinds(lines, furniture: furniture, into: &front) }
        self.front = front
        var officialMark = LeadingFlags()
        // Copy number, security level and urgency count only above everything else.
        var seenContent = false
        // (Lines read through the array, here and below, not bound: a binding cost a retain and a release.)
        for i in 0..<n where !furniture[i] {
            if i > 0 && !furniture[i - 1] {
                if lines[i].blankLinesBefore > 0 { gaps += 1 }
                if lines[i].blankLinesBefore >= 2 { wideGaps += 1 }
            }
            let last = lines[i].last
            if lines[i].count <= 40, lines[i].ending == .open, last == "号" || last == "）" || last == ")",
               OfficialMark.isIssuingNumber(lines[i].scalars) || OfficialMark.isAnnouncementNumber(lines[i].scalars) {
                officialMark[i] = true
            } else if !seenContent, lines[i].count <= 12, OfficialMark.isHeaderMark(lines[i].scalars) {
                officialMark[i] = true
            } else {
                seenContent = true
            }
        }
        self.officialMark = officialMark
        blankLinesMatter = n > 1 && gaps > 0 && Double(gaps) < 0.6 * Double(n - 1)
        // Double-spaced extraction (a blank after every line) may still mark paragraphs with
        // two or more blank lines; that only means something when it is the exception.
        wideBlankGapsMatter = !blankLinesMatter && wideGaps > 0 && wideGaps * 3 <= gaps
        firstContent = (0..<n).first { !furniture[$0] && !officialMark[$0] } ?? n
        var nameTails = LeadingFlags()
        closer = Segmenter.findClosers(lines, furniture: furniture, nameTails: &nameTails)
        self.nameTails = nameTails
        var excluded = furniture
        var marked = [Bool](filledWith: false, count: n)
        // A numbered line without punctuation (`一、调整后的业务办理时间`) is a heading, set short:
        // in a short notice with several, they would set the column itself.
        // (The test's own first conditions asked through the array: a line handed over cost a
        // retain and a release.)
        // (Latin lines counted on the way, for the verse test below.)
        var latinLines = 0
        // (And the two widest lines the column model measures, found on the way: a pass of
        // their own read every line again.)
        var widest = -Double.infinity, second = -Double.infinity
        for i in 0..<n {
            // Closing lines, official marks, table cells and a speech's front matter are set to
            // no column width. (Marked in this pass, which reads each line only after: a pass
            // of their own read every line again.)
            if closer[i] != nil || officialMark[i] || tableCell[i] || front[i] != nil {
                excluded[i] = true
                marked[i] = true
                continue
            }
            if excluded[i] { continue }
            let script = lines[i].script
            if script == .latin {
                latinLines += 1
            } else if script == .cjk && lines[i].count <= 30 && Segmenter.isNumberedHeading(lines[i]) {
                excluded[i] = true
                continue
            }
            let w = lines[i].width
            if w > widest { second = widest; widest = w } else if w > second { second = w }
        }
        self.marked = marked
        column = ColumnModel(regionsOf: lines, excluded: excluded)
        var standsAlone = [Bool](filledWith: false, count: n)
        // (Their first conditions asked here, through the array: a line handed over to a test
        // cost a retain and a release, and most lines fail them.)
        let fieldInitials = WebPageMarks.fieldInitials  // (read once: a static's every read checks it is made)
        // Lines shaped like a verse line (`ClassicalVerse`): four to nine Han characters and a mark.
        // Counted in pairs, one after the other and of one length.
        var versePairs = 0, lastShaped = -2, lastLength = 0
        for i in 0..<n {
            // A part's name alone on its line (`目    录`, `前言`, `参考文献：`) is a line of its own too.
            // (Asked in this pass: a pass of its own read every line again.)
            if (lines[i].hanCount == 2 || lines[i].hanCount == 4) && Segmenter.isPartNameAlone(lines[i]) { standsAlone[i] = true }
            guard lines[i].count >= 4 && lines[i].count <= 100 else { continue }
            if let length = ClassicalVerse.shapedLength(lines, i) {
                if lastShaped == i - 1 && lastLength == length { versePairs += 1 }
                lastShaped = i
                lastLength = length
            }
            // (A byline or a line of names holds a gap, and no punctuation or Latin letter.)
            // (Only a line of several fields, `WebPageMarks.isFieldLine`, is over 60 scalars.)
            if lines[i].count <= 60 && lines[i].hasSpace && !lines[i].hasFullWidthSentencePunctuation && lines[i].letterCount == 0
                && (lines[i].count <= 40 && NewspaperMarks.isByline(lines[i].scalars) || NameLines.isPaddedNames(lines[i].scalars))
                || !lines[i].hasSentenceMark && fieldInitials.contains(lines[i].first)
                    && WebPageMarks.isFieldLine(lines[i])
                // A form's line with blanks to fill in (`工作单位：______`, `　　年　　月　　日`).
                || FormLines.mayEndFormLine(lines[i]) && FormLines.isFormLine(lines[i]) { standsAlone[i] = true }
            // A journal article's author line (`王立新1，陈静2`, `WANG Lixin1, CHEN Jing2`): its last
            // scalar a mark, asked from the record first.
            if lines[i].last.isDigit || lines[i].last == "*", Segmenter.isAuthorLine(lines[i]) { standsAlone[i] = true }
            // A paper's part name (`Abstract`, `1 Introduction`), from its length and last scalar first.
            if lines[i].count <= 40, lines[i].script == .latin, lines[i].last.value &- 0x61 < 26 || lines[i].last.value &- 0x41 < 26,
               Segmenter.isLatinPartName(lines[i]) { standsAlone[i] = true }
        }
        // So is each line of verse (`Verse`); a line of names is above.
        if latinLines >= 4, let verse = Verse.lines(lines, furniture: furniture) {
            for i in 0..<n where verse[i] { standsAlone[i] = true }
        }
        // And each line of Chinese verse set off from the prose (`ClassicalVerse`).
        // (The pass only where two lines in a row have the shape: most documents have none.)
        if versePairs > 0, let verse = ClassicalVerse.lines(lines, furniture: furniture, width: { [column] in column.width[$0] }) {
            for i in 0..<n where verse[i] { standsAlone[i] = true }
        }
        self.standsAlone = standsAlone
        widestLines = second > 0 ? second : .infinity
        bigrams = BigramCounts(lines: lines, furniture: furniture)
        (indentedFirstLines, starters, certainParagraphEnds) = collectParagraphStarts()
        (sentenceStarts, midLineSentenceEnds) = collectSentenceStarts()
        continuationLikely = sentencesOutnumberParagraphs() || paragraphsOpenAlike()
        flushParagraphs = detectFlushParagraphs()
        (indentMarksParagraphs, sentencePerLine) = detectIndentMarksParagraphs()
        // The Chinese lines: the enumerators opening a line after a sentence, and how many lines
        // of eight or more are letter-spaced (one pass for both).
        var cjk = 0, spaced = 0
        for i in 0..<n where lines[i].script == .cjk {
            if i > 0, lines[i - 1].ending == .sentence,
               let ordinal = lines[i].withScalars({ LinePatterns.enumeratorOrdinal($0) }) { enumeratorLineStarts.insert(ordinal) }
            if lines[i].count >= 8 {
                cjk += 1
                if lines[i].isLetterspaced { spaced += 1 }
            }
        }
        letterspacingIsOCR = cjk >= 5 && spaced * 5 >= cjk * 4
    }

    /// `LatinPartName.isPartName`, out of line: asked of short Latin lines only.
    @inline(never)
    static func isLatinPartName(_ line: LineProfile) -> Bool { LatinPartName.isPartName(line) }

    /// `JournalByline`'s test for the line's script (not inlined: asked of few lines).
    @inline(never)
    static func isAuthorLine(_ line: LineProfile) -> Bool {
        switch line.script {
        case .cjk: return JournalByline.isChineseAuthorLine(line.scalars)
        case .latin: return JournalByline.isLatinAuthorLine(line.scalars)
        case .neutral: return false
        }
    }

    private static func starterKey(_ line: LineProfile) -> UInt64? {
        guard line.count >= 2 else { return nil }
        return BigramCounts.key(line.scalars[0], line.scalars[1])
    }

    /// What the lines that certainly end a paragraph (a sentence end short of the column by 3
    /// ems or more) say, in one pass over them (three passes asked the same of every line):
    /// whether the paragraphs after them open with an indented (shorter) first line, how those
    /// paragraphs open (`starters`), and how many there are (`certainParagraphEnds`).
    ///
    /// First lines of paragraphs that certainly start and continue (they do not end a
    /// sentence): are they systematically shorter than the column?
    private func collectParagraphStarts() -> (indentedFirstLines: Bool, starters: PairCounts, ends: Int) {
        var counts = PairCounts()
        var ends = 0
        var shorter = 0, total = 0
        let n = lines.count
        for i in 0..<n where lines[i].ending == .sentence && isShort(i, by: 3) {
            ends += 1
            let j = i + 1
            guard j < n else { continue }
            if let key = Segmenter.starterKey(lines[j]) { counts.increment(key) }
            guard lines[j].ending == .open, closer[j] == nil else { continue }
            let w = width(j)
            guard w.isFinite else { continue }
            total += 1
            let lineWidth = lines[j].width
            if lineWidth <= w - 1.25 && lineWidth >= w - 3.5 { shorter += 1 }
        }
        return (total >= 4 && Double(shorter) >= 0.7 * Double(total), counts, ends)
    }

    /// Sentence ends inside lines, and what follows them: how sentences (not paragraphs) begin,
    /// and how many sentences a paragraph holds.
    private func collectSentenceStarts() -> (starts: PairCounts, count: Int) {
        var starts = PairCounts()
        var count = 0
        // Lines without one of the marks (seven Chinese lines in ten) are passed by unread.
        for index in lines.indices where lines[index].script == .cjk && lines[index].hasSentenceMark {
            lines[index].withScalars { scalars in
                var k = 0
                let n = scalars.count
                // A mark counts only with two scalars after it.
                let limit = n &- 2
                while k < limit {
                    // 。！？… : the sentence-final marks of Chinese prose (full-width only). The
                    // scalars between them are passed by a search of their own, four at a time.
                    k = Segmenter.nextSentenceMark(scalars, from: k, limit: limit)
                    guard k < limit else { break }
                    var next = k + 1
                    while next < scalars.count, scalars[next].isClosingMark { next += 1 }
                    if next + 1 < scalars.count {
                        count += 1
                        starts.increment(BigramCounts.key(scalars[next], scalars[next + 1]))
                    }
                    k = next
                }
            }
        }
        return (starts, count)
    }

    /// The first index from `start` below `limit` (which must not pass the end of `scalars`)
    /// that holds a sentence-final mark, 。！？…, or `limit` when none does. Four scalars a
    /// step, as vector compares, while four are left: everything else in the line is passed
    /// by (read a scalar at a time, a Han run by one compare a character and every other
    /// scalar through a switch, this was most of the sentence-start pass).
    @inline(__always)
    static func nextSentenceMark(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, limit: Int) -> Int {
        guard let base = scalars.baseAddress, start < limit, limit <= scalars.count else { return limit }
        let raw = UnsafeRawPointer(base)
        var k = start
        let stop = SIMD4<UInt32>(repeating: 0x3002), bang = SIMD4<UInt32>(repeating: 0xFF01)
        let question = SIMD4<UInt32>(repeating: 0xFF1F), ellipsis = SIMD4<UInt32>(repeating: 0x2026)
        while k &+ 4 <= limit {  // below the count: no overflow checks
            let values = raw.loadUnaligned(fromByteOffset: k &* 4, as: SIMD4<UInt32>.self)
            if any(values .== stop .| values .== bang .| values .== question .| values .== ellipsis) { break }
            k &+= 4
        }
        while k < limit {
            let v = base[k].value
            if v == 0x3002 || v == 0xFF01 || v == 0xFF1F || v == 0x2026 { return k }
            k &+= 1
        }
        return limit
    }

    /// With no indentation to go by, whether a full line ending a sentence more likely goes on:
    /// a sentence end falls at a line end about as often as any other place, so compare how
    /// many sentences end inside lines with how many paragraphs visibly end.
    private func sentencesOutnumberParagraphs() -> Bool {
        midLineSentenceEnds >= 2 * max(1, certainParagraphEnds)
    }

    /// Every paragraph that certainly starts (after a line short by 3 ems that ends a sentence)
    /// opens the way at least one other does, four of them at least: a transcript's speakers
    /// (`问：` / `答：`, `记者：`), a text's fixed labels. A full line ending a sentence, over a
    /// line that does not open so, then more likely goes on: an answer's second sentence
    /// (`…消费需求持续释放。` / `下一步，…`) is not a new turn.
    private func paragraphsOpenAlike() -> Bool {
        starters.total >= 4 && starters.occurrences(ofKeysCountedAtLeast: 2) == starters.total
    }

    /// After the lines that certainly end a paragraph (a sentence end short of the column by 3
    /// ems or more), the next line is indented at least four times in five, while most lines are not.
    ///
    /// Also whether the text is set a sentence a line, with no column: Chinese lines that nearly
    /// all end a sentence (eight or more, none cut in the middle of one), some of them indented
    /// (two at least, at most half): a copy whose lines are its sentences, the indents its
    /// paragraphs (`入冬以来，…总体平稳。` / `但也要看到，…明显上升。` / `　　一是压实安全责任。`).
    private func detectIndentMarksParagraphs() -> (indentMarks: Bool, sentencePerLine: Bool) {
        guard !blankLinesMatter else { return (false, false) }
        var starts = 0, indentedStarts = 0, indented = 0, counted = 0
        var sentenceEnds = 0, cutLines = 0
        for i in 0..<lines.count where !furniture[i] && closer[i] == nil && !officialMark[i] {
            counted += 1
            if lines[i].isIndented { indented += 1 }
            // (Counted until the first line cut mid-sentence, which rules a sentence a line out:
            // at once, in a text set in a column.)
            if cutLines == 0 {
                if lines[i].ending == .sentence {
                    if lines[i].script == .cjk { sentenceEnds += 1 }
                } else if lines[i].endsMidClause || lines[i].ending == .open && lines[i].hasSentencePunctuation {
                    cutLines = 1
                }
            }
            guard i + 1 < lines.count, lines[i].ending == .sentence, isShort(i, by: 3),
                  closer[i + 1] == nil, !furniture[i + 1], !Segmenter.isNumberedHeading(lines[i + 1]) else { continue }
            starts += 1
            if lines[i + 1].isIndented || isFlushSubheadingOverIndent(i + 1) { indentedStarts += 1 }
        }
        let sentencePerLine = sentenceEnds >= 8 && cutLines == 0 && indented >= 2 && indented * 2 <= sentenceEnds
        return (starts >= 3 && indentedStarts * 5 >= starts * 4 && indented * 5 < counted * 3, sentencePerLine)
    }

    /// A subheading set flush between paragraphs (`议事有规则`: short, unpunctuated) over an
    /// indented line: the paragraph under it is the one that starts, indented. (Not inlined:
    /// the loop that asks it, over every line, keeps its own reads inlined.)
    @inline(never)
    private func isFlushSubheadingOverIndent(_ k: Int) -> Bool {
        lines[k].script == .cjk && lines[k].ending == .open && !lines[k].hasSentencePunctuation && isShort(k, by: 3)
            && k + 1 < lines.count && lines[k + 1].isIndented
    }

    /// A numbered Chinese line with no punctuation (`一、调整后的业务办理时间`): a heading, set
    /// short and flush whatever the paragraphs around it do.
    @inline(__always)
    static func isNumberedHeading(_ line: LineProfile) -> Bool {
        // (Full-width sentence punctuation, counted when the line was measured, rules out most
        // lines before the label is read.)
        line.script == .cjk && line.count <= 30 && !line.hasFullWidthSentencePunctuation
            && LinePatterns.itemLabelLength(line) != nil && !line.hasSentencePunctuation
    }

    /// The line reaches its column's right edge when its indent counts: an indented first line
    /// that ends a sentence at the margin is a full line, though its text is two ems short.
    func isFull(_ i: Int) -> Bool {
        let line = lines[i]
        return !isShort(i) || (line.isIndented && line.indent <= 4 && line.width + line.indent >= width(i) - 1.5)
    }

    private func detectFlushParagraphs() -> Bool {
        guard !blankLinesMatter && !wideBlankGapsMatter else { return false }
        var sentenceEnds = 0
        for i in 0..<max(0, lines.count - 1) where lines[i].script == .latin && lines[i].ending == .sentence {
            sentenceEnds += 1
            if lines[i + 1].isIndented { return false }
        }
        return sentenceEnds >= 3
    }

    /// The line begins the way at least two sentences inside this document's lines begin, and no
    /// paragraph that certainly starts does.
    func opensOnlySentences(_ j: Int) -> Bool {
        guard lines[j].script == .cjk, let key = Segmenter.starterKey(lines[j]) else { return false }
        return sentenceStarts[key] >= 2 && starters[key] == 0
    }

    /// The line begins the way this document's paragraphs begin (and more often than its
    /// sentences inside paragraphs do).
    func startsLikeParagraph(_ j: Int) -> Bool {
        guard let key = Segmenter.starterKey(lines[j]) else { return false }
        let asParagraph = starters[key]
        return asParagraph >= 2 && asParagraph > sentenceStarts[key]
    }

    // MARK: - Evidence helpers

    /// The reference column width at line `i`. (Inlined: the join decision asks it of most
    /// lines, a call each.)
    @inline(__always)
    func width(_ i: Int) -> Double { column.width[i] }

    /// The line visibly falls short of its column.
    func isShort(_ i: Int, by margin: Double = 1.5) -> Bool {
        lines[i].width < width(i) - margin
    }

    /// The next line is set like an indented first line: shorter than the column by about two ems.
    func looksIndented(_ j: Int) -> Bool {
        if lines[j].isIndented { return true }
        guard indentedFirstLines, lines[j].ending == .open else { return false }
        return lines[j].width <= width(j) - 1.25
    }

    /// Line `i` is a newspaper's section label standing alone: the first content line, or after
    /// a sentence's end or page furniture, with a line after it.
    /// (Its length asked where it is asked, inline: most lines are longer than a label, and the
    /// call to find so was made at every join decision.)
    @inline(__always)
    func sectionLabel(_ i: Int) -> Bool {
        lines[i].count <= 8 && isSectionLabel(i)
    }

    /// `sectionLabel` past its length.
    private func isSectionLabel(_ i: Int) -> Bool {
        guard lines[i].count <= 8, NewspaperMarks.sectionInitials.contains(lines[i].first), NewspaperMarks.isSectionLabel(lines[i]),
              nextContent(after: i) != nil else { return false }
        var k = i - 1
        while k >= 0 && furniture[k] { k -= 1 }
        return k < 0 || furniture[i - 1] || lines[k].ending == .sentence || closer[k] != nil
    }

    /// The file's first block, before a news story's dateline (`本报讯…`, `新华社…电`), is its
    /// headline when it reads like one: at most three lines and 40 characters, no sentence
    /// punctuation. (Cut mid-phrase, `携手构建更加紧密的` / `中国—东盟命运共同体`, or letter-spaced,
    /// it fails the one-line heading tests.)
    func opensWithHeadline(_ block: SegmentLines, before j: Int, segments: [Segment]) -> Bool {
        guard block.count <= 3, lines[j].script == .cjk, Segmenter.agencyInitials.contains(lines[j].first),
              segments.allSatisfy({ $0.kind == .furniture || ($0.kind == .heading && sectionLabel($0.lines[0])) }),
              Segmenter.opensNewsStory(lines[j]) else { return false }
        var visible = 0
        for k in block {
            guard lines[k].script == .cjk, !lines[k].hasSentencePunctuation else { return false }
            visible += Segmenter.visibleCount(lines[k])
        }
        return visible <= 40
    }

    func nextContent(after i: Int) -> Int? {
        var j = i + 1
        while j < lines.count && furniture[j] { j += 1 }
        return j < lines.count ? j : nil
    }

    // MARK: - Putting it together

    func segment() -> [[Segment]] {
        var divisions: [[Segment]] = []
        var current: [Segment] = []
        current.reserveCapacity(16)
        var open: Segment? = nil
        var previousBreaks = true
        var furnitureHere: [Int] = []

        func flush() {
            if var segment = open {
                if segment.kind == .paragraph, LinePatterns.mayOpenLabel(lines[segment.lines[0]].first),
                   LinePatterns.itemLabelLength(lines[segment.lines[0]]) != nil {
                    segment.kind = .item
                }
                current.append(segment)
                open = nil
            }
            for f in furnitureHere {
                guard !footnote.isEmpty, footnote[f] else {
                    current.append(Segment(kind: .furniture, lines: SegmentLines(f)))
                    continue
                }
                // A note's wrapped lines join it; a line opening with a marker starts the next.
                if let last = current.last, last.kind == .note, last.lines.last == f - 1, Footnotes.marker(lines[f]) == nil {
                    current[current.count - 1].lines.append(f)
                } else {
                    current.append(Segment(kind: .note, lines: SegmentLines(f)))
                }
            }
            furnitureHere.removeAll(keepingCapacity: true)
        }

        var i = 0
        while i < lines.count && furniture[i] { current.append(Segment(kind: .furniture, lines: SegmentLines(i))); i += 1 }
        while i < lines.count {
            let afterHeading = previousBreaks && open == nil && (current.last.map { $0.kind == .title || $0.kind == .heading } ?? false)
            // (`isHeading` answers no at once after a line that runs on, most lines: asked here
            // first, not by a call.)
            let heading = previousBreaks && isHeading(i, previousBreaks: previousBreaks, afterHeading: afterHeading)
            if open == nil {
                // An official mark is a heading of its own (TEI `head`, which every reader of the
                // reading text keeps, where a top `dateline` may be skipped); the title may follow it.
                // So may a newspaper's section label (`要闻`, `国际`) standing alone above its headline.
                let beforeTitle = divisions.isEmpty && current.allSatisfy {
                    $0.kind == .furniture || officialMark[$0.lines[0]] || sectionLabel($0.lines[0])
                }
                let kind: BlockKind = closer[i] ?? front[i] ?? (officialMark[i] || sectionLabel(i) ? .heading : heading ? (beforeTitle ? .title : .heading) : .paragraph)
                // (Consecutive lines, most segments, are held with no array: `SegmentLines`.)
                open = Segment(kind: kind, lines: SegmentLines(i))
            } else {
                open!.lines.append(i)
            }
            // A title set on two or three lines; also the title of a second text after a closer.
            let opensText = open!.kind == .title || (open!.kind == .heading && followsCloser(i))
            if opensText, open!.lines.count == 1, let more = titleContinuation(from: i) {
                for j in more {
                    open!.lines.append(j)
                    for f in (i + 1)..<j { furnitureHere.append(f) }
                    i = j
                }
            }
            guard let j = nextContent(after: i) else {
                furnitureHere.append(contentsOf: (i + 1)..<lines.count)
                break
            }
            for f in (i + 1)..<j { furnitureHere.append(f) }
            let isBreak = breaks(i, j, iIsHeading: heading || open!.kind == .title || open!.kind == .heading, from: open!.lines[0])
            if isBreak {
                if open!.kind == .paragraph, divisions.isEmpty, opensWithHeadline(open!.lines, before: j, segments: current) {
                    open!.kind = .title
                }
                flush()
                if startsNewDivision(i, j) {
                    divisions.append(current)
                    // A division's segments start in room as large as the last one's (one
                    // allocation, where growing from empty reallocated a doubling at a time).
                    current.removeAll(keepingCapacity: true)
                }
            }
            // Furniture inside a paragraph (a page break mid-sentence) waits in `furnitureHere`
            // and is placed after that paragraph by `flush()`.
            previousBreaks = isBreak
            i = j
        }
        flush()
        if !current.isEmpty || divisions.isEmpty { divisions.append(current) }
        return divisions
    }
}
