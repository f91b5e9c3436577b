/// A journal article's author line, under its title: the authors' names, each with the mark of
/// its affiliation (`王立新1，陈静2`, `WANG Lixin1, CHEN Jing2`, `Li Hong*`). It stands alone:
/// set short above the affiliations or the English front matter, it would otherwise run into
/// them, and an English title set across the page would run into it.
enum JournalByline {
    /// The scalars that mark an author's affiliation or the corresponding author.
    private static func isMark(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x30...0x39, 0x2A, 0xB9, 0xB2, 0xB3, 0x2070...0x2079: return true
        default: return false
        }
    }

    /// Chinese names (two to four Han characters), each followed by its affiliation's mark (a
    /// digit 1-9 or a superscript, at most two, or `*`), separated by commas, enumeration commas
    /// or spaces. (Every name marked: a run of words ending in a figure, `强调，强调20`, is prose.)
    static func isChineseAuthorLine(_ s: LineScalars) -> Bool {
        guard s.count >= 3, s.count <= 40 else { return false }
        var k = 0, names = 0, marked = true
        while k < s.count {
            var han = 0
            while k < s.count, s[k].layoutClass == .han { han += 1; k += 1 }
            guard han >= 2, han <= 4 else { return false }
            var marks = 0
            while k < s.count, isMark(s[k]) {
                if s[k] == "0" { return false }
                marks += 1; k += 1
            }
            guard marks <= 2 else { return false }
            if marks == 0 { marked = false }
            names += 1
            var separators = 0
            while k < s.count, s[k] == "，" || s[k] == "," || s[k] == "、" || s[k].layoutClass == .space { separators += 1; k += 1 }
            guard k == s.count || separators > 0 else { return false }
        }
        return marked && names >= 1
    }

    /// Every word opens with a capital, `and` aside, and two capitals stand together somewhere:
    /// prose fails at its first lower-case word, before a string is made.
    private static func wordsOpenInCapitals(_ s: LineScalars) -> Bool {
        var k = 0, capitalPair = false
        while k < s.count {
            if k == 0 || s[k - 1] == " " {
                if !s[k].isUppercaseLetter {
                    guard k + 3 < s.count, s[k] == "a", s[k + 1] == "n", s[k + 2] == "d", s[k + 3] == " " else { return false }
                }
            }
            if k > 0, s[k].isUppercaseLetter, s[k - 1].isUppercaseLetter { capitalPair = true }
            k += 1
        }
        return capitalPair
    }

    /// Latin-script names with the family name in capitals (`WANG Lixin1`, `Jing CHEN2`,
    /// `LI Hong-wei*`), separated by commas or `and`; every name holds a word in capitals and
    /// one in Title Case, and one name at least carries a mark.
    static func isLatinAuthorLine(_ s: LineScalars) -> Bool {
        guard s.count >= 6, s.count <= 120, s[0].isUppercaseLetter, wordsOpenInCapitals(s) else { return false }
        let text = String(String.UnicodeScalarView(s))
        var marked = false
        let names = text.split(separator: ",").flatMap { $0.split(separator: " and ") }
        guard !names.isEmpty else { return false }
        for name in names {
            let words = name.split(separator: " ")
            guard words.count >= 2, words.count <= 3 else { return false }
            var capitals = 0, titleCase = 0
            for word in words {
                var letters = Substring(word)
                while let last = letters.unicodeScalars.last, isMark(last) {
                    letters = letters.dropLast()
                    marked = true
                }
                guard letters.count >= 2, letters.allSatisfy({ $0.isLetter || $0 == "-" }), letters.first!.isUppercase else { return false }
                if letters.allSatisfy({ $0.isUppercase || $0 == "-" }) { capitals += 1 } else if letters.dropFirst().allSatisfy({ $0.isLowercase || $0 == "-" }) { titleCase += 1 } else { return false }
            }
            guard capitals >= 1, titleCase >= 1 else { return false }
        }
        return marked
    }
}
