import Foundation

/// A general English vocabulary, loaded once on first use: the fallback evidence for line-end
/// hyphens when the document itself has not used the word.
enum Lexicon {
    static let english: Set<String> = {
        guard let url = Bundle.module.url(forResource: "english-words", withExtension: "txt"),
              let data = try? Data(contentsOf: url) else { return [] }
        var words = Set<String>(minimumCapacity: 80_000)
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            words.insert(String(decoding: line, as: UTF8.self))
        }
        return words
    }()
}
