import Foundation
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
    private let lastFingerprints = Mutex<(blocks: [Block], fingerprints: [BlockFingerprint])?>(nil)

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

    /// The settings that decide what is stored; an index built with others is refused.
    static func indexParameters(_ configuration: DedupConfiguration, banding: LSHBanding) -> [String: String] {
        [
            "format": "1",
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

    /// The TEI name of an earlier document with the same raw bytes, if any.
    public func exactDuplicate(sha256: String) throws -> String? {
        try store.documentName(sha256: sha256)
    }

    /// Finds what `blocks` repeat from documents already recorded. Records nothing, so a
    /// failed run leaves no trace; a document never links to an earlier record of itself.
    public func findDuplicates(document: String, blocks: [Block]) throws -> DuplicateReport {
        let fingerprints = fingerprinter.fingerprints(of: blocks)
        lastFingerprints.withLock { $0 = (blocks, fingerprints) }
        let candidates = try candidateDocuments(for: fingerprints, excluding: document)
        guard !candidates.isEmpty else { return .none }
        let aligner = SectionAligner(fingerprinter: fingerprinter, new: fingerprints)
        var claimed = Set<Int>()
        var links: [String: [CrossReference]] = [:]
        var sections: [(position: Int, section: DuplicateSection)] = []
        // Earliest document first: a text found in several earlier documents links to the
        // first one seen, its original.
        for candidate in candidates.sorted(by: { $0.id < $1.id }) {
            let stored = try store.storedBlocks(of: candidate)
            let result = aligner.align(with: stored, excluding: claimed)
            for aligned in result.blocks {
                claimed.insert(aligned.block)
                links[fingerprints[aligned.block].id] = aligned.counterparts.map {
                    CrossReference(document: candidate.name, blockID: stored[$0].xmlID)
                }
            }
            for section in result.sections {
                sections.append((fingerprints[section.blocks.lowerBound].position, DuplicateSection(
                    blockIDs: section.blocks.map { fingerprints[$0].id }, counterpart: candidate.name,
                    counterpartBlockIDs: section.counterparts.map { stored[$0].xmlID }, similarity: section.similarity)))
            }
        }
        return DuplicateReport(links: links, sections: sections.sorted { $0.position < $1.position }.map(\.section))
    }

    /// The earlier documents worth aligning: those whose blocks share LSH bands with this
    /// document's blocks, with the halves of its long blocks (an earlier source that split
    /// a paragraph in two) or with unions of two neighbouring blocks (an earlier source that
    /// printed two as one), best matches first.
    func candidateDocuments(for fingerprints: [BlockFingerprint], excluding name: String) throws -> [StoredDocument] {
        var keys: [Int64] = []
        var previousSketch: [UInt64]?
        func add(_ sketch: [UInt64]) {
            if let signature = minHash.signature(fromSketch: sketch) { keys += banding.keys(of: signature) }
        }
        for fingerprint in fingerprints {
            let sketch = fingerprint.sketch
            if fingerprint.isLong {
                add(sketch)
                if fingerprint.shingles.count >= 2 * configuration.minimumShingles {
                    add(fingerprint.halfSketches.first)
                    add(fingerprint.halfSketches.second)
                }
            }
            if let previous = previousSketch { add(OnePermutationMinHash.union(previous, sketch)) }
            previousSketch = sketch
        }
        guard !keys.isEmpty else { return [] }
        let score = try store.documentScores(keys: keys)
        guard !score.isEmpty else { return [] }
        let best = score.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(configuration.maximumCandidateDocuments)
        return try best.compactMap { try store.document(id: $0.key) }.filter { $0.name != name }
    }

    /// Records a document once its TEI is safely committed, so later inputs can link to it.
    /// Recording a name again replaces the earlier record.
    public func record(document: String, sha256: String, blocks: [Block], report: DuplicateReport) throws {
        let cached = lastFingerprints.withLock { last -> [BlockFingerprint]? in
            guard let found = last, found.blocks == blocks else { return nil }
            last = nil
            return found.fingerprints
        }
        let fingerprints = cached ?? fingerprinter.fingerprints(of: blocks)
        let records = fingerprints.map { fingerprint -> BlockRecord in
            let stored = fingerprinter.stored(fingerprint)
            var keys: [Int64] = []
            if fingerprint.isLong, let signature = minHash.signature(fromSketch: fingerprint.sketch) {
                keys = banding.keys(of: signature)
            }
            return BlockRecord(ordinal: fingerprint.position, xmlID: fingerprint.id, values: stored.values, sampled: stored.sampled, bandKeys: keys)
        }
        let sections = report.sections.map {
            SectionRecord(blockIDs: $0.blockIDs, counterpart: $0.counterpart, counterpartBlockIDs: $0.counterpartBlockIDs, similarity: $0.similarity)
        }
        try store.record(
            name: document, sha256: sha256, blocks: records, sections: sections, maximumBucket: configuration.maximumBucketSize, at: Date())
    }
}
