/// Marks of a Chinese official document (公文, GB/T 9704) that always stand on a line of their
/// own: the issuing number (发文字号) above or below the title, and the copy number, security
/// level and urgency printed above the issuer. None of them is part of the title, a heading's
/// text, or a paragraph: the segmenter keeps each as a block of its own, set as a heading.
enum OfficialMark {
    static let openingBrackets = ScalarSet("〔[［(（【")
    static let closingBrackets = ScalarSet("〕]］)）】")

    /// `国办发〔2022〕30号`, `京政办发 [2023] 2 号`: an issuer's abbreviation (two to twelve Han
    /// characters), a four-digit year in brackets, and a serial number with `号`.
    static func isIssuingNumber<C: Collection>(_ line: C) -> Bool where C.Element == Unicode.Scalar {
        guard let visible = visibleScalars(line, limit: 24) else { return false }
        var i = 0
        let n = visible.count
        while i < n, visible[i].layoutClass == .han { i += 1 }
        guard i >= 2, i <= 12, i < n, openingBrackets.contains(visible[i]) else { return false }
        i += 1
        let yearStart = i
        while i < n, visible[i].isDigit { i += 1 }
        guard i - yearStart == 4, i < n, closingBrackets.contains(visible[i]) else { return false }
        i += 1
        if i < n, visible[i] == "第" { i += 1 }
        let serialStart = i
        while i < n, visible[i].isDigit { i += 1 }
        guard i > serialStart, i - serialStart <= 5 else { return false }
        return i == n - 1 && visible[i] == "号"
    }

    /// `（2024年第3号）`: an announcement's number in brackets (公告, 通告), year and serial.
    static func isAnnouncementNumber(_ line: LineScalars) -> Bool {
        guard let visible = visibleScalars(line, limit: 16), visible.count >= 8,
              visible.first == "（" || visible.first == "(", visible.last == "）" || visible.last == ")" else { return false }
        var i = 1
        let n = visible.count - 1
        let yearStart = i
        while i < n, visible[i].isDigit { i += 1 }
        guard i - yearStart == 4, i + 1 < n, visible[i] == "年", visible[i + 1] == "第" else { return false }
        i += 2
        let serialStart = i
        while i < n, visible[i].isDigit || LinePatterns.isChineseNumeral(visible[i]) { i += 1 }
        return i > serialStart && i == n - 1 && visible[i] == "号"
    }

    static let securityLevels: [[Unicode.Scalar]] = ["绝密", "机密", "秘密"].map { Array($0.unicodeScalars) }
    static let urgencies: [[Unicode.Scalar]] = ["特急", "加急", "平急", "特提"].map { Array($0.unicodeScalars) }

    /// The copy number (`000123`, six digits), a security level with its period (`秘密★1年`,
    /// `机密`) or an urgency (`特急`), alone on the line.
    static func isHeaderMark(_ line: LineScalars) -> Bool {
        guard let visible = visibleScalars(line, limit: 12) else { return false }
        if visible.count == 6 && visible.allSatisfy({ $0.isDigit }) { return true }
        if urgencies.contains(visible) { return true }
        guard let level = securityLevels.first(where: { visible.starts(with: $0) }) else { return false }
        let rest = visible.dropFirst(level.count)
        // `秘密`, `秘密★1年`, `机密★长期`: a star, then a period in digits and 年, or 长期.
        guard let star = rest.first else { return true }
        guard star == "★" || star == "☆" || star == "*" else { return false }
        let period = Array(rest.dropFirst())
        if period == Array("长期".unicodeScalars) { return true }
        guard period.last == "年", period.count >= 2 else { return false }
        return period.dropLast().allSatisfy { $0.isDigit || LinePatterns.isChineseNumeral($0) }
    }

    /// The line without its white space, or nil when that holds more than `limit` scalars.
    private static func visibleScalars<C: Collection>(_ line: C, limit: Int) -> [Unicode.Scalar]? where C.Element == Unicode.Scalar {
        var visible: [Unicode.Scalar] = []
        visible.reserveCapacity(limit)
        for s in line where s.layoutClass != .space {
            visible.append(s)
            if visible.count > limit { return nil }
        }
        return visible
    }
}
