/// A small fixed set of lower-case words (the hyphenation rules' prefixes, conjunctions and
/// number words), which answers a short ASCII word by comparing packed integers: hashing a
/// `String` with SipHash cost every line-end hyphen of English a few hundred instructions a set.
struct ShortWordSet: Sendable, ExpressibleByArrayLiteral {
    /// The members, for words that do not pack (longer, or not ASCII).
    private let words: Set<String>
    /// The members of 1 to 8 ASCII bytes, each packed into one integer.
    private let packed: [UInt64]

    init(arrayLiteral elements: String...) {
        words = Set(elements)
        packed = words.compactMap(Self.pack)
    }

    /// `Set<String>.contains`, answer for answer: an ASCII word is canonically equal only to a
    /// member with the same bytes, and a member not written in ASCII letters has no such twin.
    func contains(_ word: String) -> Bool {
        if let key = Self.pack(word) { return packed.contains(key) }
        return words.contains(word)
    }

    /// The bytes of a word of 1 to 8 ASCII bytes (none of them zero), first byte lowest, as
    /// one integer: a different word gives a different integer. Nil for any other word.
    static func pack(_ word: String) -> UInt64? {
        var word = word
        return word.withUTF8 { bytes -> UInt64? in
            guard bytes.count >= 1 && bytes.count <= 8 else { return nil }
            var key: UInt64 = 0
            var shift: UInt64 = 0
            for byte in bytes {
                guard byte != 0 && byte < 0x80 else { return nil }
                key |= UInt64(byte) << shift
                shift += 8
            }
            return key
        }
    }
}
