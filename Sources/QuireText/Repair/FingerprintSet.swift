/// A set of 64-bit fingerprints (hashes already), stored by open addressing on their own low
/// bits: a `Set<UInt64>` would hash each fingerprint again with SipHash, which cost a tenth of
/// repairing an English document.
struct FingerprintSet: Sendable {
    private var slots: [UInt64]
    private var mask: Int
    private(set) var count = 0

    init() {
        self.init(expectedCount: 0)
    }

    /// Room for `expectedCount` fingerprints without growing (at least 64 slots, at most 2^20
    /// to start with): rehashing as a document's words came in cost an English document a
    /// tenth of its hyphenation evidence.
    init(expectedCount: Int) {
        var size = 64
        while size < 2 * expectedCount && size < 1 << 20 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    /// Zero marks an empty slot, so the fingerprint zero is stored as one (a collision with
    /// probability 2^-64 at worst, which only makes one word look seen).
    @inline(__always)
    private static func key(_ fingerprint: UInt64) -> UInt64 { fingerprint == 0 ? 1 : fingerprint }

    @inline(__always)
    private static func start(_ key: UInt64, _ mask: Int) -> Int {
        // FNV's low bits are its weakest: take the high ones.
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    func contains(_ fingerprint: UInt64) -> Bool {
        let key = Self.key(fingerprint)
        var i = Self.start(key, mask)
        while true {
            let slot = slots[i]
            if slot == key { return true }
            if slot == 0 { return false }
            i = (i + 1) & mask
        }
    }

    mutating func insert(_ fingerprint: UInt64) {
        let key = Self.key(fingerprint)
        var i = Self.start(key, mask)
        while true {
            let slot = slots[i]
            if slot == key { return }
            if slot == 0 { break }
            i = (i + 1) & mask
        }
        slots[i] = key
        count += 1
        if count * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        for key in old where key != 0 {
            var i = Self.start(key, mask)
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = key
        }
    }
}
