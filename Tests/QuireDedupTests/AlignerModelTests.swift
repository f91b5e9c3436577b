import QuireText
import Testing

@testable import QuireDedup

/// The merge-based aligner must decide exactly as the dictionary-based model it replaced
/// (`ReferenceAligner`): same blocks, same counterparts, same coverages, same sections, on
/// reprints with noise and resplitting, on unrelated documents that share only formulae, with
/// sampled and fully stored earlier blocks, and with blocks already claimed.
struct AlignerModelTests {
    static let fingerprinter = Fingerprinter(configuration: DedupConfiguration())

    static func stored(_ blocks: [Block]) -> [StoredBlock] {
        fingerprinter.fingerprints(of: blocks).enumerated().map { index, fingerprint in
            let stored = fingerprinter.stored(fingerprint)
            return StoredBlock(rowID: Int64(index + 1), xmlID: fingerprint.id, values: stored.values, sampled: stored.sampled)
        }
    }

    @Test(arguments: [UInt64(11), 12, 13, 14])
    func agreesWithTheModelOnEveryPairOfACorpus(seed: UInt64) throws {
        let corpus = SyntheticCorpus(seed: seed, documentCount: 24, noise: 0.02)
        var random = SplitMix64(seed: seed)
        var compared = 0
        var aligned = 0
        var ruledOut = 0
        for (number, document) in corpus.documents.enumerated() where number > 0 {
            let new = Self.fingerprinter.fingerprints(of: document.blocks)
            let fast = SectionAligner(fingerprinter: Self.fingerprinter, new: new)
            let model = ReferenceAligner(fingerprinter: Self.fingerprinter)
            // Every earlier document: its sources and strangers alike.
            for earlier in corpus.documents[..<number] {
                let old = Self.stored(earlier.blocks)
                let claimed = Set(new.indices.filter { _ in random.double() < 0.15 })
                for excluded in [Set<Int>(), claimed] {
                    let expected = model.align(new, with: old, excluding: excluded)
                    let actual = fast.align(with: old, excluding: excluded)
                    #expect(actual.blocks == expected.blocks, "\(document.name) with \(earlier.name)")
                    #expect(actual.sections == expected.sections, "\(document.name) with \(earlier.name)")
                    if !fast.couldAlign(with: PreparedDocument(old), excluding: excluded) {
                        ruledOut += 1
                        #expect(expected.blocks.isEmpty, "ruled out, yet \(document.name) aligns with \(earlier.name)")
                    }
                    compared += 1
                    aligned += expected.blocks.count
                }
            }
        }
        // The comparison must have covered real alignments, not only empty ones.
        #expect(compared > 200)
        #expect(aligned > 20)
        // The shortcut that skips hopeless candidates was taken, and never wrongly.
        #expect(ruledOut > 20)
    }

    /// Fully stored (short) earlier blocks and sampled long ones in the same document.
    @Test func agreesOnMixedStorage() throws {
        var random = SplitMix64(seed: 5)
        let texts = (0..<10).map { index in
            index % 3 == 0 ? String(SyntheticCorpus.paragraph(&random).prefix(30)) : SyntheticCorpus.paragraph(&random)
        }
        func blocks(_ texts: [String]) -> [Block] {
            texts.enumerated().map { Block(kind: .paragraph, text: $1, id: "p\($0 + 1)", sourceLines: ($0 + 1)...($0 + 1)) }
        }
        let old = Self.stored(blocks(texts))
        #expect(old.contains { $0.sampled } && old.contains { !$0.sampled })
        let reprint = SyntheticCorpus.resplit(texts[2..<8].map { SyntheticCorpus.noisy($0, rate: 0.03, &random) }, &random)
        let new = Self.fingerprinter.fingerprints(of: blocks([SyntheticCorpus.paragraph(&random)] + reprint))
        let expected = ReferenceAligner(fingerprinter: Self.fingerprinter).align(new, with: old)
        let actual = SectionAligner(fingerprinter: Self.fingerprinter, new: new).align(with: old)
        #expect(!expected.blocks.isEmpty)
        #expect(actual.blocks == expected.blocks)
        #expect(actual.sections == expected.sections)
    }
}

/// The cache of prepared documents hands back what it was given, prepares each range once
/// while it is held, and stays within its bound by dropping the least recently used.
struct PreparedDocumentCacheTests {
    static func document(values: Int, seed: UInt32) -> PreparedDocument {
        PreparedDocument([StoredBlock(rowID: 1, xmlID: "p\(seed)", values: (0..<UInt32(values)).map { $0 &* 7 &+ seed }, sampled: false)])
    }

    /// After the band memory is dropped (a write rolled back, whose block ids are given out
    /// again), nothing prepared before is served, and a caller that read the older generation
    /// caches nothing.
    @Test func forgetsEverythingWhenTheGenerationMoves() {
        let cache = PreparedDocumentCache(capacity: 1_000)
        _ = cache.document(for: 1...1, generation: 0) { Self.document(values: 10, seed: 1) }
        cache.insertIfRoom(2...2, Self.document(values: 10, seed: 2), generation: 0)
        #expect(cache.held(1...1, generation: 0) != nil && cache.held(2...2, generation: 0) != nil)
        #expect(cache.held(1...1, generation: 1) == nil)
        #expect(cache.count == 0)
        cache.insertIfRoom(3...3, Self.document(values: 10, seed: 3), generation: 0)
        var prepared = 0
        _ = cache.document(for: 4...4, generation: 0) { prepared += 1; return Self.document(values: 10, seed: 4) }
        #expect(cache.count == 0 && prepared == 1)
    }

    @Test func preparesOnceAndEvictsTheLeastRecentlyUsed() {
        let cache = PreparedDocumentCache(capacity: 250)
        var prepared = 0
        func get(_ range: ClosedRange<Int64>) -> PreparedDocument {
            cache.document(for: range, generation: 0) {
                prepared += 1
                return Self.document(values: 100, seed: UInt32(range.lowerBound))
            }
        }
        #expect(get(1...3).blocks[0].xmlID == "p1")
        #expect(get(4...6).blocks[0].xmlID == "p4")
        #expect(get(1...3).blocks[0].xmlID == "p1")
        #expect(prepared == 2)
        // A third document exceeds 250 values: 4...6, used least recently, goes.
        _ = get(7...9)
        #expect(cache.count == 2)
        _ = get(1...3)
        #expect(prepared == 3)
        _ = get(4...6)
        #expect(prepared == 4)
    }

    /// `hasRoom` says what `insertIfRoom` would do, so that nothing is prepared in vain.
    @Test func hasRoomAnswersAsInsertIfRoomActs() {
        let cache = PreparedDocumentCache(capacity: 250)
        cache.insertIfRoom(1...1, Self.document(values: 100, seed: 1), generation: 0)
        #expect(cache.hasRoom(for: 150, generation: 0))
        #expect(!cache.hasRoom(for: 151, generation: 0))
        cache.insertIfRoom(2...2, Self.document(values: 151, seed: 2), generation: 0)
        #expect(cache.held(2...2, generation: 0) == nil)
        // A newer generation empties the cache; a caller of the older one keeps nothing.
        #expect(cache.hasRoom(for: 250, generation: 1))
        #expect(!cache.hasRoom(for: 1, generation: 0))
    }

    /// The order of uses survives the pruning of stale ones (thousands of uses of two
    /// documents): the one used least recently is still the one dropped.
    @Test func evictsTheLeastRecentlyUsedAfterManyUses() {
        let cache = PreparedDocumentCache(capacity: 250)
        var prepared = 0
        func get(_ range: ClosedRange<Int64>) {
            _ = cache.document(for: range, generation: 0) {
                prepared += 1
                return Self.document(values: 100, seed: UInt32(range.lowerBound))
            }
        }
        for round in 0..<3_001 { get(round % 2 == 0 ? 1...3 : 4...6) }
        // 1...3 was used last: 4...6 goes.
        get(7...9)
        #expect(prepared == 3)
        get(1...3)
        #expect(prepared == 3)
        get(4...6)
        #expect(prepared == 4)
        for round in 0..<3_000 { get(round % 2 == 0 ? 4...6 : 1...3) }
        // Held: 4...6 and 1...3 (used last); 7...9 went when 4...6 came back.
        get(10...12)
        get(1...3)
        #expect(prepared == 5)
        get(4...6)
        #expect(prepared == 6)
    }
}

/// The cache of blocks read alone hands back what was read, reads each block once while it
/// is held, replaces a block only by one of its slot, stays within its bound of values, and
/// forgets everything when the band memory's generation moves.
struct StoredBlockCacheTests {
    static func block(_ id: Int64, values: Int) -> StoredBlock {
        StoredBlock(rowID: id, xmlID: "p\(id)", values: (0..<UInt32(values)).map { $0 &* 7 &+ UInt32(id) }, sampled: false)
    }

    @Test func readsOnceWhileHeld() {
        let cache = StoredBlockCache(slotBits: 4, valueCapacity: 1_000)
        var reads = 0
        func get(_ id: Int64) -> StoredBlock? {
            cache.block(id, generation: 0) {
                reads += 1
                return id == 99 ? nil : Self.block(id, values: 10)
            }
        }
        #expect(get(1)?.xmlID == "p1")
        #expect(get(1)?.xmlID == "p1")
        #expect(get(2)?.xmlID == "p2")
        #expect(reads == 2)
        // A block that does not exist is not held: it is asked for again.
        #expect(get(99) == nil)
        #expect(get(99) == nil)
        #expect(reads == 4)
    }

    /// Sixty-four ids in sixteen slots: each slot holds the last block read into it, and a
    /// block is never handed back for another id.
    @Test func aSlotHoldsTheLastBlockReadIntoIt() {
        let cache = StoredBlockCache(slotBits: 4, valueCapacity: 1_000)
        for id in Int64(1)...64 { _ = cache.block(id, generation: 0) { Self.block(id, values: 5) } }
        #expect(cache.count <= 16)
        var reads = 0
        for id in Int64(1)...64 {
            let found = cache.block(id, generation: 0) {
                reads += 1
                return Self.block(id, values: 5)
            }
            #expect(found?.rowID == id)
        }
        #expect(reads >= 48)
    }

    @Test func staysWithinItsValues() {
        let cache = StoredBlockCache(slotBits: 8, valueCapacity: 250)
        for id in Int64(1)...10 { _ = cache.block(id, generation: 0) { Self.block(id, values: 100) } }
        #expect(cache.count == 2)
        // Too large to hold at all: read every time.
        var reads = 0
        for _ in 0..<2 { _ = cache.block(11, generation: 0) { reads += 1; return Self.block(11, values: 300) } }
        #expect(reads == 2)
    }

    @Test func forgetsEverythingWhenTheGenerationMoves() {
        let cache = StoredBlockCache(slotBits: 4, valueCapacity: 1_000)
        _ = cache.block(1, generation: 0) { Self.block(1, values: 10) }
        var reads = 0
        _ = cache.block(1, generation: 1) { reads += 1; return Self.block(1, values: 10) }
        #expect(reads == 1)
        // A caller that read the older generation is served nothing held and keeps nothing.
        _ = cache.block(2, generation: 0) { reads += 1; return Self.block(2, values: 10) }
        _ = cache.block(2, generation: 1) { reads += 1; return Self.block(2, values: 10) }
        #expect(reads == 3)
    }
}
