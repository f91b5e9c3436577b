import Foundation
import GRDB

/// Opening the index database: refusing what is not ours, migrating what is.
///
/// The database lives in `<state>/dedup.sqlite`, in WAL mode so that `quire dups` can read
/// while `quire watch` writes. A Quire index is marked with SQLite's `application_id`; a file
/// without that mark is only initialised when it is completely empty, so a user's unrelated
/// database or a damaged index is reported and never written over.
enum IndexDatabase {
    static let fileName = "dedup.sqlite"
    /// `QUIR` in ASCII.
    static let applicationID: Int32 = 0x5155_4952

    static func url(in stateDirectory: URL) -> URL {
        stateDirectory.appendingPathComponent(fileName)
    }

    static func open(stateDirectory: URL, create: Bool) throws -> DatabaseQueue {
        let url = url(in: stateDirectory)
        let path = url.path
        if !FileManager.default.fileExists(atPath: path) {
            guard create else { throw DedupError.notADatabase(path: path, reason: "no such file") }
            try FileManager.default.createDirectory(at: stateDirectory, withIntermediateDirectories: true)
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.label = "quire.dedup"
        configuration.prepareDatabase { db in
            // WAL with NORMAL sync: a crashed process loses nothing; a power cut may lose the
            // last few recorded documents, which `quire index rebuild` recovers from the outbox.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Chosen when band keys had a table of their own, each block's rows scattered over
            // a large B-tree (small pages kept the WAL volume down). They now live in the block
            // rows, appended in order; 4 KB pages were measured in session 8 and made as many
            // WAL writes (the savepoint journal spilled to a file), so 1 KB stays. Only
            // effective when the file is created.
            try db.execute(sql: "PRAGMA page_size = 1024")
            // Lookups read the blocks of candidate documents from random pages: a larger page
            // cache and a memory map spare most reads. Mapped pages count in the resident set
            // once touched (loading the band table touches them all): 64 MB keeps a process
            // querying a million-paragraph index under 500 MB (the band table is ~300 MB).
            try db.execute(sql: "PRAGMA cache_size = -16384")
            try db.execute(sql: "PRAGMA mmap_size = 67108864")
        }
        // One connection in WAL mode: other processes (`quire dups` while `quire watch`
        // runs) still read concurrently, and this process keeps one warm page cache, where a
        // pool's readers would each start cold after every write.
        configuration.journalMode = .wal
        // A batch of records (`WriteBatch`) keeps its transaction open between accesses.
        configuration.allowsUnsafeTransactions = true
        let database: DatabaseQueue
        do {
            // Look before touching: opening in WAL mode switches the file's journal, which is
            // already a change to someone else's database.
            let fresh = try inspect(path: path)
            database = try DatabaseQueue(path: path, configuration: configuration)
            if fresh {
                try database.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA application_id = \(applicationID)")
                }
            }
            try migrator.migrate(database)
        } catch let error as DatabaseError {
            throw translate(error, path: path)
        }
        return database
    }

    /// Whether the file is an empty database Quire may initialise. Throws when it is not a
    /// database, not Quire's, or from a newer Quire.
    private static func inspect(path: String) throws -> Bool {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size > 0 else { return true }
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read { db in
            let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let objects = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            if id == applicationID {
                let applied = try migrator.appliedIdentifiers(db)
                if let unknown = applied.subtracting(migrator.migrations).sorted().first {
                    throw DedupError.newerSchema(path: path, migration: unknown)
                }
                return false
            }
            guard id == 0 && objects == 0 else { throw DedupError.foreignDatabase(path: path) }
            return true
        }
    }

    static func translate(_ error: DatabaseError, path: String) -> DedupError {
        switch error.resultCode {
        case .SQLITE_NOTADB:
            return .notADatabase(path: path, reason: error.message ?? "not a database")
        case .SQLITE_CORRUPT:
            return .corrupt(path: path, reason: error.message ?? "malformed")
        default:
            return .storage(path: path, reason: "\(error.resultCode): \(error.message ?? "")")
        }
    }

    /// Schema steps, in order. Never edit a registered step: add a new one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;
                CREATE TABLE document (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL UNIQUE,
                    sha256 TEXT NOT NULL,
                    recordedAt REAL NOT NULL,
                    blockCount INTEGER NOT NULL,
                    firstBlock INTEGER,
                    lastBlock INTEGER
                );
                CREATE INDEX document_sha256 ON document(sha256);
                -- A document's blocks have consecutive ids, so no index on `document` is needed:
                -- they are read and deleted by id range.
                CREATE TABLE block (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    document INTEGER NOT NULL,
                    ordinal INTEGER NOT NULL,
                    xmlID TEXT NOT NULL,
                    sampled INTEGER NOT NULL,
                    shingleValues BLOB NOT NULL
                );
                -- LSH band keys of the long blocks. Rows of forgotten blocks may linger until
                -- `index forget` sweeps them; lookups ignore blocks that no longer exist.
                CREATE TABLE band (
                    key INTEGER NOT NULL,
                    block INTEGER NOT NULL,
                    PRIMARY KEY (key, block)
                ) WITHOUT ROWID;
                CREATE TABLE section (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    document INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    counterpart INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    blockIDs TEXT NOT NULL,
                    counterpartBlockIDs TEXT NOT NULL,
                    similarity REAL NOT NULL
                );
                CREATE INDEX section_document ON section(document);
                CREATE INDEX section_counterpart ON section(counterpart);
                """)
        }
        // Band keys move into the block rows: one sequential write per block instead of 25
        // scattered ones, read back into memory (`BandMemory`). Older `band` rows stay valid.
        migrator.registerMigration("v2") { db in
            try db.execute(sql: "ALTER TABLE block ADD COLUMN bandKeys BLOB")
        }
        // A document's blocks in one row, its band keys and its blocks as two blobs
        // (`BlockSetCoding`): one insert a document instead of one a paragraph. Keyed by the
        // last block id, given as AUTOINCREMENT would give it, so that `sqlite_sequence`
        // keeps the highest id ever given. Block rows of indexes written before stay, read
        // and deleted alongside (`BlockRowRead`, `BandKeyRowRead`); none is written again.
        migrator.registerMigration("v3") { db in
            try db.execute(sql: """
                CREATE TABLE blockSet (
                    lastBlock INTEGER PRIMARY KEY AUTOINCREMENT,
                    firstBlock INTEGER NOT NULL,
                    document INTEGER NOT NULL,
                    bandKeys BLOB NOT NULL,
                    blocks BLOB NOT NULL
                )
                """)
        }
        return migrator
    }
}
