/// The new document's shingle values as one flat list sorted by value, built once per lookup.
///
/// Every candidate document is then compared with it by one merge of two sorted arrays
/// (`CandidateTables`), where the aligner used to hash every value of both documents into
/// dictionaries once per candidate: with sixteen candidates that hashing was most of a
/// lookup's cost, and it allocated for every value.
struct AlignmentQuery: Sendable {
    let blocks: [BlockFingerprint]
    /// Where each block's values start in `values`; the last element is the total.
    let starts: [Int]
    /// Every block's stored values, block after block, each block's ascending.
    let values: [UInt32]
    /// `value << 32 | index into values`, ascending: equal values of different blocks together.
    let sorted: [UInt64]
    /// A value in more blocks than this is boilerplate in the new document.
    let boilerplateCap: Int

    init(_ blocks: [BlockFingerprint], boilerplateShare: Double) {
        self.blocks = blocks
        var starts = [0]
        starts.reserveCapacity(blocks.count + 1)
        var values: [UInt32] = []
        for block in blocks {
            values += block.values
            starts.append(values.count)
        }
        precondition(values.count <= Int(UInt32.max), "a document of more than 2^32 shingles")
        var sorted = [UInt64](unsafeUninitializedCapacity: values.count) { sorted, written in
            for (index, value) in values.enumerated() { sorted[index] = UInt64(value) << 32 | UInt64(index) }
            written = values.count
        }
        // Each block's values are sorted and distinct: merged block by block.
        RunMerge.sort(&sorted, runBounds: starts)
        // Every entry is written below (each value is in one run).
        var holders = uninitializedArray(of: Int32.self, count: values.count)
        var start = 0
        while start < sorted.count {
            var end = start + 1
            while end < sorted.count && sorted[end] >> 32 == sorted[start] >> 32 { end += 1 }
            for entry in start..<end { holders[Int(truncatingIfNeeded: sorted[entry] & 0xFFFF_FFFF)] = Int32(end - start) }
            start = end
        }
        self.starts = starts
        self.values = values
        self.sorted = sorted
        self.newHolders = holders
        self.boilerplateCap = Self.cap(blockCount: blocks.count, share: boilerplateShare)
    }

    /// Per flat value: how many blocks of the new document hold it.
    let newHolders: [Int32]

    /// More than `share` of a document's blocks, and more than four.
    static func cap(blockCount: Int, share: Double) -> Int {
        max(4, Int(share * Double(blockCount)))
    }

    /// The flat indices of block `i`'s values.
    @inline(__always)
    func range(of i: Int) -> Range<Int> { starts[i]..<starts[i + 1] }
}

/// An earlier document's blocks as alignment reads them: the blocks, and all their values in
/// one value-sorted list. Built once per document and kept in `PreparedDocumentCache`: the
/// same few hundred documents (those whose formula paragraphs share band keys with many
/// others) are candidates of most lookups.
struct PreparedDocument: Sendable {
    let blocks: [StoredBlock]
    /// `value << 32 | block index`, ascending: each value's holders are consecutive and in
    /// block order.
    let entries: [UInt64]
    let sampled: [Bool]
    /// One bit per value, by its top bits: a value whose bit is clear is not in the document
    /// (`SectionAligner.couldAlign` rules candidates out with it, before any merge). The top
    /// bits, since the sample rule keeps values by their low bits (a sampled block's values
    /// all end in the same bits, and filled a quarter of a filter read by its low bits); and
    /// at least 2^16 of them, 32 per value beyond that, so that one bit in twenty or fewer is
    /// set whatever the document's size: a fixed 2^16 bits were one in seven for a page of
    /// 120 KB, and the bound let most of its blocks through.
    let filter: [UInt64]
    /// `32 - log2(filter bits)`: a value's bit is `value >> filterShift`.
    let filterShift: UInt32
    static let minimumFilterBits = 1 << 16
    static let maximumFilterBits = 1 << 24
    /// Whether any block is stored sampled (else coverage is never measured on the sample).
    let anySampled: Bool

    @inline(__always)
    func mayHold(_ value: UInt32) -> Bool {
        filter.withUnsafeBufferPointer { Self.mayHold(value, filter: $0, shift: filterShift) }
    }

    @inline(__always)
    static func mayHold(_ value: UInt32, filter: UnsafeBufferPointer<UInt64>, shift: UInt32) -> Bool {
        let bit = Int(truncatingIfNeeded: value >> shift)
        return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The filter's size for `valueCount` values, a power of two.
    static func filterBits(valueCount: Int) -> Int {
        var bits = minimumFilterBits
        while bits < maximumFilterBits && bits < valueCount * 32 { bits *= 2 }
        return bits
    }

    init(_ blocks: [StoredBlock]) {
        var entries: [UInt64] = []
        entries.reserveCapacity(blocks.reduce(0) { $0 + $1.values.count })
        for (j, block) in blocks.enumerated() {
            for value in block.values { entries.append(UInt64(value) << 32 | UInt64(j)) }
        }
        RadixSort.sortByHighHalf(&entries)
        let filterBits = Self.filterBits(valueCount: entries.count)
        let filterShift = UInt32(32 - filterBits.trailingZeroBitCount)
        var filter = [UInt64](repeating: 0, count: filterBits / 64)
        for block in blocks {
            for value in block.values {
                let bit = Int(truncatingIfNeeded: value >> filterShift)
                filter[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
        self.blocks = blocks
        self.entries = entries
        self.sampled = blocks.map(\.sampled)
        self.anySampled = blocks.contains { $0.sampled }
        self.filter = filter
        self.filterShift = filterShift
    }
}

/// What the new document shares with one earlier document, value by value, from one merge
/// of the two value-sorted lists.
///
/// A shingle in more than `boilerplateShare` (and more than four) of either document's blocks
/// is boilerplate for this comparison (`各代表团团长注意到…`) and ignored; the others weigh the
/// less the more blocks of the two documents share them: 1 for a shingle one block of each
/// holds, 1/n when n+1 blocks hold it.
struct CandidateTables: Sendable {
    /// The earlier document's `entries`.
    let old: [UInt64]
    /// Per flat value of the query: where its holders start in `old`, and how many there are.
    let holderStart: [Int32]
    let holderCount: [Int32]
    /// Per flat value of the query: its weight, 0 for boilerplate.
    let weight: [Double]
    let isBoilerplate: [Bool]
    /// Per earlier block: how many of its values are not boilerplate.
    let oldSize: [Int]

    init(query: AlignmentQuery, old document: PreparedDocument, boilerplateShare: Double) {
        let oldCap = AlignmentQuery.cap(blockCount: document.blocks.count, share: boilerplateShare)
        let newCap = query.boilerplateCap
        let flatCount = query.values.count
        // Written for every flat value by the merge (every value of the query is in one run).
        var holderStart = uninitializedArray(of: Int32.self, count: flatCount)
        var holderCount = uninitializedArray(of: Int32.self, count: flatCount)
        var weight = uninitializedArray(of: Double.self, count: flatCount)
        var isBoilerplate = uninitializedArray(of: Bool.self, count: flatCount)
        var oldSize = [Int](repeating: 0, count: document.blocks.count)
        // Raw buffers throughout: a nested function capturing the arrays would box them and
        // check exclusive access on every element.
        holderStart.withUnsafeMutableBufferPointer { holderStart in
        holderCount.withUnsafeMutableBufferPointer { holderCount in
        weight.withUnsafeMutableBufferPointer { weight in
        isBoilerplate.withUnsafeMutableBufferPointer { isBoilerplate in
        oldSize.withUnsafeMutableBufferPointer { oldSize in
        document.entries.withUnsafeBufferPointer { old in
        query.sorted.withUnsafeBufferPointer { new in
            @inline(__always) func runEnd(_ list: UnsafeBufferPointer<UInt64>, from start: Int, value: UInt64) -> Int {
                var end = start + 1
                while end < list.count && list[end] >> 32 == value { end += 1 }
                return end
            }
            @inline(__always) func countOld(_ range: Range<Int>) {
                for entry in range { oldSize[Int(truncatingIfNeeded: old[entry] & 0xFFFF_FFFF)] += 1 }
            }
            var a = 0
            var b = 0
            while a < new.count {
                let value = new[a] >> 32
                let aEnd = runEnd(new, from: a, value: value)
                // Values only the earlier document holds count towards its block sizes.
                while b < old.count && old[b] >> 32 < value {
                    let end = runEnd(old, from: b, value: old[b] >> 32)
                    if end - b <= oldCap { countOld(b..<end) }
                    b = end
                }
                let bEnd = b < old.count && old[b] >> 32 == value ? runEnd(old, from: b, value: value) : b
                let inNew = aEnd - a
                let inOld = bEnd - b
                let boilerplate = inNew > newCap || inOld > oldCap
                let w = boilerplate ? 0 : 1 / Double(max(1, inNew + inOld - 1))
                for entry in a..<aEnd {
                    let flat = Int(truncatingIfNeeded: new[entry] & 0xFFFF_FFFF)
                    holderStart[flat] = Int32(truncatingIfNeeded: b)
                    holderCount[flat] = Int32(truncatingIfNeeded: inOld)
                    weight[flat] = w
                    isBoilerplate[flat] = boilerplate
                }
                if !boilerplate { countOld(b..<bEnd) }
                a = aEnd
                b = bEnd
            }
            while b < old.count {
                let end = runEnd(old, from: b, value: old[b] >> 32)
                if end - b <= oldCap { countOld(b..<end) }
                b = end
            }
        }
        }
        }
        }
        }
        }
        }
        self.old = document.entries
        self.holderStart = holderStart
        self.holderCount = holderCount
        self.weight = weight
        self.isBoilerplate = isBoilerplate
        self.oldSize = oldSize
    }

    /// The earlier blocks holding flat value `flat`, ascending.
    @inline(__always)
    func holders(of flat: Int) -> Range<Int> {
        let start = Int(holderStart[flat])
        return start..<(start + Int(holderCount[flat]))
    }

    @inline(__always)
    func holder(_ entry: Int) -> Int { Int(truncatingIfNeeded: old[entry] & 0xFFFF_FFFF) }
}

/// An array of `count` elements of a trivial type, left unwritten, for a caller that writes
/// every element before reading any: zero-filling the per-value tables of every lookup and
/// candidate was a twentieth of the work.
@inline(__always)
func uninitializedArray<T: BitwiseCopyable>(of type: T.Type, count: Int) -> [T] {
    [T](unsafeUninitializedCapacity: count) { _, written in written = count }
}
