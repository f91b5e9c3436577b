/// The Latin-script vocabulary of a repaired document, to be remembered for later documents:
/// a word that an earlier document printed whole (or a compound it printed with its hyphen) is
/// evidence for how to resolve the same word cut at a line end.
public enum Vocabulary {
    /// Lower-cased words and hyphenated compounds of the document's reading text.
    ///
    /// Walks scalars, not `Character`s, and trims by hand: building a `CharacterSet` for every
    /// word and grapheme-breaking every block once cost 42 % of an English `quire clean` run.
    public static func collect(from document: RepairedDocument) -> Set<String> {
        var words = Set<String>()
        var current = String.UnicodeScalarView()
        func finish() {
            defer { current.removeAll(keepingCapacity: true) }
            var start = current.startIndex, end = current.endIndex
            while start < end, isTrimmed(current[start]) { start = current.index(after: start) }
            while end > start, isTrimmed(current[current.index(before: end)]) { end = current.index(before: end) }
            guard start < end else { return }
            let word = String(String.UnicodeScalarView(current[start..<end]))
            // Two characters at least (a combining mark belongs to the letter before it).
            guard word.utf8.count >= 2, word.count >= 2 else { return }
            words.insert(word.lowercased())
        }
        for block in document.blocks where block.kind != .furniture {
            for scalar in block.text.unicodeScalars {
                if isWordScalar(scalar) {
                    current.append(scalar)
                } else if !current.isEmpty, isCombiningMark(scalar), current.last.map({ !isTrimmed($0) }) == true {
                    // `é` written as `e` + U+0301 is one letter of the word.
                    current.append(scalar)
                } else {
                    finish()
                }
            }
            finish()
        }
        return words
    }

    /// Letters of any script but Han, the hyphen and the apostrophe.
    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A || v == 0x2D || v == 0x27
        }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return s.layoutClass != .han
        default:
            return false
        }
    }

    private static func isCombiningMark(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private static func isTrimmed(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "'" || s == "’" }
}
