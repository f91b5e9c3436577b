/// Sorting of a list that is already sorted piecewise, by merging the pieces.
///
/// The new document's values (`AlignmentQuery`) are its blocks' values one block after the
/// other, and each block's are sorted already: sorting the whole list afresh (a counting
/// pass and an insertion pass, some 130 instructions a value) was 5 % of a lookup. Merging
/// neighbouring runs pairwise, round after round, reads each word once a round, and a
/// document has a few dozen blocks at most: five or six rounds.
enum RunMerge {
    /// Sorts `words` ascending, given that every range `bounds[i]..<bounds[i + 1]` is sorted
    /// ascending already (`bounds` starts at 0 and ends at `words.count`). Words are compared
    /// whole; for `value << 32 | position` words with distinct positions this is the order a
    /// stable sort by value gives.
    static func sort(_ words: inout [UInt64], runBounds bounds: [Int]) {
        precondition(bounds.first == 0 && bounds.last == words.count, "run bounds that do not cover the list")
        var runs = bounds
        guard runs.count > 2 else { return }
        words.withUnsafeMutableBufferPointer { words in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: words.count) { spare in
                var from = words
                var to = spare
                while runs.count > 2 {
                    var merged = [0]
                    merged.reserveCapacity(runs.count / 2 + 2)
                    var run = 0
                    while run + 2 < runs.count {
                        merge(from, runs[run]..<runs[run + 1], runs[run + 1]..<runs[run + 2], into: to)
                        merged.append(runs[run + 2])
                        run += 2
                    }
                    if run + 1 < runs.count {
                        // An odd run out: copied as it is.
                        for index in runs[run]..<runs[run + 1] { to[index] = from[index] }
                        merged.append(runs[run + 1])
                    }
                    runs = merged
                    swap(&from, &to)
                }
                if from.baseAddress != words.baseAddress {
                    for index in 0..<words.count { words[index] = from[index] }
                }
            }
        }
    }

    /// Merges the sorted ranges `a` and `b` (neighbours) of `source` into the same places of
    /// `target`, without a branch on the comparison.
    @inline(__always)
    private static func merge(
        _ source: UnsafeMutableBufferPointer<UInt64>, _ a: Range<Int>, _ b: Range<Int>, into target: UnsafeMutableBufferPointer<UInt64>
    ) {
        var i = a.lowerBound
        var j = b.lowerBound
        var k = a.lowerBound
        while i < a.upperBound && j < b.upperBound {
            let x = source[i]
            let y = source[j]
            let takeLeft = x <= y
            target[k] = takeLeft ? x : y
            i += takeLeft ? 1 : 0
            j += takeLeft ? 0 : 1
            k += 1
        }
        while i < a.upperBound {
            target[k] = source[i]
            i += 1
            k += 1
        }
        while j < b.upperBound {
            target[k] = source[j]
            j += 1
            k += 1
        }
    }
}
