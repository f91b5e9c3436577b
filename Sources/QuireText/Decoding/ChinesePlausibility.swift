/// Scores how much a decoded text looks like real Chinese, to choose between GB18030 and Big5.
///
/// Both encodings use overlapping byte ranges, and GB18030 decodes nearly any byte sequence,
/// so "the decoder that succeeds" is not enough. Real text is dominated by frequent characters;
/// a wrong decoder turns it into rare ones, private-use code points and stray symbols. The
/// frequent set is the union of GB2312's level-1 hanzi (the 3,755 most common simplified
/// characters) and Big5's frequent block (5,401 traditional characters), read from the system's
/// own converters once per process, plus the everyday CJK punctuation.
enum ChinesePlausibility {
    static let frequentScalars: Set<UInt32> = {
        var set = Set<UInt32>()
        for scalar in "，。、；：？！“”‘’（）《》〈〉「」『』【】—…·．％　".unicodeScalars {
            set.insert(scalar.value)
        }
        // GB2312 level 1: rows 16-55, lead bytes B0-D7, trail bytes A1-FE.
        add(encoding: "GB18030", leads: 0xB0...0xD7, trails: [0xA1...0xFE], to: &set)
        // Big5 frequent hanzi: A440-C67E.
        add(encoding: "BIG5", leads: 0xA4...0xC5, trails: [0x40...0x7E, 0xA1...0xFE], to: &set)
        add(encoding: "BIG5", leads: 0xC6...0xC6, trails: [0x40...0x7E], to: &set)
        return set
    }()

    private static func add(encoding: String, leads: ClosedRange<UInt8>, trails: [ClosedRange<UInt8>], to set: inout Set<UInt32>) {
        guard let converter = IconvConverter(from: encoding) else { return }
        for lead in leads {
            for range in trails {
                for trail in range {
                    guard case .success(let utf8) = converter.convert([lead, trail]) else { continue }
                    for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars
                    where (0x4E00...0x9FFF).contains(scalar.value) {
                        set.insert(scalar.value)
                    }
                }
            }
        }
    }

    /// Share (0...1) of non-ASCII characters that are frequent Chinese characters or punctuation.
    /// Looks at most at the first `limit` bytes: a verdict on a long file is made early.
    static func score(utf8 bytes: [UInt8], limit: Int = 1 << 20) -> Double {
        let frequent = frequentScalars
        var nonASCII = 0
        var hits = 0
        for scalar in String(decoding: bytes.prefix(limit), as: UTF8.self).unicodeScalars where !scalar.isASCII {
            nonASCII += 1
            if frequent.contains(scalar.value) { hits += 1 }
        }
        return nonASCII == 0 ? 0 : Double(hits) / Double(nonASCII)
    }
}
