/// 64-bit mixing for shingle and band hashes. Not cryptographic: the index only needs hashes
/// that spread natural text evenly and cost a few cycles, and a collision costs at worst one
/// extra candidate that verification discards.
enum Hashing {
    /// MurmurHash3's 64-bit finaliser: every input bit affects every output bit.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x &*= 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x &*= 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }

    /// Folds `value` into a running hash (order-sensitive).
    @inline(__always)
    static func combine(_ hash: UInt64, _ value: UInt64) -> UInt64 {
        mix(hash &* 0x9E37_79B9_7F4A_7C15 &+ value &+ 0x632B_E59B_D9B4_E019)
    }
}
