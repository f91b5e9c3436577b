import GRDB
import GRDBSQLite

/// The one place the index steps a statement through SQLite's C interface (`BlockRowRead`,
/// `DocumentIDLookup`): GRDB's cached statement, used inside the caller's open transaction and
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

    static func error(_ code: CInt, _ db: Database, sql: String) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: sql)
    }
}
