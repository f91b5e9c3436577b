/// Sorting of the 64-bit words the index works on, by their high 32 bits first.
///
/// Shingle hashes and `value << 32 | position` words are sorted several times per block and
/// per candidate document; a comparison sort of random keys mispredicts about every other
/// branch, and was a tenth of a lookup. A least-significant-digit radix sort on the high 32
/// bits (four byte-wide passes, stable) has no data-dependent branch.
enum RadixSort {
    /// Below this many elements an insertion sort is cheaper than four counting passes.
    static let insertionLimit = 48

    /// Sorts by the high 32 bits only, keeping the order of words whose high halves are
    /// equal: words appended as `value << 32 | position` in position order come out ordered
    /// by value, then position, that is fully sorted.
    static func sortByHighHalf(_ words: inout [UInt64]) {
        guard words.count > insertionLimit else {
            insertionSort(&words) { $0 >> 32 }
            return
        }
        if words.count <= topByteLimit {
            sortByTopByteThenInsertion(&words)
            return
        }
        var scratch = [UInt64](repeating: 0, count: words.count)
        words.withUnsafeMutableBufferPointer { source in
            scratch.withUnsafeMutableBufferPointer { target in
                var from = source
                var to = target
                // The four histograms in one pass over the words.
                withUnsafeTemporaryAllocation(of: Int.self, capacity: 4 * 256) { counts in
                    counts.initialize(repeating: 0)
                    for word in from {
                        for pass in 0..<4 {
                            counts[pass << 8 | Int(truncatingIfNeeded: (word >> (32 + 8 * UInt64(pass))) & 0xFF)] += 1
                        }
                    }
                    for pass in 0..<4 {
                        let shift = 32 + 8 * UInt64(pass)
                        let base = pass << 8
                        var total = 0
                        for digit in base..<(base + 256) {
                            let count = counts[digit]
                            counts[digit] = total
                            total += count
                        }
                        for word in from {
                            let digit = base | Int(truncatingIfNeeded: (word >> shift) & 0xFF)
                            to[counts[digit]] = word
                            counts[digit] += 1
                        }
                        swap(&from, &to)
                    }
                }
                // Four passes: the result is back in `source`.
            }
        }
    }

    /// Up to this many words, one counting pass on the top byte and an insertion pass cost
    /// less than four counting passes: the paragraph-sized lists are a few hundred words,
    /// about one per top byte, and four passes of 256 counters each were most of the work.
    static let topByteLimit = 512

    /// Stable: a counting sort on the top byte (stable), then an insertion pass on the high
    /// halves that moves a word only past strictly greater ones.
    private static func sortByTopByteThenInsertion(_ words: inout [UInt64]) {
        let count = words.count
        words.withUnsafeMutableBufferPointer { words in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { scratch in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { counts in
                    counts.initialize(repeating: 0)
                    for word in words { counts[Int(truncatingIfNeeded: word >> 56)] += 1 }
                    var total = 0
                    for digit in 0..<256 {
                        let digitCount = counts[digit]
                        counts[digit] = total
                        total += digitCount
                    }
                    for word in words {
                        let digit = Int(truncatingIfNeeded: word >> 56)
                        scratch[counts[digit]] = word
                        counts[digit] += 1
                    }
                }
                for index in 0..<count {
                    let word = scratch[index]
                    let key = word >> 32
                    var hole = index
                    while hole > 0 && words[hole - 1] >> 32 > key {
                        words[hole] = words[hole - 1]
                        hole -= 1
                    }
                    words[hole] = word
                }
            }
        }
    }

    /// Sorts fully: by the high halves, then an insertion pass orders the rare runs of equal
    /// high halves by their low halves (nearly sorted input: linear).
    static func sort(_ words: inout [UInt64]) {
        sortByHighHalf(&words)
        insertionSort(&words) { $0 }
    }

    private static func insertionSort(_ words: inout [UInt64], by key: (UInt64) -> UInt64) {
        words.withUnsafeMutableBufferPointer { words in
            guard words.count > 1 else { return }
            for index in 1..<words.count {
                let word = words[index]
                let wordKey = key(word)
                var hole = index
                while hole > 0 && key(words[hole - 1]) > wordKey {
                    words[hole] = words[hole - 1]
                    hole -= 1
                }
                words[hole] = word
            }
        }
    }
}
