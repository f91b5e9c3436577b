import Foundation
import GRDB
import QuireText
import Synchronization

/// The persistent memory of every document Quire has processed, asked two questions: has
/// this input been seen byte for byte, and which of its sections repeat earlier documents.
///
/// The pipeline asks `exactDuplicate(sha256:)` first, then `findDuplicates(document:blocks:)`
/// on the repaired blocks, writes the TEI, and only once that is durable calls `record`, so
/// the index never points at output that does not exist. Documents are named by their TEI
/// file name; the first recorded source of a text is its original.
///
/// Thread-safe: all state is in the SQLite database, reached through one serialized
/// connection; in WAL mode, other processes (`quire dups`) read while this one writes. The
/// LSH bands are also held in memory (see `BandMemory`), loaded on the first lookup.
public final class DuplicateIndex: Sendable {
    public let configuration: DedupConfiguration
    /// The database file.
    public let databaseURL: URL
    let store: IndexStore
    let fingerprinter: Fingerprinter
    let minHash: OnePermutationMinHash
    let banding: LSHBanding
    /// The fingerprints `findDuplicates` computed last, which `record` of the same blocks
    /// reuses (the pipeline always asks, then records): shingling is a third of the work.
    /// Recently aligned earlier documents, ready to align again.
    let prepared = PreparedDocumentCache()
    /// Earlier blocks read alone for sole-match checks, ready to check again.
    let soleBlocks = StoredBlockCache()
    /// The alignment query of the last lookup, when it made one, goes with them: `record`
    /// prepares the recorded document from it (`PreparedDocument(recorded:...)`).
    private let lastFingerprints = Mutex<(blocks: [Block], fingerprints: [BlockFingerprint], keys: [ArraySlice<Int64>], query: AlignmentQuery?)?>(nil)

    /// Opens (creating if needed) the index in `stateDirectory`.
    public convenience init(stateDirectory: URL, configuration: DedupConfiguration) throws {
        try self.init(stateDirectory: stateDirectory, configuration: configuration, create: true)
    }

    /// Opens the index; with `create: false` a missing index is an error, for commands that
    /// only read it and should not leave an empty one behind.
    public init(stateDirectory: URL, configuration: DedupConfiguration, create: Bool) throws {
        try Self.validate(configuration)
        self.configuration = configuration
        self.databaseURL = IndexDatabase.url(in: stateDirectory)
        self.fingerprinter = Fingerprinter(configuration: configuration)
        self.minHash = OnePermutationMinHash(binCount: configuration.hashCount)
        self.banding = LSHBanding(threshold: configuration.threshold, hashCount: configuration.hashCount)
        let database = try IndexDatabase.open(stateDirectory: stateDirectory, create: create)
        self.store = IndexStore(database: database, path: databaseURL.path)
        try store.checkParameters(Self.indexParameters(configuration, banding: banding))
    }

    /// How band keys are computed (`LSHBanding.keys(of:)`); an index stored with another
    /// format is refused with a message that says to run `quire index rebuild`, which
    /// recomputes every key from the outbox. 2: one mix per band instead of one per row.
    static let format = "2"

    /// The settings that decide what is stored; an index built with others is refused.
    static func indexParameters(_ configuration: DedupConfiguration, banding: LSHBanding) -> [String: String] {
        [
            "format": Self.format,
            "cjkShingleSize": "\(configuration.cjkShingleSize)",
            "latinShingleUnit": configuration.latinShingleUnit.rawValue,
            "latinShingleSize": "\(configuration.latinShingleSize)",
            "hashCount": "\(configuration.hashCount)",
            "bands": "\(banding.bands)",
            "rows": "\(banding.rows)",
            "minimumShingles": "\(configuration.minimumShingles)",
            "shingleSampling": "\(configuration.shingleSampling)",
            "fullShingleLimit": "\(configuration.fullShingleLimit)",
            "linkedKinds": configuration.linkedKinds.map(\.rawValue).sorted().joined(separator: ","),
        ]
    }

    static func validate(_ configuration: DedupConfiguration) throws {
        func require(_ condition: Bool, _ reason: String) throws {
            if !condition { throw DedupError.invalidConfiguration(reason) }
        }
        try require((1...32).contains(configuration.cjkShingleSize), "cjk-shingle-size must be 1...32")
        try require((1...32).contains(configuration.latinShingleSize), "latin-shingle-size must be 1...32")
        try require((8...1024).contains(configuration.hashCount), "hash-count must be 8...1024")
        try require(configuration.threshold > 0 && configuration.threshold < 1, "threshold must be between 0 and 1")
        try require(configuration.containment > 0 && configuration.containment <= 1, "containment must be in (0, 1]")
        try require(configuration.minimumShingles >= 1, "minimum-shingles must be at least 1")
        try require(configuration.shingleSampling >= 1, "shingle-sampling must be at least 1")
        try require(configuration.boilerplateShare > 0 && configuration.boilerplateShare <= 1, "boilerplate-share must be in (0, 1]")
        try require(configuration.maximumBucketSize >= 1, "maximum-bucket-size must be at least 1")
        try require(configuration.maximumCandidateDocuments >= 1, "maximum-candidate-documents must be at least 1")
    }

    deinit {
        // A safety net: the owner of a batch flushes it (`flush()`), and learns of failures.
        try? store.flush()
    }

    /// Commits recorded documents `documents` at a time instead of one by one, until `flush()`
    /// and in `flush()`: for one-shot runs, where a commit per document wrote the same pages
    /// again and again. A crash loses the records not yet committed (their TEI is written; a
    /// re-run or `quire index rebuild` restores them) and nothing else; a lookup whose report
    /// links to an uncommitted document commits it first, so no durable output depends on a
    /// record that could be lost. `documents` of 1 restores a commit per record.
    ///
    /// `beforeCommit` runs before every commit of a batch (never inside one): the caller makes
    /// the output of the pending records durable there, e.g. fsyncs the folders of the TEI
    /// files it renamed without syncing them, so that one folder fsync serves a whole batch
    /// and no committed record names a file a power loss could still undo.
    public func batchWrites(documents: Int, beforeCommit: (@Sendable () -> Void)? = nil) throws {
        if documents <= 1 { try store.flush() }
        store.batch.beforeCommit = beforeCommit
        store.batch.limit = documents
    }

    /// Commits the records of the current batch, if any. Call it at the end of a run (and
    /// before giving up on one), where the batch's records must become durable.
    public func flush() throws {
        try store.flush()
    }

    /// The TEI name of an earlier document with the same raw bytes, if any.
    public func exactDuplicate(sha256: String) throws -> String? {
        guard let found = try store.documentName(sha256: sha256) else { return nil }
        // Its name may go into output (the `link` policy): its record must be durable first.
        try store.flush(ifPending: [found.id])
        return found.name
    }

    /// Finds what `blocks` repeat from documents already recorded. Records nothing, so a
    /// failed run leaves no trace; a document never links to an earlier record of itself.
    public func findDuplicates(document: String, blocks: [Block]) throws -> DuplicateReport {
        let (fingerprints, values) = fingerprinter.fingerprintsAndValues(of: blocks)
        let keys = lookupKeys(for: fingerprints)
        lastFingerprints.withLock { $0 = (blocks, fingerprints, keys.own, nil) }
        guard !keys.all.isEmpty else { return .none }
        let found = try store.read { db -> (report: DuplicateReport, linked: Set<Int64>, query: AlignmentQuery?) in
            let candidates = try candidateDocuments(db, for: keys.all, origins: keys.origins, excluding: document)
            guard !candidates.isEmpty else { return (.none, [], nil) }
            return try align(fingerprints, values: values, with: candidates, db)
        }
        if let query = found.query { lastFingerprints.withLock { $0?.query = query } }
        // The TEI written from this report links to these documents.
        try store.flush(ifPending: found.linked)
        return found.report
    }

    /// Aligns the document with each candidate, earliest first: a text found in several
    /// earlier documents links to the first one seen, its original.
    /// Also returns the alignment query, if one was made.
    private func align(
        _ fingerprints: [BlockFingerprint], values: DocumentValues, with candidates: [Candidate], _ db: Database
    ) throws -> (report: DuplicateReport, linked: Set<Int64>, query: AlignmentQuery?) {
        var linked = Set<Int64>()
        // Made when a candidate first needs them: most candidates of a large index are ruled
        // out by the sole-match check, which needs the query only, and most lookups of a
        // small one have no candidate that gets further.
        var madeQuery: AlignmentQuery?
        func query() -> AlignmentQuery {
            if let madeQuery { return madeQuery }
            let made = AlignmentQuery(fingerprints, values: values, boilerplateShare: configuration.boilerplateShare)
            madeQuery = made
            return made
        }
        lazy var aligner = SectionAligner(fingerprinter: fingerprinter, query: query())
        var claimed = Set<Int>()
        // The new side of each sole-match origin, made once per lookup: chance candidates of
        // a large index often reach the same new block (a formula paragraph, a skewed Latin
        // vocabulary) through different earlier blocks.
        var newValues: [KeyOrigin: [UInt32]] = [:]
        var links: [String: [CrossReference]] = [:]
        var sections: [(position: Int, section: DuplicateSection)] = []
        for candidate in candidates.sorted(by: { $0.id < $1.id }) {
            let range = candidate.blocks
            if let sole = candidate.sole, try !soleMatchSharesText(sole, in: range, query(), &newValues, db) { continue }
            let document = try prepared.document(for: range, generation: store.memory.generation) { PreparedDocument(try store.storedBlocks(db, in: range), boilerplateShare: configuration.boilerplateShare) }
            let stored = document.blocks
            let result = aligner.align(with: document, excluding: claimed)
            if result.blocks.isEmpty && result.sections.isEmpty { continue }
            // Read only now: most candidates link nothing.
            guard let name = try store.documentName(db, id: candidate.id) else { continue }
            if !result.blocks.isEmpty { linked.insert(candidate.id) }
            for aligned in result.blocks {
                claimed.insert(aligned.block)
                links[fingerprints[aligned.block].id] = aligned.counterparts.map {
                    CrossReference(document: name, blockID: stored[$0].xmlID)
                }
            }
            for section in result.sections {
                sections.append((fingerprints[section.blocks.lowerBound].position, DuplicateSection(
                    blockIDs: section.blocks.map { fingerprints[$0].id }, counterpart: name,
                    counterpartBlockIDs: section.counterparts.map { stored[$0].xmlID }, similarity: section.similarity)))
            }
        }
        return (DuplicateReport(links: links, sections: sections.sorted { $0.position < $1.position }.map(\.section)), linked, madeQuery)
    }

    /// Whether a block pair behind a candidate whose band-key matches all fall in one earlier
    /// block shares text (`SoleMatchCheck`); the earlier block is taken from the prepared
    /// document when it is held, else from the blocks read alone before (`StoredBlockCache`),
    /// else read alone.
    private func soleMatchSharesText(
        _ sole: SoleMatch, in range: ClosedRange<Int64>, _ query: AlignmentQuery, _ newValues: inout [KeyOrigin: [UInt32]], _ db: Database
    ) throws -> Bool {
        guard range.contains(sole.block) else { return true }
        let generation = store.memory.generation
        let old = try prepared.held(range, generation: generation).map { $0.blocks[Int(sole.block - range.lowerBound)] }
            ?? soleBlocks.block(sole.block, generation: generation) { try store.storedBlock(db, id: sole.block) }
        guard let old else { return true }
        for origin in sole.origins {
            let values: [UInt32]
            if let made = newValues[origin] {
                values = made
            } else {
                values = SoleMatchCheck.newValues(of: origin, in: query)
                newValues[origin] = values
            }
            if SoleMatchCheck.sharesText(values, with: old, fingerprinter: fingerprinter) { return true }
        }
        return false
    }

    /// The band keys a document is looked up by: those of its long blocks, of the halves of
    /// its long blocks (an earlier source that split a paragraph in two) and of the unions of
    /// two neighbouring blocks (an earlier source that printed two as one); and, apart, each
    /// block's own keys, which `record` stores.
    /// `origins[k]` says which block (or pair of blocks) `all[k]` came from.
    func lookupKeys(for fingerprints: [BlockFingerprint]) -> (all: [Int64], origins: [KeyOrigin], own: [ArraySlice<Int64>]) {
        minHash.hasDonorMaps ? lookupKeysByDonorMaps(for: fingerprints) : lookupKeysDensifyingEach(for: fingerprints)
    }

    /// `lookupKeys(for:)` densifying every signature on its own: for more than 256 bins, and
    /// the reference `lookupKeysByDonorMaps` is tested against.
    func lookupKeysDensifyingEach(for fingerprints: [BlockFingerprint]) -> (all: [Int64], origins: [KeyOrigin], own: [ArraySlice<Int64>]) {
        var all: [Int64] = []
        all.reserveCapacity(fingerprints.count * 4 * banding.bands)
        var origins = KeyOriginRuns(capacity: 2 * fingerprints.count)
        // Each block's own keys, as ranges of `all`.
        var own: [Range<Int>] = []
        own.reserveCapacity(fingerprints.count)
        func add(_ sketch: UnsafeBufferPointer<UInt64>, to keys: inout [Int64]) {
            _ = minHash.withSignature(ofSketch: sketch) { banding.appendKeys(of: $0, to: &keys) }
        }
        for (index, fingerprint) in fingerprints.enumerated() {
            var blockKeys = all.count..<all.count
            fingerprint.withSketches { sketch, first, second in
                if fingerprint.isLong {
                    add(sketch, to: &all)
                    blockKeys = blockKeys.lowerBound..<all.count
                    if fingerprint.shingleCount >= 2 * configuration.minimumShingles {
                        add(first, to: &all)
                        add(second, to: &all)
                    }
                }
                origins.mark(upTo: all.count, KeyOrigin(block: index, isUnion: false))
                guard index > 0 else { return }
                fingerprints[index - 1].withSketches { previous, _, _ in
                    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: sketch.count) { union in
                        for bin in union.indices { union[bin] = min(previous[bin], sketch[bin]) }
                        add(UnsafeBufferPointer(union), to: &all)
                    }
                }
                origins.mark(upTo: all.count, KeyOrigin(block: index, isUnion: true))
            }
            own.append(blockKeys)
        }
        return (all, origins.origins(count: all.count), own.map { all[$0] })
    }

    /// `lookupKeys(for:)` with the signatures of blocks and unions made from donor maps
    /// (`OnePermutationMinHash.donorMap(of:into:)`): the same keys in the same order.
    /// Densified directly: the halves of a block that has them, else the block; the block's
    /// map is then the minimum of its halves', and each union's the minimum of its blocks'.
    func lookupKeysByDonorMaps(for fingerprints: [BlockFingerprint]) -> (all: [Int64], origins: [KeyOrigin], own: [ArraySlice<Int64>]) {
        var all: [Int64] = []
        all.reserveCapacity(fingerprints.count * 4 * banding.bands)
        var origins = KeyOriginRuns(capacity: 2 * fingerprints.count)
        // Each block's own keys, as ranges of `all`: an array of them per block was an
        // allocation each through the standard library's generic path.
        var own: [Range<Int>] = []
        own.reserveCapacity(fingerprints.count)
        let bins = minHash.binCount
        // Four maps: the previous block's, this block's, and two to work in (its halves,
        // then the union).
        withUnsafeTemporaryAllocation(of: Int16.self, capacity: 4 * bins) { maps in
            var previous = UnsafeMutableBufferPointer(rebasing: maps[0..<bins])
            var current = UnsafeMutableBufferPointer(rebasing: maps[bins..<(2 * bins)])
            let first = UnsafeMutableBufferPointer(rebasing: maps[(2 * bins)..<(3 * bins)])
            let second = UnsafeMutableBufferPointer(rebasing: maps[(3 * bins)...])
            func add(_ sketch: UnsafeBufferPointer<UInt64>, _ map: UnsafeMutableBufferPointer<Int16>, to keys: inout [Int64]) {
                banding.appendKeys(ofSketch: sketch, map: UnsafeBufferPointer(map), minHash: minHash, to: &keys)
            }
            for (index, fingerprint) in fingerprints.enumerated() {
                var blockKeys = all.count..<all.count
                fingerprint.withSketches { sketch, firstHalf, secondHalf in
                    let halves = fingerprint.isLong && fingerprint.shingleCount >= 2 * configuration.minimumShingles
                    let filled: Bool
                    var firstFilled = false
                    var secondFilled = false
                    if halves {
                        firstFilled = minHash.donorMap(of: firstHalf, into: first)
                        secondFilled = minHash.donorMap(of: secondHalf, into: second)
                        OnePermutationMinHash.unionMap(UnsafeBufferPointer(first), UnsafeBufferPointer(second), into: current)
                        filled = firstFilled || secondFilled
                    } else {
                        filled = minHash.donorMap(of: sketch, into: current)
                    }
                    if fingerprint.isLong {
                        if filled { add(sketch, current, to: &all) }
                        blockKeys = blockKeys.lowerBound..<all.count
                        if halves {
                            if firstFilled { add(firstHalf, first, to: &all) }
                            if secondFilled { add(secondHalf, second, to: &all) }
                        }
                    }
                    origins.mark(upTo: all.count, KeyOrigin(block: index, isUnion: false))
                    guard index > 0 else { return }
                    fingerprints[index - 1].withSketches { previousSketch, _, _ in
                        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: bins) { union in
                            for bin in union.indices { union[bin] = min(previousSketch[bin], sketch[bin]) }
                            OnePermutationMinHash.unionMap(UnsafeBufferPointer(previous), UnsafeBufferPointer(current), into: first)
                            // Empty only when both blocks are: fingerprints are of blocks with shingles.
                            if first.contains(where: { $0 != OnePermutationMinHash.noDonor }) {
                                add(UnsafeBufferPointer(union), first, to: &all)
                            }
                        }
                    }
                    origins.mark(upTo: all.count, KeyOrigin(block: index, isUnion: true))
                }
                own.append(blockKeys)
                swap(&previous, &current)
            }
        }
        return (all, origins.origins(count: all.count), own.map { all[$0] })
    }

    /// An earlier document worth aligning: its id and blocks (from the in-memory ranges; its
    /// name is read only if it links), with the one earlier block behind it and the new blocks
    /// its keys came from when all its (key, block) matches fall in that block.
    typealias Candidate = (id: Int64, blocks: ClosedRange<Int64>, sole: SoleMatch?)

    /// The earlier documents worth aligning: those whose blocks share any of `keys`, best
    /// matches first. No document row is read for them: an earlier record of the document
    /// itself (`name`) is left out by its id, one query per lookup instead of one per
    /// candidate.
    func candidateDocuments(_ db: Database, for keys: [Int64], origins: [KeyOrigin], excluding name: String) throws -> [Candidate] {
        guard !keys.isEmpty else { return [] }
        let (scores, matches) = try store.documentScores(db, keys: keys)
        guard !scores.isEmpty else { return [] }
        let own = try store.documentID(db, named: name)
        // Documents are scored once each: no two tie.
        let best = scores.leading(configuration.maximumCandidateDocuments) { (a: (document: Int64, score: DocumentScore), b: (document: Int64, score: DocumentScore)) -> Bool in
            a.score.matches != b.score.matches ? a.score.matches > b.score.matches : a.document < b.document
        }
        return best.filter { $0.document != own }.map { document, match in
            (document, match.blocks, match.oneBlockMatches == nil ? nil : SoleMatch(
                origins: Self.distinctOrigins(match.keysInOneBlock(matches).map { origins[$0] }), block: match.oneBlock))
        }
    }

    /// `origins` without repeats, in block order (a block's own keys before its union's).
    /// `origins` are those of ascending key positions, already in that order (`lookupKeys`
    /// appends a block's own and half keys, then its union's, block after block): repeats
    /// are neighbours. A `Set` and a sort per sole candidate were a fifth of choosing the
    /// candidates at 10,000 documents, beside the band-table probes.
    static func distinctOrigins(_ origins: [KeyOrigin]) -> [KeyOrigin] {
        var result: [KeyOrigin] = []
        for origin in origins where result.last != origin {
            assert(result.last.map { ($0.block, $0.isUnion ? 1 : 0) < (origin.block, origin.isUnion ? 1 : 0) } ?? true, "origins out of order")
            result.append(origin)
        }
        return result
    }

    /// Records a document once its TEI is safely committed, so later inputs can link to it.
    /// Recording a name again replaces the earlier record.
    public func record(document: String, sha256: String, blocks: [Block], report: DuplicateReport) throws {
        let cached = lastFingerprints.withLock { last -> (fingerprints: [BlockFingerprint], keys: [ArraySlice<Int64>], query: AlignmentQuery?)? in
            guard let found = last, found.blocks == blocks else { return nil }
            last = nil
            return (found.fingerprints, found.keys, found.query)
        }
        let fingerprints = cached?.fingerprints ?? fingerprinter.fingerprints(of: blocks)
        let keys = cached?.keys ?? lookupKeys(for: fingerprints).own
        // By index: zipping the arrays copied each fingerprint and its keys (retains and
        // releases of four buffers a block) before the record copied what it keeps.
        let records = fingerprints.indices.map { k -> BlockRecord in
            let stored = fingerprinter.stored(fingerprints[k])
            return BlockRecord(
                ordinal: fingerprints[k].position, xmlID: fingerprints[k].id, values: stored.values, sampled: stored.sampled, bandKeys: keys[k])
        }
        let sections = report.sections.map {
            SectionRecord(blockIDs: $0.blockIDs, counterpart: $0.counterpart, counterpartBlockIDs: $0.counterpartBlockIDs, similarity: $0.similarity)
        }
        // Read before the record: a failure inside it (or in a later one) moves it on.
        let generation = store.memory.generation
        let range = try store.record(
            name: document, sha256: sha256, blocks: records, sections: sections, maximumBucket: configuration.maximumBucketSize, at: Date())
        // Pages of one folder are often each other's candidates: the recorded document is
        // kept prepared, from its lookup's query, where the cache has room. Its entries are
        // at most the query's (fewer where blocks are stored sampled).
        if let query = cached?.query, let range, range.count == records.count,
            prepared.hasRoom(for: query.sortedEntries.count, generation: generation) {
            let stored = records.enumerated().map { k, record in
                StoredBlock(rowID: range.lowerBound + Int64(k), xmlID: record.xmlID, values: record.values, sampled: record.sampled)
            }
            prepared.insertIfRoom(range, PreparedDocument(
                recorded: stored, query: query, fingerprinter: fingerprinter, boilerplateShare: configuration.boilerplateShare),
                generation: generation)
        }
    }
}
