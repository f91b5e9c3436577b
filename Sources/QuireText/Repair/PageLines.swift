/// A running head or foot printed with its page number on the same line, behind a wide gap
/// (`56            父亲的冬天`, `散文卷 · 第二辑          57`, `江城市供水集团有限公司     1`,
/// `说 明 书      1/3 页`): page furniture. The text beside a bare number could be a line of
/// prose or a table's row ending in a figure, so a bare number needs evidence: the same text
/// printed beside another number, two such lines numbered one after the other at opposite
/// edges (facing pages), or the line standing inside a
/// sentence that the page turn cut. A number of the page's own form (`1/3 页`, `第 3 页`,
/// `Page 3`) needs none.
enum PageLines {
    /// One candidate line: its index, its page number, its text (visible scalars) and whether
    /// its number's form is a page's own.
    private struct Candidate {
        let line: Int
        let number: Int
        let text: [Unicode.Scalar]
        let pageForm: Bool
        /// The number closes the line (else it opens it).
        let atEnd: Bool
        /// The gap before the number is two spaces, not three or more: a slide's foot
        /// (`江城市政务服务数据管理局  2`), which only the same text beside another number tells
        /// from a table's row.
        let narrowGap: Bool
    }

    /// Marks such lines in `furniture`.
    static func mark(_ lines: LineTable, furniture: inout [Bool]) {
        var candidates: [Candidate] = []
        for i in 0..<lines.count where !furniture[i] && lines[i].hasSpace && lines[i].count >= 4 && lines[i].count <= 90 {
            let first = lines[i].first, last = lines[i].last
            // (Or a page's word first, `Seite 14   Lokales`, `Page 3   THE WEEKLY NEWS`.)
            guard first.value &- 0x30 < 10 || last.value &- 0x30 < 10 || last == "页" || last == "頁"
                || (first == "S" || first == "P" || first == "p") && mayOpenPageWord(lines[i]) else { continue }
            if let candidate = candidate(lines[i].scalars, line: i) { candidates.append(candidate) }
        }
        guard !candidates.isEmpty else { return }
        for (k, c) in candidates.enumerated() {
            var evidence = c.pageForm
            for (m, other) in candidates.enumerated() where m != k && !evidence {
                // The same head beside another number, or the next or previous page's number.
                if other.text == c.text && other.number != c.number { evidence = true }
                if c.narrowGap { continue }
                // (Numbered one after the other on facing pages, the number at the outer edge:
                // one line opens with it and the other closes with it. A table's rows, their
                // figures all at the end, are no such pair.)
                if abs(other.number - c.number) == 1 && abs(other.line - c.line) >= 5 && other.atEnd != c.atEnd { evidence = true }
            }
            if !evidence && !c.narrowGap { evidence = standsInsideSentence(lines, furniture, c.line) }
            if evidence { furniture[c.line] = true }
        }
    }

    /// The line's page number and text, where a number (1-4 digits, or `n/N`, `n/N 页`) opens
    /// or closes it behind a gap of three spaces or more (an ideographic space counting two),
    /// and the rest is a short text with no sentence's end. A gap of two spaces before a closing
    /// number counts where the text is four characters or more (`附件  2` is a heading).
    private static func candidate(_ s: LineScalars, line: Int) -> Candidate? {
        let n = s.count
        func isDigit(_ k: Int) -> Bool { s[k].value &- 0x30 < 10 }
        func gapWidth(from k: Int, step: Int) -> (width: Int, end: Int) {
            var width = 0, m = k
            while m >= 0 && m < n, s[m] == " " || s[m] == "\u{3000}" { width += s[m] == " " ? 1 : 2; m += step }
            return (width, m)
        }
        func number(_ range: Range<Int>) -> Int? {
            guard !range.isEmpty, range.count <= 4 else { return nil }
            var value = 0
            for k in range { guard isDigit(k) else { return nil }; value = value * 10 + Int(s[k].value - 0x30) }
            return value
        }
        var textRange: Range<Int>
        var page: Int
        var atEnd = true
        var pageForm = false
        // At the end: `… 57`, `… 1/3 页`.
        var end = n
        if s[end - 1] == "页" || s[end - 1] == "頁" {
            pageForm = true
            end -= 1
            while end > 0, s[end - 1] == " " { end -= 1 }
        }
        var start = end
        while start > 0, isDigit(start - 1) { start -= 1 }
        if start < end, start > 1, s[start - 1] == "/" {
            // `1/3`: the page before the slash.
            var before = start - 1
            while before > 0, isDigit(before - 1) { before -= 1 }
            guard let p = number(before..<(start - 1)) else { return nil }
            page = p
            pageForm = true
            start = before
        } else if let p = number(start..<end) {
            page = p
            if pageForm { return nil }  // `12页`: a count, not a page's number.
        } else {
            page = -1
        }
        var narrowGap = false
        if page >= 0 {
            // `Lokales      Seite 15`: the page's word before the number is the number's.
            if !pageForm, let word = pageWordStart(s, before: start) {
                start = word
                pageForm = true
            }
            let gap = gapWidth(from: start - 1, step: -1)
            guard gap.width >= 2 else { return nil }
            narrowGap = gap.width == 2
            textRange = 0..<(gap.end + 1)
        } else {
            // At the start: `56      父亲的冬天`.
            var digits = 0
            // `Seite 14      Lokales`: the page's word, then its number.
            let word = pageWordLength(s)
            if word > 0 { pageForm = true }
            digits = word
            while digits < n, isDigit(digits) { digits += 1 }
            guard let p = number(word..<digits) else { return nil }
            let gap = gapWidth(from: digits, step: 1)
            guard gap.width >= 3 else { return nil }
            page = p
            atEnd = false
            textRange = gap.end..<n
        }
        var text: [Unicode.Scalar] = []
        for k in textRange where s[k] != " " && s[k] != "\u{3000}" {
            if s[k] == "。" || s[k] == "！" || s[k] == "？" || s[k] == "，" || s[k] == "；" { return nil }
            text.append(s[k])
        }
        guard text.count >= (narrowGap ? 4 : 2), text.count <= 30 else { return nil }
        return Candidate(line: line, number: page, text: text, pageForm: pageForm, atEnd: atEnd, narrowGap: narrowGap)
    }

    /// Words for "page" that stand before a page's number in a head or foot (`Seite 14`,
    /// `Page 3`, `Página 2`), lower-cased.
    private static let pageWords: [[Unicode.Scalar]] = ["seite", "page", "página", "pagina", "pag."].map { Array($0.unicodeScalars) }

    /// The length of the line's opening page word and the one or two spaces after it (`Seite `),
    /// where digits follow; 0 otherwise.
    private static func pageWordLength(_ s: LineScalars) -> Int {
        var k = 0
        while k < s.count, k < 7, s[k].layoutClass == .letter || s[k] == "." { k += 1 }
        guard k >= 4, isPageWord(s, 0..<k) else { return 0 }
        var end = k
        while end < s.count, end - k < 2, s[end] == " " { end += 1 }
        return end > k && end < s.count && s[end].value &- 0x30 < 10 ? end : 0
    }

    /// The line's second letter is a page word's (`Se`, `Pa`, `Pá`), asked of lines opening
    /// with `S` or `P` before a page word is looked for.
    @inline(__always)
    private static func mayOpenPageWord(_ line: LineProfile) -> Bool {
        line.count >= 8 && line.withScalars { s in
            let v = s[1].value | 0x20  // lower case, and Á to á
            return v == 0x65 || v == 0x61 || v == 0xE1
        }
    }

    /// Where a page word stands before the number starting at `number`, one or two spaces
    /// before it (`Seite 15`); nil otherwise.
    private static func pageWordStart(_ s: LineScalars, before number: Int) -> Int? {
        var k = number
        while k > 0, number - k < 2, s[k - 1] == " " { k -= 1 }
        guard k < number else { return nil }
        let end = k
        while k > 0, end - k < 7, s[k - 1].layoutClass == .letter || s[k - 1] == "." { k -= 1 }
        guard end - k >= 4, k == 0 || s[k - 1] == " " || s[k - 1] == "\u{3000}", isPageWord(s, k..<end) else { return nil }
        return k
    }

    private static func isPageWord(_ s: LineScalars, _ range: Range<Int>) -> Bool {
        pageWords.contains { word in
            word.count == range.count && zip(word, range).allSatisfy { w, k in
                let v = s[k].value
                return (v >= 0x41 && v <= 0x5A ? v + 32 : v == 0xC1 ? 0xE1 : v) == w.value
            }
        }
    }

    /// The line stands between a line cut after a comma and a flush line that goes on from it:
    /// the page turned inside a sentence.
    private static func standsInsideSentence(_ lines: LineTable, _ furniture: [Bool], _ i: Int) -> Bool {
        var before = i - 1
        while before >= 0, furniture[before] { before -= 1 }
        var after = i + 1
        while after < lines.count, furniture[after] { after += 1 }
        guard before >= 0, after < lines.count else { return false }
        return (lines[before].last == "，" || lines[before].last == ",") && !lines[after].isIndented
    }
}
