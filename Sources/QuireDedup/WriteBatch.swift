import Synchronization

/// Several recorded documents committed in one SQLite transaction (`DuplicateIndex.batchWrites`).
///
/// A commit writes every page the transaction dirtied to the WAL, and the document, name and
/// block pages of consecutive documents are largely the same pages: committing per document
/// wrote them again and again. The batch's transaction stays open on the index's one
/// connection between calls, so lookups (same connection) see the pending records, as the
/// next documents of a run must; other processes see them at the commit.
///
/// Durability: a crash loses the pending records (SQLite rolls the open transaction back),
/// never a committed one, and never leaves a partial document (each is written under its
/// own savepoint). Their TEI files are already written, so the loss is of index entries for
/// existing output, as a crash between writing a TEI and recording it always could: a re-run
/// of the same inputs, or `quire index rebuild`, restores them. What must not happen is a
/// durable TEI that links to a document the index could lose, so a lookup whose report
/// links to a pending document commits the batch first (`IndexStore.flush(ifPending:)`).
///
/// `beforeCommit` runs before every commit of the batch, on the index's queue: the owner
/// makes the output the pending records describe durable there (`quire clean` fsyncs the
/// output folders whose renames it deferred), so that a committed record never names a file
/// a power loss could still take back, while the folders are synced once a batch, not once
/// a file.
final class WriteBatch: Sendable {
    private struct State {
        var limit = 1
        var isOpen = false
        var pending: Set<Int64> = []
        var beforeCommit: (@Sendable () -> Void)?
    }

    private let state = Mutex(State())

    /// Documents per commit; 1 (the default) commits each record on its own.
    var limit: Int {
        get { state.withLock { $0.limit } }
        set { state.withLock { $0.limit = max(1, newValue) } }
    }

    var isOpen: Bool { state.withLock { $0.isOpen } }

    /// What runs before each commit of the batch (see the type's note); nil for nothing.
    var beforeCommit: (@Sendable () -> Void)? {
        get { state.withLock { $0.beforeCommit } }
        set { state.withLock { $0.beforeCommit = newValue } }
    }

    func opened() {
        state.withLock { $0.isOpen = true }
    }

    /// Adds a pending document; returns how many the batch holds.
    func add(_ document: Int64) -> Int {
        state.withLock {
            $0.pending.insert(document)
            return $0.pending.count
        }
    }

    func closed() {
        state.withLock {
            $0.isOpen = false
            $0.pending.removeAll()
        }
    }

    func holdsAny(of documents: some Sequence<Int64>) -> Bool {
        state.withLock { state in state.isOpen && documents.contains { state.pending.contains($0) } }
    }
}
