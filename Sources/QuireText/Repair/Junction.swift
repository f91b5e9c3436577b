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
    static let alwaysHyphenated: ShortWordSet = ["self", "ex", "all", "well", "half", "quasi", "vice", "great", "so"]

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
        return (hash ^ UInt64(v)) &* prime
    }

    static let prime: UInt64 = 0x100_0000_01b3

    init(lines: LineTable, known: Set<String>) {
        // About one word in six scalars of prose, most of them repeats: a quarter of the
        // scalar count is room enough for the distinct words of any document seen.
        var scalarCount = 0
        for line in lines { scalarCount += line.count }
        var words = FingerprintSet(expectedCount: scalarCount / 4)
        var compounds = FingerprintSet()
        var previousEndedWithHyphen = false
        for line in lines {
            // The first word after a line-end hyphen is a fragment (`national` of `inter-`):
            // counting it as a word would make every split look like a compound.
            let skipFirstWord = previousEndedWithHyphen
            let endsWithHyphen = line.last.isLineEndHyphen
            previousEndedWithHyphen = endsWithHyphen
            // (Read where the line lies: its `LineScalars` cost a retain and a release a line.)
            line.withScalars { buffer in
                // A word cut at the line end (its last run of letters and hyphens) is a
                // fragment, not evidence: the line is read up to where that run starts.
                var end = buffer.count
                if endsWithHyphen {
                    while end > 0, Self.isWordLetter(buffer[end - 1]) || buffer[end - 1].isLineEndHyphen { end -= 1 }
                }
                Self.collectInOnePass(UnsafeBufferPointer(rebasing: buffer[..<end]), skippingFirstWord: skipFirstWord,
                                      words: &words, compounds: &compounds)
            }
        }
        self.words = words
        self.compounds = compounds
        self.known = known
        usesSolidPeriodForms = Self.solidPeriodFingerprints.contains { words.contains($0) }
    }

    /// The words of a line, as `init` records them, fingerprinted as they are found: one pass,
    /// where finding the words and then hashing each word's range read every scalar twice (the
    /// evidence was the costliest step of repairing English).
    ///
    /// A word is a run of letters and hyphens; hyphens that begin or end it are trimmed, each
    /// group inside it ends a part. Only the part is hashed letter by letter; a word with an
    /// inner hyphen (a compound, rare) is hashed whole once more after it is found.
    private static func collectInOnePass(_ line: UnsafeBufferPointer<Unicode.Scalar>, skippingFirstWord: Bool,
                                         words: inout FingerprintSet, compounds: inout FingerprintSet) {
        let n = line.count
        var k = 0
        if skippingFirstWord { while k < n, isWordLetter(line[k]) { k += 1 } }
        while k < n {
            // A word that starts with an ASCII letter (most do) starts here: no hyphens to skip.
            if (line[k].value | 0x20) &- 0x61 >= 26 {
                guard isWordLetter(line[k]) || line[k].isLineEndHyphen else { k += 1; continue }
                while k < n, line[k].isLineEndHyphen { k += 1 }
                guard k < n, isWordLetter(line[k]) else { continue }  // hyphens only: nothing
            }
            let wordStart = k
            var wordEnd = k
            var part = offset
            var hyphenated = false
            while true {
                while k < n {
                    let scalar = line[k]
                    // An ASCII letter (`v | 0x20` in a-z) is folded by setting that bit, as
                    // `step` folds it: two tests a letter fewer on the commonest scalar.
                    let folded = scalar.value | 0x20
                    if folded &- 0x61 < 26 {
                        part = (part ^ UInt64(folded)) &* prime
                        k += 1
                        continue
                    }
                    guard isWordLetter(scalar) else { break }
                    part = step(part, scalar.value)
                    k += 1
                }
                wordEnd = k
                var hyphens = 0
                while k < n, line[k].isLineEndHyphen { hyphens += 1; k += 1 }
                guard hyphens > 0, k < n, isWordLetter(line[k]) else { break }
                hyphenated = true
                if part != offset { words.insert(part) }
                part = offset
            }
            if hyphenated {
                var whole = offset
                for j in wordStart..<wordEnd {
                    let scalar = line[j]
                    whole = step(whole, scalar.isLineEndHyphen ? 0x2D : scalar.value)
                }
                compounds.insert(whole)
                if part != offset { words.insert(part) }
            } else {
                words.insert(part)
            }
        }
    }

    /// A letter of a word for the evidence: a letter, or an apostrophe (`don't`, `o’clock`).
    @inline(__always)
    static func isWordLetter(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (v | 0x20) &- 0x61 < 26 || v == 0x27 }
        return v == 0x2019 || scalar.layoutClass == .letter
    }

    /// What a hyphen at a line end stands for.
    enum Decision: Equatable {
        /// A word the layout cut (`inter-` / `national`): the hyphen goes.
        case split
        /// A compound (`well-` / `known`): the hyphen stays, nothing between.
        case compound
        /// A suspended hyphen before a conjunction (`first-` / `and second-hand`): the hyphen
        /// stays, and so does the space.
        case suspended
    }

    /// Conjunctions after a suspended hyphen (`two- and three-story`, `Ein- und Ausfuhr`).
    static let conjunctions: ShortWordSet = ["and", "or", "nor", "und", "oder", "et", "ou", "y", "e", "o", "en", "of"]

    /// Prefixes English writes solid (`re-` / `nominated` is `renominated`) unless the next
    /// letter would double a vowel (`re-elect`, `pre-empt`).
    static let solidPrefixes: ShortWordSet = ["re", "pre", "un", "dis", "mis", "de", "sub", "inter", "trans", "over", "under", "out"]

    /// Compounds that 19th- and early 20th-century newspapers hyphenated as a rule, which a
    /// modern word list writes solid (`today`, `cooperation`). Kept hyphenated unless the
    /// document itself writes the solid form.
    static let periodCompounds: Set<String> = [
        "to-day", "to-morrow", "to-night", "co-operation", "co-operative", "co-operate", "co-operated",
        "co-operating", "co-ordinate", "co-ordinated", "co-ordination",
    ]

    /// Words that follow a hyphen in French compounds and inversions (`peut-être`, `dit-il`,
    /// `celui-ci`, `après-midi`).
    static let frenchCompoundTails: ShortWordSet = [
        "il", "ils", "elle", "elles", "on", "vous", "nous", "je", "tu", "moi", "toi", "lui", "leur", "eux",
        "même", "mêmes", "ci", "là", "ce", "être", "dire", "midi",
    ]

    /// Decides a hyphen at a line end between `head` and `tail` (letters only). The document's
    /// own usage wins; then the vocabulary of earlier documents; then what the hyphen and the
    /// words themselves say; the English word list only for English (or undetermined) text.
    ///
    /// - Parameters:
    ///   - marksSplit: the hyphen was written `¬`, the sign OCR engines and transcribers use
    ///     for a hyphen that only breaks a word.
    ///   - continuesCompound: a hyphen stands before `head` too (`mother-in-` / `law`,
    ///     `c'est-à-` / `dire`): the line ends inside a compound.
    ///   - language: the document's language guess (`en`, `fr`, `de`, ... or `und`).
    func decide(head: String, tail: String, marksSplit: Bool = false, continuesCompound: Bool = false,
                language: String = "en") -> Decision {
        let h = head.lowercased(), t = tail.lowercased()
        // The joined and hyphenated forms are hashed as continuations of the head's hash (FNV
        // reads the scalars in order): no string is built for them unless a rule reads one.
        let headPrint = Self.fingerprint(h), tailPrint = Self.fingerprint(t)
        let joinedPrint = Self.fingerprint(t, continuing: headPrint)
        let compoundPrint = Self.fingerprint(t, continuing: Self.step(headPrint, 0x2D))
        if compounds.contains(compoundPrint) || (!known.isEmpty && known.contains("\(h)-\(t)")) { return .compound }
        if words.contains(joinedPrint) || (!known.isEmpty && known.contains(h + t)) { return .split }
        if marksSplit { return .split }
        // (Latin words inside Chinese text are English far more often than anything else:
        // `Belt and Road Ini-` / `tiative`, `well-` / `known`.)
        let english = language == "en" || language == "und" || language == "zh"
        let lexicon: WordList? = english ? Lexicon.english : nil
        func inLexicon(_ w: String) -> Bool { lexicon?.contains(w) ?? false }
        func isWord(_ w: String, _ print: UInt64) -> Bool {
            words.contains(print) || (!known.isEmpty && known.contains(w)) || inLexicon(w)
        }
        let headLength = Self.length(h), tailLength = Self.length(t)
        // Part of a longer compound (`mother-in-` / `law`, `c'est-à-` / `dire`), unless the
        // head is a syllable, not a word (`one-quar-` / `ter`).
        if continuesCompound && (headLength <= 2 || isWord(h, headPrint)) { return .compound }
        // `re-` / `elected`, `co-` / `operation`, `pre-` / `empt`: a prefix before the vowel it
        // ends with keeps its hyphen (the solid forms are modern and rarer in print).
        if english, Self.vowelPrefixes.contains(h), let vowel = t.first, h.last == vowel { return .compound }
        if english && !usesSolidPeriodForms && Self.periodCompoundPrints.contains(compoundPrint)
            && Self.periodCompounds.contains("\(h)-\(t)") { return .compound }
        let joined = h + t
        if inLexicon(joined) || Self.undoingRnForM(joined).map(inLexicon) == true { return .split }
        if Self.conjunctions.contains(t) { return .suspended }
        // `MOR-` / `GAN`: a name set in capitals, cut like any word. A capital after the hyphen
        // otherwise starts a word of its own (`Anglo-` / `American`).
        let capitals = Self.isAllCapitals(head) && Self.isAllCapitals(tail) && tail.count >= 2
        if !capitals, let first = tail.unicodeScalars.first, first.isUppercaseLetter { return .compound }
        if Self.isFrenchCompound(head: h, tail: t, language: language) { return .compound }
        if english && HyphenationEvidence.alwaysHyphenated.contains(h) { return .compound }
        if english && Self.tens.contains(h) && Self.units.contains(t) { return .compound }
        // (Whatever the tail: no later rule could call a prefix and a non-word a compound.)
        if english && Self.solidPrefixes.contains(h) { return .split }
        // `Green-` / `wood`, `Ma-` / `honey`: a capitalised head before a small letter is a
        // name cut in two; names are the words the list knows least.
        if !capitals, Self.isCapitalised(head), t.first.map({ $0.isLowercase }) ?? false { return .split }
        // Two words whose joined form is no word: a compound. Words set in capitals are
        // mostly names cut anywhere (`RICHARD-` / `SON`), so only longer parts count there.
        // (Not in German, which writes its compounds solid: `zu-` / `führt` is `zuführt`.)
        let minimum = capitals ? 4 : 2
        if language != "de", headLength >= minimum && tailLength >= minimum && isWord(h, headPrint) && isWord(t, tailPrint) { return .compound }
        return .split
    }

    /// A Latin word in Chinese text cut at a line end with no hyphen, as a word processor set
    /// to wrap Latin text anywhere cuts it (`CO` / `P27`, `SO` / `LAS`, `Initia` / `tive`), not
    /// two words apart (`the Belt and` / `Road`). Yes where the joined word stands whole
    /// elsewhere in the document; else, for capitals and digits, yes unless both parts are
    /// English words of three letters or more (an acronym: Chinese text parts two acronyms with
    /// a mark, `WTO、IMF`, never with a line break alone); for small letters, yes where the
    /// joined form is an English word and the parts are not both words. (The document's own words cannot tell the parts: each stands at a line's edge as
    /// a word of its own.)
    func cutsWordWithoutHyphen(head: String, tail: String) -> Bool {
        let h = head.lowercased(), t = tail.lowercased()
        if words.contains(Self.fingerprint(t, continuing: Self.fingerprint(h))) { return true }
        let lexicon = Lexicon.english
        func isWord(_ w: String) -> Bool { (!known.isEmpty && known.contains(w)) || lexicon.contains(w) }
        let bothWords = isWord(h) && isWord(t)
        // Capitals: the word list holds short words that are acronyms' syllables (`SO` / `LAS`).
        if !(head + tail).unicodeScalars.contains(where: { $0.properties.isLowercase }) {
            return !(bothWords && h.count >= 3 && t.count >= 3)
        }
        return !bothWords && lexicon.contains(h + t)
    }

    /// `fingerprint(_:)` of a string, or of the scalars after those `hash` was taken over: the
    /// bytes of an ASCII string are its scalars, read without the generic scalar view.
    static func fingerprint(_ word: String, continuing hash: UInt64 = offset) -> UInt64 {
        var word = word
        let ascii: UInt64? = word.withUTF8 { bytes in
            var value = hash
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                value = step(value, UInt32(byte))
            }
            return value
        }
        if let ascii { return ascii }
        var value = hash
        for scalar in word.unicodeScalars { value = step(value, scalar.value) }
        return value
    }

    /// `word.count` (characters), read as the byte count when every byte is ASCII.
    static func length(_ word: String) -> Int {
        var word = word
        let ascii = word.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } ? bytes.count : nil }
        return ascii ?? word.count
    }

    /// Fingerprints of `periodCompounds`: most hyphens are answered without hashing a string.
    static let periodCompoundPrints: FingerprintSet = {
        var prints = FingerprintSet()
        for word in periodCompounds { prints.insert(fingerprint(word)) }
        return prints
    }()

    /// `twenty-` / `five`: compound numbers, even capitalised at a sentence start.
    static let tens: ShortWordSet = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    static let units: ShortWordSet = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                     "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]

    /// Prefixes that keep their hyphen before the vowel they end with.
    static let vowelPrefixes: ShortWordSet = ["re", "co", "pre", "de"]

    /// Whether the document writes any period compound solid (`today`): then it is a modern
    /// text, and `to-` / `morrow` is `tomorrow`. Found once, when the evidence is gathered.
    let usesSolidPeriodForms: Bool

    static let solidPeriodFingerprints: [UInt64] = periodCompounds.map { fingerprint($0.replacing("-", with: "")) }

    /// Heads that French writes hyphenated before any tail (`porte-monnaie`, `après-midi`).
    static let frenchCompoundHeads: ShortWordSet = [
        "après", "avant", "arrière", "peut", "porte", "grand", "grande", "chef", "sous", "demi", "mi", "vice",
        "contre", "sur", "hors", "nord", "sud", "saint", "sainte", "garde", "chemin", "belle", "beau",
    ]

    /// French compounds: in a French text by their usual heads and tails; in a text too short to
    /// tell its language, only by tails no other language has (`être`, `même`, `là`).
    static func isFrenchCompound(head: String, tail: String, language: String) -> Bool {
        if language == "fr" { return frenchCompoundHeads.contains(head) || frenchCompoundTails.contains(tail) }
        guard language == "und" else { return false }
        return !tail.unicodeScalars.allSatisfy(\.isASCII) && frenchCompoundTails.contains(tail)
    }

    static func isCapitalised(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.isUppercaseLetter else { return false }
        return word.unicodeScalars.dropFirst().allSatisfy { !$0.isUppercaseLetter }
    }

    /// `rn` read for `m`, the commonest OCR confusion in Latin print (`corn-` / `mission`):
    /// the joined form with every `rn` read as `m`, or nil when it has none.
    static func undoingRnForM(_ word: String) -> String? {
        // Without the bytes `r` `n` side by side there is no `rn` to find: most words are
        // answered without the search, which went through Foundation (4,800 instructions).
        var bytes = word
        let hasPair = bytes.withUTF8 { utf8 in
            var previous: UInt8 = 0
            for byte in utf8 {
                if previous == 0x72 && byte == 0x6E { return true }
                previous = byte
            }
            return false
        }
        guard hasPair else { return nil }
        return word.contains("rn") ? word.replacing("rn", with: "m") : nil
    }

    static func isAllCapitals(_ word: String) -> Bool {
        !word.isEmpty && word.unicodeScalars.allSatisfy { $0.isUppercaseLetter }
    }
}

/// Builds the hyphenation evidence only when a Latin line-end hyphen needs it: Chinese text,
/// the common case, never pays for collecting its words.
final class LazyHyphenationEvidence {
    private let lines: LineTable
    private let known: Set<String>
    /// The document's language guess: which word list (if any) may speak for its words.
    let language: String
    lazy var evidence = HyphenationEvidence(lines: lines, known: known)

    init(lines: LineTable, known: Set<String>, language: String) {
        self.lines = lines
        self.known = known
        self.language = language
    }
}
