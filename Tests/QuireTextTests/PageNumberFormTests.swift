import PropertyBased
import Testing
@testable import QuireText

/// `LinePatterns.isPageNumber` reads its forms from a copy on the stack; it must answer as the
/// form matching it replaced, which built arrays (kept here as the reference).
@Suite struct PageNumberFormTests {
    /// The marks of page numbers, digits, spaces, upper and lower case, and a few scalars that
    /// are none of these, so that lines of every shape and most forms come up.
    static let lines = Gen<Character?>.element(of: Array("0123456789  -—–·•/第页共,，PpAaGgEeOoFf.x年（）试"))
        .array(of: 1...22).map { String($0.compactMap { $0 }) }

    /// The form matching as it was: a compact, lower-cased array, literals compared as arrays.
    static func reference(_ line: LineScalars) -> Bool {
        // A title of Han characters (not the form's own), a gap, then the form.
        var view = String.UnicodeScalarView()
        view.append(contentsOf: line)
        let text = String(view)
        if line.count >= 6, line.count <= 28, text.hasSuffix("页") || text.hasSuffix("）") || text.hasSuffix(")"),
           let gap = text.firstIndex(where: { $0 == " " || $0 == "\u{3000}" }), case let title = text[..<gap],
           (1...12).contains(title.count), title.allSatisfy({ $0.unicodeScalars.first!.layoutClass == .han && !"第页共".contains($0) }),
           case let rest = text[gap...].drop(while: { $0 == " " || $0 == "\u{3000}" }), rest.first == "第" {
            return reference(LineScalars(Array(rest.unicodeScalars)))
        }
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
            let bracket = literal("（", &i) || literal("(", &i)
            if !bracket { _ = literal("，", &i) || literal(",", &i) }
            guard literal("共", &i), digits(&i), literal("页", &i) else { return false }
            if bracket { _ = literal("）", &i) || literal(")", &i) }
            return i == t.count
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
                      "p.3/40", "4/12", "·12·", "第3页共", "page", "p.", "- 12 - 3", "第12345页",
                      "第1页（共6页）", "语文试题　第1页（共6页）", "语文试题 第1页 共6页", "详见第3页", "页 第3页"])
    func knownLines(_ line: String) {
        let scalars = LineScalars(Array(line.unicodeScalars))
        #expect(LinePatterns.isPageNumber(scalars) == Self.reference(scalars))
    }

    /// An exam paper's foot, the paper's name before the page's form, is a page number; a
    /// sentence naming a page is not.
    @Test(arguments: [("第1页（共6页）", true), ("语文试题　第1页（共6页）", true), ("语文试题 第1页 共6页", true),
                      ("详见第3页", false), ("第1页（共6", false)])
    func titledAndBracketedForms(_ line: String, _ isPage: Bool) {
        #expect(LinePatterns.isPageNumber(LineScalars(Array(line.unicodeScalars))) == isPage)
    }

    /// A front matter's page number in small Roman numerals or a Roman numeral character; not
    /// capitals (a chapter's number) nor words made of the same letters.
    @Test(arguments: [("i", true), ("- iv -", true), ("xii", true), ("xxxix", true), ("Ⅲ", true), ("ⅻ", true),
                      ("IV", false), ("iiii", false), ("vix", false), ("xxxx", false), ("12", false), ("x1", false)])
    func romanPageNumbers(_ line: String, _ isPage: Bool) {
        #expect(LinePatterns.isRomanPageNumber(LineScalars(Array(line.unicodeScalars))) == isPage)
    }

    /// The page number under a table of contents, in small Roman numerals, is furniture.
    @Test func aRomanPageNumberUnderTheContentsIsFurniture() {
        let text = "目　錄\n第一章　總則……………………1\n第二章　發展目標……………………5\n第三章　空間格局……………………12\n\n                 i\n"
        let document = repaired(text)
        #expect(document.blocks.filter { $0.kind == .furniture }.map(\.text) == ["i"])
    }
}
