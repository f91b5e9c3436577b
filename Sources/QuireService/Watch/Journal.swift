import Foundation
import GRDB

/// The watcher's record of each inbox file's progress, in `journal.sqlite` in the state folder
/// (its own database, apart from the duplicate index).
///
/// Every step that matters is written before or after the matching file-system step, so that
/// after `kill -9` at any instant the next start knows what to redo:
/// `processing` (redo from the input), `committed` (output is durable: only the input's move is
/// left), `failed` or `done` (nothing to do while the same file is there). A file is identified
/// by inode, size and modification time, so the same name with new content is processed again.
final class Journal: Sendable {
    enum State: String, Sendable {
        case processing, committed, failed, done
    }

    struct Entry: Sendable, Hashable {
        var name: String
        var identity: String
        var state: State
    }

    private let database: DatabaseQueue

    init(folder: URL) throws(WatchError) {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var configuration = GRDB.Configuration()
            configuration.label = "quire.journal"
            // WAL with synchronous=NORMAL: a committed transaction survives `kill -9` (the WAL is
            // written before commit returns) at one fsync per checkpoint instead of several per
            // transaction. After a power loss the last entries may be lost, which only means
            // redoing work: outputs and moves are fsynced themselves, and redoing is idempotent.
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA journal_mode = WAL")
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
            database = try DatabaseQueue(path: folder.appendingPathComponent("journal.sqlite").path, configuration: configuration)
            try database.write { db in
                try db.execute(sql: """
                    CREATE TABLE IF NOT EXISTS inbox_journal (
                        name TEXT PRIMARY KEY NOT NULL,
                        identity TEXT NOT NULL,
                        state TEXT NOT NULL,
                        detail TEXT,
                        updated REAL NOT NULL
                    )
                    """)
            }
        } catch {
            throw .journal("cannot open \(folder.path)/journal.sqlite: \(error)")
        }
    }

    func entry(for name: String) throws(WatchError) -> Entry? {
        try run { db in
            try Row.fetchOne(db, sql: "SELECT name, identity, state FROM inbox_journal WHERE name = ?", arguments: [name])
                .flatMap { row in State(rawValue: row["state"]).map { Entry(name: row["name"], identity: row["identity"], state: $0) } }
        }
    }

    func entries() throws(WatchError) -> [Entry] {
        try run { db in
            try Row.fetchAll(db, sql: "SELECT name, identity, state FROM inbox_journal ORDER BY name").compactMap { row in
                State(rawValue: row["state"]).map { Entry(name: row["name"], identity: row["identity"], state: $0) }
            }
        }
    }

    func set(_ name: String, identity: String, state: State, detail: String? = nil) throws(WatchError) {
        try run { db in
            try db.execute(sql: """
                INSERT INTO inbox_journal (name, identity, state, detail, updated) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(name) DO UPDATE SET identity = excluded.identity, state = excluded.state,
                    detail = excluded.detail, updated = excluded.updated
                """, arguments: [name, identity, state.rawValue, detail, Date().timeIntervalSince1970])
        }
    }

    func remove(_ name: String) throws(WatchError) {
        try run { db in try db.execute(sql: "DELETE FROM inbox_journal WHERE name = ?", arguments: [name]) }
    }

    private func run<T>(_ body: (Database) throws -> T) throws(WatchError) -> T {
        do { return try database.write(body) } catch { throw .journal("\(error)") }
    }
}
