import GRDB
import GRDBSQLite

/// The insert of one document's `blockSet` row (`BlockSetCoding`), bound and stepped through
/// SQLite's C interface: the two blobs are bound in place (`SQLITE_STATIC`), without the copy
/// into a `Data` and the boxed arguments GRDB's `execute(arguments:)` makes. The statement is
/// GRDB's cached one, run inside GRDB's open transaction; nothing GRDB observes changes.
///
/// The row's key is its last block id, an AUTOINCREMENT key: `sqlite_sequence` keeps the
/// highest block id ever given, as it did for the block rows, so the ids of a forgotten
/// document are not given again (`BandMemory.load`).
enum BlockSetInsert {
    static let sql = "INSERT INTO blockSet (lastBlock, firstBlock, document, bandKeys, blocks) VALUES (?, ?, ?, ?, ?)"

    static func insert(_ db: Database, document: Int64, blocks: ClosedRange<Int64>, _ writer: BlockSetCoding.Writer) throws {
        precondition(writer.count == blocks.count, "a block set of another length than its ids")
        let keys = writer.keysBlob()
        let stored = writer.blocksBlob()
        let handle = try db.cachedStatement(sql: sql).sqliteStatement
        // Every parameter is bound again before the statement next runs, so the bindings
        // (pointers into buffers about to be freed) are not cleared: they are never read.
        defer { sqlite3_reset(handle) }
        func check(_ code: CInt) throws {
            guard code == SQLITE_OK else { throw CachedStatementCall.error(code, db, sql: sql) }
        }
        try check(sqlite3_bind_int64(handle, 1, blocks.upperBound))
        try check(sqlite3_bind_int64(handle, 2, blocks.lowerBound))
        try check(sqlite3_bind_int64(handle, 3, document))
        try keys.withUnsafeBytes { keys in
            try stored.withUnsafeBytes { stored in
                // Never empty: each starts with its count.
                try check(sqlite3_bind_blob(handle, 4, keys.baseAddress, CInt(keys.count), nil))
                try check(sqlite3_bind_blob(handle, 5, stored.baseAddress, CInt(stored.count), nil))
                // Bound with no destructor (`SQLITE_STATIC`): SQLite reads the buffers in
                // place, so the statement runs inside their scope.
                let code = sqlite3_step(handle)
                guard code == SQLITE_DONE else { throw CachedStatementCall.error(code, db, sql: sql) }
            }
        }
    }
}
