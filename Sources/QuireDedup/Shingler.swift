/// How Latin-script (non-CJK) text is cut into shingles.
public enum LatinShingleUnit: String, Sendable, Hashable, CaseIterable, Codable {
    /// Character n-grams over the folded letters (spaces removed): robust to OCR that splits
    /// or joins words and to single wrong letters, which cost only n shingles each.
    case characters
    /// Word n-grams: fewer, more distinctive shingles, but one OCR error spoils n of them
    /// and a split word changes the word sequence.
    case words
}

/// Cuts folded text into shingles and hashes them to 64 bits.
///
/// A CJK text is cut into character n-grams (there are no word boundaries to rely on); a
/// Latin text by the configured unit. Text shorter than one shingle becomes one shingle of
/// what there is, so that short headings still have an identity.
struct Shingler: Sendable, Hashable {
    var cjkSize: Int
    var latinUnit: LatinShingleUnit
    var latinSize: Int

    /// Sorted, distinct shingle hashes of `text`.
    func shingles(of text: FoldedText) -> [UInt64] {
        var hashes = orderedShingles(of: text)
        RadixSort.sort(&hashes)
        return sortedDistinct(hashes)
    }

    /// Shingle hashes of `text` in text order, repeats included.
    func orderedShingles(of text: FoldedText) -> [UInt64] {
        if text.isMostlyCJK || latinUnit == .characters {
            return Self.characterShingles(text.scalars, size: text.isMostlyCJK ? cjkSize : latinSize)
        }
        return Self.wordShingles(text.scalars, size: latinSize)
    }

    /// Character n-grams, ignoring word-boundary marks, by a polynomial rolling hash that is
    /// then mixed: one multiply-add per character whatever n is.
    static func characterShingles(_ scalars: [UInt32], size: Int) -> [UInt64] {
        [UInt64](unsafeUninitializedCapacity: max(1, scalars.count)) { hashes, written in
            written = scalars.withUnsafeBufferPointer { characterShingles($0, size: size, into: hashes) }
        }
    }

    /// `characterShingles(_:size:)` into `hashes`, which holds at least `max(1, scalars.count)`
    /// values: how many it wrote.
    static func characterShingles(_ scalars: UnsafeBufferPointer<UInt32>, size: Int, into hashes: UnsafeMutableBufferPointer<UInt64>) -> Int {
        let size = max(1, size)
        let base: UInt64 = 0x100_0000_01B3  // odd, larger than any scalar value
        var power: UInt64 = 1  // base^(size-1)
        for _ in 1..<size { power &*= base }
        let finish = UInt64(size)
        // At most one hash per scalar, written in place: appending checked the array's
        // uniqueness and capacity for every shingle.
        precondition(hashes.count >= max(1, scalars.count), "a buffer too small for the shingles")
        var produced = 0
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: size) { window in
            window.initialize(repeating: 0)
            var rolling: UInt64 = 0
            var count = 0
            var slot = 0  // count % size, without a division per character
            for scalar in scalars where scalar != TextFolding.boundary {
                let value = UInt64(scalar)
                if count >= size {
                    rolling &-= window[slot] &* power
                }
                rolling = rolling &* base &+ value
                window[slot] = value
                count += 1
                slot = slot + 1 == size ? 0 : slot + 1
                if count >= size {
                    hashes[produced] = Hashing.mix(rolling ^ finish)
                    produced += 1
                }
            }
            if count > 0 && count < size {
                hashes[produced] = Hashing.mix(rolling ^ finish)
                produced += 1
            }
        }
        return produced
    }

    /// Word n-grams: each word hashed, then n consecutive word hashes combined.
    static func wordShingles(_ scalars: [UInt32], size: Int) -> [UInt64] {
        var words: [UInt64] = []
        var current: UInt64 = 0
        var inWord = false
        for scalar in scalars {
            if scalar == TextFolding.boundary {
                if inWord { words.append(current) }
                current = 0
                inWord = false
            } else {
                current = current &* 0x100_0000_01B3 &+ UInt64(scalar)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        let size = max(1, size)
        guard words.count >= size else {
            guard !words.isEmpty else { return [] }
            return [Hashing.mix(words.reduce(0xCBF2_9CE4_8422_2325, Hashing.combine))]
        }
        var hashes: [UInt64] = []
        hashes.reserveCapacity(words.count - size + 1)
        for start in 0...(words.count - size) {
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for index in start..<(start + size) { hash = Hashing.combine(hash, words[index]) }
            hashes.append(hash)
        }
        return hashes
    }
}

/// Removes adjacent repeats from a sorted array: the distinct elements, in order.
func sortedDistinct<T: Equatable>(_ sorted: [T]) -> [T] {
    guard sorted.count > 1 else { return sorted }
    var result = sorted
    var write = 1
    for read in 1..<result.count where result[read] != result[write - 1] {
        result[write] = result[read]
        write += 1
    }
    result.removeLast(result.count - write)
    return result
}
