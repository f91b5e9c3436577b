/// A small, fixed set of scalars with a branch-cheap membership test: the pattern checks run on
/// every line, where hashing each scalar into a `Set` showed up as a tenth of the cost of repair.
///
/// Open-addressed by a multiplicative hash, at most a quarter full: a scalar is answered by a
/// multiply and a probe or two. (A binary search over the sorted values took seven rounds for
/// the larger sets, such as the eighty `continuationEnders`, whose 64-bit filter below lets
/// nearly every Han character through: a search per line in `findFurniture` alone.)
struct ScalarSet: Sendable {
    /// The values at their slots; `empty` elsewhere. A power of two long.
    private let slots: [UInt32]
    private let shift: UInt32
    /// One bit per value modulo 64: in a small set most scalars miss it, without a probe.
    private let filter: UInt64
    /// No scalar value is this (scalars stop at U+10FFFF).
    private static let empty = UInt32.max

    init(_ characters: String) {
        // Sorted, and each value once (sorted and deduplicated by hand: a `Set` hashed every
        // scalar, once a process for each of the dozen sets).
        var values = characters.unicodeScalars.map { $0.value }
        values.sort()
        var unique = 0
        for k in values.indices where unique == 0 || values[unique - 1] != values[k] {
            values[unique] = values[k]
            unique += 1
        }
        values.removeLast(values.count - unique)
        filter = values.reduce(0) { $0 | 1 << ($1 & 63) }
        var bits: UInt32 = 4
        while (1 << bits) < 4 * values.count { bits += 1 }
        shift = 32 - bits
        var slots = [UInt32](repeating: ScalarSet.empty, count: 1 << bits)
        let mask = slots.count - 1
        for v in values {
            var i = ScalarSet.slot(v, shift: shift)
            while slots[i] != ScalarSet.empty { i = (i + 1) & mask }
            slots[i] = v
        }
        self.slots = slots
    }

    @inline(__always)
    private static func slot(_ v: UInt32, shift: UInt32) -> Int {
        Int(truncatingIfNeeded: (v &* 0x9E37_79B1) >> shift)
    }

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        guard filter & (1 << (v & 63)) != 0 else { return false }
        let mask = slots.count &- 1
        var i = ScalarSet.slot(v, shift: shift)
        while true {
            let s = slots[i]
            if s == v { return true }
            if s == ScalarSet.empty { return false }
            i = (i &+ 1) & mask
        }
    }
}
