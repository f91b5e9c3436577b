import Foundation
import GRDB
import QuireText
import Testing

@testable import QuireDedup

/// A document's blocks are stored as one `blockSet` row (`BlockSetCoding`); an index written
/// before, with a row per block (Quire up to d34701d), still opens and answers the same.
struct BlockSetTests {
    let corpus = SyntheticCorpus(seed: 11, documentCount: 12, noise: 0.02)

    /// Records all but the last document, each looked up first, as `quire clean` does.
    func fill(_ index: DuplicateIndex) throws {
        for document in corpus.documents.dropLast() {
            let report = try index.findDuplicates(document: document.name, blocks: document.blocks)
            try index.record(document: document.name, sha256: document.name, blocks: document.blocks, report: report)
        }
        try index.flush()
    }

    func stored(_ index: DuplicateIndex, _ range: ClosedRange<Int64>) throws -> [StoredBlock] {
        try index.store.read { db in try index.store.storedBlocks(db, in: range) }
    }

    /// Every document's blocks read back as a whole and one by one (a sole match reads one).
    @Test func blocksReadBackAsRecorded() throws {
        let state = try TemporaryDirectory()
        let index = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
        try fill(index)
        let fingerprinter = Fingerprinter(configuration: DedupConfiguration())
        for document in corpus.documents.dropLast() {
            let range = try #require(try index.store.document(named: document.name)?.blocks)
            let blocks = try stored(index, range)
            let expected = fingerprinter.fingerprints(of: document.blocks).map { fingerprinter.stored($0) }
            #expect(blocks.map(\.values) == expected.map(\.values))
            #expect(blocks.map(\.sampled) == expected.map(\.sampled))
            #expect(blocks.map(\.rowID) == Array(range))
            for block in blocks { #expect(try stored(index, block.rowID...block.rowID) == [block]) }
        }
        // A range over the end of one set and the start of the next, and over three sets.
        let ranges = try corpus.documents.dropLast().map { try #require(try index.store.document(named: $0.name)?.blocks) }
        for (a, b) in zip(ranges, ranges.dropFirst()) where a.count > 1 && b.count > 1 {
            let expected = try stored(index, a.upperBound - 1...a.upperBound) + stored(index, b.lowerBound...b.lowerBound + 1)
            #expect(try stored(index, a.upperBound - 1...b.lowerBound + 1) == expected)
            #expect(expected.count == 4)
        }
        #expect(try stored(index, ranges[0].lowerBound...ranges[2].upperBound) == stored(index, ranges[0]) + stored(index, ranges[1]) + stored(index, ranges[2]))
        let rows = try index.store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM block") }
        #expect(rows == 0)
    }

    /// Rewrites an index into the layout of Quire up to d34701d: a `block` row per block, as
    /// its `BlockRowInsert` wrote them (values little-endian, band keys `BandKeyCoding`, NULL
    /// when none), no `blockSet` table and no `v3` migration. Returns the rows written.
    static func rewriteAsBlockRows(_ path: String) throws -> Int {
        let database = try DatabaseQueue(path: path)
        defer { try? database.close() }
        return try database.write { db in
            var written = 0
            for row in try Row.fetchAll(db, sql: "SELECT lastBlock, firstBlock, document, bandKeys, blocks FROM blockSet ORDER BY lastBlock") {
                let (last, first, document): (Int64, Int64, Int64) = (row[0], row[1], row[2])
                let keyBlob: Data = row[3]
                let blockBlob: Data = row[4]
                var keys: [Int64: [Int64]] = [:]
                var blocks: [StoredBlock] = []
                var ordinals: [Int] = []
                keyBlob.withUnsafeBytes { raw in
                    #expect(BlockSetCoding.forEachBlockKeys(raw, firstBlock: first) { keys[$0] = Array($1) } != nil)
                }
                blockBlob.withUnsafeBytes { raw in
                    #expect(BlockSetCoding.decode(raw, firstBlock: first, in: first...last, into: &blocks) != nil)
                    ordinals = (0..<blocks.count).map {
                        Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * (1 + BlockSetCoding.headerWords * $0), as: UInt32.self)))
                    }
                }
                for (block, ordinal) in zip(blocks, ordinals) {
                    let bandKeys = keys[block.rowID].map { BandKeyCoding.encode($0) }
                    try db.execute(
                        sql: "INSERT INTO block (id, document, ordinal, xmlID, sampled, shingleValues, bandKeys) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        arguments: [block.rowID, document, ordinal, block.xmlID, block.sampled, IndexStore.encode(block.values), bandKeys])
                    written += 1
                }
            }
            try db.execute(sql: "DROP TABLE blockSet")
            try db.execute(sql: "DELETE FROM sqlite_sequence WHERE name = 'blockSet'")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v3'")
            return written
        }
    }

    @Test func anIndexOfBlockRowsAnswersAsOneOfBlockSets() throws {
        let sets = try TemporaryDirectory()
        let rows = try TemporaryDirectory()
        do {
            try fill(try DuplicateIndex(stateDirectory: sets.url, configuration: DedupConfiguration()))
            try fill(try DuplicateIndex(stateDirectory: rows.url, configuration: DedupConfiguration()))
        }
        let written = try Self.rewriteAsBlockRows(IndexDatabase.url(in: rows.url).path)
        let new = try DuplicateIndex(stateDirectory: sets.url, configuration: DedupConfiguration())
        let old = try DuplicateIndex(stateDirectory: rows.url, configuration: DedupConfiguration())
        #expect(try old.statistics().blocks == written)
        #expect(try old.store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM blockSet") } == 0)
        func sameAnswers() throws {
            #expect(try old.statistics().same(as: try new.statistics()))
            var linked = 0
            for document in corpus.documents {
                let expected = try new.findDuplicates(document: "probe.tei.xml", blocks: document.blocks)
                #expect(try old.findDuplicates(document: "probe.tei.xml", blocks: document.blocks) == expected)
                linked += expected.links.count
                guard let range = try new.store.document(named: document.name)?.blocks else { continue }
                #expect(try stored(old, range) == stored(new, range))
            }
            #expect(linked > 0)
        }
        try sameAnswers()
        // Recorded into the old index: a block set above its rows, read with them.
        let last = try #require(corpus.documents.last)
        for index in [new, old] {
            let report = try index.findDuplicates(document: last.name, blocks: last.blocks)
            try index.record(document: last.name, sha256: "x", blocks: last.blocks, report: report)
        }
        #expect(try old.store.document(named: last.name)?.blocks == new.store.document(named: last.name)?.blocks)
        try sameAnswers()
        // Forgotten from the old index: its rows go.
        let first = corpus.documents[0]
        let range = try #require(try old.store.document(named: first.name)?.blocks)
        for index in [new, old] { #expect(try index.forget(document: first.name)) }
        #expect(try stored(old, range).isEmpty)
        try sameAnswers()
        // Reopened: the rows and the set are loaded alike.
        let reopened = try DuplicateIndex(stateDirectory: rows.url, configuration: DedupConfiguration())
        for document in corpus.documents {
            #expect(try reopened.findDuplicates(document: "probe.tei.xml", blocks: document.blocks)
                == new.findDuplicates(document: "probe.tei.xml", blocks: document.blocks))
        }
    }
}

extension IndexStatistics {
    /// The same counts (the files' sizes differ).
    func same(as other: IndexStatistics) -> Bool {
        (documents, blocks, bandEntries, sections) == (other.documents, other.blocks, other.bandEntries, other.sections)
    }
}
