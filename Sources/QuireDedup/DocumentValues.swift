/// A document's stored values, made from all its shingles with one sort (`make`): each
/// block's distinct values ascending, the blocks one after the other, and the same values
/// ordered by value then block, as `AlignmentQuery` reads them.
///
/// Each block's shingles used to be sorted on their own to find its values, and the lookup's
/// `AlignmentQuery` sorted all the values of the document again: two sorts of every value of
/// a page, together a twelfth of `quire clean`'s work on pages of 30 KB (and the second was
/// made only once candidates were found). Sorted once, as `stored value << 32 | shingle
/// position` words, a document's shingles come out grouped by value, each value's by block:
/// every block's values, and the query's order, are then two passes over the sorted words.
struct DocumentValues: Sendable {
    /// Where each block's values start in `values`; the last element is the total.
    let starts: [Int]
    /// Every block's distinct stored values (the high halves of its shingle hashes),
    /// ascending, block after block.
    let values: [UInt32]
    /// `value << 32 | index into values`, ascending: by value, then block.
    let sortedEntries: [UInt64]
    /// Per block: how many distinct 64-bit shingle hashes it has.
    let shingleCounts: [Int]

    /// The values of the blocks whose shingles (64-bit hashes, any order within a block) are
    /// `shingles[shingleStarts[b]..<shingleStarts[b + 1]]`.
    static func make(shingles: UnsafeBufferPointer<UInt64>, shingleStarts: [Int]) -> DocumentValues {
        let blockCount = shingleStarts.count - 1
        let count = shingles.count
        precondition(count <= Int(UInt32.max), "a document of more than 2^32 shingles")
        precondition(shingleStarts.first == 0 && shingleStarts.last == count, "shingle starts that do not cover the shingles")
        // Per shingle, its block: a value's words are in position order, so its blocks' runs
        // are found by comparing neighbours' blocks. Both written in one pass.
        var blockOf = uninitializedArray(of: UInt32.self, count: count)
        var words = uninitializedArray(of: UInt64.self, count: count)
        blockOf.withUnsafeMutableBufferPointer { blockOf in
            words.withUnsafeMutableBufferPointer { words in
                for b in 0..<blockCount {
                    for k in shingleStarts[b]..<shingleStarts[b + 1] {
                        blockOf[k] = UInt32(truncatingIfNeeded: b)
                        words[k] = shingles[k] & 0xFFFF_FFFF_0000_0000 | UInt64(truncatingIfNeeded: k)
                    }
                }
            }
        }
        // Stable by value: positions, hence blocks, ascend within a value.
        RadixSort.sortByHighHalf(&words)
        // First pass: one `value << 32 | block` pair per (value, block), in value then block
        // order, counting each block's values, and its hashes beyond one a value.
        var shingleCounts = [Int](repeating: 0, count: blockCount)
        var valueCounts = [Int](repeating: 0, count: blockCount)
        var pairs = uninitializedArray(of: UInt64.self, count: count)
        var pairCount = 0
        words.withUnsafeBufferPointer { words in
        blockOf.withUnsafeBufferPointer { blockOf in
        pairs.withUnsafeMutableBufferPointer { pairs in
        shingleCounts.withUnsafeMutableBufferPointer { shingleCounts in
        valueCounts.withUnsafeMutableBufferPointer { valueCounts in
            var start = 0
            while start < count {
                let high = words[start] >> 32
                let first = Int(truncatingIfNeeded: words[start] & 0xFFFF_FFFF)
                let block = blockOf[first]
                var end = start &+ 1
                var allEqual = true
                while end < count && words[end] >> 32 == high {
                    let k = Int(truncatingIfNeeded: words[end] & 0xFFFF_FFFF)
                    guard blockOf[k] == block else { break }
                    allEqual = allEqual && shingles[k] == shingles[first]
                    end &+= 1
                }
                let b = Int(truncatingIfNeeded: block)
                // Within a run of equal high halves the hashes are almost always equal too (a
                // repeated shingle); a run that is not is sorted on its own.
                if !allEqual {
                    var run = (start..<end).map { shingles[Int(truncatingIfNeeded: words[$0] & 0xFFFF_FFFF)] }
                    run.sort()
                    for index in 1..<run.count where run[index] != run[index - 1] { shingleCounts[b] &+= 1 }
                }
                valueCounts[b] &+= 1
                pairs[pairCount] = high << 32 | UInt64(block)
                pairCount &+= 1
                start = end
            }
        }
        }
        }
        }
        }
        var starts = [0]
        starts.reserveCapacity(blockCount + 1)
        for b in 0..<blockCount {
            starts.append(starts[b] + valueCounts[b])
            shingleCounts[b] += valueCounts[b]
        }
        // Second pass: each pair's place among its block's values, which it reaches in value
        // order: ascending within the block.
        var next = starts
        var values = uninitializedArray(of: UInt32.self, count: pairCount)
        var sortedEntries = uninitializedArray(of: UInt64.self, count: pairCount)
        pairs.withUnsafeBufferPointer { pairs in
        next.withUnsafeMutableBufferPointer { next in
        values.withUnsafeMutableBufferPointer { values in
        sortedEntries.withUnsafeMutableBufferPointer { sortedEntries in
            for index in 0..<pairCount {
                let pair = pairs[index]
                let b = Int(truncatingIfNeeded: pair & 0xFFFF_FFFF)
                let flat = next[b]
                next[b] = flat &+ 1
                values[flat] = UInt32(truncatingIfNeeded: pair >> 32)
                sortedEntries[index] = pair & 0xFFFF_FFFF_0000_0000 | UInt64(truncatingIfNeeded: flat)
            }
        }
        }
        }
        }
        return DocumentValues(starts: starts, values: values, sortedEntries: sortedEntries, shingleCounts: shingleCounts)
    }

    /// Block `b`'s values.
    func values(of b: Int) -> [UInt32] {
        Array(values[starts[b]..<starts[b + 1]])
    }
}
