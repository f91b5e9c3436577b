#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Folders holding renames `AtomicFile` has not yet made durable
/// (`AtomicFile.DirectorySync.deferred`): a batch fsyncs each folder once at its end instead
/// of once per file.
///
/// A folder fsync costs as much CPU as the file's own fsync (session-4 profile of `quire
/// clean` on 619 small files: the two were a third of the run with the duplicate index off),
/// and one fsync of a folder makes every earlier rename in it durable.
public final class PendingDirectorySyncs: Sendable {
    private let folders = Mutex<Set<String>>([])
    /// Held through a whole `syncAll`: a second caller (the index about to commit) must not
    /// find the set emptied by a first whose fsyncs are still running, and go on as if the
    /// renames were durable.
    private let syncing = Mutex(())

    public init() {}

    func add(_ folder: String) {
        folders.withLock { _ = $0.insert(folder) }
    }

    /// True while some rename still waits for its folder's fsync.
    public var isEmpty: Bool {
        folders.withLock { $0.isEmpty }
    }

    /// Fsyncs every pending folder (best effort, as `AtomicFile.syncDirectory`).
    /// On return, every rename added before the call is durable.
    public func syncAll() {
        syncing.withLock { _ in
            let pending = folders.withLock { folders in
                defer { folders.removeAll() }
                return folders
            }
            for folder in pending.sorted() { AtomicFile.syncDirectory(folder) }
        }
    }
}
