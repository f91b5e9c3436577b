import Foundation
import GRDB
import QuireText

/// What `quire index stats` shows.
public struct IndexStatistics: Sendable, Hashable, Codable {
    public var documents: Int
    /// Blocks stored (linked kinds with text).
    public var blocks: Int
    /// LSH band entries held in memory (including those of re-recorded blocks, until the
    /// index is next loaded).
    public var bandEntries: Int
    public var sections: Int
    /// Database file plus its WAL, in bytes.
    public var bytesOnDisk: Int
    public var bands: Int
    public var rows: Int
}

/// One duplicated section as `quire dups` lists it.
public struct RecordedSection: Sendable, Hashable, Codable {
    public var document: String
    public var blockIDs: [String]
    public var counterpart: String
    public var counterpartBlockIDs: [String]
    public var similarity: Double
}

/// A document handed to `DuplicateIndex.rebuild`, in the order it was first seen.
public struct IndexedDocument: Sendable {
    public var name: String
    public var sha256: String
    public var blocks: [Block]

    public init(name: String, sha256: String, blocks: [Block]) {
        self.name = name
        self.sha256 = sha256
        self.blocks = blocks
    }
}

extension DuplicateIndex {
    /// Forgets a document: later inputs no longer link to it, and sections naming it (in
    /// either direction) disappear. Returns false if it was not recorded.
    @discardableResult
    public func forget(document: String) throws -> Bool {
        try store.forget(name: document)
    }

    /// Recorded document names, in the order they were first recorded.
    public func documentNames() throws -> [String] {
        try store.flush()
        return try store.guarded { try store.database.read { db in try String.fetchAll(db, sql: "SELECT name FROM document ORDER BY id") } }
    }

    public func statistics() throws -> IndexStatistics {
        try store.flush()
        let counts = try store.guarded {
            try store.database.read { db in
                try [
                    "SELECT count(*) FROM document",
                    // Block rows of an index written before session 13, and block sets.
                    "SELECT (SELECT count(*) FROM block) + (SELECT coalesce(sum(lastBlock - firstBlock + 1), 0) FROM blockSet)",
                    "SELECT count(*) FROM section",
                ].map { try Int.fetchOne(db, sql: $0) ?? 0 }
                    + [try store.memory.with(db, path: store.path) { $0.table.count }]
            }
        }
        let path = databaseURL.path
        let bytes = [path, path + "-wal"].reduce(0) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
        }
        return IndexStatistics(
            documents: counts[0], blocks: counts[1], bandEntries: counts[3], sections: counts[2], bytesOnDisk: bytes,
            bands: banding.bands, rows: banding.rows)
    }

    /// Every recorded duplicated section, by document in recording order.
    public func recordedSections() throws -> [RecordedSection] {
        try store.flush()
        return try store.guarded {
            try store.database.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT d.name, s.blockIDs, c.name, s.counterpartBlockIDs, s.similarity
                    FROM section s JOIN document d ON d.id = s.document JOIN document c ON c.id = s.counterpart
                    ORDER BY d.id, s.id
                    """).map { row in
                    RecordedSection(
                        document: row[0], blockIDs: (row[1] as String).split(separator: " ").map(String.init), counterpart: row[2],
                        counterpartBlockIDs: (row[3] as String).split(separator: " ").map(String.init), similarity: row[4])
                }
            }
        }
    }

    /// Builds a new index from `documents` (in first-seen order) beside the old one, then puts
    /// it in place. A damaged old file is kept as `dedup.sqlite.damaged`; a database that is
    /// not Quire's is refused, as everywhere. Stop `quire watch` first: it would keep writing
    /// to the replaced file.
    @discardableResult
    public static func rebuild(
        stateDirectory: URL, configuration: DedupConfiguration, documents: some Sequence<IndexedDocument>
    ) throws -> IndexStatistics {
        let fileManager = FileManager.default
        let target = IndexDatabase.url(in: stateDirectory)
        let scratch = stateDirectory.appendingPathComponent(".rebuild-\(UUID().uuidString)")
        try fileManager.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? fileManager.removeItem(at: scratch) }
        do {
            let index = try DuplicateIndex(stateDirectory: scratch, configuration: configuration)
            // A scratch file until it is moved in place: nothing to lose between commits.
            try index.batchWrites(documents: 256)
            for document in documents {
                let report = try index.findDuplicates(document: document.name, blocks: document.blocks)
                try index.record(document: document.name, sha256: document.sha256, blocks: document.blocks, report: report)
            }
            try index.flush()
            _ = try index.store.database.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
            try index.store.database.close()
        } catch let error as DatabaseError {
            throw IndexDatabase.translate(error, path: scratch.path)
        }
        if fileManager.fileExists(atPath: target.path) {
            do {
                _ = try DuplicateIndex(stateDirectory: stateDirectory, configuration: configuration, create: false)
            } catch DedupError.foreignDatabase(let path) {
                throw DedupError.foreignDatabase(path: path)
            } catch DedupError.notADatabase, DedupError.corrupt {
                let damaged = stateDirectory.appendingPathComponent(IndexDatabase.fileName + ".damaged")
                try? fileManager.removeItem(at: damaged)
                try fileManager.moveItem(at: target, to: damaged)
            } catch {
                // Ours, with other parameters or a newer schema: replaced, as asked.
            }
        }
        for suffix in ["-wal", "-shm"] { try? fileManager.removeItem(atPath: target.path + suffix) }
        let built = scratch.appendingPathComponent(IndexDatabase.fileName)
        guard rename(built.path, target.path) == 0 else {
            throw DedupError.storage(path: target.path, reason: "cannot move the rebuilt index in place (errno \(errno))")
        }
        return try DuplicateIndex(stateDirectory: stateDirectory, configuration: configuration, create: false).statistics()
    }
}
