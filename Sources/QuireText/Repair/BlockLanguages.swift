/// The language of each block of a bilingual document: a Chinese joint statement printed with
/// its English text, an English report quoting a Chinese passage. The document's own tag
/// (`LanguageGuess`) goes on the whole text; a block in the other script gets its own.
enum BlockLanguages {
    /// Latin letters a block needs before it counts as Latin-script text of its own in a
    /// Chinese document: `RCEP`, `COP27` or a web address are tokens of the Chinese text.
    static let minimumLetters = 12

    /// Tags the blocks at `candidates` (those `Repairer` found in the other script, from their
    /// lines' counts) that are text of their own: in a Chinese document, Latin words (a space
    /// between letters), not one long token; in a Latin one, Chinese.
    static func mark(_ divisions: inout [Division], _ candidates: [(division: Int, block: Int)],
                     documentLanguage: String, lines: LineTable) {
        if documentLanguage == "zh" {
            // The Latin-script language, guessed once, when first needed (nil inside: none).
            var latin: BlockLanguage?? = nil
            for (d, b) in candidates {
                guard hasSpaceBetweenLetters(divisions[d].blocks[b].text) else { continue }
                if latin == nil {
                    let guess = LanguageGuess.guess(lines.filter { $0.hanCount * 3 < $0.letterCount })
                    latin = .some(guess == "zh" ? nil : BlockLanguage(rawValue: guess))
                }
                if let tag = latin ?? nil { divisions[d].blocks[b].language = tag }
            }
        } else {
            for (d, b) in candidates { divisions[d].blocks[b].language = .zh }
        }
    }

    /// A space with a letter before it and after it: words, not one token (a web address).
    static func hasSpaceBetweenLetters(_ text: String) -> Bool {
        var previousLetter = false, spaceAfterLetter = false
        for byte in text.utf8 {
            let isLetter = (byte | 0x20) &- 0x61 < 26
            if isLetter {
                if spaceAfterLetter { return true }
                previousLetter = true
            } else if byte == 0x20 {
                spaceAfterLetter = previousLetter || spaceAfterLetter
                previousLetter = false
            } else {
                previousLetter = false
                spaceAfterLetter = false
            }
        }
        return false
    }
}
