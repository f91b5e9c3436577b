import Synchronization

/// Earlier blocks read alone for sole-match checks (`SoleMatchCheck`), held so that the
/// blocks asked about again are not read from SQLite again.
///
/// The sole matches of a large index are chance pairs, and the same earlier blocks (short
/// paragraphs of common phrases) are behind many of them: on the generated 100,000-document
/// corpus a lookup read 9.5 blocks alone, 12,000 instructions each (a B-tree descent and the
/// copy of the document's whole blob, most of it in pages the SQLite cache no longer held),
/// and seven in ten of those blocks had been read before. Direct-mapped by block id: a block
/// read replaces the one in its slot, with no order to keep; 32,768 slots kept about half of
/// the repeats in the last tenth of that run (an LRU of the same size about as many).
///
/// Block ids are never given twice except after a rolled-back write, as in
/// `PreparedDocumentCache`: every call names the band memory's `generation`, and the cache
/// forgets everything when it moves. Bounded by `valueCapacity` stored values in all
/// (4 bytes each, beside some 80 bytes a block): a block that would pass it is not held.
final class StoredBlockCache: Sendable {
    private struct State {
        var slots: [StoredBlock?]
        var values = 0
        var generation = 0

        /// Brings the state to `generation`: true when blocks may be kept for the caller.
        mutating func enter(_ generation: Int) -> Bool {
            if generation > self.generation {
                for index in slots.indices { slots[index] = nil }
                values = 0
                self.generation = generation
            }
            return generation == self.generation
        }
    }

    let valueCapacity: Int
    private let slotBits: Int
    private let state: Mutex<State>

    init(slotBits: Int = 15, valueCapacity: Int = 2_000_000) {
        precondition((1...30).contains(slotBits), "a slot count outside 2...2^30")
        self.slotBits = slotBits
        self.valueCapacity = valueCapacity
        state = Mutex(State(slots: Array(repeating: nil, count: 1 << slotBits)))
    }

    private func slot(_ id: Int64) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: id) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - slotBits))
    }

    /// The block `id`, held or else made by `read` (and then held if there is room); nil
    /// when `read` finds none.
    func block(_ id: Int64, generation: Int, _ read: () throws -> StoredBlock?) rethrows -> StoredBlock? {
        let slot = slot(id)
        if let held = state.withLock({ state -> StoredBlock? in
            guard state.enter(generation), let held = state.slots[slot], held.rowID == id else { return nil }
            return held
        }) {
            return held
        }
        guard let made = try read() else { return nil }
        state.withLock { state in
            guard state.enter(generation) else { return }
            let replaced = state.slots[slot]?.values.count ?? 0
            guard state.values - replaced + made.values.count <= valueCapacity else { return }
            state.slots[slot] = made
            state.values += made.values.count - replaced
        }
        return made
    }

    /// How many blocks are held.
    var count: Int { state.withLock { $0.slots.reduce(0) { $0 + ($1 == nil ? 0 : 1) } } }
}
