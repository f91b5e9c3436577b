/// One block before its text is assembled: which source lines it joins, and what it is.
struct Segment {
    var kind: BlockKind
    /// Indices into the line profiles, consecutive except where page furniture was skipped.
    var lines: [Int]
}

/// Decides, for every pair of neighbouring lines, whether the layout or the author broke
/// them — from evidence, not from one rule: sentence-final punctuation, the line's width
/// against its column, what the next line starts with, numbered items, the closing block of
/// official texts, and the document's own vocabulary at the junction.
struct Segmenter {
    let lines: [LineProfile]
    /// Blank lines separate paragraphs (false when the extraction put one after every line).
    let blankLinesMatter: Bool
    /// In double-spaced text: two or more blank lines separate paragraphs.
    let wideBlankGapsMatter: Bool
    let furniture: [Bool]
    /// Cells of a table flattened to one cell a line: each a block of its own.
    let tableCell: [Bool]
    /// A speech's subtitle, speaker and date under its title (`SpeechFrontMatter`).
    let front: [BlockKind?]
    /// Lines holding only an official document's mark (the issuing number `国办发〔2022〕30号`,
    /// the copy number, security level or urgency above the issuer): a block of their own.
    let officialMark: [Bool]
    /// The first line that is neither page furniture nor an official mark: where a title stands.
    let firstContent: Int
    let closer: [BlockKind?]
    /// Closing lines that hold only the end of the name on the signature line before them
    /// (`…外交部长 比拉` / `瓦尔`, a narrow column cut the name): joined to that line.
    let nameTails: [Bool]
    let column: ColumnModel
    let bigrams: BigramCounts
    /// Whether paragraphs here begin with an indented (shorter) first line.
    private(set) var indentedFirstLines = false
    /// How often each two-character opening starts a certain paragraph (`各代`, `双方`): the
    /// document's own evidence for whether an ambiguous line starts a paragraph.
    private(set) var starters: [UInt64: Int] = [:]
    /// The same for sentences that start inside a line, after 。！？.
    private(set) var sentenceStarts: [UInt64: Int] = [:]
    private(set) var midLineSentenceEnds = 0
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

    init(lines: [LineProfile]) {
        self.lines = lines
        let n = lines.count
        var gaps = 0
        for i in 1..<max(1, n) where lines[i].blankLinesBefore > 0 { gaps += 1 }
        blankLinesMatter = n > 1 && gaps > 0 && Double(gaps) < 0.6 * Double(n - 1)
        // Double-spaced extraction (a blank after every line) may still mark paragraphs with
        // two or more blank lines; that only means something when it is the exception.
        var wideGaps = 0
        for i in 1..<max(1, n) where lines[i].blankLinesBefore >= 2 { wideGaps += 1 }
        wideBlankGapsMatter = !blankLinesMatter && wideGaps > 0 && wideGaps * 3 <= gaps
        let tableCell = FlattenedTable.cells(lines)
        self.tableCell = tableCell
        // A bare number among table cells is a cell, not a page number.
        furniture = zip(Segmenter.findFurniture(lines), tableCell).map { $0 && !$1 }
        front = SpeechFrontMatter.kinds(lines, furniture: furniture)
        var officialMark = [Bool](repeating: false, count: n)
        // Copy number, security level and urgency count only above everything else.
        var seenContent = false
        for i in 0..<n where !furniture[i] {
            let line = lines[i]
            if line.count <= 40, line.ending == .open, line.last == "号" || line.last == "）" || line.last == ")",
               OfficialMark.isIssuingNumber(line.scalars) || OfficialMark.isAnnouncementNumber(line.scalars) {
                officialMark[i] = true
            } else if !seenContent, line.count <= 12, OfficialMark.isHeaderMark(line.scalars) {
                officialMark[i] = true
            } else {
                seenContent = true
            }
        }
        self.officialMark = officialMark
        let furniture = self.furniture
        firstContent = (0..<n).first { !furniture[$0] && !officialMark[$0] } ?? n
        var nameTails = [Bool](repeating: false, count: n)
        closer = Segmenter.findClosers(lines, furniture: furniture, nameTails: &nameTails)
        self.nameTails = nameTails
        var excluded = furniture
        // Closing lines, official marks, table cells and a speech's front matter are set to no column width.
        for i in 0..<n where closer[i] != nil || officialMark[i] || tableCell[i] || front[i] != nil { excluded[i] = true }
        // A numbered line without punctuation (`一、调整后的业务办理时间`) is a heading, set short:
        // in a short notice with several, they would set the column itself.
        for i in 0..<n where !excluded[i] && lines[i].script == .cjk && lines[i].count <= 30
            && LinePatterns.itemLabelLength(lines[i].scalars) != nil
            && !lines[i].scalars.contains(where: { LinePatterns.sentencePunctuation.contains($0) }) { excluded[i] = true }
        column = ColumnModel(lines: lines, excluded: excluded)
        bigrams = BigramCounts(lines: lines)
        indentedFirstLines = detectIndentedFirstLines()
        starters = collectStarters()
        (sentenceStarts, midLineSentenceEnds) = collectSentenceStarts()
        continuationLikely = sentencesOutnumberParagraphs()
        flushParagraphs = detectFlushParagraphs()
        indentMarksParagraphs = detectIndentMarksParagraphs()
    }

    private static func starterKey(_ line: LineProfile) -> UInt64? {
        guard line.count >= 2 else { return nil }
        return BigramCounts.key(line.scalars[0], line.scalars[1])
    }

    private func collectStarters() -> [UInt64: Int] {
        var counts: [UInt64: Int] = [:]
        for j in 1..<max(1, lines.count) where lines[j - 1].ending == .sentence && isShort(j - 1, by: 3) {
            if let key = Segmenter.starterKey(lines[j]) { counts[key, default: 0] += 1 }
        }
        return counts
    }

    /// Sentence ends inside lines, and what follows them: how sentences (not paragraphs) begin,
    /// and how many sentences a paragraph holds.
    private func collectSentenceStarts() -> (starts: [UInt64: Int], count: Int) {
        var starts: [UInt64: Int] = [:]
        var count = 0
        for line in lines where line.script == .cjk {
            line.scalars.withUnsafeBufferPointer { scalars in
                var k = 0
                while k + 2 < scalars.count {
                    // 。！？… : the sentence-final marks of Chinese prose (full-width only).
                    switch scalars[k].value {
                    case 0x3002, 0xFF01, 0xFF1F, 0x2026:
                        var next = k + 1
                        while next < scalars.count, scalars[next].isClosingMark { next += 1 }
                        if next + 1 < scalars.count {
                            count += 1
                            starts[BigramCounts.key(scalars[next], scalars[next + 1]), default: 0] += 1
                        }
                        k = next
                    default:
                        k += 1
                    }
                }
            }
        }
        return (starts, count)
    }

    /// With no indentation to go by, whether a full line ending a sentence more likely goes on:
    /// a sentence end falls at a line end about as often as any other place, so compare how
    /// many sentences end inside lines with how many paragraphs visibly end.
    private func sentencesOutnumberParagraphs() -> Bool {
        var paragraphEnds = 0
        for i in 0..<lines.count where lines[i].ending == .sentence && isShort(i, by: 3) { paragraphEnds += 1 }
        return midLineSentenceEnds >= 2 * max(1, paragraphEnds)
    }

    /// After the lines that certainly end a paragraph (a sentence end short of the column by 3
    /// ems or more), the next line is indented at least four times in five, while most lines are not.
    private func detectIndentMarksParagraphs() -> Bool {
        guard !blankLinesMatter else { return false }
        var starts = 0, indentedStarts = 0, indented = 0, counted = 0
        for i in 0..<lines.count where !furniture[i] && closer[i] == nil && !officialMark[i] {
            counted += 1
            if lines[i].isIndented { indented += 1 }
            guard i + 1 < lines.count, lines[i].ending == .sentence, isShort(i, by: 3),
                  closer[i + 1] == nil, !furniture[i + 1] else { continue }
            starts += 1
            if lines[i + 1].isIndented { indentedStarts += 1 }
        }
        return starts >= 3 && indentedStarts * 5 >= starts * 4 && indented * 5 < counted * 3
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
    private func opensOnlySentences(_ j: Int) -> Bool {
        guard lines[j].script == .cjk, let key = Segmenter.starterKey(lines[j]) else { return false }
        return (sentenceStarts[key] ?? 0) >= 2 && (starters[key] ?? 0) == 0
    }

    /// The line begins the way this document's paragraphs begin (and more often than its
    /// sentences inside paragraphs do).
    private func startsLikeParagraph(_ j: Int) -> Bool {
        guard let key = Segmenter.starterKey(lines[j]) else { return false }
        let asParagraph = starters[key] ?? 0
        return asParagraph >= 2 && asParagraph > (sentenceStarts[key] ?? 0)
    }

    // MARK: - Page furniture

    static func findFurniture(_ lines: [LineProfile]) -> [Bool] {
        let n = lines.count
        var result = [Bool](repeating: false, count: n)
        var repeats: [UInt64: [Int]] = [:]
        for i in 0..<n {
            let line = lines[i]
            if line.count <= 20, LinePatterns.isPageNumber(line.scalars) {
                // A bare number followed by 年/月/% ... is a wrapped fragment of a date or amount.
                let bare = line.scalars.allSatisfy { $0.layoutClass == .digit }
                let nextStartsUnit = i + 1 < n && LinePatterns.numberFollowers.contains(lines[i + 1].first)
                let previousOpen = i > 0 && lines[i - 1].ending == .open && lines[i - 1].last.layoutClass != .digit
                if !(bare && (nextStartsUnit || (previousOpen && line.count == 4))) {
                    result[i] = true
                    continue
                }
            }
            // Running-header candidates: short lines that neither end nor break off a sentence.
            // (Headers are short, or carry a date or page number.)
            guard line.ending == .open, !line.endsMidClause, line.count >= 4, line.count <= 80 else { continue }
            // Over 40 scalars only a header set in two parts (a run of spaces inside) qualifies.
            if line.count > 40 && !LinePatterns.hasWideGap(line.scalars) { continue }
            let visible = line.scalars.reduce(0) { $0 + ($1.layoutClass == .space ? 0 : 1) }
            if visible >= 4 && visible <= 40
                && (line.count <= 16 || line.scalars.contains(where: { $0.value >= 0x30 && $0.value <= 0x39 }))
                && !LinePatterns.continuationEnders.contains(line.last)
                && !line.scalars.contains(where: { LinePatterns.sentencePunctuation.contains($0) }) {
                repeats[Segmenter.fingerprint(line.scalars), default: []].append(i)
            }
        }
        // A running header: the same short line three or more times, far apart. A header set in
        // two parts with a wide gap between them (`国务院公报 2023·第18号      国务院部门文件`)
        // is unmistakable at any distance.
        for (_, candidates) in repeats where candidates.count >= 3 {
            // Fingerprints can collide: keep the lines equal to the first one.
            let reference = candidates[0]
            let referenceText = Segmenter.visible(lines[reference])
            let indices = candidates.filter { Segmenter.visible(lines[$0]) == referenceText }
            guard indices.count >= 3 else { continue }
            let spread = indices.last! - indices.first!
            let twoParts = LinePatterns.hasWideGap(lines[reference].scalars)
            if spread >= (twoParts ? 3 : 10) * (indices.count - 1) {
                // The file's first line is its title, even when the running head repeats it;
                // unless it is itself set as a header, in two parts.
                for i in indices where (i > 0 || twoParts) && !LinePatterns.isSignatureLine(lines[i].scalars) { result[i] = true }
            }
        }
        // A page line (`2   THE EVENING STAR`) between the two halves of a hyphenated word.
        for i in 1..<max(1, n - 1) where !result[i] {
            let line = lines[i], before = lines[i - 1], after = lines[i + 1]
            guard before.script == .latin, before.last.isLineEndHyphen, after.first.properties.isLowercase,
                  Segmenter.visible(line).count <= 40, line.scalars.contains(where: { $0.layoutClass == .digit }),
                  !line.scalars.contains(where: { $0.properties.isLowercase }) else { continue }
            result[i] = true
        }
        // Beside a page number, a running head printed once: the document's title again, or a
        // dated head (`经济参考 2023年10月21日 星期六`) that falls inside a sentence.
        let title = n > 0 ? Segmenter.visible(lines[0]) : []
        for i in 1..<max(1, n) where !result[i] && lines[i].ending == .open && !lines[i].endsMidClause {
            let line = lines[i]
            // Cheapest test first: most lines have no page number beside them.
            guard let page = (max(0, i - 2)...min(n - 1, i + 2)).first(where: { $0 != i && result[$0] && LinePatterns.isPageNumber(lines[$0].scalars) }),
                  line.count <= 80, !line.scalars.contains(where: { LinePatterns.sentencePunctuation.contains($0) })
            else { continue }
            let visible = Segmenter.visible(line)
            guard visible.count <= 40 else { continue }
            if visible == title {
                // Not a signing body that also heads the text (`江城市人民政府`).
                if !LinePatterns.isSignatureLine(line.scalars) { result[i] = true }
                continue
            }
            // The dated head right after the page number, with the sentence going on across both.
            guard page == i - 1, line.scalars.contains(where: { $0.layoutClass == .digit }),
                  let before = (0..<page).last(where: { !result[$0] }), lines[before].script == .cjk,
                  lines[before].ending != .sentence, i + 1 < n else { continue }
            result[i] = true
        }
        return result
    }

    /// The line's scalars without its white space: what a repeated line is compared by.
    static func visible(_ line: LineProfile) -> [Unicode.Scalar] {
        line.scalars.filter { $0.layoutClass != .space }
    }

    /// FNV-1a over the non-space scalars: a cheap key for spotting repeated lines.
    static func fingerprint(_ scalars: [Unicode.Scalar]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for s in scalars where s.layoutClass != .space {
            hash = (hash ^ UInt64(s.value)) &* 0x100_0000_01b3
        }
        return hash
    }

    // MARK: - Closing blocks (signatures, dates, datelines)

    static func closerKind(_ line: LineProfile) -> BlockKind? {
        if LinePatterns.isDatelineLine(line.scalars) { return .dateline }
        if LinePatterns.isDateLine(line.scalars) { return .date }
        if line.script != .latin && LinePatterns.isSignatureLine(line.scalars) { return .signature }
        if line.script == .latin && LinePatterns.isLatinValediction(line.scalars) { return .signature }
        if line.script == .latin && line.last == "." && LatinLetterClose.isPlaceAndDate(line) { return .dateline }
        return nil
    }

    /// One to three Han characters and nothing else: what a narrow column leaves of a name.
    static func isNameTail(_ line: LineProfile) -> Bool {
        line.count <= 3 && line.scalars.allSatisfy { $0.layoutClass == .han }
    }

    /// After a valediction (`Yours respectfully,`), the writer's name and style: up to three
    /// short lines that start with a capital and end no sentence in lower case.
    static func signsAfterValediction(_ line: LineProfile) -> Bool {
        line.script == .latin && line.count <= 40 && line.first.properties.isUppercase
            && line.ending != .clause && !line.endsMidClause
    }

    /// Runs of closing lines that follow a finished sentence. A run counts only when it is
    /// unmistakable: it holds a date or dateline, or at least two signature lines, or it ends the file.
    static func findClosers(_ lines: [LineProfile], furniture: [Bool], nameTails: inout [Bool]) -> [BlockKind?] {
        let n = lines.count
        var result = [BlockKind?](repeating: nil, count: n)
        var i = 0
        while i < n {
            guard !furniture[i] else { i += 1; continue }
            // A letter's close: the writer's name over the place and date it was written.
            // The place may take two lines (`Farm on the National Pike, in Ohio, three` / `miles
            // from Wheeling, July 12, 1866.`): the second is joined to the first.
            if LatinLetterClose.isSignedName(lines[i]), i > 0, lines[i - 1].ending == .sentence, i + 1 < n,
               !furniture[i + 1] {
                if LatinLetterClose.endsWithDate(lines[i + 1]) {
                    result[i] = .signature
                    result[i + 1] = .dateline
                    i += 2
                    continue
                }
                if i + 2 < n, !furniture[i + 2], lines[i + 1].ending == .open, !lines[i + 1].last.isLineEndHyphen,
                   LatinLetterClose.endsWithDate(lines[i + 2]) {
                    result[i] = .signature
                    result[i + 1] = .dateline
                    result[i + 2] = .dateline
                    nameTails[i + 2] = true
                    i += 3
                    continue
                }
            }
            guard let kind = closerKind(lines[i]) else { i += 1; continue }
            // The run must start after a complete sentence (or at the very start).
            var previous = i - 1
            while previous >= 0 && furniture[previous] { previous -= 1 }
            let afterSentence = previous < 0 || lines[previous].ending == .sentence || result[previous] != nil
            var kinds: [(Int, BlockKind)] = [(i, kind)]
            var j = i + 1
            var afterValediction = 0
            while j < n {
                if furniture[j] { j += 1; continue }
                if let k = closerKind(lines[j]) {
                    kinds.append((j, k))
                } else if let last = kinds.last, last.1 == .signature, !nameTails[last.0],
                          lines[last.0].script == .cjk, lines[last.0].scalars.contains(" "),
                          isNameTail(lines[j]) {
                    kinds.append((j, .signature))
                    nameTails[j] = true
                } else if afterValediction < 3, LinePatterns.isLatinValediction(lines[kinds.last!.0].scalars)
                            || (afterValediction > 0), signsAfterValediction(lines[j]) {
                    kinds.append((j, .signature))
                    afterValediction += 1
                } else {
                    break
                }
                j += 1
            }
            let signatures = kinds.filter { $0.1 == .signature }.count
            let hasDate = kinds.contains { $0.1 != .signature }
            let endsFile = j >= n
            // A signing body over its date, set apart by a blank line or pushed to the right, closes
            // the text even after a line that ends no sentence: an attachment list (`附件：1.…` /
            // `2.…`) stands between the last sentence and the signature in official documents.
            // (Not under the title, before the text has begun: that is a byline and its date.)
            let setApart = lines[i].blankLinesBefore > 0 || lines[i].indent >= 8
            let signedAndDated = kind == .signature && hasDate && kinds.count <= 4
                && lines[..<i].contains { $0.ending == .sentence }
            if (afterSentence || (setApart && signedAndDated)) && (hasDate || signatures >= 2 || endsFile) {
                for (index, k) in kinds { result[index] = k }
            } else {
                for (index, _) in kinds { nameTails[index] = false }
            }
            if result[i] == nil && kind == .dateline {
                result[i] = .dateline
                j = i + 1
            }
            i = j
        }
        return result
    }

    // MARK: - Evidence helpers

    /// The reference column width at line `i`.
    func width(_ i: Int) -> Double { column.width[i] }

    /// The line visibly falls short of its column.
    func isShort(_ i: Int, by margin: Double = 1.5) -> Bool {
        lines[i].width < width(i) - margin
    }

    private func detectIndentedFirstLines() -> Bool {
        // First lines of paragraphs that certainly start (after a short sentence-final line) and
        // continue (they do not end a sentence): are they systematically shorter than the column?
        var shorter = 0, total = 0
        for i in 1..<max(1, lines.count) {
            let previous = lines[i - 1], line = lines[i]
            guard previous.ending == .sentence, isShort(i - 1, by: 3), line.ending == .open, closer[i] == nil else { continue }
            let w = width(i)
            guard w.isFinite else { continue }
            total += 1
            if line.width <= w - 1.25 && line.width >= w - 3.5 { shorter += 1 }
        }
        return total >= 4 && Double(shorter) >= 0.7 * Double(total)
    }

    /// The next line is set like an indented first line: shorter than the column by about two ems.
    private func looksIndented(_ j: Int) -> Bool {
        if lines[j].isIndented { return true }
        guard indentedFirstLines, lines[j].ending == .open else { return false }
        return lines[j].width <= width(j) - 1.25
    }

    // MARK: - Headings

    /// A line that stands alone as a title or heading: short, no sentence punctuation, not cut
    /// mid-phrase, and followed by something that does not continue it.
    /// Kinds of documents whose names end a Chinese title (`…的通知`, `…联合公报`).
    static let documentTypes: [[Unicode.Scalar]] = [
        "通知", "公报", "声明", "决定", "意见", "办法", "规定", "条例", "报告", "纲要", "宣言", "公告", "通告",
        "通报", "批复", "方案", "规划", "计划", "讲话", "决议", "议定书", "协定", "备忘录", "纪要", "章程",
        "细则", "指引", "指南", "致辞", "贺信", "答记者问",
        // Traditional forms (Taiwan, Hong Kong, Big5 sources).
        "公報", "聲明", "決定", "辦法", "規定", "條例", "報告", "綱要", "計畫", "計劃", "規劃", "講話",
        "決議", "協定", "備忘錄", "紀要", "細則", "致辭", "賀信",
    ].map { Array($0.unicodeScalars) }

    static func endsWithDocumentType(_ line: [Unicode.Scalar]) -> Bool {
        documentTypes.contains { t in t.count <= line.count && Array(line.suffix(t.count)) == t }
    }

    /// A `《`, `（` or `“` left open: the text goes on past the line end.
    static func hasUnclosedBracket(_ scalars: [Unicode.Scalar]) -> Bool {
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
              b.count <= 40, b.ending == .open,
              b.first != "—" else { return false }  // `——在…上的致辞` is a subtitle of its own
        if b.scalars.contains(where: { LinePatterns.sentencePunctuation.contains($0) }) { return false }
        if LinePatterns.itemLabelLength(b.scalars) != nil { return false }
        // A document type alone (`公    告` under `江城市住房公积金管理中心`) is set as a line of
        // its own under the issuer, not the end of a title cut by the column.
        if Segmenter.isDocumentTypeAlone(b) { return false }
        return Segmenter.endsWithDocumentType(b.scalars) && !Segmenter.endsWithDocumentType(a.scalars)
    }

    /// The line, white space aside, is only a document type (`公告`, `通 知`).
    static func isDocumentTypeAlone(_ line: LineProfile) -> Bool {
        guard line.count <= 12 else { return false }
        let visible = Segmenter.visible(line)
        return documentTypes.contains { $0 == visible }
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
           !lines[j].scalars.contains(where: { LinePatterns.sentencePunctuation.contains($0) }) {
            return [j]
        }
        let middle = lines[j]
        guard lines[i].script == .cjk, !Segmenter.endsWithDocumentType(lines[i].scalars), middle.script == .cjk,
              closer[j] == nil, middle.count <= 40, middle.ending == .open,
              !middle.scalars.contains(where: { LinePatterns.sentencePunctuation.contains($0) }),
              LinePatterns.itemLabelLength(middle.scalars) == nil,
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
        let line = lines[i]
        guard closer[i] == nil, front[i] == nil, !officialMark[i], !tableCell[i], !line.endsMidClause, previousBreaks else { return false }
        // Only a headline in capitals may end a sentence (asked only then: it reads every letter).
        let capitalsHeadline = line.ending != .open && isCapitalsHeadline(i)
        guard line.ending == .open || capitalsHeadline else { return false }
        let next = nextContent(after: i)
        // The first line of the file, page furniture aside: where a title stands.
        let isFirstContent = i == firstContent
        if let j = next {
            // (A speech's dash-led subtitle may start a line.)
            if lines[j].first.isLineStartForbidden && front[j] == nil { return false }
            if line.last.layoutClass == .digit && LinePatterns.numberFollowers.contains(lines[j].first) { return false }
        }
        switch line.script {
        case .cjk:
            guard line.count <= 40 else { return false }
            if line.scalars.contains(where: { LinePatterns.sentencePunctuation.contains($0) }) { return false }
            // An enumeration comma belongs to prose, except inside a label (`一、总体要求`).
            let label = LinePatterns.itemLabelLength(line.scalars) ?? 0
            // A short labelled line may end in a word that elsewhere needs an object
            // (`一、合作原则`, `二、积极应对`): the label makes it a heading.
            // A first line that the next completes as a title (`…市长理事会` / `…联合公报`) may too.
            // So may a title over a speech's subtitle (`坚定信心　实干担当` / `——在…上的讲话`).
            let opensTitle = isFirstContent && (titleContinuation(from: i) != nil || next.map { front[$0] == .heading } == true)
            if LinePatterns.continuationEnders.contains(line.last) && !opensTitle
                && !(label > 0 && line.count - label <= 12 && isShort(i, by: 3)) {
                return false
            }
            if Segmenter.hasUnclosedBracket(line.scalars) { return false }
            // A note in brackets (`（此件公开发布）`, `（完）`) is no heading.
            if !isFirstContent && (line.first == "（" || line.first == "(") && (line.last == "）" || line.last == ")") { return false }
            if line.scalars[label...].contains("、") { return false }
            if isFirstContent {
                // The first line of a file: a title if it is short and reads like one.
                if line.count > 40 { return false }
                if let j = next, titleContinues(i, on: j) { return true }
                if Segmenter.endsWithDocumentType(line.scalars) { return true }
                // In a wrapped column the first line may just be a paragraph's indented first
                // line: a title is set visibly shorter than the column.
                let w = width(i)
                if w.isFinite && line.width > w * 0.75 { return false }
            } else {
                // In a wrapped column, an indented first line is two ems short of the column; a
                // heading is set visibly shorter (or centred).
                let w = width(i)
                if w.isFinite && line.width > w * 0.7 { return false }
                if !isShort(i, by: 2) { return false }
            }
            if let j = next, lines[j].script == .cjk, bigrams.count(line.last, lines[j].first) >= 2 { return false }
            return true
        case .latin:
            guard line.count <= 90 else { return false }
            // `THE ELECTION TO-DAY.`: a headline set in capitals over a line of running text, at
            // any width (narrow columns fill a headline), even with its final point.
            if capitalsHeadline || (line.ending == .open && isCapitalsHeadline(i)) { return true }
            // A final `.` on an open line is a title or an initial before a name (`Hon. James T.`).
            if line.last.isLineEndHyphen || line.last == "," || line.last == ";" || line.last == "." { return false }
            // What follows a heading starts a sentence.
            if let j = next, lines[j].first.properties.isLowercase { return false }
            let words = line.text.split(separator: " ")
            guard !words.isEmpty, words.count <= 16 else { return false }
            // A line ending in a function word is cut mid-sentence (`was described as`).
            if let last = words.last, Segmenter.latinFunctionWords.contains(last.lowercased()) { return false }
            let w = width(i)
            // A deck under a headline: Title Case, at any width (not a dateline's first line,
            // `SPRINGFIELD, Ill., June 8.—The`, which ends in a function word).
            if afterHeading && Segmenter.isTitleCase(line) && !Segmenter.endsInFunctionWord(line) { return true }
            // A title or a centred headline: the first line, visibly short or indented.
            let nextIndented = next.map { lines[$0].isIndented && !line.isIndented } ?? false
            if isFirstContent && (!w.isFinite || isShort(i, by: max(3, w * 0.15)) || line.isIndented || nextIndented) { return true }
            guard isShort(i, by: max(4, w * 0.25)) else { return false }
            let capitalised = words.filter { $0.first?.isUppercase ?? false || $0.first?.isNumber ?? false }.count
            let significant = words.filter { !Segmenter.minorWords.contains($0.lowercased()) }.count
            if capitalised * 10 >= max(1, significant) * 8 { return true }
            // A sentence-case headline: well short of the column, centred or between sentences.
            return words.count >= 2 && (line.isIndented || isShort(i, by: max(6, w * 0.4)))
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

    /// Words Title Case leaves in lower case.
    static let minorWords: Set<String> = ["a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "at", "by", "with", "from"]

    /// The line's last run of letters is a function word (`…June 8.—The`).
    static func endsInFunctionWord(_ line: LineProfile) -> Bool {
        var end = line.count
        while end > 0, line.scalars[end - 1].layoutClass != .letter { end -= 1 }
        var start = end
        while start > 0, line.scalars[start - 1].layoutClass == .letter { start -= 1 }
        guard start < end else { return false }
        return latinFunctionWords.contains(String(String.UnicodeScalarView(line.scalars[start..<end])).lowercased())
    }

    /// No lower-case letter, at least two letters: a line set in capitals.
    static func isAllCapitals(_ line: LineProfile) -> Bool {
        var letters = 0
        for s in line.scalars where s.layoutClass == .letter {
            // ASCII answered by range; Unicode properties only for other letters.
            if s.value >= 0x61 && s.value <= 0x7A { return false }
            if s.value >= 0x80 && s.properties.isLowercase { return false }
            letters += 1
        }
        return letters >= 2
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
        return next.script == .latin && next.first.properties.isUppercase && !Segmenter.isAllCapitals(next)
    }

    /// Two lines set alike (both in capitals, or both Title Case): one headline over two lines.
    func continuesHeadline(_ i: Int, _ j: Int) -> Bool {
        let a = lines[i], b = lines[j]
        guard a.script == .latin, b.script == .latin, a.ending == .open, !a.last.isLineEndHyphen, closer[j] == nil,
              b.count <= 90, b.ending != .clause else { return false }
        if Segmenter.endsInFunctionWord(a) { return true }
        guard b.ending == .sentence else { return false }
        if Segmenter.isAllCapitals(a) { return Segmenter.isAllCapitals(b) }
        // `…at the Port—Marine` / `Notes.`: a Title Case line may end on one or two words.
        let short = b.text.split(separator: " ")
        let capitalisedEnd = short.count <= 2 && short.allSatisfy { $0.first?.isUppercase ?? false }
        return Segmenter.isTitleCase(a) && (Segmenter.isTitleCase(b) || capitalisedEnd)
    }

    func nextContent(after i: Int) -> Int? {
        var j = i + 1
        while j < lines.count && furniture[j] { j += 1 }
        return j < lines.count ? j : nil
    }

    // MARK: - The join decision

    /// True when the text really breaks between line `i` and the next content line `j`.
    func breaks(_ i: Int, _ j: Int, iIsHeading: Bool) -> Bool {
        let a = lines[i], b = lines[j]
        if closer[i] != nil || closer[j] != nil { return !nameTails[j] }
        if officialMark[i] || officialMark[j] || tableCell[i] || tableCell[j] { return true }
        if front[i] != nil || front[j] != nil { return true }
        // A note in brackets on a line of its own after a complete block (`（此件公开发布）`) is complete.
        if a.script == .cjk, a.count <= 20, a.first == "（", a.last == "）", !Segmenter.hasUnclosedBracket(a.scalars),
           i == 0 || lines[i - 1].ending == .sentence || closer[i - 1] != nil, !b.first.isLineStartForbidden { return true }
        if iIsHeading { return !continuesHeadline(i, j) }
        // Price lists and tables of contents: each line with leader dots is an entry.
        if a.last.layoutClass == .digit && b.last.layoutClass == .digit && a.hasLeaderDots && b.hasLeaderDots { return true }
        // A line set in capitals that ends in a comma, over a capitalised line: a card or an
        // address (`DR. E. F. CLARKE,` / `Physician and Surgeon.`), not a sentence going on.
        if a.script == .latin, a.last == ",", Segmenter.isAllCapitals(a), b.first.properties.isUppercase,
           !Segmenter.isAllCapitals(b) { return true }
        // A column or page break may leave a blank line inside a sentence: a Latin line with no
        // final mark before a lower-case line, or a Chinese line ending mid-clause, goes on.
        if b.first.isLineStartForbidden { return false }
        if a.script == .latin, a.ending == .open, b.first.properties.isLowercase,
           LinePatterns.itemLabelLength(b.scalars) == nil { return false }
        if a.script == .cjk, a.endsMidClause { return false }
        // Blank lines around page furniture belong to the page break, not to the text.
        let pageBreak = j > i + 1
        if blankLinesMatter && b.blankLinesBefore > 0 && !pageBreak { return true }
        if wideBlankGapsMatter && b.blankLinesBefore >= 2 && !pageBreak { return true }
        // Certain continuations (a line-start-forbidden mark was answered above).
        if a.endsMidClause { return false }
        if a.last.layoutClass == .digit && LinePatterns.numberFollowers.contains(b.first) { return false }
        if a.script == .latin, a.last.isLineEndHyphen || a.last == "\u{00AD}", b.first.properties.isLowercase { return false }
        // `12:` / `00`: a time cut after its colon.
        if a.last == ":", a.count >= 2, a.scalars[a.count - 2].layoutClass == .digit, b.first.layoutClass == .digit,
           b.count >= 2, b.scalars[1].layoutClass == .digit { return false }
        // `增长5.` / `8%`: a decimal number cut after its point (Chinese sentences end in `。`).
        if a.script == .cjk, a.last == ".", a.count >= 2, a.scalars[a.count - 2].layoutClass == .digit,
           b.first.layoutClass == .digit { return false }
        // `$86,-` / `500`, `1914-` / `1918`: a number cut at a hyphen (the next line is not an item `500.`).
        if a.last.isLineEndHyphen, a.count >= 2, b.first.layoutClass == .digit,
           a.scalars[a.count - 2] == "," || a.scalars[a.count - 2].layoutClass == .digit { return false }
        let bLabel = LinePatterns.itemLabelLength(b.scalars) != nil
        // A justified (letter-spaced) full line is never a paragraph's last line.
        if a.isLetterspaced && !bLabel && (a.ending != .sentence || isFull(i)) { return false }
        switch a.ending {
        case .sentence:
            if a.script == .latin {
                // With no column to measure by (a short text), every line counts as short.
                let w = width(i)
                let margin = !w.isFinite ? 3 : (flushParagraphs ? max(1.25, w * 0.06) : max(3, w * 0.12))
                if isShort(i, by: margin) { return true }
                if looksIndented(j) || bLabel { return true }
                return false
            }
            if b.script == .latin && b.first.properties.isLowercase { return false }
            // Where paragraphs begin indented, the indent decides after a full line.
            if indentMarksParagraphs && isFull(i) && !bLabel { return b.isIndented }
            // Where blank lines separate paragraphs, a full line with no blank after it goes on.
            if blankLinesMatter && b.blankLinesBefore == 0 && isFull(i) && !b.isIndented && !bLabel { return false }
            // A full line that ends a sentence: the paragraph may end, or go on.
            // The next line opens the way this document's sentences open inside paragraphs
            // (`团长们…` after `。`), and never the way a paragraph that certainly starts does
            // (after a line short by 3 ems or more): unless this line is that short, it goes on.
            if !isShort(i, by: 3) && !looksIndented(j) && !bLabel && opensOnlySentences(j) { return false }
            if isFull(i) && !looksIndented(j) && !bLabel {
                if indentedFirstLines {
                    // First lines are indented and this one is not: it goes on.
                    if b.ending == .open { return false }
                    // The next line is itself a paragraph's last line: too short to show an
                    // indent, so ask how this document's paragraphs begin.
                    if !startsLikeParagraph(j) && !starters.isEmpty { return false }
                } else if continuationLikely && !startsLikeParagraph(j) {
                    return false
                }
            }
            return true
        case .clause:
            if bLabel || b.isIndented { return true }
            return isShort(i, by: a.script == .latin ? max(3, width(i) * 0.12) : 1.5)
        case .open:
            if bLabel && isShort(i, by: 3) { return true }
            if b.isIndented && !a.isIndented && isShort(i, by: 3) { return true }
            // A subheading with no punctuation over a paragraph indented by two ems: a narrow
            // newspaper column fills the subheading, so its width says nothing.
            if a.script == .cjk, b.indent >= 2, !a.isIndented,
               !a.scalars.contains(where: { LinePatterns.sentencePunctuation.contains($0) || $0.isOpeningMark }) { return true }
            return false
        }
    }

    // MARK: - Division boundaries

    /// A break between `i` and `j` where the column width changes clearly: another text starts.
    func startsNewDivision(_ i: Int, _ j: Int) -> Bool {
        // Closing lines end the text before them; they never open a division of their own.
        if closer[j] != nil { return false }
        if closer[i] != nil {
            // Another text follows the closing block, unless it is only a short note such as
            // `（此件公开发布）`: count what comes before the next closing block or the end.
            var k = j, lineCount = 0, scalars = 0
            while k < lines.count, closer[k] == nil, lineCount < 3 {
                if !furniture[k] { lineCount += 1; scalars += lines[k].count }
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
        if change >= 2 { return true }
        return lines[j].isIndented
    }

    /// How much the column's width differs before and after line `i`.
    private func widthChange(at i: Int) -> Double {
        guard let left = column.before[i], let right = column.after[i] else { return 0 }
        return abs(left - right)
    }

    // MARK: - Putting it together

    func segment() -> [[Segment]] {
        var divisions: [[Segment]] = []
        var current: [Segment] = []
        var open: Segment? = nil
        var previousBreaks = true
        var furnitureHere: [Int] = []

        func flush() {
            if var segment = open {
                if segment.kind == .paragraph, LinePatterns.itemLabelLength(lines[segment.lines[0]].scalars) != nil {
                    segment.kind = .item
                }
                current.append(segment)
                open = nil
            }
            for f in furnitureHere { current.append(Segment(kind: .furniture, lines: [f])) }
            furnitureHere.removeAll()
        }

        var i = 0
        while i < lines.count && furniture[i] { current.append(Segment(kind: .furniture, lines: [i])); i += 1 }
        while i < lines.count {
            let afterHeading = previousBreaks && open == nil && (current.last.map { $0.kind == .title || $0.kind == .heading } ?? false)
            let heading = isHeading(i, previousBreaks: previousBreaks, afterHeading: afterHeading)
            if open == nil {
                // An official mark is a heading of its own (TEI `head`, which every reader of the
                // reading text keeps, where a top `dateline` may be skipped); the title may follow it.
                let beforeTitle = divisions.isEmpty && current.allSatisfy { $0.kind == .furniture || officialMark[$0.lines[0]] }
                let kind: BlockKind = closer[i] ?? front[i] ?? (officialMark[i] ? .heading : heading ? (beforeTitle ? .title : .heading) : .paragraph)
                open = Segment(kind: kind, lines: [i])
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
            let isBreak = breaks(i, j, iIsHeading: heading || open!.kind == .title || open!.kind == .heading)
            if isBreak {
                flush()
                if startsNewDivision(i, j) {
                    divisions.append(current)
                    current = []
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

/// Counts of adjacent CJK character pairs inside lines: the document's own evidence for
/// whether two characters that meet at a line break belong together (`上` + `合` -> `上合`).
/// Counted on demand, pair by pair: only heading candidates ask, and there are few of them.
final class BigramCounts {
    private let lines: [LineProfile]
    private var memo: [UInt64: Int] = [:]

    init(lines: [LineProfile]) {
        self.lines = lines
    }

    static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 {
        UInt64(a.value) << 32 | UInt64(b.value)
    }

    private var complete = false
    private var queries = 0

    func count(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Int {
        let key = BigramCounts.key(a, b)
        if let known = memo[key] { return known }
        if complete { return 0 }
        queries += 1
        if queries > 32 {
            // Many questions (a file of many short lines): count every pair once instead.
            countAll()
            return memo[key] ?? 0
        }
        var total = 0
        for line in lines {
            let scalars = line.scalars
            var previous: Unicode.Scalar? = nil
            for scalar in scalars {
                if scalar == b, previous == a { total += 1 }
                if scalar.layoutClass != .space { previous = scalar }
            }
        }
        memo[key] = total
        return total
    }

    private func countAll() {
        var all: [UInt64: Int] = [:]
        for line in lines {
            var previous: Unicode.Scalar? = nil
            for scalar in line.scalars {
                if let p = previous { all[BigramCounts.key(p, scalar), default: 0] += 1 }
                if scalar.layoutClass != .space { previous = scalar }
            }
        }
        memo = all
        complete = true
    }
}
