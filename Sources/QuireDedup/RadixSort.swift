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
        var scratch = [UInt64](repeating: 0, count: words.count)
        words.withUnsafeMutableBufferPointer { source in
            scratch.withUnsafeMutableBufferPointer { target in
                var from = source
                var to = target
                withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { counts in
                    for shift in stride(from: UInt64(32), to: 64, by: 8) {
                        counts.initialize(repeating: 0)
                        for word in from { counts[Int(truncatingIfNeeded: (word >> shift) & 0xFF)] += 1 }
                        var total = 0
                        for digit in 0..<256 {
                            let count = counts[digit]
                            counts[digit] = total
                            total += count
                        }
                        for word in from {
                            let digit = Int(truncatingIfNeeded: (word >> shift) & 0xFF)
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
