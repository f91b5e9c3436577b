/// A flat set of band keys in memory the caller holds, for the de-duplications a lookup makes
/// of its keys (`IndexStore.distinctPositions`, `IndexStore.countEachKeyOnce`). Band keys are
/// 40-bit hash values, never negative: `UInt64.max` marks an empty slot, and one
/// multiplication spreads the keys (even structured ones) over the slots, where a full mix
/// cost as much again. A `Set` or `Dictionary` hashed every key through the standard library's
/// hasher, and cost several times as much.
struct BandKeySlots {
    /// Slots for `count` keys, filled to at most 3/4 (and at least 64): clearing them is a good
    /// part of the cost.
    static func capacity(for count: Int) -> Int {
        var capacity = 64
        while capacity * 3 < count * 4 { capacity *= 2 }
        return capacity
    }

    private let slots: UnsafeMutableBufferPointer<UInt64>
    private let mask: Int
    private let shift: UInt64

    /// The first `capacity` words of `memory` (a power of two), emptied.
    init(_ memory: UnsafeMutableBufferPointer<UInt64>, capacity: Int) {
        precondition(capacity.nonzeroBitCount == 1 && capacity <= memory.count, "a capacity that is no power of two or too large")
        slots = UnsafeMutableBufferPointer(rebasing: memory[..<capacity])
        slots.initialize(repeating: .max)
        mask = capacity - 1
        shift = UInt64(64 - capacity.trailingZeroBitCount)
    }

    /// The slot holding `key`, and whether it was empty (the key is then stored in it).
    @inline(__always)
    func claim(_ key: Int64) -> (slot: Int, isNew: Bool) {
        precondition(key >= 0, "band keys are never negative")
        let word = UInt64(key)
        var index = Int(truncatingIfNeeded: (word &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while slots[index] != word && slots[index] != .max { index = (index + 1) & mask }
        guard slots[index] == .max else { return (index, false) }
        slots[index] = word
        return (index, true)
    }
}
