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
    /// Lower-cased words seen whole (not at a line-end hyphen).
    let words: Set<String>
    /// Lower-cased hyphenated compounds seen inside lines.
    let compounds: Set<String>
    let known: Set<String>

    /// First parts that English keeps hyphenated when they form compounds.
    static let compoundPrefixes: Set<String> = [
        "self", "well", "ex", "all", "half", "cross", "full", "high", "low", "long", "short", "so", "one", "two",
        "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty",
        "mid", "non", "anti", "pro", "post", "pre", "co", "vice", "world", "year", "old", "far", "first", "second",
        "third", "left", "right", "part", "full", "free", "hard", "ill", "life", "like", "much", "near", "never",
        "open", "quasi", "semi", "wide",
    ]

    init(lines: [[Unicode.Scalar]], known: Set<String>) {
        var words = Set<String>()
        var compounds = Set<String>()
        for line in lines {
            var current = String.UnicodeScalarView()
            func finish(atLineEnd: Bool) {
                defer { current = String.UnicodeScalarView() }
                guard !current.isEmpty else { return }
                var word = String(current).lowercased()
                if atLineEnd && word.hasSuffix("-") { return }
                while word.hasSuffix("-") { word.removeLast() }
                while word.hasPrefix("-") { word.removeFirst() }
                guard !word.isEmpty else { return }
                if word.contains("-") {
                    compounds.insert(word)
                    for part in word.split(separator: "-") { words.insert(String(part)) }
                } else {
                    words.insert(word)
                }
            }
            for scalar in line {
                if scalar.layoutClass == .letter || scalar == "-" || scalar == "'" || scalar == "’" {
                    current.append(scalar)
                } else {
                    finish(atLineEnd: false)
                }
            }
            finish(atLineEnd: true)
        }
        // The first and last words of lines may be fragments of split words; they still count:
        // a fragment that is also a real word elsewhere is a word.
        self.words = words
        self.compounds = compounds
        self.known = known
    }

    /// True when `head-` + `tail` should be written `headtail`.
    func removesHyphen(head: String, tail: String) -> Bool {
        let h = head.lowercased(), t = tail.lowercased()
        if compounds.contains("\(h)-\(t)") { return false }
        if words.contains(h + t) || known.contains(h + t) { return true }
        if let first = tail.unicodeScalars.first, first.properties.isUppercase { return false }
        if HyphenationEvidence.compoundPrefixes.contains(h) { return false }
        let headIsWord = words.contains(h) || known.contains(h)
        let tailIsWord = words.contains(t) || known.contains(t)
        // Two whole words on both sides, and the joined form never seen: a compound.
        if headIsWord && tailIsWord && h.count >= 3 && t.count >= 3 && (known.isEmpty == false) { return false }
        return true
    }
}
