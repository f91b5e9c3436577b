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
        // First the gaps' widths (no allocation: a letter-spaced line, gaps all alike, ends here,
        // at its fourth single character in a row: a padded name has at most three).
        var narrow = Int.max, wide = 0
        var singlesAlike = 0, lastGap = 0, word = 0
        var k = 0
        while k < s.count {
            let c = s[k].layoutClass
            if c == .han { word += 1; k += 1; continue }
            guard c == .space else { return false }
            var gap = 0
            while k < s.count, s[k].layoutClass == .space { gap += s[k] == "\u{3000}" ? 2 : 1; k += 1 }
            singlesAlike = word == 1 && (gap == lastGap || singlesAlike == 0) ? singlesAlike + 1 : 0
            if singlesAlike >= 4 { return false }
            lastGap = gap
            word = 0
            narrow = min(narrow, gap)
            wide = max(wide, gap)
        }
        guard narrow < wide else { return false }
        // Then the names: words joined across the narrow gaps.
        var names = 0
        var length = 0, singles = 0, words = 0  // of the name being read
        var previousGap = 0  // the gap before the word being read (0 before the first)
        k = 0
        while k < s.count {
            var word = 0
            while k < s.count, s[k].layoutClass == .han { word += 1; k += 1 }
            var gap = 0
            while k < s.count, s[k].layoutClass == .space { gap += s[k] == "\u{3000}" ? 2 : 1; k += 1 }
            guard gap == 0 || gap == narrow || gap == wide else { return false }
            // A word of several characters is a name of its own: no narrow gap beside it.
            if word > 1, previousGap == narrow || gap == narrow { return false }
            length += word
            words += 1
            if word == 1 { singles += 1 }
            if gap != narrow {
                // A name ends here.
                guard (2...4).contains(length), singles == 0 || (singles == words && singles <= 3) else { return false }
                names += 1
                length = 0
                singles = 0
                words = 0
            }
            previousGap = gap
        }
        return names >= 3
    }
}
