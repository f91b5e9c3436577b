import Foundation
import PropertyBased
import Testing

@testable import QuireDedup

/// The in-memory band index behaves as the SQL table it replaces: a set of (key, block) pairs
/// whose buckets stop growing at a bound, keeping their first blocks.
struct BandTableTests {
    /// Up to 3,000 pairs: enough to grow the table (1,024 slots at first) twice or more,
    /// over few enough keys that buckets fill.
    static let pairs = zip(Gen.int(in: 0...1500), Gen.int(in: 1...300)).array(of: 0...3000)

    @Test func behavesAsABoundedMultimap() async {
        await propertyCheck(count: 100, input: Self.pairs, Gen.int(in: 1...6)) { pairs, bound in
            var table = BandTable()
            var model: [Int64: [Int64]] = [:]
            for (key, block) in pairs {
                let key = Int64(key)
                let block = Int64(block)
                let bucket = model[key, default: []]
                let admitted = !bucket.contains(block) && bucket.count < bound
                if admitted { model[key, default: []].append(block) }
                #expect(table.hasRoom(for: key, maximumBucket: bound) == (bucket.count < bound))
                #expect(table.insert(key: key, block: block, maximumBucket: bound) == admitted)
            }
            #expect(table.count == model.values.reduce(0) { $0 + $1.count })
            for key in Int64(0)...1500 {
                var found: [Int64] = []
                table.forEachBlock(of: key) { found.append($0) }
                #expect(found.sorted() == (model[key] ?? []).sorted())
            }
        }
    }

    /// Probing every key, repeats included, and then counting each key once at its first
    /// position (`IndexStore.countEachKeyOnce`) gives the matches of probing each distinct
    /// key once, at its first position, sorted by block and position.
    @Test func repeatedKeysCountOnceAtTheirFirstPosition() async {
        await propertyCheck(count: 100, input: Self.pairs, Gen.int(in: 0...400).array(of: 0...300)) { pairs, probes in
            var table = BandTable()
            for (key, block) in pairs { _ = table.insert(key: Int64(key), block: Int64(block), maximumBucket: 4) }
            // Few distinct keys among many probes: repeats at scattered positions.
            let keys = probes.map(Int64.init)
            var expected: [UInt64] = []
            let positions = IndexStore.distinctPositions(keys)
            table.forEachBlock(ofKeys: positions.map { keys[$0] }) { index, block in
                expected.append(UInt64(block) << 32 | UInt64(positions[index]))
            }
            RadixSort.sortByHighHalf(&expected)
            var matches: [UInt64] = []
            table.forEachBlock(ofKeys: keys) { position, block in matches.append(UInt64(block) << 32 | UInt64(position)) }
            IndexStore.countEachKeyOnce(&matches, keys: keys)
            #expect(matches == expected)
        }
    }

    /// Looking many keys up at once finds what looking each up alone finds, key by key.
    @Test func batchedLookupsMatchSingleOnes() async {
        await propertyCheck(count: 100, input: Self.pairs, Gen.int(in: 0...1600).array(of: 0...100)) { pairs, probes in
            var table = BandTable()
            for (key, block) in pairs { _ = table.insert(key: Int64(key), block: Int64(block), maximumBucket: 4) }
            let keys = probes.map(Int64.init)
            var batched: [[Int64]] = Array(repeating: [], count: keys.count)
            table.forEachBlock(ofKeys: keys) { index, block in batched[index].append(block) }
            for (index, key) in keys.enumerated() {
                var single: [Int64] = []
                table.forEachBlock(of: key) { single.append($0) }
                #expect(batched[index] == single)
            }
        }
    }

    /// With spans of one to sixteen ids and the default 64, ranges with gaps between them (ids
    /// of re-recorded documents), removed ones, and removed ones added back in the middle.
    @Test(arguments: [0, 1, 2, 4, 6])
    func documentRangesNameTheLiveDocumentOfABlock(spanShift: Int) async {
        await propertyCheck(
            count: 200, input: Gen.int(in: 1...5).array(of: 0...30), Gen.int(in: 0...3).array(of: 30), Gen<Bool>.bool.array(of: 30)
        ) { sizes, gaps, removed in
            var ranges = DocumentRanges(spanShift: spanShift)
            var owner: [Int64: Int64] = [:]
            var next: Int64 = 1
            var all: [ClosedRange<Int64>] = []
            func check() {
                for block in Int64(0)...(next + 70) { #expect(ranges.document(holding: block) == owner[block]) }
            }
            for (document, size) in sizes.enumerated() {
                next += Int64(gaps[document % gaps.count])
                let range = next...(next + Int64(size) - 1)
                next += Int64(size)
                ranges.insert(document: Int64(document), blocks: range)
                all.append(range)
                for block in range { owner[block] = Int64(document) }
            }
            check()
            for (range, gone) in zip(all, removed) where gone {
                ranges.remove(blocks: range)
                for block in range { owner[block] = nil }
            }
            check()
            // Removed ranges back, last first (inserts before others), then new ones appended.
            for (document, (range, gone)) in zip(all, removed).enumerated().reversed() where gone && document % 2 == 0 {
                ranges.insert(document: Int64(1000 + document), blocks: range)
                for block in range { owner[block] = Int64(1000 + document) }
            }
            check()
            for document in 0..<3 {
                let range = (next + 1)...(next + 1 + Int64(document))
                next = range.upperBound + 1
                ranges.insert(document: Int64(2000 + document), blocks: range)
                for block in range { owner[block] = Int64(2000 + document) }
            }
            check()
        }
    }

    @Test func bandKeysRoundTripThroughTheirStoredForm() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...(1 << 40 - 1)).array(of: 0...30)) { keys in
            let keys = keys.map(Int64.init)
            #expect(BandKeyCoding.decode(BandKeyCoding.encode(keys)) == keys)
        }
    }
}

/// Inserting a block's keys at once admits what inserting them one by one admits, growing the
/// table alike, so that later lookups find the same blocks.
struct BandTableBatchTests {
    @Test func batchInsertMatchesSingleInserts() async {
        // Blocks of up to 60 keys over few distinct keys (full buckets, repeats in a block),
        // enough in all to grow the table from 1,024 slots twice or more.
        let blocks = Gen.int(in: 0...800).array(of: 0...60).array(of: 0...120)
        await propertyCheck(count: 60, input: blocks, Gen.int(in: 1...6)) { blocks, bound in
            var single = BandTable()
            var batched = BandTable()
            for (index, keys) in blocks.enumerated() {
                let keys = keys.map(Int64.init)
                let block = Int64(index + 1)
                let expected = keys.filter { single.insert(key: $0, block: block, maximumBucket: bound) }
                var admitted: [Int64] = []
                // A slice that does not start at 0, as a lookup's keys are sliced.
                batched.insert(keys: ([Int64(-1)] + keys)[1...], block: block, maximumBucket: bound, admitted: &admitted)
                #expect(admitted == expected)
                #expect(batched.count == single.count)
                #expect(batched.bytes == single.bytes)
            }
            for key in Int64(0)...800 {
                var found: [Int64] = []
                var expected: [Int64] = []
                batched.forEachBlock(of: key) { found.append($0) }
                single.forEachBlock(of: key) { expected.append($0) }
                #expect(found == expected)
            }
        }
    }
}

/// Small tables quadruple, larger ones double up to `doublingSlots` and grow by half past it;
/// quadrupling never takes a table past `doublingSlots`.
struct BandTableGrowthTests {
    @Test func growthSteps() {
        #expect(BandTable.grown(1024) == 4096)
        #expect(BandTable.grown(BandTable.doublingSlots / 4 - 1) < BandTable.doublingSlots)
        #expect(BandTable.grown(BandTable.doublingSlots / 4) == BandTable.doublingSlots / 2)
        #expect(BandTable.grown(BandTable.doublingSlots) == BandTable.doublingSlots + BandTable.doublingSlots / 2)
        var slots = 1024
        while slots < BandTable.doublingSlots { slots = BandTable.grown(slots) }
        #expect(slots == BandTable.doublingSlots)
    }
}

/// A table loaded from the database has room for the documents recorded after: loaded full
/// to 3/4, the first record copied every entry into a grown table.
struct LoadedBandTableTests {
    @Test(arguments: [0, 1_000, 50_000])
    func aLoadedTableTakesAThirdMoreWithoutGrowing(loaded: Int) {
        var table = BandTable(loading: loaded)
        let capacity = table.capacity
        // The load, then a third as many again (at least a page's worth).
        let total = loaded + max(loaded / 3, 700)
        for entry in 0..<total {
            _ = table.insert(key: Int64(entry) &* 0x9E37_79B9, block: Int64(entry % 1000 + 1), maximumBucket: .max)
        }
        #expect(table.count == total)
        #expect(table.capacity == capacity)
    }

    /// Loading a block's keys without a bound or a list of those added fills the table as
    /// bounded inserts with no bound do, repeats (dropped) and growths included.
    @Test func loadingInsertsAsUnboundedInserts() {
        var loaded = BandTable()
        var inserted = BandTable()
        var admitted: [Int64] = []
        for block in Int64(1)...400 {
            // Keys shared between blocks and repeated within one.
            var keys: [Int64] = (0..<30).map { (index: Int) -> Int64 in Int64((index * 7919 + Int(block) * 31) % 2_000) }
            keys.append(block % 5)
            loaded.insertAll(keys[...], block: block)
            inserted.insert(keys: keys[...], block: block, maximumBucket: .max, admitted: &admitted)
        }
        #expect(loaded.count == inserted.count)
        #expect(loaded.capacity == inserted.capacity)
        for key in Int64(0)..<2_000 {
            var a: [Int64] = []
            var b: [Int64] = []
            loaded.forEachBlock(of: key) { a.append($0) }
            inserted.forEachBlock(of: key) { b.append($0) }
            #expect(a == b)
        }
    }

    /// Keys decoded in place from a row's bytes are those `decode(_:)` reads from its `Data`.
    @Test func keysDecodedInPlaceMatchTheDataDecoding() {
        let keys: [Int64] = [0, 1, 0xFF_FFFF_FFFF, 0x12_3456_789A, 42 << 32]
        var data = BandKeyCoding.encode(keys)
        data.append(7)  // a trailing byte short of a key, ignored by both
        var decoded: [Int64] = []
        data.withUnsafeBytes { BandKeyCoding.decode($0, into: &decoded) }
        #expect(decoded == keys)
        #expect(decoded == BandKeyCoding.decode(data))
    }
}
