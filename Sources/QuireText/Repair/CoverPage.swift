/// A report's or plan's cover, as its first lines print it: the title, a bracketed line under it
/// (`（2024—2026年）`, `（征求意见稿）`, `（试行）`), then the issuer and a date on lines of their
/// own (`江城市政务服务数据管理局` / `2024年1月`). No sentence has begun, so none of these lines
/// goes on into the next; without this the bracketed line ran into the next line
/// (`（2024—2026年）政策解读`) and the issuer into the date.
enum CoverPage {
    /// The cover's lines read this far at most (title lines, subtitle, issuer, date).
    static let reach = 8

    /// Kinds for the cover's bracketed line (a paragraph of its own) and its date lines (a date), among the
    /// file's first lines under a title line and before any sentence, where `SpeechFrontMatter`
    /// found nothing. Every other line stays as it was.
    static func kinds(_ lines: LineTable, furniture: [Bool], into found: inout LeadingKinds) {
        var seen = 0, i = 0
        while i < lines.count, seen < reach {
            defer { i += 1 }
            if furniture[i] { continue }
            let line = lines[i]
            // A sentence, or a long line, ends the cover.
            if line.count > 40 || line.hasSentenceMark || LinePatterns.hasSentencePunctuation(line.scalars) { return }
            if seen > 0 {
                // (Not a heading: a heading under the title lines would join them as one title.
                // Nor an announcement's number, `（2024年第3号）`, an official mark.)
                if isBracketedLine(line), !OfficialMark.isAnnouncementNumber(line.scalars), !OfficialMark.isIssuingNumber(line.scalars) {
                    found[i] = .paragraph
                } else if line.count <= 20, LinePatterns.isDateLine(line.scalars) {
                    found[i] = .date
                }
            }
            seen += 1
        }
    }

    /// A short line wholly in round brackets, nothing outside them: `（2024—2026年）`, `（试行）`.
    static func isBracketedLine(_ line: LineProfile) -> Bool {
        guard line.count >= 4, line.count <= 24, line.first == "（" || line.first == "(",
              line.last == "）" || line.last == ")" else { return false }
        // One pair: `（一）总体要求（二）…` is no such line.
        var opens = 0
        for s in line.scalars where s == "（" || s == "(" { opens += 1 }
        return opens == 1
    }
}
