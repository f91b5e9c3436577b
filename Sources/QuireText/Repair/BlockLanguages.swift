/// The language of each block of a bilingual document: a Chinese joint statement printed with
/// its English text, an English report quoting a Chinese passage. The document's own tag
/// (`LanguageGuess`) goes on the whole text; a block in the other script gets its own.
enum BlockLanguages {
    /// Latin letters a block needs before it counts as Latin-script text of its own in a
    /// Chinese document: `RCEP`, `COP27` or a web address are tokens of the Chinese text.
    static let minimumLetters = 12

    static func mark(_ divisions: inout [Division], documentLanguage: String, lines: [LineProfile]) {
        var han = 0, letters = 0
        for index in lines.indices { han += lines[index].hanCount; letters += lines[index].letterCount }
        if documentLanguage == "zh" {
            // Most Chinese documents: too few letters for a Latin block, answered from the counts,
            // or no line in Latin script (`RCEP`, `COP27` inside Chinese lines): the blocks' texts
            // are read only where a line is Latin.
            guard letters >= minimumLetters,
                  lines.contains(where: { $0.letterCount >= minimumLetters && $0.hanCount * 3 < $0.letterCount }) else { return }
            var latin: String? = nil  // the Latin-script language, guessed once, when first needed
            for d in divisions.indices {
                for b in divisions[d].blocks.indices where divisions[d].blocks[b].kind != .furniture {
                    let counts = ScriptCounts(divisions[d].blocks[b].text)
                    guard counts.letters >= minimumLetters, counts.letters > counts.han * 3, counts.hasSpaceBetweenLetters else { continue }
                    if latin == nil {
                        let guess = LanguageGuess.guess(lines.filter { $0.hanCount * 3 < $0.letterCount })
                        latin = guess == "zh" ? "und" : guess
                    }
                    if let latin, latin != "und" { divisions[d].blocks[b].language = latin }
                }
            }
        } else {
            guard han >= 2 else { return }
            for d in divisions.indices {
                for b in divisions[d].blocks.indices where divisions[d].blocks[b].kind != .furniture {
                    let counts = ScriptCounts(divisions[d].blocks[b].text)
                    if counts.han >= 2, counts.han * 3 >= counts.letters { divisions[d].blocks[b].language = "zh" }
                }
            }
        }
    }

    /// Han characters and letters of a block's text, read from its UTF-8 (Han is the three-byte
    /// range U+3400-U+9FFF; letters are ASCII or Latin-1/Latin Extended).
    struct ScriptCounts {
        var han = 0, letters = 0
        /// A space with a letter before it and after it: words, not one token.
        var hasSpaceBetweenLetters = false

        init(_ text: String) {
            var previousLetter = false, spaceAfterLetter = false
            for scalar in text.unicodeScalars {
                let v = scalar.value
                let isLetter = v < 0x80 ? (v | 0x20) &- 0x61 < 26 : (v >= 0xC0 && v < 0x250 && v != 0xD7 && v != 0xF7)
                if isLetter {
                    letters += 1
                    if spaceAfterLetter { hasSpaceBetweenLetters = true }
                    previousLetter = true
                    spaceAfterLetter = false
                } else if v == 0x20 {
                    spaceAfterLetter = previousLetter || spaceAfterLetter
                    previousLetter = false
                } else {
                    if v >= 0x3400 && v < 0xA000 { han += 1 }
                    previousLetter = false
                    spaceAfterLetter = false
                }
            }
        }
    }
}
