import GRDB
import Synchronization

/// The LSH band index in memory, so that lookups never reach SQLite.
///
/// SQLite stays the record: each long block's band keys are written with its document's blocks
/// (`blockSet.bandKeys`, one sequential insert instead of 25 scattered B-tree inserts), and this
/// copy is built from the database on first use in the process, then kept in step with this
/// process's writes. It is rebuilt when another connection has committed (SQLite's
/// `data_version` moved: `quire clean` while `quire watch` runs) and dropped when a
/// document is forgotten or a write fails, so it never disagrees with the file for long.
///
/// Cost: the `BandTable` (10.7 to 16 bytes per band entry, 25 entries per long paragraph at
/// the default threshold) plus 24 bytes per document: 270–400 bytes per paragraph, 270–400 MB
/// for a million (670 MB for a moment while a full table grows; one loaded at open is sized
/// once, with the room of one growth, the 400 MB end of that range). Loading reads every
/// block's keys once (`BandKeyRowRead`).
final class BandMemory: Sendable {
    struct Loaded: Sendable {
        var table: BandTable
        var ranges: DocumentRanges
        var dataVersion: Int
        /// The highest block id ever given, as AUTOINCREMENT counts it: the next block is
        /// given the one after.
        var lastBlockID: Int64
    }

    private let state = Mutex<Loaded?>(nil)
    private let invalidations = Atomic<Int>(0)

    /// How many times the copy was dropped (`invalidate`). Block ids a rolled-back write gave
    /// out are given again after it, so what was cached by block range before a drop may name
    /// other blocks after it: `PreparedDocumentCache` forgets what it holds when this moves.
    var generation: Int { invalidations.load(ordering: .acquiring) }

    /// Runs `body` on the loaded index, loading it first if needed. Call it inside the
    /// database queue, so that it sees the same state as the SQL around it.
    ///
    /// `writing`: this connection holds the write lock since it last looked (inside its write
    /// transaction), so no other connection can have committed and the loaded copy, if any,
    /// is current without asking SQLite.
    func with<T: Sendable>(_ db: Database, path: String, writing: Bool = false, _ body: (inout Loaded) throws -> T) throws -> T {
        if writing, let result = try state.withLock({ loaded -> T? in
            guard loaded != nil else { return nil }
            return try body(&loaded!)
        }) {
            return result
        }
        let version = try Int.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) ?? 0
        return try state.withLock { loaded -> T in
            if loaded?.dataVersion != version {
                loaded = nil
                loaded = try Self.load(db, path: path, version: version)
            }
            return try body(&loaded!)
        }
    }

    /// Forgets the copy; the next use rebuilds it from the database.
    func invalidate() {
        state.withLock { $0 = nil }
        invalidations.add(1, ordering: .releasing)
    }

    private static func load(_ db: Database, path: String, version: Int) throws -> Loaded {
        let legacy = try Int.fetchOne(db, sql: "SELECT count(*) FROM band") ?? 0
        // Every block row, keyed or not, as the documents count them: counting the keyed rows
        // alone read every block row (85 M instructions at 10,000 documents, a sixth of
        // loading), this reads the document rows. The blocks without keys (short ones: 1 % of
        // the rows of the generated 10,000-document corpus, 5 % of 95 newspaper pages) make
        // the table that much larger.
        let blocks = try Int.fetchOne(db, sql: "SELECT coalesce(sum(blockCount), 0) FROM document") ?? 0
        var table = BandTable(loading: legacy + blocks * 25)
        func add(_ key: Int64, _ block: Int64) throws {
            guard block <= BandTable.maximumBlockID else {
                throw DedupError.storage(path: path, reason: "more than \(BandTable.maximumBlockID) blocks")
            }
            // Everything stored was admitted under its bucket bound when it was written.
            _ = table.insert(key: key, block: block, maximumBucket: .max)
        }
        // Rows of indexes written before band keys moved into the block rows.
        let rows = try Row.fetchCursor(db, sql: "SELECT key, block FROM band ORDER BY block")
        while let row = try rows.next() { try add(row[0], row[1]) }
        try BandKeyRowRead.load(db, into: &table, path: path)
        var ranges = DocumentRanges()
        let documents = try Row.fetchCursor(
            db, sql: "SELECT id, firstBlock, lastBlock FROM document WHERE firstBlock <= lastBlock ORDER BY firstBlock")
        while let row = try documents.next() {
            let first: Int64 = row[1]
            let last: Int64 = row[2]
            ranges.insert(document: row[0], blocks: first...last)
        }
        let lastBlockID = try Int64.fetchOne(db, sql: """
            SELECT max(
                coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'block'), 0), coalesce((SELECT max(id) FROM block), 0),
                coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'blockSet'), 0), coalesce((SELECT max(lastBlock) FROM blockSet), 0))
            """) ?? 0
        return Loaded(table: table, ranges: ranges, dataVersion: version, lastBlockID: lastBlockID)
    }
}
