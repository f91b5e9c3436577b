/// Footnotes printed at the foot of a page: a line opening with a note marker (`[1]`, `［2］`,
/// `①`, a word processor's superscript `¹`, or in Latin type a reference mark, `*`, `†`) whose
/// marker the text above called (`取得积极进展[1]。`, `进展¹。`, `a private citizen.*`), set
/// between the last line of the page's text and its page number or running head. A PDF extraction puts them in the middle of the
/// paragraph that the page break cut; read as text they split that paragraph in two and
/// wedge the note into its sentence. They are taken out of the text's flow like page
/// furniture (the paragraph joins across them) and kept, whole, as notes after it.
enum Footnotes {
    /// Lines a footnote (or a page's footnotes together) may take.
    static let maximumLines = 8
    /// How far above a note its call may stand: the page it is printed on.
    static let callDistance = 80

    /// Whether a line may open with a note marker: answered from its first scalar before any
    /// scan (most lines of most documents open otherwise).
    @inline(__always)
    static func mayOpenWithMarker(_ first: Unicode.Scalar) -> Bool {
        // (A Han character, as most Chinese lines open, is answered by the first two compares.)
        let v = first.value
        if v >= 0x3000 { return v == 0xFF3B }                         // ［
        if v < 0x80 { return v == 0x5B || v == 0x2A }                  // [ *
        return v &- 0x2460 < 20 || v == 0x2020 || v == 0x2021          // ① … ⑳, † ‡
            || isSuperscriptDigit(first)
    }

    /// A superscript digit (`¹²³`, `⁴`…`⁹`, `⁰`), as a word processor sets a note's number.
    @inline(__always)
    static func isSuperscriptDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v == 0xB9 || v == 0xB2 || v == 0xB3 || v == 0x2070 || v &- 0x2074 < 6
    }

    /// The reference marks of Latin typesetting: `*`, `†`, `‡` (doubled for a second note, `**`).
    @inline(__always)
    static func isReferenceMark(_ s: Unicode.Scalar) -> Bool {
        s == "*" || s == "†" || s == "‡"
    }

    /// The marker a footnote line opens with, as it is called in the text (`[1]`, `①`; a
    /// full-width `［1］` read as `[1]`), when text follows it.
    static func marker(_ line: LineProfile) -> [Unicode.Scalar]? {
        let s = line.scalars
        guard s.count >= 3, mayOpenWithMarker(s[0]) else { return nil }
        if s[0].value &- 0x2460 < 20 { return [s[0]] }
        // A reference mark, or the same mark doubled or tripled, then a space and the note
        // (`* See the letters of Cicero…`; not `* * *`, a separator).
        // Superscript digits, then the note (`¹ 参见…`, `¹²参见…`).
        if isSuperscriptDigit(s[0]) {
            var k = 1
            while k < s.count, k < 3, isSuperscriptDigit(s[k]) { k += 1 }
            var text = k
            while text < s.count, s[text] == " " || s[text] == "\u{3000}" { text += 1 }
            guard text < s.count, !isSuperscriptDigit(s[text]) else { return nil }
            return Array(s[0..<k])
        }
        if isReferenceMark(s[0]) {
            var k = 1
            while k < s.count, k < 3, s[k] == s[0] { k += 1 }
            guard k + 1 < s.count, s[k] == " ", s[k + 1].layoutClass == .letter else { return nil }
            return Array(s[0..<k])
        }
        var k = 1
        var digits: [Unicode.Scalar] = []
        while k < s.count, k <= 3, let digit = asciiDigit(s[k]) { digits.append(digit); k += 1 }
        guard !digits.isEmpty, k < s.count - 1, s[k] == "]" || s[k] == "］" else { return nil }
        return ["["] + digits + ["]"]
    }

    /// A half- or full-width digit, as ASCII.
    private static func asciiDigit(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        if s.value &- 0x30 < 10 { return s }
        if s.value &- 0xFF10 < 10 { return Unicode.Scalar(s.value - 0xFF10 + 0x30) }
        return nil
    }

    /// Which lines are footnotes; nil when none is (most documents: no line opens with a marker).
    static func find(_ lines: LineTable, furniture: [Bool]) -> [Bool]? {
        let n = lines.count
        // (An indexed loop: through `contains(where:)` the closure cost three times as much a line.)
        var any = false
        for i in 0..<n where mayOpenWithMarker(lines[i].first) {
            any = true
            break
        }
        guard any else { return nil }
        var result: [Bool]? = nil
        var i = 1
        while i < n {
            guard !furniture[i], mayOpenWithMarker(lines[i].first), let called = marker(lines[i]),
                  isCalled(called, in: lines, before: i) else { i += 1; continue }
            // The notes run from here to the page's furniture: a few lines, each a note of its
            // own (called above) or the wrapped rest of the one before.
            var end = i + 1
            var ok = true
            while end < n, !furniture[end] {
                if end - i >= maximumLines { ok = false; break }
                if mayOpenWithMarker(lines[end].first), let next = marker(lines[end]), !isCalled(next, in: lines, before: i) {
                    ok = false
                    break
                }
                end += 1
            }
            guard ok, end < n else { i += 1; continue }
            if result == nil { result = [Bool](filledWith: false, count: n) }
            for k in i..<end { result![k] = true }
            i = end + 1
        }
        return result
    }

    /// The marker appears inside a line of text above line `i` (not opening it: that is a
    /// list), on the same page.
    private static func isCalled(_ marker: [Unicode.Scalar], in lines: LineTable, before i: Int) -> Bool {
        var k = i - 1
        while k >= 0, i - k <= callDistance {
            let s = lines[k].scalars
            if s.count > marker.count {
                var start = 1
                while start + marker.count <= s.count {
                    // (A reference mark is called right after a word or its point, `citizen.*`.)
                    if matches(marker, s, at: start),
                       !isReferenceMark(marker[0]) || s[start - 1] != " " && !isReferenceMark(s[start - 1]) { return true }
                    start += 1
                }
            }
            k -= 1
        }
        return false
    }

    /// `marker` at `start` of `s`, a full-width bracket or digit matching its ASCII form.
    private static func matches(_ marker: [Unicode.Scalar], _ s: LineScalars, at start: Int) -> Bool {
        for (offset, m) in marker.enumerated() {
            let c = s[start + offset]
            if c == m { continue }
            switch m {
            case "[": if c != "［" { return false }
            case "]": if c != "］" { return false }
            default: if asciiDigit(c) != m { return false }
            }
        }
        return true
    }
}
