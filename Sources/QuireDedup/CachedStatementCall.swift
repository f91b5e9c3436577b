import GRDB
import GRDBSQLite

/// The one place the index steps a statement through SQLite's C interface (`BlockRowRead`,
/// `BandKeyRowRead`, `DocumentIDLookup`): GRDB's cached statement, used inside the caller's open transaction and
/// reset with its bindings cleared before returning, so nothing GRDB observes changes; a C
/// result code becomes GRDB's `DatabaseError`.
enum CachedStatementCall {
    static func run<T>(_ db: Database, sql: String, _ body: (OpaquePointer) throws -> T) throws -> T {
        let handle = try db.cachedStatement(sql: sql).sqliteStatement
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        return try body(handle)
    }

    /// Steps the statement through its rows, calling `row` at each; `row` returns false to stop
    /// early (`run` resets the statement, so the rows left are never read).
    @inline(__always)
    static func forEachRow(_ handle: OpaquePointer, _ db: Database, sql: String, _ row: () throws -> Bool) throws {
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw error(code, db, sql: sql) }
            guard try row() else { return }
        }
    }

    /// The current row's BLOB in `column`, where SQLite holds it (valid until the next step);
    /// NULL gives no bytes.
    @inline(__always)
    static func blob(_ handle: OpaquePointer, _ column: CInt) -> UnsafeRawBufferPointer {
        let start = sqlite3_column_blob(handle, column)
        return UnsafeRawBufferPointer(start: start, count: start == nil ? 0 : Int(sqlite3_column_bytes(handle, column)))
    }

    static func error(_ code: CInt, _ db: Database, sql: String) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: sql)
    }
}
