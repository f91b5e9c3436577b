import Foundation
import GRDB
import GRDBSQLite

/// The id of a recorded document by name, bound and stepped through SQLite's C interface.
///
/// Every lookup that finds candidates asks it (a document never links to an earlier record
/// of itself): through GRDB's `fetchOne` the argument array, its binding and the row decoding
/// cost about as much again as SQLite's search of the name index. The statement runs
/// through `CachedStatementCall`.
enum DocumentIDLookup {
    static let sql = "SELECT id FROM document WHERE name = ?"

    /// SQLite copies what is bound before `bind` returns.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    static func id(_ db: Database, named name: String) throws -> Int64? {
        try CachedStatementCall.run(db, sql: sql) { handle in
            // As GRDB binds a String: a C string, read to its terminator.
            let bound = name.withCString { sqlite3_bind_text(handle, 1, $0, -1, transient) }
            guard bound == SQLITE_OK else { throw CachedStatementCall.error(bound, db, sql: sql) }
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return nil }
            guard code == SQLITE_ROW else { throw CachedStatementCall.error(code, db, sql: sql) }
            return sqlite3_column_int64(handle, 0)
        }
    }
}
