/// Sorting of the 64-bit words the index works on, by their high 32 bits first.
///
/// Shingle hashes and `value << 32 | position` words are sorted several times per block and
/// per candidate document; a comparison sort of random keys mispredicts about every other
/// branch, and was a tenth of a lookup. A counting pass on the top bits followed by an
/// insertion pass (see `sortByTopBitsThenInsertion`), or for very long lists a
/// least-significant-digit radix sort on the high 32 bits (four byte-wide passes), is
/// stable and mostly free of data-dependent branches.
enum RadixSort {
    /// Below this many elements an insertion sort is cheaper than four counting passes.
    static let insertionLimit = 48

    /// Sorts by the high 32 bits only, keeping the order of words whose high halves are
    /// equal: words appended as `value << 32 | position` in position order come out ordered
    /// by value, then position, that is fully sorted.
    static func sortByHighHalf(_ words: inout [UInt64]) {
        words.withUnsafeMutableBufferPointer { sortByHighHalf($0) }
    }

    /// `sortByHighHalf(_:)` of words in memory the caller holds.
    static func sortByHighHalf(_ words: UnsafeMutableBufferPointer<UInt64>) {
        if words.count <= insertionLimit {
            insertionSort(words) { $0 >> 32 }
        } else if words.count <= topBitsLimit {
            sortByTopBitsThenInsertion(words)
        } else {
            sortByFourPasses(words)
        }
    }

    /// The least-significant-digit radix sort: four byte-wide counting passes, stable.
    private static func sortByFourPasses(_ source: UnsafeMutableBufferPointer<UInt64>) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: source.count) { target in
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

    /// Up to this many words, one counting pass on the top bits and an insertion pass cost
    /// less than four counting passes: with about as many buckets as words, a bucket holds
    /// one word or two, and the insertion pass moves few. Paragraph-sized lists are a few
    /// hundred words, a document's values a few thousand; four passes of 256 counters each,
    /// every word read eight times, were most of the work.
    static let topBitsLimit = 1 << 16

    /// How many top bits the counting pass uses for `count` words: about one bucket a word,
    /// at least 64 buckets.
    static func topBits(for count: Int) -> Int {
        max(6, min(16, Int.bitWidth - (count - 1).leadingZeroBitCount))
    }

    /// Stable: a counting sort on the top bits (stable), then an insertion pass on the high
    /// halves that moves a word only past strictly greater ones. Hashes spread evenly over
    /// the buckets; words that do not (many high halves sharing their top bits) would make
    /// the insertion pass quadratic, so past a budget of moves the rest is left to the four
    /// passes (still stable: no pass so far reordered equal high halves).
    private static func sortByTopBitsThenInsertion(_ words: UnsafeMutableBufferPointer<UInt64>) {
        let count = words.count
        let shift = UInt64(64 - topBits(for: count))
        let buckets = 1 << (64 - Int(shift))
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { scratch in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: buckets) { counts in
                counts.initialize(repeating: 0)
                // Unchecked shifts and counts: `shift` is below 64 and no count passes the
                // word count (an Int32, as `topBitsLimit` is); the checks were a third of
                // these loops' instructions.
                for word in words { counts[Int(truncatingIfNeeded: word &>> shift)] &+= 1 }
                var total: Int32 = 0
                for digit in 0..<buckets {
                    let digitCount = counts[digit]
                    counts[digit] = total
                    total &+= digitCount
                }
                for word in words {
                    let digit = Int(truncatingIfNeeded: word &>> shift)
                    scratch[Int(counts[digit])] = word
                    counts[digit] &+= 1
                }
            }
            var budget = 8 * count
            for index in 0..<count {
                let word = scratch[index]
                let key = word >> 32
                var hole = index
                while hole > 0 && words[hole - 1] >> 32 > key {
                    words[hole] = words[hole - 1]
                    hole -= 1
                }
                words[hole] = word
                budget &-= index &- hole
                if budget < 0 {
                    for rest in (index + 1)..<count { words[rest] = scratch[rest] }
                    sortByFourPasses(words)
                    return
                }
            }
        }
    }

    /// Sorts fully: by the high halves, then an insertion pass orders the rare runs of equal
    /// high halves by their low halves (nearly sorted input: linear).
    static func sort(_ words: inout [UInt64]) {
        words.withUnsafeMutableBufferPointer { sort($0) }
    }

    /// `sort(_:)` of words in memory the caller holds.
    static func sort(_ words: UnsafeMutableBufferPointer<UInt64>) {
        sortByHighHalf(words)
        insertionSort(words) { $0 }
    }

    @inline(__always)
    private static func insertionSort(_ words: UnsafeMutableBufferPointer<UInt64>, by key: (UInt64) -> UInt64) {
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
