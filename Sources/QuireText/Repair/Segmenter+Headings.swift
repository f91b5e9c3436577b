/// Titles and headings: a title on one to three lines, Chinese headings set short, Latin
/// headlines in capitals and decks in Title Case.
extension Segmenter {
    /// A line that stands alone as a title or heading: short, no sentence punctuation, not cut
    /// mid-phrase, and followed by something that does not continue it.
    /// Kinds of documents whose names end a Chinese title (`…的通知`, `…联合公报`).
    static let documentTypes: [[Unicode.Scalar]] = [
        "通知", "公报", "声明", "决定", "意见", "办法", "规定", "条例", "报告", "纲要", "宣言", "公告", "通告",
        "通报", "批复", "方案", "规划", "计划", "讲话", "决议", "议定书", "协定", "备忘录", "纪要", "章程",
        "细则", "指引", "指南", "致辞", "贺信", "答记者问",
        // Letters, appeals and pledges (`致全市市民的一封信`, `…倡议书`), notices of a public
        // kind, and the explanations government sites publish with a policy.
        // (Letters by their kind, not `信` alone: `坚定文化自信` is a headline, not a letter.)
        "一封信", "公开信", "慰问信", "感谢信", "表扬信", "倡议信", "邀请信", "致歉信", "倡议书", "建议书", "告知书", "承诺书", "责任书", "白皮书", "公示", "启事", "简报", "解读", "问答",
        "答问", "要点", "贺词",
        // Traditional forms (Taiwan, Hong Kong, Big5 sources).
        "公報", "聲明", "決定", "辦法", "規定", "條例", "報告", "綱要", "計畫", "計劃", "規劃", "講話",
        "決議", "協定", "備忘錄", "紀要", "細則", "致辭", "賀信",
    ].map { Array($0.unicodeScalars) }

    /// The last characters of `documentTypes`: most lines end otherwise, answered with one probe.
    static let documentTypeEnds = ScalarSet(String(String.UnicodeScalarView(documentTypes.compactMap { $0.last })))

    static func endsWithDocumentType(_ line: LineScalars) -> Bool {
        guard line.count >= 1, documentTypeEnds.contains(line[line.count - 1]) else { return false }
        // (Compared through the buffer by index: the line's suffix compared as a collection cost
        // about 70 instructions a type.)
        return line.withUnsafeBufferPointer { scalars in
            documentTypes.contains { t in
                guard t.count <= scalars.count else { return false }
                let offset = scalars.count - t.count
                for k in t.indices where scalars[offset + k] != t[k] { return false }
                return true
            }
        }
    }

    /// A `《`, `（` or `“` left open: the text goes on past the line end.
    static func hasUnclosedBracket(_ scalars: LineScalars) -> Bool {
        var depth = 0
        for s in scalars {
            switch s {
            case "《", "（", "“", "(", "「", "〈": depth += 1
            case "》", "）", "”", ")", "」", "〉": depth = max(0, depth - 1)
            default: break
            }
        }
        return depth > 0
    }

    /// The document's title may be set on two lines (`国务院办公厅关于加强` / `质量认证体系建设的通知`):
    /// true when the first content line continues on line `j` as one title.
    func titleContinues(_ i: Int, on j: Int) -> Bool {
        let a = lines[i], b = lines[j]
        guard a.script == .cjk, b.script == .cjk, closer[j] == nil, !officialMark[i], !officialMark[j],
              b.count <= 40 || (b.isLetterspaced && Segmenter.visibleCount(b) <= 40), b.ending == .open,
              b.first != "—" else { return false }  // `——在…上的致辞` is a subtitle of its own
        if b.hasSentencePunctuation { return false }
        if LinePatterns.itemLabelLength(b) != nil { return false }
        // A document type alone (`公    告` under `江城市住房公积金管理中心`) is set as a line of
        // its own under the issuer, not the end of a title cut by the column; unless the line
        // above ends in the `的` that joins a title to its type (`…一揽子政策措施的` / `通知`).
        if Segmenter.isDocumentTypeAlone(b) { return a.last == "的" }
        // A title OCR letter-spaced throughout (`江 城 市 … 办 公 室` / `关 于 … 的 通 知`) is read
        // without its spaces.
        let aText = a.isLetterspaced ? Segmenter.visible(a) : a.scalars
        let bText = b.isLetterspaced ? Segmenter.visible(b) : b.scalars
        return Segmenter.endsWithDocumentType(bText) && !Segmenter.endsWithDocumentType(aText)
    }

    /// Names of a document's parts that stand alone on their line (`目    录`, `前言`, `附件`,
    /// `参考文献：`).
    static let partNames: [[Unicode.Scalar]] = [
        "目录", "目錄", "前言", "序言", "引言", "后记", "後記", "附录", "附錄", "附件", "结语", "結語", "摘要",
        "注释", "註釋", "参考文献", "參考文獻",
    ].map { Array($0.unicodeScalars) }

    /// The line, white space and a final colon aside, is only the name of a part of the
    /// document. (Asked of short lines at every join decision: two or four Han characters and
    /// nothing else but spaces and the colon, from the line's counts, before anything is compared.)
    @inline(__always)
    static func isPartNameAlone(_ line: LineProfile) -> Bool {
        guard line.count <= 12, line.hanCount == 2 || line.hanCount == 4 else { return false }
        let colon = line.last == "：" || line.last == ":"
        guard line.count == line.hanCount + (colon ? 1 : 0) || line.hasSpace else { return false }
        return isPartName(Segmenter.visible(line), colon: colon)
    }

    private static func isPartName(_ visible: LineScalars, colon: Bool) -> Bool {
        let count = visible.count - (colon ? 1 : 0)
        return partNames.contains { name in
            name.count == count && name.indices.allSatisfy { name[$0] == visible[$0] }
        }
    }

    /// The line, white space aside, is only a document type (`公告`, `通 知`).
    static func isDocumentTypeAlone(_ line: LineProfile) -> Bool {
        guard line.count <= 12 else { return false }
        let visible = Segmenter.visible(line)
        return documentTypes.contains { $0.elementsEqual(visible) }
    }

    /// The lines that continue a title starting at line `i` (`江城市人民政府办公室` /
    /// `关于印发…高质量` / `发展若干措施的通知`): one or two, the last ending with a document type.
    func titleContinuation(from i: Int) -> [Int]? {
        guard !officialMark[i], let j = nextContent(after: i) else { return nil }
        if titleContinues(i, on: j) { return [j] }
        // A title on two lines over a speech's subtitle (`携手推进科技创新合作` / `共同开创…未来` /
        // `——在…上的致辞`): the second line is the title's too.
        if front[j] == nil, let k = nextContent(after: j), front[k] == .heading, lines[i].script == .cjk,
           lines[j].script == .cjk, lines[j].ending == .open, lines[j].count <= 40,
           !lines[j].hasSentencePunctuation {
            return [j]
        }
        let middle = lines[j]
        guard lines[i].script == .cjk, !Segmenter.endsWithDocumentType(lines[i].scalars), middle.script == .cjk,
              closer[j] == nil, middle.count <= 40, middle.ending == .open,
              !middle.hasSentencePunctuation,
              LinePatterns.itemLabelLength(middle) == nil,
              let k = nextContent(after: j), titleContinues(j, on: k) else { return nil }
        return [j, k]
    }

    /// The content line before `i` is a closing line: `i` may open a second text.
    func followsCloser(_ i: Int) -> Bool {
        var k = i - 1
        while k >= 0 && furniture[k] { k -= 1 }
        return k >= 0 && closer[k] != nil
    }

    func isHeading(_ i: Int, previousBreaks: Bool, afterHeading: Bool = false) -> Bool {
        // A line the one before runs into is no heading: most lines, answered before anything
        // is read (the line bound, a retain and a release, and five arrays asked).
        guard previousBreaks else { return false }
        let line = lines[i]
        // Measured against the heading width: a headline that opens an article set narrower
        // than the one before spans the wider measure.
        let pageWidth = column.headingWidth[i]
        func isShortOfPage(by margin: Double) -> Bool { line.width < pageWidth - margin }
        guard closer[i] == nil, front[i] == nil, !officialMark[i], !tableCell[i], !line.endsMidClause else { return false }
        // Only a headline in capitals may end a sentence (asked only then: it reads every letter).
        let capitalsHeadline = line.ending != .open && isCapitalsHeadline(i)
        guard line.ending == .open || capitalsHeadline else { return false }
        let next = nextContent(after: i)
        // The first line of the file, page furniture aside: where a title stands.
        // (Or the first after a newspaper's section label: the headline under `要闻`.)
        let isFirstContent = i == firstContent
            || (i > firstContent && sectionLabel(firstContent) && nextContent(after: firstContent) == i)
        if let j = next {
            // (A speech's dash-led subtitle may start a line.)
            if lines[j].first.isLineStartForbidden && front[j] == nil { return false }
            if line.last.isDigit && LinePatterns.numberFollowers.contains(lines[j].first) { return false }
        }
        switch line.script {
        case .cjk:
            // `完` under a press release ends it; it heads nothing.
            if line.count <= 8, line.hanCount == 1 || line.hanCount == 3, LinePatterns.isEndMark(line.scalars) { return false }
            // A letter-spaced line is measured without its spaces.
            guard line.count <= 40 || (line.isLetterspaced && Segmenter.visibleCount(line) <= 40) else { return false }
            if line.hasSentencePunctuation { return false }
            // A news story's dateline (`新华社北京3月5日电…`) opens its first paragraph, never a title.
            if Segmenter.isAgencyInitial(line.first), Segmenter.opensNewsStory(line) { return false }
            // An enumeration comma belongs to prose, except inside a label (`一、总体要求`).
            let label = LinePatterns.itemLabelLength(line) ?? 0
            // The next item of an attachment list (`附件：1.…推荐表` / `2.名额分配表`) heads nothing.
            if label > 0, line.first.layoutClass == .digit, Segmenter.followsAttachmentList(lines, i) { return false }
            // A short labelled line may end in a word that elsewhere needs an object
            // (`一、合作原则`, `二、积极应对`): the label makes it a heading.
            // A first line that the next completes as a title (`…市长理事会` / `…联合公报`) may too.
            // So may a title over a speech's subtitle (`坚定信心　实干担当` / `——在…上的讲话`).
            let opensTitle = isFirstContent && (titleContinuation(from: i) != nil || next.map { front[$0] == .heading } == true)
            // (`…会议纪要`, `…工作要点`: a document type may end in such a character.)
            if LinePatterns.continuationEnders.contains(line.last) && !opensTitle
                && !(isFirstContent && Segmenter.endsWithDocumentType(line.scalars))
                && !(label > 0 && line.count - label <= 12 && isShortOfPage(by: 3)) {
                return false
            }
            // (A title cut inside its book-title marks, `…就《江城市公共数据授权运营` / `管理办法
            // （试行）》答记者问`, leaves one open: the next line completing it says so.)
            if Segmenter.hasUnclosedBracket(line.scalars) && !opensTitle { return false }
            // A note in brackets (`（此件公开发布）`, `（完）`) is no heading.
            if !isFirstContent && (line.first == "（" || line.first == "(") && (line.last == "）" || line.last == ")") { return false }
            // Nor is a note that the article goes on from another page, though it open the file.
            if line.first == "（" || line.first == "(", NewspaperMarks.isContinuedFrom(line.scalars) { return false }
            if line.scalars[label...].contains("、") { return false }
            if isFirstContent {
                // The first line of a file: a title if it is short and reads like one.
                if line.count > 40 && !(line.isLetterspaced && Segmenter.visibleCount(line) <= 40) { return false }
                if let j = next, titleContinues(i, on: j) { return true }
                if Segmenter.endsWithDocumentType(line.scalars) { return true }
                // Over a subtitle (`——写在…之际`), at any width.
                if let j = next, front[j] == .heading { return true }
                // In a wrapped column the first line may just be a paragraph's indented first
                // line: a title is set visibly shorter than the column, or centred over it (a
                // headline spanning narrow columns may be as wide as one or wider).
                // (Not so a flush line over an indented one: it is no indented first line.)
                let w = pageWidth
                if w.isFinite && line.width > w * 0.75 && !(next.map { isCentredHeading(i, over: $0) } ?? false)
                    && !(next.map { lines[$0].indent >= 2 } == true && !line.isIndented) { return false }
            } else {
                // In a wrapped column, an indented first line is two ems short of the column; a
                // heading is set visibly shorter (or centred).
                let w = pageWidth
                // Not where the line is centred over prose, or names a document right after
                // another text's closing lines (`…的意见` under a signature and date): the
                // title of a second text, set as wide as the column or wider.
                let centred = next.map { isCentredHeading(i, over: $0) } ?? false
                // (Or the first line of such a title cut by the column: `…理事` / `会第二十一次会议联合公报`.)
                let titlesNextText = followsCloser(i)
                    && (Segmenter.endsWithDocumentType(line.scalars) || titleContinuation(from: i) != nil)
                if !centred && !titlesNextText {
                    if w.isFinite && line.width > w * 0.7 { return false }
                    if !isShortOfPage(by: 2) { return false }
                }
            }
            if let j = next, lines[j].script == .cjk, bigrams.count(line.last, lines[j].first) >= 2 { return false }
            return true
        case .latin:
            guard line.count <= 90 else { return false }
            // A journal article's author line (`WANG Lixin1, CHEN Jing2`) heads nothing.
            if standsAlone[i], Segmenter.isAuthorLine(line) { return false }
            // `THE ELECTION TO-DAY.`: a headline set in capitals over a line of running text, at
            // any width (narrow columns fill a headline), even with its final point.
            if capitalsHeadline || (line.ending == .open && isCapitalsHeadline(i)) { return true }
            // A final `.` on an open line is a title or an initial before a name (`Hon. James T.`).
            if line.last.isLineEndHyphen || line.last == "," || line.last == ";" || line.last == "." { return false }
            // What follows a heading starts a sentence.
            if let j = next, lines[j].first.isLowercaseLetter { return false }
            let words = line.text.split(separator: " ")
            guard !words.isEmpty, words.count <= 16 else { return false }
            // A line ending in a function word is cut mid-sentence (`was described as`).
            if let last = words.last, Segmenter.latinFunctionWords.contains(last.lowercased()) { return false }
            let w = pageWidth
            // A deck under a headline: Title Case, at any width (not a dateline's first line,
            // `SPRINGFIELD, Ill., June 8.—The`, which ends in a function word).
            // A letter's or a report's address going on to its colon (`To the Honorable the Mayor
            // and City` / `Council:`) is no heading, however short or capitalised.
            if let j = next, lines[j].last == ":", Segmenter.addressGoesOn(lines, i, j) { return false }
            if afterHeading && Segmenter.isTitleCase(line) && !Segmenter.endsInFunctionWord(line) { return true }
            // A title or a centred headline: the first line, visibly short or indented.
            let nextIndented = next.map { lines[$0].isIndented && !line.isIndented } ?? false
            if isFirstContent && (!w.isFinite || isShortOfPage(by: max(3, w * 0.15)) || line.isIndented || nextIndented) { return true }
            guard isShortOfPage(by: max(4, w * 0.25)) else { return false }
            let capitalised = words.filter { $0.first?.isUppercase ?? false || $0.first?.isNumber ?? false }.count
            let significant = words.filter { !Segmenter.minorWords.contains($0.lowercased()) }.count
            if capitalised * 10 >= max(1, significant) * 8 { return true }
            // A sentence-case headline: well short of the column, centred or between sentences.
            return words.count >= 2 && (line.isIndented || isShortOfPage(by: max(6, w * 0.4)))
        case .neutral:
            return false
        }
    }

    /// Words a Latin-script heading never ends with (English, German, French, Spanish): a line
    /// ending in one is cut mid-sentence (`was described as`, `der Ein- und`).
    static let latinFunctionWords: Set<String> = [
        "a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "at", "by", "with", "from", "as", "that", "is",
        "was", "are", "were", "be", "but", "his", "her", "its", "their",
        "der", "die", "das", "und", "oder", "ein", "eine", "einer", "des", "dem", "den", "mit", "von", "zu", "für",
        "auf", "im", "am", "et", "le", "la", "les", "de", "du", "un", "une", "à", "au", "aux", "pour", "par", "sur",
        "dans", "y", "el", "los", "las", "del", "con", "por", "para", "que",
    ]

    /// Line `i` opens an address that line `j`, short, ends with its colon. (Out of line: the
    /// heading test and the join decision ask it only of a line `j` ending in `:`.)
    @inline(never)
    static func addressGoesOn(_ lines: LineTable, _ i: Int, _ j: Int) -> Bool {
        lines[i].script == .latin && lines[j].count <= 40 && opensAddress(lines[i])
    }

    /// `To the …`, `To His Excellency …`: the address a letter or a report opens with.
    static func opensAddress(_ line: LineProfile) -> Bool {
        let s = line.scalars
        guard s.count > 4, s[0] == "T", s[1] == "o", s[2] == " " else { return false }
        return s[3].isUppercaseLetter || s.count > 7 && s[3] == "t" && s[4] == "h" && s[5] == "e" && s[6] == " "
    }

    /// Words Title Case leaves in lower case.
    static let minorWords: Set<String> = ["a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "at", "by", "with", "from"]

    /// The line's last run of letters is a function word (`…June 8.—The`).
    static func endsInFunctionWord(_ line: LineProfile) -> Bool {
        var end = line.count
        while end > 0, line.scalars[end - 1].layoutClass != .letter { end -= 1 }
        var start = end
        while start > 0, line.scalars[start - 1].layoutClass == .letter { start -= 1 }
        guard start < end else { return false }
        return latinFunctionWords.contains(String(scalars: line.scalars[start..<end]).lowercased())
    }

    /// No lower-case letter, at least two letters: a line set in capitals. (The small `c` of a
    /// name set in capitals, `McCABE`, `MacDONALD`, is the name's spelling, not lower case.)
    static func isAllCapitals(_ line: LineProfile) -> Bool {
        var letters = 0
        let s = line.scalars
        for k in s.indices where s[k].layoutClass == .letter {
            let v = s[k].value
            // ASCII answered by range; Unicode properties only for other letters.
            if v >= 0x61 && v <= 0x7A {
                guard isMcPrefixLetter(s, k) else { return false }
                continue
            }
            if v >= 0x80 && s[k].isLowercaseLetter { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// `s[k]` is the `c` of `Mc` or the `a` or `c` of `Mac` at a word start, before a capital.
    static func isMcPrefixLetter(_ s: LineScalars, _ k: Int) -> Bool {
        func isCapital(_ m: Int) -> Bool { m < s.count && s[m].value >= 0x41 && s[m].value <= 0x5A }
        func startsWord(_ m: Int) -> Bool { m == 0 || s[m - 1].layoutClass != .letter }
        switch s[k] {
        case "c":
            guard isCapital(k + 1) else { return false }
            if k >= 1 && s[k - 1] == "M" && startsWord(k - 1) { return true }
            return k >= 2 && s[k - 1] == "a" && s[k - 2] == "M" && startsWord(k - 2)
        case "a":
            return k >= 1 && s[k - 1] == "M" && startsWord(k - 1) && k + 1 < s.count && s[k + 1] == "c" && isCapital(k + 2)
        default:
            return false
        }
    }

    /// Most significant words capitalised, and some lower-case letters: a Title Case line.
    static func isTitleCase(_ line: LineProfile) -> Bool {
        guard !isAllCapitals(line) else { return false }
        let words = line.text.split(separator: " ")
        guard words.count >= 2 else { return false }
        let significant = words.filter { !minorWords.contains($0.lowercased()) }
        let capitalised = significant.filter { $0.first?.isUppercase ?? false || $0.first?.isNumber ?? false }.count
        return capitalised * 10 >= max(1, significant.count) * 8
    }

    /// A Latin line in capitals, of two words or more, ending in a word (not an initial or an
    /// abbreviation), over a line of running text: a headline (`THE ELECTION TO-DAY.`).
    func isCapitalsHeadline(_ i: Int) -> Bool {
        let line = lines[i]
        guard line.script == .latin, Segmenter.isAllCapitals(line), line.count <= 90, line.ending != .clause,
              !line.endsMidClause, let j = nextContent(after: i) else { return false }
        let words = line.text.split(separator: " ")
        guard words.count >= 2, let last = words.last else { return false }
        // The last word has three letters in a row (not `U.S.` or `CO.`), and is no function word.
        var run = 0, longest = 0
        for c in last.unicodeScalars { run = c.layoutClass == .letter ? run + 1 : 0; longest = max(longest, run) }
        var lastWord = last.lowercased()
        while let c = lastWord.last, c == "." || c == "!" || c == "?" { lastWord.removeLast() }
        guard longest >= 3, !Segmenter.latinFunctionWords.contains(lastWord) else { return false }
        let next = lines[j]
        // Over running text, or over a numbered list (`III. RECOMMENDATIONS` / `1. Increase…`).
        if next.first.isDigit { return LinePatterns.itemLabelLength(next) != nil }
        return next.script == .latin && next.first.isUppercaseLetter && !Segmenter.isAllCapitals(next)
    }

    /// Two lines set alike (both in capitals, or both Title Case): one headline over two lines.
    func continuesHeadline(_ i: Int, _ j: Int) -> Bool {
        let a = lines[i], b = lines[j]
        guard a.script == .latin, b.script == .latin, a.ending == .open, !a.last.isLineEndHyphen, closer[j] == nil,
              b.count <= 90, b.ending != .clause else { return false }
        if Segmenter.endsInFunctionWord(a) { return true }
        // A modern headline in Title Case on two lines with no final point, the file's title,
        // set apart from what follows (`City Council Approves` / `New Budget for Schools`).
        if b.ending == .open, i == firstContent, !Segmenter.isAllCapitals(a), Segmenter.isTitleCase(a),
           Segmenter.isTitleCase(b), j + 1 < lines.count, lines[j + 1].blankLinesBefore > 0 {
            return true
        }
        guard b.ending == .sentence else { return false }
        if Segmenter.isAllCapitals(a) { return Segmenter.isAllCapitals(b) }
        // `…at the Port—Marine` / `Notes.`: a Title Case line may end on one or two words.
        let short = b.text.split(separator: " ")
        let capitalisedEnd = short.count <= 2 && short.allSatisfy { $0.first?.isUppercase ?? false }
        return Segmenter.isTitleCase(a) && (Segmenter.isTitleCase(b) || capitalisedEnd)
    }
}
