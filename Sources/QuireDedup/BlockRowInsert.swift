import Foundation
import GRDB
import GRDBSQLite

/// The insert of one block row, bound and stepped through SQLite's C interface.
///
/// This is the statement `record` runs once per paragraph. Through GRDB's
/// `execute(arguments:)` it cost about twice SQLite's own work: the seven arguments were
/// boxed as `DatabaseValueConvertible` existentials in a `StatementArguments` array, the two
/// blobs built as `Data`, and each binding went through a generic recursion (some 13,000
/// instructions a row, 8 % of looking up and recording a document). Here the values are
/// bound in place: the stored values straight from their array (little-endian, as
/// `IndexStore.encode` writes them) and the band keys from a stack buffer. The statement is
/// GRDB's cached one, run inside GRDB's open transaction; nothing GRDB observes changes.
struct BlockRowInsert {
    static let sql = "INSERT INTO block (id, document, ordinal, xmlID, sampled, shingleValues, bandKeys) VALUES (?, ?, ?, ?, ?, ?, ?)"

    let statement: Statement
    let db: Database

    init(_ db: Database) throws {
        self.db = db
        self.statement = try db.cachedStatement(sql: Self.sql)
    }

    /// SQLite copies what is bound before `bind` returns.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    func insert(id: Int64, document: Int64, ordinal: Int, xmlID: String, sampled: Bool, values: [UInt32], bandKeys: [Int64]) throws {
        let handle = statement.sqliteStatement
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        try check(sqlite3_bind_int64(handle, 1, id))
        try check(sqlite3_bind_int64(handle, 2, document))
        try check(sqlite3_bind_int64(handle, 3, Int64(ordinal)))
        try xmlID.withCString { text in try check(sqlite3_bind_text(handle, 4, text, -1, Self.transient)) }
        try check(sqlite3_bind_int64(handle, 5, sampled ? 1 : 0))
        #if _endian(little)
        try values.withUnsafeBytes { bytes in
            try check(sqlite3_bind_blob(handle, 6, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1), CInt(bytes.count), Self.transient))
        }
        #else
        try IndexStore.encode(values).withUnsafeBytes { bytes in
            try check(sqlite3_bind_blob(handle, 6, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1), CInt(bytes.count), Self.transient))
        }
        #endif
        if bandKeys.isEmpty {
            try check(sqlite3_bind_null(handle, 7))
        } else {
            try withUnsafeTemporaryAllocation(byteCount: bandKeys.count * BandKeyCoding.width, alignment: 1) { buffer in
                BandKeyCoding.encode(bandKeys, into: buffer)
                try check(sqlite3_bind_blob(handle, 7, buffer.baseAddress, CInt(buffer.count), Self.transient))
            }
        }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else { throw error(code) }
    }

    private func check(_ code: CInt) throws {
        guard code == SQLITE_OK else { throw error(code) }
    }

    private func error(_ code: CInt) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: Self.sql)
    }
}
