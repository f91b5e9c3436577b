/// Turns decoded lines into the reading text: the lines the layout cut are joined, spacing and
/// punctuation repaired, and structure (title, headings, items, signatures, dates) recognised.
/// A pure function of its input and options: the same input always gives the same document.
public enum Repairer {
    public static func repair(_ source: SourceText, options: RepairOptions = .default) -> RepairedDocument {
        var log = RepairLog()
        let profiles = profileLines(source.text, log: &log)
        guard !profiles.isEmpty else {
            return RepairedDocument(title: nil, language: "und", divisions: [Division(blocks: [])], repairs: log)
        }
        let segmenter = Segmenter(lines: profiles)
        let divisions = segmenter.segment()
        let language = LanguageGuess.guess(profiles)
        let hyphenation = LazyHyphenationEvidence(lines: profiles, known: options.knownVocabulary, language: language)
        let assembler = BlockAssembler(options: options, hyphenation: hyphenation, sourceUTF8: source.text.utf8)
        var ids = BlockIdentifiers()
        var buffer: [Unicode.Scalar] = [], utf8: [UInt8] = []
        var verbatim: [BlockAssembler.VerbatimLine] = [], marks: [Int] = []
        // The assembler's scratch, reserved once for the largest block a document can hold:
        // its scalars and junctions never outnumber the document's bytes. Grown from empty,
        // each array was reallocated a doubling at a time in every document (about a dozen
        // allocations a document, and the copies). Capped: a larger document's larger blocks
        // grow them as before.
        let scratch = min(source.text.utf8.count + 1, 1 << 14)
        buffer.reserveCapacity(scratch)
        utf8.reserveCapacity(UTF8Writer.capacity(forScalars: scratch))
        verbatim.reserveCapacity(min(profiles.count, 1 << 10))
        marks.reserveCapacity(64)
        var result: [Division] = []
        // Blocks in the other script than the document's, by division and block index: the
        // few that `BlockLanguages` reads.
        var otherScript: [(division: Int, block: Int)] = []
        let chinese = language == "zh"
        // Where side-by-side columns were read in turn: the last source line of the text read so
        // far (furniture and notes aside), to tell a block that opens the next column.
        let columnsSplit = log[.columnOrder] > 0
        var lastInFlow = 0
        for division in divisions {
            var blocks: [Block] = []
            // A block a segment at most: reserved, not grown a doubling at a time.
            blocks.reserveCapacity(division.count)
            for segment in division {
                // The source lines a block spans: lowest to highest, since a block may run from
                // the foot of one column up to the head of the next (`ColumnSplitter`).
                var han = 0, letters = 0, first = Int.max, last = 0, previous = 0
                var goesBackUp = false  // a line printed above the one before: the next column
                for index in segment.lines {
                    han += profiles[index].hanCount; letters += profiles[index].letterCount
                    first = min(first, profiles[index].number); last = max(last, profiles[index].number)
                    if profiles[index].number < previous { goesBackUp = true }
                    previous = profiles[index].number
                }
                let latin = LineScript(han: han, letters: letters) == .latin
                // (The marks changed in place and handed on: copied out first, they cost a
                // retain and a release a block.)
                var assembled = assembler.assemble(segment.lines, of: profiles, kind: segment.kind, latin: latin,
                                                   buffer: &buffer, utf8: &utf8, verbatim: &verbatim, marks: &marks, log: &log)
                guard !assembled.text.isEmpty else { continue }
                if goesBackUp { ColumnBreaks.mark(&assembled.breaks, lines: segment.lines, of: profiles) }
                if columnsSplit, segment.kind != .furniture, segment.kind != .note {
                    if profiles[segment.lines[0]].number < lastInFlow { ColumnBreaks.markOpening(&assembled.breaks) }
                    lastInFlow = previous
                }
                if segment.kind == .furniture { log.record(.pageFurniture) }
                if segment.kind == .note { log.record(.footnote) }
                if chinese ? (latin && letters >= BlockLanguages.minimumLetters) : (han >= 2 && !latin),
                   segment.kind != .furniture {
                    otherScript.append((division: result.count, block: blocks.count))
                }
                blocks.append(Block(
                    kind: segment.kind,
                    text: assembled.text,
                    id: ids.next(for: segment.kind),
                    sourceLines: first...last,
                    lineBreaks: assembled.breaks
                ))
            }
            if !blocks.isEmpty { result.append(Division(blocks: blocks)) }
        }
        if result.isEmpty { result = [Division(blocks: [])] }
        if !otherScript.isEmpty {
            BlockLanguages.mark(&result, otherScript, documentLanguage: language, lines: profiles)
        }
        let title = result.first?.blocks.first { $0.kind == .title }?.text
        return RepairedDocument(title: title, language: language, divisions: result, repairs: log)
    }

    /// Normalises every line, measures it, and notes the blank lines before it.
    static func profileLines(_ lines: [String], log: inout RepairLog) -> LineTable {
        profileLines(LineBuffer(lines: lines), log: &log)
    }

    /// Each line is read straight from the decoded text's buffer: no `String` is made for it.
    /// Each is decoded into its place in one scalar buffer for the document, which the profiles
    /// share (see `LineScalars`): a profile's own array cost an allocation and a free a line.
    static func profileLines(_ text: LineBuffer, log: inout RepairLog) -> LineTable {
        var profiles = LineTable.Builder(capacity: text.count)
        // A line decodes to at most one scalar a byte, and each line is written after the
        // kept part of the one before: the lines' byte counts are room enough, and the text's
        // bytes, which hold them, too. (Taken as the text's count, not summed over the lines:
        // a pass over every span, blank ones too, for a few bytes a line less.)
        let storage = ScalarStorage(capacity: text.utf8.count)
        var used = 0
        var blanks = 0
        let classifier = ScalarClassifier()
        text.utf8.withUnsafeBufferPointer { buffer in
            for (index, span) in text.spans.enumerated() {
                // Empty lines (half of a double-spaced extraction) need no decoding.
                if span.isEmpty { blanks += 1; continue }
                let (start, end, indent, measure, verbatim, trimmedBytes) = storage.writing(at: used, count: span.count) { out in
                    let (count, decodedMeasure, verbatim) = CharacterNormalizer.normalize(
                        UnsafeBufferPointer(rebasing: buffer[span]), into: out, classifier: classifier, log: &log)
                    // The line was measured as it was decoded, white space at its ends included:
                    // that space is taken back as it is trimmed. (And the bytes it took, counted
                    // for a line decoded verbatim, whose bytes are its scalars' UTF-8.)
                    var measure = decodedMeasure
                    var start = 0, indent = 0.0
                    var trimmedBytes = (leading: 0, trailing: 0)
                    while start < count, classifier.classify(out[start]) == .space {
                        indent += out[start] == "\u{3000}" ? 1 : 0.5
                        measure?.removeTrimmedSpace(out[start])
                        trimmedBytes.leading &+= UTF8.width(out[start])
                        start += 1
                    }
                    var end = count
                    while end > start, classifier.classify(out[end - 1]) == .space {
                        measure?.removeTrimmedSpace(out[end - 1])
                        trimmedBytes.trailing &+= UTF8.width(out[end - 1])
                        end -= 1
                    }
                    return (start, end, indent, measure, verbatim, trimmedBytes)
                }
                if start == end {
                    blanks += 1
                    continue
                }
                let offset = used + start, count = end - start
                // The next line is written over this one's trailing white space.
                used += end
                let blankLinesBefore = profiles.isEmpty ? 0 : blanks
                // Where the trimmed line's own UTF-8 lies in the text, when its scalars are
                // exactly what those bytes encode (none where they are not).
                let sourceUTF8 = verbatim
                    ? (span.lowerBound + trimmedBytes.leading)..<(span.upperBound - trimmedBytes.trailing) : 0..<0
                let measured: LineMeasure
                if let measure { measured = measure } else {
                    measured = LineFacts.measure(UnsafeBufferPointer(start: storage.base + offset, count: count))
                }
                // Letter-spaced Latin needs four letters; the measure has counted them, so Chinese
                // lines skip the closing pass's own scan (2 % of all repair work on Chinese text).
                // The pass only ever removes spaces: a line that keeps its length is unchanged.
                if measured.letters >= 4, let closed = CharacterNormalizer.closeLatinLetterspacing(
                    UnsafeBufferPointer(start: storage.base + offset, count: count), log: &log) {
                    if closed.count != count {
                        profiles.append(number: index + 1, scalars: LineScalars(closed), indent: indent,
                                        blankLinesBefore: blankLinesBefore)
                        blanks = 0
                        continue
                    }
                }
                profiles.append(number: index + 1, in: storage, offset: offset, count: count, indent: indent,
                                blankLinesBefore: blankLinesBefore, measure: measured,
                                sourceUTF8: measure == nil ? 0..<0 : sourceUTF8)
                blanks = 0
            }
        }
        // The parties' signature blocks set side by side at the end of an agreement are read one
        // after another before anything else is judged; so are columns set side by side. (The
        // blocks first: their three or four lines of short cells read as a small table too.)
        var lines = profiles.finish()
        if let signed = SignatureColumns.split(lines, log: &log) { lines = signed }
        lines = ColumnSplitter.split(lines, log: &log)
        removeCommonMargin(&lines)
        return lines
    }

    /// A layout-preserving extraction (`pdftotext -layout`) starts every line with the page's
    /// left margin. What tells a paragraph's first line is the indent beyond that margin, so
    /// the margin nine lines in ten share (a page number may stand further left) is taken off.
    static func removeCommonMargin(_ profiles: inout LineTable) {
        guard profiles.count >= 5 else { return }
        // No margin where more than one line in ten has no indent (the tenth percentile is then
        // zero): most files, answered at the tenth or so of their lines that stand flush,
        // without the histogram.
        var flush = 0
        for i in 0..<profiles.count where profiles[i].indent == 0 {
            flush += 1
            if flush * 10 > profiles.count { return }
        }
        // Indents are multiples of half an em: a histogram finds the tenth percentile in one pass.
        var counts = [Int](filledWith: 0, count: 129)
        for profile in profiles { counts[min(128, Int(profile.indent * 2))] += 1 }
        var seen = 0, bucket = 0
        while bucket < 128 {
            seen += counts[bucket]
            if seen * 10 > profiles.count { break }
            bucket += 1
        }
        let margin = Double(bucket) / 2
        guard margin > 0 else { return }
        LineTable.changeIndents(of: &profiles) { max(0, $0 - margin) }
    }
}

/// Stable, readable `xml:id`s: `h1` for headings, `p1` for paragraphs and items, `s1` for
/// signatures, `d1` for dates and datelines, `fw1` for page furniture, `n1` for footnotes.
struct BlockIdentifiers {
    /// One counter per prefix, in the order of `prefixes` (a dictionary keyed by the prefix
    /// string and an interpolated id cost 1,500 instructions a block).
    private var counters = [0, 0, 0, 0, 0, 0]
    private static let prefixes = ["h", "p", "s", "d", "fw", "n"]
    /// `cached`, read once a document: each read of the static checked that it was made (a
    /// call to `swift_once`, about 45 instructions a block).
    private let identifiers = BlockIdentifiers.cached

    mutating func next(for kind: BlockKind) -> String {
        let slot: Int
        switch kind {
        case .title, .heading: slot = 0
        case .paragraph, .item: slot = 1
        case .signature: slot = 2
        case .date, .dateline: slot = 3
        case .furniture: slot = 4
        case .note: slot = 5
        }
        counters[slot] += 1
        let number = counters[slot]
        if number < BlockIdentifiers.cachedCount { return identifiers[slot &* BlockIdentifiers.cachedCount &+ number] }
        return BlockIdentifiers.identifier(slot: slot, number: number)
    }

    /// The first identifiers of every prefix (`p1` … `p255`), made once by `identifier` itself:
    /// a block's identifier read from here, where most blocks' numbers are, cost a lookup, not
    /// the 160 instructions of writing it. (Made when first asked, 1,500 short strings, ~0.3 M
    /// instructions once a process.) Indexed by slot times `cachedCount` plus the number; the
    /// entries for number 0, which no block has, repeat number 1.
    private static let cachedCount = 256
    private static let cached: [String] = (0..<(prefixes.count * cachedCount)).map { index in
        identifier(slot: index / cachedCount, number: Swift.max(1, index % cachedCount))
    }

    /// The prefix and the number written as ASCII into a small buffer: concatenating the prefix
    /// and `String(number)` cost 460 instructions a block.
    private static func identifier(slot: Int, number: Int) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            guard let out = buffer.baseAddress else { return prefixes[slot] + String(number) }
            var length = 0
            if slot == 4 {
                out[0] = 0x66; out[1] = 0x77  // fw
                length = 2
            } else {
                out[0] = slot == 0 ? 0x68 : slot == 1 ? 0x70 : slot == 2 ? 0x73 : slot == 3 ? 0x64 : 0x6E  // h p s d n
                length = 1
            }
            var digits = 1, rest = number / 10
            while rest > 0 { digits += 1; rest /= 10 }
            var value = number
            for k in stride(from: length + digits - 1, through: length, by: -1) {
                out[k] = UInt8(truncatingIfNeeded: 0x30 + value % 10)
                value /= 10
            }
            return String(uncheckedUTF8: UnsafeBufferPointer(start: out, count: length + digits), isASCII: true)
        }
    }
}

/// A coarse language guess for `xml:lang`: Chinese when Han characters dominate, otherwise the
/// Latin-script language whose function words are most frequent.
enum LanguageGuess {
    static let functionWords: [(String, [String])] = [
        ("en", ["the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "as", "by", "it"]),
        ("fr", ["le", "la", "les", "et", "des", "du", "un", "une", "est", "pour", "dans", "que", "qui", "au"]),
        ("de", ["der", "die", "das", "und", "ist", "nicht", "mit", "den", "ein", "eine", "von", "zu", "auf", "im"]),
        ("es", ["el", "los", "las", "y", "del", "que", "en", "por", "una", "con", "para", "es", "se", "al"]),
        ("it", ["il", "di", "che", "e", "della", "per", "una", "non", "con", "sono", "gli", "del", "nel", "alla"]),
    ]

    /// Every function word packed into an integer (one byte a letter; all are ASCII and at most
    /// five letters long), sorted, with a bit per language that uses it. Words are matched by
    /// packing, not by building a `String` per word: for English text this guess once cost more
    /// than the whole repair.
    static let packed: [(word: UInt64, languages: UInt8)] = {
        var table: [UInt64: UInt8] = [:]
        for (index, entry) in functionWords.enumerated() {
            for word in entry.1 { table[pack(word.utf8.map(UInt64.init))!, default: 0] |= 1 << index }
        }
        return table.sorted { $0.key < $1.key }.map { (word: $0.key, languages: $0.value) }
    }()

    /// `packed` as an open-addressed table of 256 slots keyed by a multiplicative hash of the
    /// packed word (zero marks an empty slot; no packed word is zero): most words are no
    /// function word, and a miss costs one multiply and a load or two instead of a bisection.
    static let slots: [(word: UInt64, languages: UInt8)] = {
        var slots = [(word: UInt64, languages: UInt8)](repeating: (0, 0), count: 256)
        for entry in packed {
            var i = slot(entry.word)
            while slots[i].word != 0 { i = (i + 1) & 255 }
            slots[i] = entry
        }
        return slots
    }()

    @inline(__always)
    private static func slot(_ word: UInt64) -> Int {
        Int(truncatingIfNeeded: (word &* 0x9E37_79B9_7F4A_7C15) >> 56)
    }

    static func pack(_ letters: [UInt64]) -> UInt64? {
        guard letters.count <= 5 else { return nil }
        return letters.reduce(0) { $0 << 8 | $1 }
    }

    /// (Generic: asked of a document's lines, and of its Latin ones alone by `BlockLanguages`.)
    static func guess<Lines: RandomAccessCollection<LineProfile>>(_ lines: Lines) -> String {
        var han = 0, letters = 0
        for index in lines.indices { han += lines[index].hanCount; letters += lines[index].letterCount }
        if han == 0 && letters == 0 { return "und" }
        if han * 3 >= letters { return "zh" }
        let table = slots
        var sampled = 0
        var word: UInt64 = 0, length = 0
        // Hits are counted per table slot and turned into scores once at the end: with a nested
        // function updating captured counters and a score array per hit, this loop kept every
        // counter in memory.
        var hits = [Int](filledWith: 0, count: table.count)
        hits.withUnsafeMutableBufferPointer { hits in
            // A plain loop over each line's scalars, ASCII letters told by one compare: through a
            // buffer closure and the class table this guess was 5 % of all repair work on English.
            // Each line read through its buffer (no bounds check a scalar); the closure says
            // whether the sample is complete.
            for index in lines.indices {
                let complete = lines[index].withScalars { scalars -> Bool in
                    for scalar in scalars {
                        let v = scalar.value
                        let isLetter = v < 0x80 ? (v | 0x20) &- 0x61 < 26 : scalar.layoutClass == .letter
                        if isLetter {
                            // Lower-cased; a non-ASCII letter makes the word one that no list holds.
                            word = word << 8 | UInt64(v < 0x80 ? v | 0x20 : 0xFF)
                            length &+= 1
                            continue
                        }
                        finishWord(&word, &length, sampled: &sampled, hits: hits, table: table)
                        if sampled > 5000 { return true }
                    }
                    return false
                }
                if complete { break }
                finishWord(&word, &length, sampled: &sampled, hits: hits, table: table)
            }
        }
        var scores = [Int](filledWith: 0, count: functionWords.count)
        for slot in hits.indices where hits[slot] > 0 {
            for k in scores.indices where table[slot].languages & (1 << k) != 0 { scores[k] += hits[slot] }
        }
        guard let best = scores.indices.max(by: { scores[$0] < scores[$1] }), scores[best] >= 3 else { return "und" }
        return functionWords[best].0
    }

    /// Counts the word just read (if any) as sampled, and as a hit of its table slot, and
    /// starts the next. Static and inlined, with its state passed in: as a nested function
    /// capturing the counters it kept every one of them in memory.
    @inline(__always)
    private static func finishWord(_ word: inout UInt64, _ length: inout Int, sampled: inout Int,
                                   hits: UnsafeMutableBufferPointer<Int>, table: [(word: UInt64, languages: UInt8)]) {
        guard length > 0 else { return }
        sampled += 1
        if length <= 5, let slot = lookup(word, in: table) { hits[slot] += 1 }
        word = 0
        length = 0
    }

    /// The slot holding `word`, or nil.
    private static func lookup(_ word: UInt64, in table: [(word: UInt64, languages: UInt8)]) -> Int? {
        var i = slot(word)
        while true {
            let entry = table[i]
            if entry.word == word { return i }
            if entry.word == 0 { return nil }
            i = (i + 1) & 255
        }
    }
}
