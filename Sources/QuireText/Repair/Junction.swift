/// Markers left in a block's scalar buffer where two source lines meet, until the spacing
/// pass decides what the junction becomes. They are control characters that normalised
/// lines can no longer contain.
enum Junction {
    /// A line break whose spacing the spacing rules decide (space between Latin words, nothing
    /// between CJK characters).
    static let open: Unicode.Scalar = "\u{0A}"
    /// A line break inside a word (a hyphenated or CJK run cut by the layout): never a space.
    static let tight: Unicode.Scalar = "\u{0B}"

    static func isJunction(_ scalar: Unicode.Scalar) -> Bool {
        scalar == open || scalar == tight
    }
}

/// Decides whether a hyphen at a line end splits a word (`inter-` / `national`) or belongs to a
/// compound (`well-` / `known`), from the document's own words and the vocabulary of documents
/// already processed.
struct HyphenationEvidence {
    /// Fingerprints of the lower-cased words seen whole (not at a line-end hyphen). Hashes, not
    /// strings: building a string per word of a long English document cost a third of repair.
    let words: FingerprintSet
    /// Fingerprints of the lower-cased hyphenated compounds seen inside lines.
    let compounds: FingerprintSet
    let known: Set<String>

    /// First parts that English hyphenates whatever follows (`self-employed`, `ex-president`).
    static let alwaysHyphenated: Set<String> = ["self", "ex", "all", "well", "half", "quasi", "vice", "great", "so"]

    /// FNV-1a over the scalars, ASCII letters folded to lower case.
    static func fingerprint<S: Sequence>(_ scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        var hash = offset
        for s in scalars { hash = step(hash, s.value) }
        return hash
    }

    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func step(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        var v = value
        if v >= 0x41 && v <= 0x5A { v += 32 }
        return (hash ^ UInt64(v)) &* 0x100_0000_01b3
    }

    static func fingerprint(_ word: String) -> UInt64 { fingerprint(word.unicodeScalars) }

    init(lines: [[Unicode.Scalar]], known: Set<String>) {
        var words = FingerprintSet()
        var compounds = FingerprintSet()
        // One word: `line[start..<end]`, hyphen variants read as `-`. Fingerprints are taken
        // over index ranges: no array or string per word.
        func record(_ line: [Unicode.Scalar], _ start: Int, _ end: Int, atLineEnd: Bool) {
            // A word cut at the line end is a fragment, not evidence.
            if atLineEnd, line[end - 1].isLineEndHyphen { return }
            var start = start, end = end
            while start < end, line[start].isLineEndHyphen { start += 1 }
            while end > start, line[end - 1].isLineEndHyphen { end -= 1 }
            guard start < end else { return }
            var whole = HyphenationEvidence.offset, part = HyphenationEvidence.offset
            var hyphenated = false
            for k in start..<end {
                let s = line[k]
                if s.isLineEndHyphen {
                    hyphenated = true
                    whole = HyphenationEvidence.step(whole, 0x2D)
                    if part != HyphenationEvidence.offset { words.insert(part) }
                    part = HyphenationEvidence.offset
                } else {
                    whole = HyphenationEvidence.step(whole, s.value)
                    part = HyphenationEvidence.step(part, s.value)
                }
            }
            if hyphenated {
                compounds.insert(whole)
                if part != HyphenationEvidence.offset { words.insert(part) }
            } else {
                words.insert(whole)
            }
        }
        var previousEndedWithHyphen = false
        for line in lines {
            // The first word after a line-end hyphen is a fragment (`national` of `inter-`):
            // counting it as a word would make every split look like a compound.
            var skipFirstWord = previousEndedWithHyphen
            previousEndedWithHyphen = line.last.map { $0.isLineEndHyphen } ?? false
            var wordStart = -1
            for (k, scalar) in line.enumerated() {
                let isLetter = scalar.layoutClass == .letter || scalar == "'" || scalar == "’"
                if skipFirstWord {
                    if isLetter { continue }
                    skipFirstWord = false
                }
                if isLetter || scalar.isLineEndHyphen {
                    if wordStart < 0 { wordStart = k }
                } else if wordStart >= 0 {
                    record(line, wordStart, k, atLineEnd: false)
                    wordStart = -1
                }
            }
            if wordStart >= 0 { record(line, wordStart, line.count, atLineEnd: true) }
        }
        self.words = words
        self.compounds = compounds
        self.known = known
    }

    /// True when `head-` + `tail` should be written `headtail`. The document's own usage wins;
    /// then the vocabulary: a joined form that is a word means a split word, two whole words
    /// whose joined form is not a word mean a compound.
    func removesHyphen(head: String, tail: String) -> Bool {
        let h = head.lowercased(), t = tail.lowercased()
        let joined = h + t
        if compounds.contains(Self.fingerprint("\(h)-\(t)")) || known.contains("\(h)-\(t)") { return false }
        if words.contains(Self.fingerprint(joined)) || known.contains(joined) { return true }
        if let first = tail.unicodeScalars.first, first.properties.isUppercase { return false }
        let lexicon = Lexicon.english
        if lexicon.contains(joined) { return true }
        func isWord(_ w: String) -> Bool { words.contains(Self.fingerprint(w)) || known.contains(w) || lexicon.contains(w) }
        if HyphenationEvidence.alwaysHyphenated.contains(h) && isWord(t) { return false }
        if h.count >= 2 && t.count >= 2 && isWord(h) && isWord(t) { return false }
        return true
    }
}

/// Builds the hyphenation evidence only when a Latin line-end hyphen needs it: Chinese text,
/// the common case, never pays for collecting its words.
final class LazyHyphenationEvidence {
    private let lines: [LineProfile]
    private let known: Set<String>
    lazy var evidence = HyphenationEvidence(lines: lines.map(\.scalars), known: known)

    init(lines: [LineProfile], known: Set<String>) {
        self.lines = lines
        self.known = known
    }
}
