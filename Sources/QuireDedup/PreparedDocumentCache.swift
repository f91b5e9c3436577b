import Synchronization

/// The earlier documents aligned most recently, prepared (`PreparedDocument`), so that the
/// documents that are candidates of many lookups are read from SQLite and sorted once.
///
/// Candidates are very unevenly spread: on the generated 10,000-document corpus a hundred
/// documents (those whose formula paragraphs share band keys with many others) were a half
/// of all the candidates aligned, five hundred three quarters. A recorded document never
/// changes: one recorded again under its name gets new block ids, so entries are keyed by
/// block range; a forgotten one is no longer a candidate. Only a write rolled back gives its
/// block ids out again: every call names the band memory's `generation`, and the cache forgets
/// everything when it moves (and caches nothing for a caller that read an older one).
///
/// Bounded by the number of stored values held (8 bytes each in `entries`, about as much
/// again in the blocks, plus a value filter of 8 KB or 4 bytes a value, whichever is more): the default million is some
/// 20 MB, and a few MB of filters. The least recently used document goes first.
final class PreparedDocumentCache: Sendable {
    private struct State {
        var documents: [ClosedRange<Int64>: (document: PreparedDocument, lastUse: Int)] = [:]
        /// Every use (and insertion) in clock order, oldest from `head` on: the least recently
        /// used document is the first whose entry is still its last use. Looking for it with
        /// `min` over all documents held (some thousands once the cache is full) was most of
        /// this cache's cost at 100,000 documents, where a lookup prepares two documents.
        var uses: [(clock: Int, range: ClosedRange<Int64>)] = []
        var head = 0
        var values = 0
        var clock = 0
        /// The band memory's generation the documents were prepared under.
        var generation = 0

        /// Brings the state to `generation`: true when documents may be kept for the caller.
        mutating func enter(_ generation: Int) -> Bool {
            if generation > self.generation {
                documents.removeAll()
                uses.removeAll()
                head = 0
                values = 0
                self.generation = generation
            }
            return generation == self.generation
        }

        /// Notes that the document held for `range` was used (or added) now.
        mutating func used(_ range: ClosedRange<Int64>) {
            documents[range]?.lastUse = clock
            uses.append((clock, range))
            // Stale uses (of documents used again since, or dropped) are dropped once they
            // outnumber the documents: the list stays within a few times the cache's size.
            if uses.count - head > 2 * documents.count + 1024 {
                uses = uses[head...].filter { documents[$0.range]?.lastUse == $0.clock }
                head = 0
            }
        }

        /// Drops the least recently used document; false when none is held.
        mutating func dropOldest() -> Bool {
            while head < uses.count {
                let use = uses[head]
                head += 1
                if let held = documents[use.range], held.lastUse == use.clock {
                    values -= held.document.entries.count
                    documents[use.range] = nil
                    return true
                }
            }
            return false
        }
    }

    let capacity: Int
    private let state = Mutex(State())

    init(capacity: Int = 1_000_000) {
        self.capacity = capacity
    }

    /// The prepared document for `range`, made by `prepare` if it is not held.
    func document(for range: ClosedRange<Int64>, generation: Int, _ prepare: () throws -> PreparedDocument) rethrows -> PreparedDocument {
        if let held = state.withLock({ state -> PreparedDocument? in
            state.clock += 1
            guard state.enter(generation), let held = state.documents[range] else { return nil }
            state.used(range)
            return held.document
        }) {
            return held
        }
        let prepared = try prepare()
        state.withLock { state in
            let size = prepared.entries.count
            guard state.enter(generation), size <= capacity, state.documents[range] == nil else { return }
            while state.values + size > capacity, state.dropOldest() {}
            state.documents[range] = (prepared, state.clock)
            state.used(range)
            state.values += size
        }
        return prepared
    }

    /// Holds `document` for `range` if that evicts nothing: a document just recorded, which
    /// may be a candidate of the next lookups, is kept while there is room, and never at the
    /// cost of one that lookups used.
    func insertIfRoom(_ range: ClosedRange<Int64>, _ document: PreparedDocument, generation: Int) {
        state.withLock { state in
            let size = document.entries.count
            guard state.enter(generation), state.values + size <= capacity, state.documents[range] == nil else { return }
            state.documents[range] = (document, state.clock)
            state.used(range)
            state.values += size
        }
    }

    /// Whether a document of `size` values would be held by `insertIfRoom` now: asked before
    /// one is prepared for it, since once the cache is full (from some 2,500 documents on)
    /// that preparation was thrown away after every record.
    func hasRoom(for size: Int, generation: Int) -> Bool {
        state.withLock { $0.enter(generation) && $0.values + size <= capacity }
    }

    /// The prepared document for `range` if it is held; does not count as a use.
    func held(_ range: ClosedRange<Int64>, generation: Int) -> PreparedDocument? {
        state.withLock { $0.enter(generation) ? $0.documents[range]?.document : nil }
    }

    /// How many documents are held.
    var count: Int { state.withLock { $0.documents.count } }
}
