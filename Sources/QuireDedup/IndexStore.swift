import Foundation
import GRDB

/// A recorded document as the index lists it.
struct StoredDocument: Sendable, Hashable {
    var id: Int64
    var name: String
    var blocks: ClosedRange<Int64>?
}

/// How many (distinct key, block) matches a lookup found in one document, and one of them:
/// the only one when `matches` is 1 (a sole match, `SoleMatchCheck`), in the only block
/// matched when all are in one.
struct DocumentScore: Sendable, Hashable {
    var matches: Int
    /// An index into the lookup's keys.
    var oneKey: Int
    var oneBlock: Int64
    /// The document's blocks, from the in-memory ranges.
    var blocks: ClosedRange<Int64>
    /// When every match is in `oneBlock`: where the matches lie in the lookup's sorted
    /// match list (their key positions, for `SoleMatchCheck`, are read from there for the
    /// few documents that become candidates: a list made per scored document was an
    /// allocation and a release for each of the dozens a lookup scores).
    var oneBlockMatches: Range<Int>?

    /// The key positions of the matches in `oneBlockMatches`, ascending; empty when the
    /// matches are in several blocks.
    func keysInOneBlock(_ matches: [UInt64]) -> [Int] {
        oneBlockMatches.map { matches[$0].map { Int(truncatingIfNeeded: $0 & 0xFFFF_FFFF) } } ?? []
    }
}

/// A block prepared for recording: what is stored, and its band keys if it is looked up.
struct BlockRecord: Sendable {
    var ordinal: Int
    var xmlID: String
    var values: [UInt32]
    var sampled: Bool
    /// A slice of the lookup's keys (`DuplicateIndex.lookupKeys(for:)`).
    var bandKeys: ArraySlice<Int64>
}

/// The SQL behind `DuplicateIndex`. Plain statements, no ORM: the hot path is the bulk insert
/// of a document's blocks, one cached prepared statement; band lookups go to `BandMemory`.
struct IndexStore: Sendable {
    let database: DatabaseQueue
    let path: String
    /// The band index, in memory; SQLite keeps the keys in the block rows.
    let memory = BandMemory()
    /// Records written but not yet committed, when writes are batched.
    let batch = WriteBatch()

    /// Runs `body`, turning SQLite errors into `DedupError`s that name the file.
    func guarded<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as DatabaseError { throw IndexDatabase.translate(error, path: path) }
    }

    // MARK: Parameters

    func checkParameters(_ expected: [String: String]) throws {
        func stored(_ db: Database) throws -> [String: String] {
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT key, value FROM meta").map {
                (row: Row) in (row["key"] as String, row["value"] as String)
            })
        }
        // Read first: opening an index another process is writing to (a batch of `quire
        // clean`, see `WriteBatch`) must not wait for its write lock.
        let found = try guarded { try database.read(stored) }
        if !found.isEmpty {
            for key in expected.keys.sorted() where found[key] != expected[key] {
                throw DedupError.incompatibleIndex(path: path, parameter: key, stored: found[key] ?? "(none)", configured: expected[key]!)
            }
            return
        }
        try guarded {
            try database.write { db in
                let stored = try stored(db)
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

    func documentName(sha256: String) throws -> (id: Int64, name: String)? {
        try read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT id, name FROM document WHERE sha256 = ? ORDER BY id LIMIT 1"), arguments: [sha256])
                .map { ($0[0], $0[1]) }
        }
    }

    /// Runs `body` in one read transaction: the queries of one lookup see one state of the
    /// index and pay for one transaction.
    /// Inside an open batch (see `WriteBatch`) the batch's transaction is that state: it
    /// holds this connection's pending records, which later lookups must see.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try guarded {
            try database.writeWithoutTransaction { db in
                // Asked on the database queue, where batches open and close.
                if batch.isOpen { return try body(db) }
                return try Self.inTransaction(db, "BEGIN DEFERRED", body)
            }
        }
    }

    /// Runs `body` in a transaction opened by `begin`, through statements prepared once:
    /// GRDB's `read` and `write` prepare their BEGIN, COMMIT, SAVEPOINT and `query_only`
    /// statements anew every time, which cost as much as a document's own SQL.
    func transaction<T>(_ begin: String, _ body: (Database) throws -> T) throws -> T {
        try guarded { try database.writeWithoutTransaction { db in try Self.inTransaction(db, begin, body) } }
    }

    private static func inTransaction<T>(_ db: Database, _ begin: String, _ body: (Database) throws -> T) throws -> T {
        try db.cachedStatement(sql: begin).execute()
        let result: T
        do {
            result = try body(db)
            try db.cachedStatement(sql: "COMMIT").execute()
        } catch {
            if !db.isInsideTransaction { throw error }
            try? db.execute(sql: "ROLLBACK")
            throw error
        }
        return result
    }

    /// Recorded documents whose blocks share any of `keys`, each with the number of
    /// (distinct key, block) matches, in ascending document order. Buckets hold at most
    /// `maximumBucket` blocks, the first recorded (see `record`), so a lookup touches a bounded
    /// number of entries however large the index grows; blocks of forgotten or re-recorded
    /// documents are ignored.
    ///
    /// The matches are gathered as `block << 32 | key position` words and sorted, by block
    /// and then position, so that the blocks of one document are consecutive: one range
    /// search per document instead of a binary search and a dictionary update per match.
    /// `matches` is the sorted match list the scores' `oneBlockMatches` point into.
    ///
    /// A key given more than once counts once, at its first position. Every key is probed,
    /// repeats included, and the repeats are removed from the matches: the band table's
    /// presence filter passes over almost all keys, and only the few that match (some
    /// seventy of a page's 12,500) need their first position, where removing repeats from
    /// all the keys first (a hash table of them, cleared per lookup) was a third of scoring.
    func documentScores(_ db: Database, keys: [Int64]) throws -> (scores: [(document: Int64, score: DocumentScore)], matches: [UInt64]) {
        try memory.with(db, path: path, writing: batch.isOpen) { loaded in
            var matches: [UInt64] = []
            loaded.table.forEachBlock(ofKeys: keys) { position, block in
                matches.append(UInt64(truncatingIfNeeded: block) << 32 | UInt64(truncatingIfNeeded: position))
            }
            Self.countEachKeyOnce(&matches, keys: keys)
            return (Self.scores(ofSortedMatches: matches, in: loaded.ranges), matches)
        }
    }

    /// Sorts `block << 32 | key position` matches and gives each the first position of its
    /// key in `keys`, dropping the repeats this makes (a key found at several positions
    /// matched the same blocks at each): what probing each distinct key once, at its first
    /// position, finds.
    ///
    /// The first positions are kept in a flat table sized for the matches (`BandKeySlots`):
    /// a `Dictionary` hashed every match through the standard library's hasher, and the
    /// matches grow with the index (140 a lookup at 100,000 documents, where that was 110,000
    /// instructions a document, 6 %).
    static func countEachKeyOnce(_ matches: inout [UInt64], keys: [Int64]) {
        guard !matches.isEmpty else { return }
        let capacity = BandKeySlots.capacity(for: matches.count)
        // The keys' slots, then the first position of each at its slot's index, past them.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * capacity) { memory in
            let slots = BandKeySlots(memory, capacity: capacity)
            keys.withUnsafeBufferPointer { keys in
                matches.withUnsafeMutableBufferPointer { matches in
                    // Positions ascend in the matches of one key (keys are probed in order):
                    // the first met is the first.
                    for index in matches.indices {
                        let position = matches[index] & 0xFFFF_FFFF
                        let (slot, isNew) = slots.claim(keys[Int(truncatingIfNeeded: position)])
                        if isNew { memory[capacity + slot] = position }
                        matches[index] = matches[index] & 0xFFFF_FFFF_0000_0000 | memory[capacity + slot]
                    }
                }
            }
        }
        sortSpreadingBlocks(&matches)
        var kept = 1
        for index in 1..<matches.count where matches[index] != matches[kept - 1] {
            matches[kept] = matches[index]
            kept += 1
        }
        matches.removeLast(matches.count - kept)
    }

    /// `RadixSort.sort` of `block << 32 | key position` words, with the blocks spread over the
    /// high halves while they are sorted: moved down by the lowest and shifted up until the
    /// highest fills 32 bits, an order-keeping change undone after.
    ///
    /// The radix sort buckets words by their top bits, and block ids are small numbers that
    /// share them: every match fell in one bucket, the insertion pass ran out of its budget
    /// and four counting passes followed (39,000 instructions a lookup at 100,000 documents,
    /// for 140 matches, and growing faster than the matches).
    static func sortSpreadingBlocks(_ matches: inout [UInt64]) {
        guard matches.count > 1 else { return }
        matches.withUnsafeMutableBufferPointer { matches in
            var lowest = UInt64.max
            var highest: UInt64 = 0
            for match in matches {
                lowest = min(lowest, match >> 32)
                highest = max(highest, match >> 32)
            }
            // 32 when all blocks are one: every high half becomes 0, and comes back.
            let spread = UInt64(UInt32(truncatingIfNeeded: highest - lowest).leadingZeroBitCount)
            for index in matches.indices {
                matches[index] = (((matches[index] >> 32) - lowest) << spread) << 32 | matches[index] & 0xFFFF_FFFF
            }
            RadixSort.sort(matches)
            for index in matches.indices {
                matches[index] = (((matches[index] >> 32) >> spread) + lowest) << 32 | matches[index] & 0xFFFF_FFFF
            }
        }
    }

    /// Groups matches sorted by block (`block << 32 | key position`) by the document holding
    /// the block.
    static func scores(ofSortedMatches matches: [UInt64], in ranges: DocumentRanges) -> [(document: Int64, score: DocumentScore)] {
        var result: [(document: Int64, score: DocumentScore)] = []
        var index = 0
        while index < matches.count {
            let block = Int64(truncatingIfNeeded: matches[index] >> 32)
            guard let holder = ranges.entry(holding: block) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < matches.count && Int64(truncatingIfNeeded: matches[end] >> 32) <= holder.last { end += 1 }
            // Sorted by block: all in one block when the last is the first.
            result.append((holder.document, DocumentScore(
                matches: end - index, oneKey: Int(truncatingIfNeeded: matches[index] & 0xFFFF_FFFF), oneBlock: block,
                blocks: holder.first...holder.last, oneBlockMatches: matches[end - 1] >> 32 == matches[index] >> 32 ? index..<end : nil)))
            index = end
        }
        return result
    }

    /// `keys` without repeats, in first-seen order.
    static func distinct(_ keys: [Int64]) -> [Int64] {
        distinctPositions(keys).map { keys[$0] }
    }

    /// The positions of the first occurrence of each key, ascending, from a flat table sized
    /// for the thousand-odd keys of a lookup (`BandKeySlots`): a fraction of a `Set`.
    static func distinctPositions(_ keys: [Int64]) -> [Int] {
        let capacity = BandKeySlots.capacity(for: keys.count)
        return [Int](unsafeUninitializedCapacity: keys.count) { result, written in
            var count = 0
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: capacity) { memory in
                let slots = BandKeySlots(memory, capacity: capacity)
                keys.withUnsafeBufferPointer { keys in
                    for position in keys.indices where slots.claim(keys[position]).isNew {
                        result[count] = position
                        count += 1
                    }
                }
            }
            written = count
        }
    }

    /// The id of the recorded document `name`, if any.
    func documentID(_ db: Database, named name: String) throws -> Int64? {
        try DocumentIDLookup.id(db, named: name)
    }

    /// The name of the recorded document `id`, if any.
    func documentName(_ db: Database, id: Int64) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT name FROM document WHERE id = ?"), arguments: [id])
    }

    func document(named name: String) throws -> StoredDocument? {
        try flush()
        return try guarded { try database.read { db in try Self.document(db, sql: "SELECT id, name, firstBlock, lastBlock FROM document WHERE name = ?", arguments: [name]) } }
    }

    /// `sql` selects `id, name, firstBlock, lastBlock`.
    private static func document(_ db: Database, sql: String, arguments: StatementArguments) throws -> StoredDocument? {
        // Columns by position: GRDB's look-up by name folds case and hashes every time.
        guard let row = try Row.fetchOne(db.cachedStatement(sql: sql), arguments: arguments) else { return nil }
        let first: Int64? = row[2]
        let last: Int64? = row[3]
        var range: ClosedRange<Int64>?
        if let first, let last, first <= last { range = first...last }
        return StoredDocument(id: row[0], name: row[1], blocks: range)
    }

    /// One stored block, by row id.
    func storedBlock(_ db: Database, id: Int64) throws -> StoredBlock? {
        try BlockRowRead.blocks(db, in: id...id).first
    }

    /// The stored blocks whose ids are in `range` (a document's), in order.
    func storedBlocks(_ db: Database, in range: ClosedRange<Int64>) throws -> [StoredBlock] {
        try BlockRowRead.blocks(db, in: range)
    }

    // MARK: Writing

    /// Records `document` in one transaction, replacing an earlier record of the same name,
    /// and adds its band keys to the in-memory index (dropped if the transaction fails).
    /// The replaced blocks' entries stay in memory until the next load, ignored by lookups
    /// but counted in full buckets, as the band rows of replaced blocks were before.
    ///
    /// When writes are batched (`WriteBatch`), the document is written inside the batch's
    /// open transaction, under a savepoint of its own (a failed document leaves no trace and
    /// the batch goes on), and the batch is committed once it holds `limit` documents.
    /// Returns the ids given to the blocks (nil for a document without blocks).
    @discardableResult
    func record(
        name: String, sha256: String, blocks: [BlockRecord], sections: [SectionRecord], maximumBucket: Int, at date: Date
    ) throws -> ClosedRange<Int64>? {
        guard batch.limit > 1 else {
            // The record commits on its own: its output is made durable first.
            batch.beforeCommit?()
            do {
                return try transaction("BEGIN IMMEDIATE") { db in
                    try record(db, name, sha256, blocks, sections, maximumBucket, date, lockHeld: false).blocks
                }
            } catch {
                memory.invalidate()
                throw error
            }
        }
        return try guarded {
            try database.writeWithoutTransaction { db in
                // Until this BEGIN, other connections could commit: the first record of a
                // batch looks whether they did.
                let lockHeld = batch.isOpen
                if !lockHeld {
                    try db.cachedStatement(sql: "BEGIN IMMEDIATE").execute()
                    batch.opened()
                }
                try db.cachedStatement(sql: "SAVEPOINT record").execute()
                let documentID: Int64
                let range: ClosedRange<Int64>?
                do {
                    (documentID, range) = try record(db, name, sha256, blocks, sections, maximumBucket, date, lockHeld: lockHeld)
                    try db.cachedStatement(sql: "RELEASE record").execute()
                } catch {
                    try? db.execute(sql: "ROLLBACK TO record")
                    try? db.execute(sql: "RELEASE record")
                    // Rebuilt from this connection's view: the batch's other records stay.
                    memory.invalidate()
                    throw error
                }
                if batch.add(documentID) >= batch.limit { try commitBatch(db) }
                return range
            }
        }
    }

    /// Commits the open batch, if any. On failure the batch's records are rolled back (their
    /// TEI stays written; `quire index rebuild` or a re-run recovers them).
    func flush() throws {
        guard batch.isOpen else { return }
        try guarded { try database.writeWithoutTransaction { db in try commitBatch(db) } }
    }

    private func commitBatch(_ db: Database) throws {
        guard batch.isOpen else { return }
        // Outside the `defer`: what the records describe is made durable before they are.
        batch.beforeCommit?()
        defer { batch.closed() }
        do {
            try db.cachedStatement(sql: "COMMIT").execute()
        } catch {
            if db.isInsideTransaction { try? db.execute(sql: "ROLLBACK") }
            memory.invalidate()
            throw error
        }
    }

    /// Commits the open batch if it holds any of `documents`: a document's record must be
    /// durable before output that depends on it (a TEI linking to it) is written.
    func flush(ifPending documents: some Sequence<Int64>) throws {
        if batch.holdsAny(of: documents) { try flush() }
    }

    private func record(
        _ db: Database, _ name: String, _ sha256: String, _ blocks: [BlockRecord], _ sections: [SectionRecord],
        _ maximumBucket: Int, _ date: Date, lockHeld: Bool
    ) throws -> (id: Int64, blocks: ClosedRange<Int64>?) {
        // Loaded before this transaction changes anything, so it mirrors the committed file.
        try memory.with(db, path: path, writing: lockHeld) { _ in }
        // A new name is inserted straight away; a document recorded again keeps its place in
        // first-seen order, and the sections of later documents that point at it.
        let documentID: Int64
        var existing: StoredDocument?
        try db.cachedStatement(sql: """
            INSERT INTO document (name, sha256, recordedAt, blockCount) VALUES (?, ?, ?, ?) ON CONFLICT(name) DO NOTHING
            """).execute(arguments: [name, sha256, date.timeIntervalSince1970, blocks.count])
        if db.changesCount > 0 {
            documentID = db.lastInsertedRowID
        } else {
            existing = try Self.document(db, sql: "SELECT id, name, firstBlock, lastBlock FROM document WHERE name = ?", arguments: [name])
            guard let existing else { throw DedupError.storage(path: path, reason: "document \(name) neither inserted nor found") }
            documentID = existing.id
            if let range = existing.blocks { try Self.deleteBlocks(range, db) }
            try db.execute(sql: "DELETE FROM section WHERE document = ?", arguments: [documentID])
            try db.cachedStatement(sql: "UPDATE document SET sha256 = ?, recordedAt = ?, blockCount = ? WHERE id = ?").execute(
                arguments: [sha256, date.timeIntervalSince1970, blocks.count, documentID])
        }
        // Block ids are given here, as AUTOINCREMENT would give them (above any id ever
        // used, counted in `BandMemory`), so that each band key is admitted to the in-memory
        // table in one probe before its row is written with the keys that were admitted. A
        // failed write drops the memory, so an id given to a row rolled back is not reused
        // until the file agrees.
        var blockSet = BlockSetCoding.Writer()
        var first: Int64?
        var last: Int64?
        try memory.with(db, path: path, writing: true) { loaded in
            if let range = existing?.blocks { loaded.ranges.remove(blocks: range) }
            loaded.table.touch(blocks.lazy.flatMap { $0.bandKeys })
            // One buffer for every block's admitted keys: filtering into a new array grew it
            // key by key, five allocations a paragraph.
            var kept: [Int64] = []
            kept.reserveCapacity(blocks.lazy.map { $0.bandKeys.count }.max() ?? 0)
            for block in blocks {
                let blockID = loaded.lastBlockID + 1
                guard blockID <= BandTable.maximumBlockID else {
                    throw DedupError.storage(path: path, reason: "more than \(BandTable.maximumBlockID) blocks")
                }
                // Keys that find a full bucket are not kept: the first blocks to hold a text
                // (its originals) stay findable, and lookups stay bounded.
                kept.removeAll(keepingCapacity: true)
                loaded.table.insert(keys: block.bandKeys, block: blockID, maximumBucket: maximumBucket, admitted: &kept)
                blockSet.append(ordinal: block.ordinal, xmlID: block.xmlID, sampled: block.sampled, values: block.values, keys: kept)
                loaded.lastBlockID = blockID
                if first == nil { first = blockID }
                last = blockID
            }
            if let first, let last {
                try BlockSetInsert.insert(db, document: documentID, blocks: first...last, blockSet)
                loaded.ranges.insert(document: documentID, blocks: first...last)
            }
        }
        try db.cachedStatement(sql: "UPDATE document SET firstBlock = ?, lastBlock = ? WHERE id = ?").execute(arguments: [first, last, documentID])
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
        return (documentID, first.flatMap { first in last.map { first...$0 } })
    }

    /// Forgets `name`; returns false when it was not recorded.
    /// The in-memory band index is dropped and rebuilt on next use: a forgotten document's
    /// keys leave room in their buckets, exactly as on a restart.
    func forget(name: String) throws -> Bool {
        try flush()
        defer { memory.invalidate() }
        return try guarded {
            try database.write { db in
                guard let existing = try Self.document(db, sql: "SELECT id, name, firstBlock, lastBlock FROM document WHERE name = ?", arguments: [name]) else {
                    return false
                }
                try Self.delete(existing, db)
                return true
            }
        }
    }

    /// Deletes a document, its blocks (with their band keys), the band rows an older Quire
    /// stored for them, and its sections (both directions).
    private static func delete(_ document: StoredDocument, _ db: Database) throws {
        if let range = document.blocks {
            try db.execute(sql: "DELETE FROM band WHERE block BETWEEN ? AND ?", arguments: [range.lowerBound, range.upperBound])
            try deleteBlocks(range, db)
        }
        try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [document.id])
    }

    /// Deletes the stored blocks of a document's `range`: its block set, or the block rows
    /// an index written before session 13 holds for it.
    private static func deleteBlocks(_ range: ClosedRange<Int64>, _ db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM blockSet WHERE lastBlock BETWEEN ? AND ?").execute(arguments: [range.lowerBound, range.upperBound])
        try db.cachedStatement(sql: "DELETE FROM block WHERE id BETWEEN ? AND ?").execute(arguments: [range.lowerBound, range.upperBound])
    }

    // MARK: Encoding

    /// Little-endian, 4 bytes a value.
    static func encode(_ values: [UInt32]) -> Data {
        var data = Data(count: values.count * 4)
        data.withUnsafeMutableBytes { raw in
            for (index, value) in values.enumerated() {
                raw.storeBytes(of: value.littleEndian, toByteOffset: index * 4, as: UInt32.self)
            }
        }
        return data
    }
}

/// A duplicated section as stored for `quire dups`.
struct SectionRecord: Sendable, Hashable {
    var blockIDs: [String]
    var counterpart: String
    var counterpartBlockIDs: [String]
    var similarity: Double
}
