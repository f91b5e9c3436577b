/// The new document's shingle values, block after block, built once per lookup.
///
/// Sorting them by value counts, once per lookup, how many of the document's blocks hold each value
/// (`newHolders`) and lists its boilerplate (`boilerplateValues`); each candidate document is
/// then asked only about the values of the blocks alignment reads (`CandidateTables`).
struct AlignmentQuery: Sendable {
    let blocks: [BlockFingerprint]
    /// Where each block's values start in `values`; the last element is the total.
    let starts: [Int]
    /// Every block's stored values, block after block, each block's ascending.
    let values: [UInt32]
    /// A value in more blocks than this is boilerplate in the new document.
    let boilerplateCap: Int
    /// Up to this many blocks, the values are sorted by merging the blocks' runs.
    static let mergedBlocks = 32

    /// The query of `blocks`, whose values `values` holds sorted already (as
    /// `Fingerprinter.fingerprintsAndValues(of:)` makes them together).
    init(_ blocks: [BlockFingerprint], values: DocumentValues, boilerplateShare: Double) {
        precondition(values.starts.count == blocks.count + 1, "values of other blocks")
        self.init(blocks, starts: values.starts, values: values.values, sorted: values.sortedEntries, boilerplateShare: boilerplateShare)
    }

    init(_ blocks: [BlockFingerprint], boilerplateShare: Double) {
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
        // Each block's values are sorted and distinct: merged block by block, a round per
        // doubling of the runs. A page of a hundred blocks or more took eight rounds and
        // more, where the radix sort (stable by value, so the same order: positions ascend
        // within a value) reads each word a fixed few times.
        if blocks.count > AlignmentQuery.mergedBlocks {
            RadixSort.sortByHighHalf(&sorted)
        } else {
            RunMerge.sort(&sorted, runBounds: starts)
        }
        self.init(blocks, starts: starts, values: values, sorted: sorted, boilerplateShare: boilerplateShare)
    }

    /// The query of `blocks`, whose values are `values` (block `i`'s from `starts[i]`), and
    /// `sorted` their `value << 32 | index` words, ascending.
    private init(_ blocks: [BlockFingerprint], starts: [Int], values: [UInt32], sorted: [UInt64], boilerplateShare: Double) {
        self.blocks = blocks
        let cap = Self.cap(blockCount: blocks.count, share: boilerplateShare)
        // One pass over the runs of equal values (`value << 32 | index`, ascending): each
        // entry's holder count, and the values held by more blocks than the cap.
        // Every entry is written (each value is in one run).
        var holders = uninitializedArray(of: Int32.self, count: values.count)
        var boilerplateValues: [UInt32] = []
        // Raw buffers and wrapping counts (a run is at most `values.count` long, checked
        // above): the checked subscripts and arithmetic were two thirds of this pass, some
        // 35 instructions a value.
        sorted.withUnsafeBufferPointer { sorted in
            holders.withUnsafeMutableBufferPointer { holders in
                let count = sorted.count
                var start = 0
                while start < count {
                    let value = sorted[start] >> 32
                    var end = start &+ 1
                    while end < count && sorted[end] >> 32 == value { end &+= 1 }
                    let held = Int32(truncatingIfNeeded: end &- start)
                    if held == 1 {
                        // Most values are in one block: no loop set up for them.
                        holders[Int(truncatingIfNeeded: sorted[start] & 0xFFFF_FFFF)] = 1
                    } else {
                        for entry in start..<end { holders[Int(truncatingIfNeeded: sorted[entry] & 0xFFFF_FFFF)] = held }
                    }
                    if end &- start > cap { boilerplateValues.append(UInt32(truncatingIfNeeded: value)) }
                    start = end
                }
            }
        }
        self.starts = starts
        self.values = values
        self.sortedEntries = sorted
        self.newHolders = holders
        self.boilerplateCap = cap
        self.boilerplateValues = boilerplateValues
    }

    /// The values in more than `boilerplateCap` blocks, once each.
    let boilerplateValues: [UInt32]

    /// `value << 32 | flat index` of every value, ascending: by value, then block. Kept for
    /// `PreparedDocument(recorded:query:fingerprinter:boilerplateShare:)`, which prepares
    /// the document for later lookups without sorting its values again.
    let sortedEntries: [UInt64]

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
        // `&>>`: the shift is below 32 (`filterShift`), and the checked `>>` tested that for
        // every value (two of the fourteen instructions of `plausibleBlocks`'s loop).
        let bit = Int(truncatingIfNeeded: value &>> shift)
        return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The filter's size for `valueCount` values, a power of two.
    static func filterBits(valueCount: Int) -> Int {
        var bits = minimumFilterBits
        while bits < maximumFilterBits && bits < valueCount * 32 { bits *= 2 }
        return bits
    }

    /// Per block: how many of its values are in at most `sizeCap` blocks (are not boilerplate
    /// of this document), for `CandidateTables`, which would otherwise count them per candidate.
    let sizes: [Int]
    let sizeCap: Int

    /// Per block: how many of its values are in at most `cap` of the blocks.
    static func sizes(of entries: [UInt64], blockCount: Int, cap: Int) -> [Int] {
        var sizes = [Int](repeating: 0, count: blockCount)
        // Raw buffers and wrapping counts, as in `AlignmentQuery.init`: the entries' low
        // halves are block indices below `blockCount`, and no count passes the entries'.
        entries.withUnsafeBufferPointer { entries in
            sizes.withUnsafeMutableBufferPointer { sizes in
                let count = entries.count
                var start = 0
                while start < count {
                    let value = entries[start] >> 32
                    var end = start &+ 1
                    while end < count && entries[end] >> 32 == value { end &+= 1 }
                    if end &- start <= cap {
                        for entry in start..<end {
                            let block = Int(truncatingIfNeeded: entries[entry] & 0xFFFF_FFFF)
                            precondition(block < sizes.count, "an entry of no block")
                            sizes[block] &+= 1
                        }
                    }
                    start = end
                }
            }
        }
        return sizes
    }

    init(_ blocks: [StoredBlock], boilerplateShare: Double = DedupConfiguration().boilerplateShare) {
        var entries: [UInt64] = []
        entries.reserveCapacity(blocks.reduce(0) { $0 + $1.values.count })
        for (j, block) in blocks.enumerated() {
            for value in block.values { entries.append(UInt64(value) << 32 | UInt64(j)) }
        }
        RadixSort.sortByHighHalf(&entries)
        self.init(blocks, sortedEntries: entries, boilerplateShare: boilerplateShare)
    }

    /// `blocks` whose `value << 32 | block index` words, ascending, are `entries`.
    private init(_ blocks: [StoredBlock], sortedEntries entries: [UInt64], boilerplateShare: Double) {
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
        self.sizeCap = AlignmentQuery.cap(blockCount: blocks.count, share: boilerplateShare)
        self.sizes = Self.sizes(of: entries, blockCount: blocks.count, cap: sizeCap)
    }
}

extension PreparedDocument {
    /// A document just recorded, prepared from the query its lookup made: its stored blocks
    /// (`recorded`, one per fingerprint of `query`, in order) and, instead of a second radix
    /// sort, the query's value-sorted words, mapped to blocks and thinned by the sample rule
    /// for the blocks stored sampled. The same document `init(_:boilerplateShare:)` makes from
    /// the rows read back: entries ordered by value, then block (a value is once per block,
    /// and flat indices ascend with blocks). `quire clean` of a folder of pages read and
    /// sorted a page's rows again for each page that was a later page's candidate, a
    /// twentieth of the index's work.
    init(recorded blocks: [StoredBlock], query: AlignmentQuery, fingerprinter: Fingerprinter, boilerplateShare: Double) {
        precondition(blocks.count == query.blocks.count, "a recorded block per fingerprint")
        // Per flat value: its block, with the top bit set when the block is stored whole
        // (its values are all kept, whatever the sample rule says).
        let whole: UInt32 = 1 << 31
        var blockOfFlat = uninitializedArray(of: UInt32.self, count: query.values.count)
        blockOfFlat.withUnsafeMutableBufferPointer { blockOfFlat in
            for j in blocks.indices {
                let tag = UInt32(truncatingIfNeeded: j) | (blocks[j].sampled ? 0 : whole)
                for flat in query.range(of: j) { blockOfFlat[flat] = tag }
            }
        }
        let sample = fingerprinter.sample
        let entries = [UInt64](unsafeUninitializedCapacity: query.sortedEntries.count) { entries, written in
            var count = 0
            blockOfFlat.withUnsafeBufferPointer { blockOfFlat in
                query.sortedEntries.withUnsafeBufferPointer { words in
                    // Branch-free: every word is written, and kept by advancing past it.
                    for word in words {
                        let tag = blockOfFlat[Int(truncatingIfNeeded: word & 0xFFFF_FFFF)]
                        let value = UInt32(truncatingIfNeeded: word >> 32)
                        entries[count] = word & 0xFFFF_FFFF_0000_0000 | UInt64(tag & ~whole)
                        // `fingerprinter.inSample`, written out.
                        count &+= (tag & whole != 0 || sample.keeps(value)) ? 1 : 0
                    }
                }
            }
            written = count
        }
        self.init(blocks, sortedEntries: entries, boilerplateShare: boilerplateShare)
    }
}

/// What the new document shares with one earlier document, value by value, found block by
/// block as alignment asks for them.
///
/// A shingle in more than `boilerplateShare` (and more than four) of either document's blocks
/// is boilerplate for this comparison (`各代表团团长注意到…`) and ignored; the others weigh the
/// less the more blocks of the two documents share them: 1 for a shingle one block of each
/// holds, 1/n when n+1 blocks hold it.
///
/// One merge of the two whole value lists per candidate cost new + old values, and both grow
/// with the page: a page of 120 KB spent more in it than in all else the index does. Alignment
/// reads the values of a few blocks only (those `couldAlign`'s bound leaves in and their
/// neighbours): each is looked up in the earlier document's sorted entries when its block is
/// first read (`prepare`), and the earlier blocks' sizes come from `PreparedDocument`, less
/// the values the new document makes boilerplate.
struct CandidateTables: Sendable {
    /// The earlier document's `entries`.
    let old: [UInt64]
    /// The earlier document's value filter (`PreparedDocument.filter`, `filterShift`).
    private let filter: [UInt64]
    private let filterShift: UInt32
    /// Per flat value of the query, once its block is prepared: where its holders start in
    /// `old`, and how many there are.
    private(set) var holderStart: [Int32]
    private(set) var holderCount: [Int32]
    /// Per flat value of the query, once its block is prepared: its weight, 0 for boilerplate.
    private(set) var weight: [Double]
    private(set) var isBoilerplate: [Bool]
    /// Per earlier block: how many of its values are not boilerplate.
    let oldSize: [Int]
    private var prepared: [Bool]
    private let oldCap: Int
    private let newCap: Int

    init(query: AlignmentQuery, old document: PreparedDocument, boilerplateShare: Double) {
        let oldCap = AlignmentQuery.cap(blockCount: document.blocks.count, share: boilerplateShare)
        let flatCount = query.values.count
        // Written for a block's values by `prepare`, before any is read.
        holderStart = uninitializedArray(of: Int32.self, count: flatCount)
        holderCount = uninitializedArray(of: Int32.self, count: flatCount)
        weight = uninitializedArray(of: Double.self, count: flatCount)
        isBoilerplate = uninitializedArray(of: Bool.self, count: flatCount)
        prepared = [Bool](repeating: false, count: query.blocks.count)
        self.oldCap = oldCap
        self.newCap = query.boilerplateCap
        self.old = document.entries
        self.filter = document.filter
        self.filterShift = document.filterShift
        // A value of the earlier document counts towards its block's size unless it is
        // boilerplate there, or in the new document (in more than `newCap` of its blocks).
        var oldSize = document.sizeCap == oldCap ? document.sizes : PreparedDocument.sizes(of: document.entries, blockCount: document.blocks.count, cap: oldCap)
        document.entries.withUnsafeBufferPointer { old in
            for value in query.boilerplateValues {
                let run = Self.run(of: value, in: old)
                guard run.count <= oldCap else { continue }
                for entry in run { oldSize[Int(truncatingIfNeeded: old[entry] & 0xFFFF_FFFF)] -= 1 }
            }
        }
        self.oldSize = oldSize
    }

    /// The entries of `old` holding `value`: a binary search for the first, then a scan.
    @inline(__always)
    static func run(of value: UInt32, in old: UnsafeBufferPointer<UInt64>) -> Range<Int> {
        let key = UInt64(value) << 32
        var low = 0
        var high = old.count
        while low < high {
            let middle = (low + high) >> 1
            if old[middle] < key { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < old.count && old[end] >> 32 == UInt64(value) { end += 1 }
        return low..<end
    }

    /// Looks up block `i`'s values in the earlier document, once.
    mutating func prepare(_ i: Int, query: AlignmentQuery) {
        guard !prepared[i] else { return }
        prepared[i] = true
        let oldCap = oldCap
        let newCap = newCap
        let flat = query.range(of: i)
        let shift = filterShift
        // Raw buffers: a nested function capturing the arrays would box them and check
        // exclusive access on every element.
        filter.withUnsafeBufferPointer { filter in
        holderStart.withUnsafeMutableBufferPointer { holderStart in
        holderCount.withUnsafeMutableBufferPointer { holderCount in
        weight.withUnsafeMutableBufferPointer { weight in
        isBoilerplate.withUnsafeMutableBufferPointer { isBoilerplate in
        old.withUnsafeBufferPointer { old in
        query.values.withUnsafeBufferPointer { values in
        query.newHolders.withUnsafeBufferPointer { newHolders in
            for f in flat {
                // A value the filter rules out is not in the earlier document (the filter
                // has every value's bit set): no search. The blocks aligned are mostly
                // ones that share little, whose values are mostly absent; a dozen
                // mispredicted halvings each were a fifteenth of `quire clean`'s cycles.
                let value = values[f]
                let run = PreparedDocument.mayHold(value, filter: filter, shift: shift) ? Self.run(of: value, in: old) : 0..<0
                let inNew = Int(newHolders[f])
                let inOld = run.count
                let boilerplate = inNew > newCap || inOld > oldCap
                holderStart[f] = Int32(truncatingIfNeeded: run.lowerBound)
                holderCount[f] = Int32(truncatingIfNeeded: inOld)
                weight[f] = boilerplate ? 0 : 1 / Double(max(1, inNew + inOld - 1))
                isBoilerplate[f] = boilerplate
            }
        }
        }
        }
        }
        }
        }
        }
        }
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
