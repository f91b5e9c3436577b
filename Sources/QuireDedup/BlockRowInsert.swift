import Foundation
import GRDB
import GRDBSQLite

/// The inserts of one document's block rows, bound and stepped through SQLite's C interface,
/// up to `rowsPerStatement` rows a statement.
///
/// This is what `record` runs once per paragraph. Through GRDB's `execute(arguments:)` it
/// cost about twice SQLite's own work: the seven arguments were boxed as
/// `DatabaseValueConvertible` existentials in a `StatementArguments` array, the two blobs
/// built as `Data`, and each binding went through a generic recursion. Here the values are
/// bound in place: the stored values straight from their array (little-endian, as
/// `IndexStore.encode` writes them) and the band keys from one buffer of the pending rows.
///
/// Several rows a statement, because `block` is an AUTOINCREMENT table: every INSERT
/// statement reads its row of `sqlite_sequence` when it starts and writes it back when it
/// ends, and opens and closes a statement of its own, which for a paragraph's row cost about
/// as much as inserting the row (some 10,500 instructions a row in all). A statement of
/// sixteen rows pays for that once. The rows, their ids and the sequence are the same. The
/// statements are GRDB's cached ones, run inside GRDB's open transaction; nothing GRDB
/// observes changes.
struct BlockRowInsert {
    /// Rows bound to one statement; a document's last rows go in one statement of their count.
    static let rowsPerStatement = 16
    static let columns = 7

    static func sql(rows: Int) -> String {
        "INSERT INTO block (id, document, ordinal, xmlID, sampled, shingleValues, bandKeys) VALUES "
            + repeatElement("(?, ?, ?, ?, ?, ?, ?)", count: rows).joined(separator: ", ")
    }

    private static let fullSQL = sql(rows: rowsPerStatement)

    /// A pending row's scalar columns and where its three byte columns lie in the buffers.
    private struct PendingRow {
        var id: Int64
        var ordinal: Int
        var sampled: Bool
        var xmlID: Range<Int>
        var values: Range<Int>
        /// Empty for a row without keys (stored as NULL).
        var keys: Range<Int>
    }

    let db: Database
    let document: Int64
    private var pending: [PendingRow] = []
    /// The pending rows' byte columns, each kind back to back: xml:id text (UTF-8), stored
    /// values (little-endian) and band keys (`BandKeyCoding`). Bound without a copy
    /// (`SQLITE_STATIC`, valid until the statement has run): SQLite's copy of every bound
    /// text and blob was an allocation and a free each, a fifth of what a row cost.
    private var textBytes: [UInt8] = []
    private var valueWords: [UInt32] = []
    private var keyBytes: [UInt8] = []

    init(_ db: Database, document: Int64) {
        self.db = db
        self.document = document
        pending.reserveCapacity(Self.rowsPerStatement)
    }

    /// Adds a row, written with the next rows (at the latest by `flush()`).
    mutating func insert(id: Int64, ordinal: Int, xmlID: String, sampled: Bool, values: [UInt32], bandKeys: [Int64]) throws {
        let textStart = textBytes.count
        textBytes.append(contentsOf: xmlID.utf8)
        let valueStart = valueWords.count
        #if _endian(little)
        valueWords.append(contentsOf: values)
        #else
        valueWords.append(contentsOf: values.lazy.map(\.littleEndian))
        #endif
        let keyStart = keyBytes.count
        if !bandKeys.isEmpty {
            // Encoded on the stack and appended in one copy: appending zeros to encode over
            // went through the generic sequence path, some 400 instructions a row.
            let length = bandKeys.count * BandKeyCoding.width
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { bytes in
                BandKeyCoding.encode(bandKeys, into: UnsafeMutableRawBufferPointer(bytes))
                keyBytes.append(contentsOf: bytes)
            }
        }
        pending.append(PendingRow(
            id: id, ordinal: ordinal, sampled: sampled, xmlID: textStart..<textBytes.count,
            values: valueStart..<valueWords.count, keys: keyStart..<keyBytes.count))
        if pending.count == Self.rowsPerStatement { try flush() }
    }

    /// Writes the pending rows. Must be called once the document's last row is added.
    mutating func flush() throws {
        guard !pending.isEmpty else { return }
        let sql = pending.count == Self.rowsPerStatement ? Self.fullSQL : Self.sql(rows: pending.count)
        let handle = try db.cachedStatement(sql: sql).sqliteStatement
        defer {
            // Every parameter is bound again before the statement next runs, so the bindings
            // (pointers into buffers about to be reused) are not cleared: they are never read.
            sqlite3_reset(handle)
            pending.removeAll(keepingCapacity: true)
            textBytes.removeAll(keepingCapacity: true)
            valueWords.removeAll(keepingCapacity: true)
            keyBytes.removeAll(keepingCapacity: true)
        }
        // SQLite reads a zero-length blob's pointer only to tell it from NULL.
        let nowhere = UnsafeRawPointer(bitPattern: 1)!
        try textBytes.withUnsafeBytes { text in
        try valueWords.withUnsafeBytes { values in
        try keyBytes.withUnsafeBytes { keys in
            func bytes(_ buffer: UnsafeRawBufferPointer, _ range: Range<Int>) -> (UnsafeRawPointer, CInt) {
                (buffer.baseAddress.map { $0 + range.lowerBound } ?? nowhere, CInt(range.count))
            }
            for (index, row) in pending.enumerated() {
                let first = CInt(index * Self.columns)
                try check(sqlite3_bind_int64(handle, first + 1, row.id), sql)
                try check(sqlite3_bind_int64(handle, first + 2, document), sql)
                try check(sqlite3_bind_int64(handle, first + 3, Int64(row.ordinal)), sql)
                let id = bytes(text, row.xmlID)
                try check(sqlite3_bind_text(handle, first + 4, id.0.assumingMemoryBound(to: CChar.self), id.1, nil), sql)
                try check(sqlite3_bind_int64(handle, first + 5, row.sampled ? 1 : 0), sql)
                let stored = bytes(values, row.values.lowerBound * 4..<row.values.upperBound * 4)
                try check(sqlite3_bind_blob(handle, first + 6, stored.0, stored.1, nil), sql)
                if row.keys.isEmpty {
                    try check(sqlite3_bind_null(handle, first + 7), sql)
                } else {
                    let bandKeys = bytes(keys, row.keys)
                    try check(sqlite3_bind_blob(handle, first + 7, bandKeys.0, bandKeys.1, nil), sql)
                }
            }
            // Bound with no destructor (nil, `SQLITE_STATIC`): SQLite reads the buffers in
            // place, so the statement runs inside their scope.
            let code = sqlite3_step(handle)
            guard code == SQLITE_DONE else { throw error(code, sql) }
        }
        }
        }
    }

    private func check(_ code: CInt, _ sql: String) throws {
        guard code == SQLITE_OK else { throw error(code, sql) }
    }

    private func error(_ code: CInt, _ sql: String) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: sql)
    }
}
