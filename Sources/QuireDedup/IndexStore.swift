import Foundation
import GRDB

/// A recorded document as the index lists it.
struct StoredDocument: Sendable, Hashable {
    var id: Int64
    var name: String
    var blocks: ClosedRange<Int64>?
}

/// A block prepared for recording: what is stored, and its band keys if it is looked up.
struct BlockRecord: Sendable {
    var ordinal: Int
    var xmlID: String
    var values: [UInt32]
    var sampled: Bool
    var bandKeys: [Int64]
}

/// The SQL behind `DuplicateIndex`. Plain statements, no ORM: the hot paths are band lookups
/// and bulk inserts, and each is one cached prepared statement.
struct IndexStore: Sendable {
    let database: DatabaseQueue
    let path: String

    /// Runs `body`, turning SQLite errors into `DedupError`s that name the file.
    func guarded<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as DatabaseError { throw IndexDatabase.translate(error, path: path) }
    }

    // MARK: Parameters

    func checkParameters(_ expected: [String: String]) throws {
        try guarded {
            try database.write { db in
                let stored = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT key, value FROM meta").map {
                    (row: Row) in (row["key"] as String, row["value"] as String)
                })
                if stored.isEmpty {
                    for (key, value) in expected {
                        try db.execute(sql: "INSERT INTO meta (key, value) VALUES (?, ?)", arguments: [key, value])
                    }
                    return
                }
                for key in expected.keys.sorted() where stored[key] != expected[key] {
                    throw DedupError.incompatibleIndex(path: path, parameter: key, stored: stored[key] ?? "(none)", configured: expected[key]!)
                }
            }
        }
    }

    // MARK: Lookups

    func documentName(sha256: String) throws -> String? {
        try guarded {
            try database.read { db in
                try String.fetchOne(db, sql: "SELECT name FROM document WHERE sha256 = ? ORDER BY id LIMIT 1", arguments: [sha256])
            }
        }
    }

    /// Blocks sharing any of `keys`, with the number of distinct keys each block matched.
    /// Buckets hold at most `maximumBucket` blocks, the first recorded (see `record`), so a
    /// lookup reads a bounded number of rows however large the index grows.
    func blocksMatching(keys: [Int64]) throws -> [Int64: Int] {
        let distinct = Array(Set(keys))
        return try guarded {
            try database.read { db in
                var hits: [Int64: Int] = [:]
                for chunk in Self.chunks(distinct) {
                    let statement = try db.cachedStatement(sql: "SELECT block FROM band WHERE key IN (\(Self.placeholders(chunk.count)))")
                    statement.setUncheckedArguments(StatementArguments(chunk))
                    let blocks = try Int64.fetchCursor(statement)
                    while let block = try blocks.next() { hits[block, default: 0] += 1 }
                }
                return hits
            }
        }
    }

    /// The documents holding `blocks` (blocks that no longer exist are ignored).
    func documents(holding blocks: some Collection<Int64>) throws -> [Int64: Int64] {
        let ids = Array(blocks)
        return try guarded {
            try database.read { db in
                var result: [Int64: Int64] = [:]
                for chunk in Self.chunks(ids) {
                    let statement = try db.cachedStatement(sql: "SELECT id, document FROM block WHERE id IN (\(Self.placeholders(chunk.count)))")
                    statement.setUncheckedArguments(StatementArguments(chunk))
                    let rows = try Row.fetchCursor(statement)
                    while let row = try rows.next() { result[row[0]] = row[1] }
                }
                return result
            }
        }
    }

    /// Lists of exactly `lookupBatch` values, the last padded with -1 (never a key or an id):
    /// one SQL text, so one prepared statement, however many values a document brings.
    private static let lookupBatch = 256

    private static func chunks(_ values: [Int64]) -> [[Int64]] {
        stride(from: 0, to: values.count, by: lookupBatch).map { start in
            let chunk = Array(values[start..<min(start + lookupBatch, values.count)])
            return chunk + Array(repeating: -1, count: lookupBatch - chunk.count)
        }
    }

    private static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ",")
    }

    func document(id: Int64) throws -> StoredDocument? {
        try guarded { try database.read { db in try Self.document(db, sql: "SELECT * FROM document WHERE id = ?", arguments: [id]) } }
    }

    func document(named name: String) throws -> StoredDocument? {
        try guarded { try database.read { db in try Self.document(db, sql: "SELECT * FROM document WHERE name = ?", arguments: [name]) } }
    }

    private static func document(_ db: Database, sql: String, arguments: StatementArguments) throws -> StoredDocument? {
        guard let row = try Row.fetchOne(db, sql: sql, arguments: arguments) else { return nil }
        let first: Int64? = row["firstBlock"]
        let last: Int64? = row["lastBlock"]
        var range: ClosedRange<Int64>?
        if let first, let last, first <= last { range = first...last }
        return StoredDocument(id: row["id"], name: row["name"], blocks: range)
    }

    func storedBlocks(of document: StoredDocument) throws -> [StoredBlock] {
        guard let range = document.blocks else { return [] }
        return try guarded {
            try database.read { db in
                let statement = try db.cachedStatement(
                    sql: "SELECT id, xmlID, sampled, shingleValues FROM block WHERE id BETWEEN ? AND ? ORDER BY id")
                return try Row.fetchAll(statement, arguments: [range.lowerBound, range.upperBound]).map { row in
                    StoredBlock(rowID: row[0], xmlID: row[1], values: Self.decode(row[3]), sampled: row[2])
                }
            }
        }
    }

    // MARK: Writing

    /// Records `document` in one transaction, replacing an earlier record of the same name.
    func record(
        name: String, sha256: String, blocks: [BlockRecord], sections: [SectionRecord], maximumBucket: Int, at date: Date
    ) throws {
        try guarded {
            try database.write { db in
                // A document recorded again keeps its place in first-seen order, and the
                // sections of later documents that point at it.
                let documentID: Int64
                if let existing = try Self.document(db, sql: "SELECT * FROM document WHERE name = ?", arguments: [name]) {
                    documentID = existing.id
                    if let range = existing.blocks {
                        try db.execute(sql: "DELETE FROM block WHERE id BETWEEN ? AND ?", arguments: [range.lowerBound, range.upperBound])
                    }
                    try db.execute(sql: "DELETE FROM section WHERE document = ?", arguments: [documentID])
                    try db.execute(
                        sql: "UPDATE document SET sha256 = ?, recordedAt = ?, blockCount = ? WHERE id = ?",
                        arguments: [sha256, date.timeIntervalSince1970, blocks.count, documentID])
                } else {
                    try db.execute(
                        sql: "INSERT INTO document (name, sha256, recordedAt, blockCount) VALUES (?, ?, ?, ?)",
                        arguments: [name, sha256, date.timeIntervalSince1970, blocks.count])
                    documentID = db.lastInsertedRowID
                }
                let insertBlock = try db.cachedStatement(
                    sql: "INSERT INTO block (document, ordinal, xmlID, sampled, shingleValues) VALUES (?, ?, ?, ?, ?)")
                var first: Int64?
                var last: Int64?
                var bandRows: [(key: Int64, block: Int64)] = []
                for block in blocks {
                    try insertBlock.execute(arguments: [documentID, block.ordinal, block.xmlID, block.sampled, Self.encode(block.values)])
                    let blockID = db.lastInsertedRowID
                    if first == nil { first = blockID }
                    last = blockID
                    for key in block.bandKeys { bandRows.append((key, blockID)) }
                }
                try Self.insertBands(bandRows, maximumBucket: maximumBucket, db)
                try db.execute(
                    sql: "UPDATE document SET firstBlock = ?, lastBlock = ? WHERE id = ?", arguments: [first, last, documentID])
                let insertSection = try db.cachedStatement(sql: """
                    INSERT INTO section (document, counterpart, blockIDs, counterpartBlockIDs, similarity)
                    SELECT ?, id, ?, ?, ? FROM document WHERE name = ?
                    """)
                for section in sections {
                    try insertSection.execute(arguments: [
                        documentID, section.blockIDs.joined(separator: " "), section.counterpartBlockIDs.joined(separator: " "),
                        section.similarity, section.counterpart,
                    ])
                }
            }
        }
    }

    /// Inserts band rows, many per statement. A bucket stops growing once full: the first
    /// blocks to hold a text (its originals) stay findable, and lookups stay bounded.
    private static func insertBands(_ rows: [(key: Int64, block: Int64)], maximumBucket: Int, _ db: Database) throws {
        // Batches of a few fixed sizes, so that a handful of prepared statements serve all.
        var start = 0
        while start < rows.count {
            let batch = [256, 64, 16, 4, 1].first { $0 <= rows.count - start }!
            let chunk = rows[start..<(start + batch)]
            start += batch
            let statement = try db.cachedStatement(sql: """
                WITH v(k, b) AS (VALUES \(Array(repeating: "(?,?)", count: chunk.count).joined(separator: ",")))
                INSERT OR IGNORE INTO band (key, block) SELECT k, b FROM v
                WHERE (SELECT count(*) FROM (SELECT 1 FROM band WHERE key = v.k LIMIT \(maximumBucket))) < \(maximumBucket)
                """)
            var values: [Int64] = []
            values.reserveCapacity(chunk.count * 2)
            for row in chunk { values.append(row.key); values.append(row.block) }
            statement.setUncheckedArguments(StatementArguments(values))
            try statement.execute()
        }
    }

    /// Forgets `name`; returns false when it was not recorded.
    func forget(name: String) throws -> Bool {
        try guarded {
            try database.write { db in
                guard let existing = try Self.document(db, sql: "SELECT * FROM document WHERE name = ?", arguments: [name]) else {
                    return false
                }
                try Self.delete(existing, db)
                return true
            }
        }
    }

    /// Deletes a document, its blocks, its band rows and its sections (both directions).
    /// Sweeping the band rows scans the band table, which is why routine re-recording leaves
    /// them behind, to be ignored by lookups.
    private static func delete(_ document: StoredDocument, _ db: Database) throws {
        if let range = document.blocks {
            try db.execute(sql: "DELETE FROM band WHERE block BETWEEN ? AND ?", arguments: [range.lowerBound, range.upperBound])
            try db.execute(sql: "DELETE FROM block WHERE id BETWEEN ? AND ?", arguments: [range.lowerBound, range.upperBound])
        }
        try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [document.id])
    }

    // MARK: Encoding

    static func encode(_ values: [UInt32]) -> Data {
        var data = Data(capacity: values.count * 4)
        for value in values { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    static func decode(_ data: Data) -> [UInt32] {
        var values = [UInt32](repeating: 0, count: data.count / 4)
        data.withUnsafeBytes { raw in
            for index in values.indices { values[index] = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self)) }
        }
        return values
    }
}

/// A duplicated section as stored for `quire dups`.
struct SectionRecord: Sendable, Hashable {
    var blockIDs: [String]
    var counterpart: String
    var counterpartBlockIDs: [String]
    var similarity: Double
}
