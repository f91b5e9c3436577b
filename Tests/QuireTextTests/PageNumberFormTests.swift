import PropertyBased
import Testing
@testable import QuireText

/// `LinePatterns.isPageNumber` reads its forms from a copy on the stack; it must answer as the
/// form matching it replaced, which built arrays (kept here as the reference).
@Suite struct PageNumberFormTests {
    /// The marks of page numbers, digits, spaces, upper and lower case, and a few scalars that
    /// are none of these, so that lines of every shape and most forms come up.
    static let lines = Gen<Character?>.element(of: Array("0123456789  -—–·•/第页共,，PpAaGgEeOoFf.x年"))
        .array(of: 1...22).map { String($0.compactMap { $0 }) }

    /// The form matching as it was: a compact, lower-cased array, literals compared as arrays.
    static func reference(_ line: LineScalars) -> Bool {
        guard line.count <= 20 else { return false }
        var digitCount = 0, onlyDigits = true
        for s in line {
            switch s.layoutClass {
            case .digit: digitCount += 1
            case .space: break
            default:
                if !LinePatterns.pageNumberScalars.contains(s) { return false }
                onlyDigits = false
            }
        }
        guard digitCount > 0 else { return false }
        if onlyDigits { return digitCount <= 4 }
        var t = line.filter { $0.layoutClass != .space }.map { s -> Unicode.Scalar in
            (s.value >= 0x41 && s.value <= 0x5A) ? Unicode.Scalar(s.value + 32)! : s
        }
        func digits(_ at: inout Int) -> Bool {
            let start = at
            while at < t.count, at - start < 4, t[at].layoutClass == .digit { at += 1 }
            return at > start && (at == t.count || t[at].layoutClass != .digit)
        }
        func literal(_ text: String, _ at: inout Int) -> Bool {
            let scalars = Array(text.unicodeScalars)
            guard at + scalars.count <= t.count, Array(t[at..<(at + scalars.count)]) == scalars else { return false }
            at += scalars.count
            return true
        }
        while let first = t.first, LinePatterns.pageNumberDecorations.contains(first) { t.removeFirst() }
        while let last = t.last, LinePatterns.pageNumberDecorations.contains(last) { t.removeLast() }
        var i = 0
        if digits(&i), i == t.count { return true }
        i = 0
        if digits(&i), literal("/", &i), digits(&i), i == t.count { return true }
        i = 0
        if literal("第", &i), digits(&i), literal("页", &i) {
            if i == t.count { return true }
            _ = literal("，", &i) || literal(",", &i)
            if literal("共", &i), digits(&i), literal("页", &i), i == t.count { return true }
            return false
        }
        i = 0
        if literal("page", &i) || literal("p.", &i), digits(&i) {
            if i == t.count { return true }
            if literal("of", &i) || literal("/", &i), digits(&i), i == t.count { return true }
        }
        return false
    }

    @Test func answersAsTheArrayForms() async {
        await propertyCheck(count: 3000, input: Self.lines) { (line: String) in
            let scalars = LineScalars(Array(line.unicodeScalars))
            #expect(LinePatterns.isPageNumber(scalars) == Self.reference(scalars), "\(line)")
        }
    }

    @Test(arguments: ["- 12 -", "— 3 —", "第 3 页", "第3页，共40页", "第3页,共40页", "Page 4", "PAGE 4 OF 12", "p. 4 of 12",
                      "p.3/40", "4/12", "·12·", "第3页共", "page", "p.", "- 12 - 3", "第12345页"])
    func knownLines(_ line: String) {
        let scalars = LineScalars(Array(line.unicodeScalars))
        #expect(LinePatterns.isPageNumber(scalars) == Self.reference(scalars))
    }
}
