import QuireText

/// A small deterministic corpus in the image of the benchmark generator: Chinese-like
/// documents whose paragraphs open with shared formulae, a share of which reprint runs of
/// earlier documents' paragraphs with character noise and other paragraph splits.
struct SyntheticCorpus {
    struct Document {
        var name: String
        var blocks: [Block]
        /// Block id -> the document whose paragraphs it reprints.
        var reprintedFrom: [String: String]
    }

    var documents: [Document] = []

    static let openings = ["各代表团团长注意到", "各代表团团长强调，", "双方同意", "双方一致认为，", "会议指出，"]

    init(seed: UInt64, documentCount: Int, noise: Double) {
        var random = SplitMix64(seed: seed)
        var fresh: [[String]] = []  // each document's own paragraphs
        for number in 0..<documentCount {
            let name = String(format: "doc%03d.tei.xml", number)
            var paragraphs: [(text: String, source: String?)] = []
            let own = (0..<random.int(in: 6...14)).map { _ in Self.paragraph(&random) }
            fresh.append(own)
            paragraphs = own.map { ($0, nil) }
            if number >= 3, random.double() < 0.5 {
                let sourceNumber = random.int(in: 0...(number - 1))
                let source = fresh[sourceNumber]
                let length = random.int(in: 1...min(6, source.count))
                let start = random.int(in: 0...(source.count - length))
                let reused = Self.resplit(source[start..<(start + length)].map { Self.noisy($0, rate: noise, &random) }, &random)
                let at = random.int(in: 0...paragraphs.count)
                let sourceName = String(format: "doc%03d.tei.xml", sourceNumber)
                paragraphs.insert(contentsOf: reused.map { ($0, sourceName) }, at: at)
            }
            var blocks: [Block] = []
            var reprinted: [String: String] = [:]
            for (index, paragraph) in paragraphs.enumerated() {
                let id = "p\(index + 1)"
                blocks.append(Block(kind: .paragraph, text: paragraph.text, id: id, sourceLines: (index + 1)...(index + 1)))
                if let source = paragraph.source { reprinted[id] = source }
            }
            documents.append(Document(name: name, blocks: blocks, reprintedFrom: reprinted))
        }
    }

    /// Sentences of random Han characters with full-width punctuation, opened by a formula.
    static func paragraph(_ random: inout SplitMix64) -> String {
        var text = openings[random.int(in: 0...(openings.count - 1))]
        for _ in 0..<random.int(in: 1...5) {
            for _ in 0..<random.int(in: 8...40) {
                text.unicodeScalars.append(Unicode.Scalar(UInt32(0x4E00 + random.int(in: 0...2500)))!)
            }
            text += random.double() < 0.3 ? "（2022 年）。" : "。"
        }
        return text
    }

    /// Replaces a share of the characters, and swaps full-width brackets for half-width.
    static func noisy(_ text: String, rate: Double, _ random: inout SplitMix64) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if random.double() < rate {
                result.append(Unicode.Scalar(UInt32(0x4E00 + random.int(in: 0...2500)))!)
            } else {
                result.append(scalar)
            }
        }
        return String(result).replacingOccurrences(of: "（", with: " (").replacingOccurrences(of: "）", with: ") ")
    }

    /// Joins some neighbouring paragraphs and splits others at a sentence end.
    static func resplit(_ paragraphs: [String], _ random: inout SplitMix64) -> [String] {
        var result: [String] = []
        var index = 0
        while index < paragraphs.count {
            let roll = random.double()
            if roll < 0.25, index + 1 < paragraphs.count {
                result.append(paragraphs[index] + paragraphs[index + 1])
                index += 2
                continue
            }
            let sentences = paragraphs[index].split(separator: "。", omittingEmptySubsequences: true).map { $0 + "。" }
            if roll < 0.5, sentences.count >= 2 {
                let cut = random.int(in: 1...(sentences.count - 1))
                result.append(sentences[..<cut].joined())
                result.append(sentences[cut...].joined())
            } else {
                result.append(paragraphs[index])
            }
            index += 1
        }
        return result
    }
}

/// A tiny seeded generator, so corpora are the same on every machine.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func double() -> Double { Double(next() >> 11) / Double(1 << 53) }
    mutating func int(in range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
}
