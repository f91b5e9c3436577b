/// The issuing number of a Chinese official document (发文字号): `国办发〔2022〕30号`,
/// `京政办发 [2023] 2 号`. It stands on a line of its own, above or below the title, and is
/// not part of the title: the segmenter keeps it as a block of its own, set as a heading.
enum DocumentNumber {
    static let openingBrackets = ScalarSet("〔[［(（【")
    static let closingBrackets = ScalarSet("〕]］)）】")

    /// True when the line, white space aside, is an issuer's abbreviation (two to twelve Han
    /// characters), a four-digit year in brackets, and a serial number with `号`.
    static func matches<C: Collection>(_ line: C) -> Bool where C.Element == Unicode.Scalar {
        var visible: [Unicode.Scalar] = []
        visible.reserveCapacity(24)
        for s in line where s.layoutClass != .space {
            visible.append(s)
            if visible.count > 24 { return false }
        }
        var i = 0
        let n = visible.count
        while i < n, visible[i].layoutClass == .han { i += 1 }
        guard i >= 2, i <= 12, i < n, openingBrackets.contains(visible[i]) else { return false }
        i += 1
        let yearStart = i
        while i < n, visible[i].layoutClass == .digit { i += 1 }
        guard i - yearStart == 4, i < n, closingBrackets.contains(visible[i]) else { return false }
        i += 1
        if i < n, visible[i] == "第" { i += 1 }
        let serialStart = i
        while i < n, visible[i].layoutClass == .digit { i += 1 }
        guard i > serialStart, i - serialStart <= 5 else { return false }
        return i == n - 1 && visible[i] == "号"
    }
}
