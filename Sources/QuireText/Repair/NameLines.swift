/// A line of people's names set apart by gaps, as a list of award winners or attendees prints
/// them (`王 伟  李 明  张小强  赵 刚`): a two-character name is padded with a narrow gap to
/// stand as wide as a three-character one, and a wider gap parts the names. Read as
/// letter-spacing, the whole line closed up and the names ran together (`王伟李明张小强赵刚`).
enum NameLines {
    /// The line is Han characters and gaps of exactly two widths, and closing the narrow gaps
    /// leaves three names or more, each a word of two to four characters or two or three
    /// single characters (a padded name). Gaps all alike say nothing: a letter-spaced heading
    /// (`贸 部 关 于`) or words an OCR engine parted (`关于加强 安全生产 工作的 通知`) look so too.
    static func isPaddedNames(_ s: LineScalars) -> Bool {
        guard s.count >= 8, s.count <= 80, s[0].layoutClass == .han, s[s.count - 1].layoutClass == .han else { return false }
        // Words (their lengths) and the widths of the gaps between them.
        var words: [Int] = [], gaps: [Int] = []
        var k = 0
        while k < s.count {
            var word = 0
            while k < s.count, s[k].layoutClass == .han { word += 1; k += 1 }
            guard k == s.count || s[k].layoutClass == .space else { return false }
            words.append(word)
            guard k < s.count else { break }
            var gap = 0
            while k < s.count, s[k].layoutClass == .space { gap += s[k] == "\u{3000}" ? 2 : 1; k += 1 }
            gaps.append(gap)
        }
        guard let narrow = gaps.min(), let wide = gaps.max(), narrow < wide,
              gaps.allSatisfy({ $0 == narrow || $0 == wide }) else { return false }
        // The names: words joined across the narrow gaps.
        var names = 0, singles = 0, length = words[0]
        for i in 0..<words.count {
            let closesNext = i < gaps.count && gaps[i] == narrow
            if words[i] == 1 { singles += 1 } else if i > 0 && gaps[i - 1] == narrow || closesNext { return false }
            if closesNext {
                length += words[i + 1]
                continue
            }
            // A name ends at word i.
            guard (2...4).contains(length), singles == 0 || (singles == length && singles <= 3) else { return false }
            names += 1
            singles = 0
            if i + 1 < words.count { length = words[i + 1] }
        }
        return names >= 3
    }
}
