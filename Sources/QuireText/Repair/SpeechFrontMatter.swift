/// The front matter of a speech or an article printed under its author (讲话, 致辞): the title
/// (one or two lines), a subtitle opened by a dash (`——在…开幕式上的致辞`), the speaker
/// (`江城市市长  李志远`) and the date in brackets (`（2024年5月16日）`). Each is a line of its
/// own; without this the subtitle ran into the title and the speaker into the date.
enum SpeechFrontMatter {
    /// A subtitle: opens with a dash, short, no sentence inside it.
    static func isSubtitle(_ line: LineProfile) -> Bool {
        guard line.script == .cjk, line.count >= 4, line.count <= 60, line.first == "—" || line.first == "－" else { return false }
        return !line.scalars.contains { $0 == "。" || $0 == "！" || $0 == "？" }
    }

    /// A date in brackets on a line of its own: `（2024年5月16日）`.
    static func isBracketedDate(_ line: LineProfile) -> Bool {
        guard line.count >= 6, line.count <= 24, line.first == "（" || line.first == "(",
              line.last == "）" || line.last == ")" else { return false }
        return LinePatterns.isChineseDate(LineScalars(Array(line.scalars.dropFirst().dropLast())))
    }

    /// The speaker's line: an office and a name (`江城市市长  李志远`), or a name alone, two to
    /// four Han characters (`王志刚`).
    static func isSpeaker(_ line: LineProfile) -> Bool {
        if line.count >= 2, line.count <= 4, line.hanCount == line.count { return true }
        return LinePatterns.isSignatureLine(line.scalars)
    }

    /// Kinds for the lines of a speech's front matter, found only when a subtitle, or a date in
    /// brackets, stands among the file's first lines under the title, before any sentence: the
    /// subtitle a heading, the speaker a signature, the date a date. Nil for every other line.
    static func kinds(_ lines: LineTable, furniture: [Bool]) -> LeadingKinds {
        var found = LeadingKinds()
        var i = 0, seen = 0
        while i < lines.count, seen < 4 {
            defer { i += 1 }
            if furniture[i] { continue }
            let line = lines[i]
            let subtitle = isSubtitle(line)
            if seen > 0, subtitle || isBracketedDate(line) {
                found[i] = subtitle ? .heading : .date
                // The speaker may stand above the date (`王志刚` / `（2023年1月10日）`), under a title line.
                if !subtitle, seen >= 2, let k = (0..<i).last(where: { !furniture[$0] }), isSpeaker(lines[k]) {
                    found[k] = .signature
                }
                var k = i + 1
                while k < lines.count, k <= i + 3, !furniture[k] {
                    if subtitle ? LinePatterns.isSignatureLine(lines[k].scalars) : isSpeaker(lines[k]) { found[k] = .signature }
                    else if isBracketedDate(lines[k]) || LinePatterns.isDateLine(lines[k].scalars) { found[k] = .date }
                    else { break }
                    k += 1
                }
                return found
            }
            // Title lines before the subtitle: short, no sentence punctuation.
            guard line.ending == .open, line.count <= 40,
                  !LinePatterns.hasSentencePunctuation(line.scalars) else { return found }
            seen += 1
        }
        return found
    }
}

