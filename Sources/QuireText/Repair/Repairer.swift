/// Turns decoded lines into the reading text: the lines the layout cut are joined, spacing and
/// punctuation repaired, and structure (title, headings, items, signatures, dates) recognised.
/// A pure function of its input and options: the same input always gives the same document.
public enum Repairer {
    public static func repair(_ source: SourceText, options: RepairOptions = .default) -> RepairedDocument {
        var log = RepairLog()
        let profiles = profileLines(source.lines, log: &log)
        guard !profiles.isEmpty else {
            return RepairedDocument(title: nil, language: "und", divisions: [Division(blocks: [])], repairs: log)
        }
        let segmenter = Segmenter(lines: profiles)
        let divisions = segmenter.segment()
        let hyphenation = LazyHyphenationEvidence(lines: profiles, known: options.knownVocabulary)
        let assembler = BlockAssembler(options: options, hyphenation: hyphenation)
        var ids = BlockIdentifiers()
        var result: [Division] = []
        for division in divisions {
            var blocks: [Block] = []
            for segment in division {
                let lines = segment.lines.map { profiles[$0].scalars }
                let assembled = assembler.assemble(lines, kind: segment.kind, log: &log)
                guard !assembled.text.isEmpty else { continue }
                if segment.kind == .furniture { log.record(.pageFurniture) }
                let first = profiles[segment.lines.first!].number, last = profiles[segment.lines.last!].number
                blocks.append(Block(
                    kind: segment.kind,
                    text: String(scalars: assembled.text),
                    id: ids.next(for: segment.kind),
                    sourceLines: first...last,
                    lineBreaks: assembled.breaks
                ))
            }
            if !blocks.isEmpty { result.append(Division(blocks: blocks)) }
        }
        if result.isEmpty { result = [Division(blocks: [])] }
        let title = result.first?.blocks.first { $0.kind == .title }?.text
        return RepairedDocument(title: title, language: LanguageGuess.guess(profiles), divisions: result, repairs: log)
    }

    /// Normalises every line, measures it, and notes the blank lines before it.
    static func profileLines(_ lines: [String], log: inout RepairLog) -> [LineProfile] {
        var profiles: [LineProfile] = []
        profiles.reserveCapacity(lines.count)
        var blanks = 0
        for (index, line) in lines.enumerated() {
            var scalars = CharacterNormalizer.normalize(line, log: &log)
            var start = 0, indent = 0.0
            while start < scalars.count, scalars[start].layoutClass == .space {
                indent += scalars[start] == "\u{3000}" ? 1 : 0.5
                start += 1
            }
            var end = scalars.count
            while end > start, scalars[end - 1].layoutClass == .space { end -= 1 }
            if start == end {
                blanks += 1
                continue
            }
            if start > 0 || end < scalars.count { scalars = Array(scalars[start..<end]) }
            scalars = CharacterNormalizer.closeLatinLetterspacing(scalars, log: &log)
            profiles.append(LineProfile(number: index + 1, scalars: scalars, indent: indent, blankLinesBefore: profiles.isEmpty ? 0 : blanks))
            blanks = 0
        }
        return profiles
    }
}

/// Stable, readable `xml:id`s: `h1` for headings, `p1` for paragraphs and items, `s1` for
/// signatures, `d1` for dates and datelines, `fw1` for page furniture.
struct BlockIdentifiers {
    private var counters: [String: Int] = [:]

    mutating func next(for kind: BlockKind) -> String {
        let prefix: String
        switch kind {
        case .title, .heading: prefix = "h"
        case .paragraph, .item: prefix = "p"
        case .signature: prefix = "s"
        case .date, .dateline: prefix = "d"
        case .furniture: prefix = "fw"
        }
        counters[prefix, default: 0] += 1
        return "\(prefix)\(counters[prefix]!)"
    }
}

/// A coarse language guess for `xml:lang`: Chinese when Han characters dominate, otherwise the
/// Latin-script language whose function words are most frequent.
enum LanguageGuess {
    static let functionWords: [(String, Set<String>)] = [
        ("en", ["the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "as", "by", "it"]),
        ("fr", ["le", "la", "les", "et", "des", "du", "un", "une", "est", "pour", "dans", "que", "qui", "au"]),
        ("de", ["der", "die", "das", "und", "ist", "nicht", "mit", "den", "ein", "eine", "von", "zu", "auf", "im"]),
        ("es", ["el", "los", "las", "y", "del", "que", "en", "por", "una", "con", "para", "es", "se", "al"]),
        ("it", ["il", "di", "che", "e", "della", "per", "una", "non", "con", "sono", "gli", "del", "nel", "alla"]),
    ]

    static func guess(_ lines: [LineProfile]) -> String {
        var han = 0, letters = 0
        for line in lines { han += line.hanCount; letters += line.letterCount }
        if han == 0 && letters == 0 { return "und" }
        if han * 3 >= letters { return "zh" }
        var scores = [Int](repeating: 0, count: functionWords.count)
        var sampled = 0
        outer: for line in lines {
            for word in line.text.lowercased().split(whereSeparator: { !$0.isLetter }) {
                for (k, entry) in functionWords.enumerated() where entry.1.contains(String(word)) { scores[k] += 1 }
                sampled += 1
                if sampled > 5000 { break outer }
            }
        }
        guard let best = scores.indices.max(by: { scores[$0] < scores[$1] }), scores[best] >= 3 else { return "und" }
        return functionWords[best].0
    }
}

extension String {
    /// Builds a string from scalars through one UTF-8 buffer: appending scalars one by one to a
    /// `String.UnicodeScalarView` costs several times more.
    init(scalars: [Unicode.Scalar]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 3)
        for scalar in scalars {
            UTF8.encode(scalar) { bytes.append($0) }
        }
        self = String(decoding: bytes, as: UTF8.self)
    }
}
