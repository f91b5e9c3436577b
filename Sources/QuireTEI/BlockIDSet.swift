/// The block ids of one document, to refuse a repeated `xml:id` and to tell which ids a
/// duplicate section may point at.
///
/// `Set<String>` hashed every id with SipHash, a visible share of rendering. Quire's ids are
/// short ASCII (`p12`), so they go into a small open-addressing table keyed by their bytes;
/// String equality on ASCII is byte equality, so the answers are the same. A document with a
/// non-ASCII id (where canonical equivalence can make different bytes equal, `K` and the
/// Kelvin sign) is handed to `Set<String>` whole.
struct BlockIDSet {
    private var ids: [String] = []
    /// 1 + index into `ids`, 0 for an empty slot; a power of two, at most half full.
    private var slots: [Int32]
    private var fallback: Set<String>?

    init(capacity: Int) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        ids.reserveCapacity(capacity)
    }

    /// Adds `id`; false when it was already there.
    mutating func insert(_ id: String) -> Bool {
        if fallback != nil { return fallback!.insert(id).inserted }
        guard let hash = Self.asciiHash(id), ids.count < Int(Int32.max) / 2 else {
            var set = Set(ids)
            let inserted = set.insert(id).inserted
            fallback = set
            return inserted
        }
        if ids.count * 2 >= slots.count { grow() }
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] != 0 {
            if ids[Int(slots[slot]) - 1] == id { return false }
            slot = (slot + 1) & mask
        }
        ids.append(id)
        slots[slot] = Int32(ids.count)
        return true
    }

    func contains(_ id: String) -> Bool {
        if let fallback { return fallback.contains(id) }
        guard let hash = Self.asciiHash(id) else { return ids.contains(id) }
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] != 0 {
            if ids[Int(slots[slot]) - 1] == id { return true }
            slot = (slot + 1) & mask
        }
        return false
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, id) in ids.enumerated() {
            var slot = (Self.asciiHash(id) ?? 0) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }

    /// FNV-1a of an all-ASCII id's bytes; nil when some byte is not ASCII.
    private static func asciiHash(_ id: String) -> Int? {
        id.utf8.withContiguousStorageIfAvailable(asciiHashOfBytes) ?? asciiHashOfBytes(id.utf8)
    }

    private static func asciiHashOfBytes<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var ascii = true
        for byte in bytes {
            ascii = ascii && byte < 0x80
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return ascii ? Int(truncatingIfNeeded: hash ^ (hash >> 29)) & Int.max : nil
    }
}
