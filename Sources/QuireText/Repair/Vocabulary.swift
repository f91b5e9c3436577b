import Foundation

/// The Latin-script vocabulary of a repaired document, to be remembered for later documents:
/// a word that an earlier document printed whole (or a compound it printed with its hyphen) is
/// evidence for how to resolve the same word cut at a line end.
public enum Vocabulary {
    /// Lower-cased words and hyphenated compounds of the document's reading text.
    public static func collect(from document: RepairedDocument) -> Set<String> {
        var words = Set<String>()
        for block in document.blocks where block.kind != .furniture {
            var current = ""
            func finish() {
                let word = current.trimmingCharacters(in: CharacterSet(charactersIn: "-'’"))
                if word.count >= 2 { words.insert(word.lowercased()) }
                current = ""
            }
            for character in block.text {
                if character.isLetter && character.isASCII || character == "-" || character == "'" || (character.isLetter && !character.unicodeScalars.contains { $0.layoutClass == .han }) {
                    current.append(character)
                } else {
                    finish()
                }
            }
            finish()
        }
        return words
    }
}
