import GRDB
import GRDBSQLite

/// Every stored block's band keys, read into the in-memory table when a process first uses
/// the index (`BandMemory.load`), stepped and decoded through SQLite's C interface.
///
/// This is paid once per process, in proportion to the index: `quire clean` of one page
/// against an index of 95 pages of 30 KB (13,586 keyed blocks, 340,000 keys) spent 109 M
/// instructions loading, against 24 M recording the page. Through GRDB's row cursor each
/// row cost a `Row`, a `Data` made and released, and its keys decoded into an array of their
/// own and inserted one call at a time (about 300 instructions a key). Here the blob is
/// decoded in place into one reused buffer and a block's keys are inserted in one call.
/// The table ends up with the same entries in the same slots: keys are inserted in the same
/// order, without a bucket bound (everything stored was admitted under it when written).
/// The statement runs through `CachedStatementCall`.
///
/// Since session 13 a document's keys are one blob of its `blockSet` row (`BlockSetCoding`),
/// read after the block rows of an index written before: every block set's blocks have ids
/// above those of all block rows (ids only grow), so the keys still go in in block order.
enum BandKeyRowRead {
    static let sql = "SELECT id, bandKeys FROM block WHERE bandKeys IS NOT NULL ORDER BY id"
    static let blockSetSQL = "SELECT firstBlock, bandKeys FROM blockSet ORDER BY lastBlock"

    /// Adds the band keys of every keyed block to `table`, in block order.
    static func load(_ db: Database, into table: inout BandTable, path: String) throws {
        try loadRows(db, into: &table, path: path)
        try CachedStatementCall.run(db, sql: blockSetSQL) { handle in
            try CachedStatementCall.forEachRow(handle, db, sql: blockSetSQL) {
                let first = sqlite3_column_int64(handle, 0)
                let read: Void? = try BlockSetCoding.forEachBlockKeys(CachedStatementCall.blob(handle, 1), firstBlock: first) { block, keys in
                    guard block <= BandTable.maximumBlockID else {
                        throw DedupError.storage(path: path, reason: "more than \(BandTable.maximumBlockID) blocks")
                    }
                    table.insertAll(keys, block: block)
                }
                guard read != nil else { throw DedupError.corrupt(path: path, reason: "the band keys of blocks from \(first) are cut short") }
                return true
            }
        }
    }

    /// The block rows of an index written before session 13.
    private static func loadRows(_ db: Database, into table: inout BandTable, path: String) throws {
        try CachedStatementCall.run(db, sql: sql) { handle in
            var keys: [Int64] = []
            try CachedStatementCall.forEachRow(handle, db, sql: sql) {
                let block = sqlite3_column_int64(handle, 0)
                guard block <= BandTable.maximumBlockID else {
                    throw DedupError.storage(path: path, reason: "more than \(BandTable.maximumBlockID) blocks")
                }
                keys.removeAll(keepingCapacity: true)
                BandKeyCoding.decode(CachedStatementCall.blob(handle, 1), into: &keys)
                table.insertAll(keys[...], block: block)
                return true
            }
        }
    }
}
