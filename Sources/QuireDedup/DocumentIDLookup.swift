import Foundation
import GRDB
import GRDBSQLite

/// The id of a recorded document by name, bound and stepped through SQLite's C interface.
///
/// Every lookup that finds candidates asks it (a document never links to an earlier record
/// of itself): through GRDB's `fetchOne` the argument array, its binding and the row decoding
/// cost about as much again as SQLite's search of the name index. The statement is GRDB's
/// cached one, run inside the lookup's open transaction and reset before returning.
enum DocumentIDLookup {
    static let sql = "SELECT id FROM document WHERE name = ?"

    /// SQLite copies what is bound before `bind` returns.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    static func id(_ db: Database, named name: String) throws -> Int64? {
        let handle = try db.cachedStatement(sql: sql).sqliteStatement
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        // As GRDB binds a String: a C string, read to its terminator.
        let bound = name.withCString { sqlite3_bind_text(handle, 1, $0, -1, transient) }
        guard bound == SQLITE_OK else { throw error(bound, db) }
        let code = sqlite3_step(handle)
        if code == SQLITE_DONE { return nil }
        guard code == SQLITE_ROW else { throw error(code, db) }
        return sqlite3_column_int64(handle, 0)
    }

    private static func error(_ code: CInt, _ db: Database) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: sql)
    }
}
