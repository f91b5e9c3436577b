import Foundation
import GRDB
import GRDBSQLite

/// Stored block rows read by id range, stepped and decoded through SQLite's C interface.
///
/// Lookups read the blocks of the candidate documents not held prepared, and the one earlier
/// block of each sole match (`SoleMatchCheck`); both grow with the index (at 10,000
/// documents about twice as many rows a lookup as at 1,000). Through GRDB's row cursor each
/// row cost a `Row`, a cursor, argument arrays and a closure per column, about as much as
/// SQLite's own work. The statement runs through `CachedStatementCall`.
///
/// Since session 13 a document's blocks are one `blockSet` row (`BlockSetCoding`), keyed by
/// its last block id: the row holding a block is the first whose key is not below it, and
/// reading stops at the row that ends the range (stepping on to the next row until it lay
/// past the range was a third of the steps at 10,000 documents). Block rows are read only
/// when the block sets do not hold the whole range (an index written before, or a block
/// forgotten since).
enum BlockRowRead {
    static let sql = "SELECT id, xmlID, sampled, shingleValues FROM block WHERE id BETWEEN ? AND ? ORDER BY id"
    static let blockSetSQL = "SELECT firstBlock, blocks, lastBlock FROM blockSet WHERE lastBlock >= ? ORDER BY lastBlock"

    /// The stored blocks whose ids are in `range`, in order.
    static func blocks(_ db: Database, in range: ClosedRange<Int64>) throws -> [StoredBlock] {
        var blocks = try blockSets(db, in: range)
        guard blocks.count < range.count else { return blocks }
        let rows = try self.rows(db, in: range)
        guard !rows.isEmpty else { return blocks }
        blocks += rows
        blocks.sort { $0.rowID < $1.rowID }
        return blocks
    }

    /// The blocks of `range` that block sets hold, in order.
    private static func blockSets(_ db: Database, in range: ClosedRange<Int64>) throws -> [StoredBlock] {
        try CachedStatementCall.run(db, sql: blockSetSQL) { handle in
            let code = sqlite3_bind_int64(handle, 1, range.lowerBound)
            guard code == SQLITE_OK else { throw CachedStatementCall.error(code, db, sql: blockSetSQL) }
            var blocks: [StoredBlock] = []
            try CachedStatementCall.forEachRow(handle, db, sql: blockSetSQL) {
                let first = sqlite3_column_int64(handle, 0)
                // Sets ascend and do not overlap: past the range, none holds any of it.
                if first > range.upperBound { return false }
                guard BlockSetCoding.decode(CachedStatementCall.blob(handle, 1), firstBlock: first, in: range, into: &blocks) != nil else {
                    throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "the blocks from \(first) are cut short", sql: blockSetSQL)
                }
                // Unless the range ends in this set, the next may hold more of it.
                return sqlite3_column_int64(handle, 2) < range.upperBound
            }
            return blocks
        }
    }

    /// The block rows of `range` (an index written before session 13), in order.
    private static func rows(_ db: Database, in range: ClosedRange<Int64>) throws -> [StoredBlock] {
        try CachedStatementCall.run(db, sql: sql) { handle in
            func bind(_ parameter: CInt, _ value: Int64) throws {
                let code = sqlite3_bind_int64(handle, parameter, value)
                guard code == SQLITE_OK else { throw CachedStatementCall.error(code, db, sql: sql) }
            }
            try bind(1, range.lowerBound)
            try bind(2, range.upperBound)
            var blocks: [StoredBlock] = []
            try CachedStatementCall.forEachRow(handle, db, sql: sql) {
                blocks.append(StoredBlock(
                    rowID: sqlite3_column_int64(handle, 0), xmlID: text(handle, 1), values: values(handle, 3),
                    sampled: sqlite3_column_int64(handle, 2) != 0))
                return true
            }
            return blocks
        }
    }

    /// A TEXT column as GRDB reads it: its UTF-8 bytes (an empty string for NULL).
    private static func text(_ handle: OpaquePointer, _ column: CInt) -> String {
        guard let bytes = sqlite3_column_text(handle, column) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, column))), as: UTF8.self)
    }

    /// A blob of little-endian 4-byte values (`IndexStore.encode`), decoded in place; NULL
    /// or empty gives no values.
    private static func values(_ handle: OpaquePointer, _ column: CInt) -> [UInt32] {
        let raw = CachedStatementCall.blob(handle, column)
        let count = raw.count / 4
        return [UInt32](unsafeUninitializedCapacity: count) { values, written in
            for index in 0..<count { values[index] = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self)) }
            written = count
        }
    }
}
