/// A small, fixed set of scalars with a branch-cheap membership test (binary search over sorted
/// code points): the pattern checks run on every line, where hashing each scalar into a `Set`
/// showed up as a tenth of the cost of repair.
struct ScalarSet: Sendable {
    private let values: [UInt32]
    /// One bit per value modulo 64: most scalars miss it, and are rejected without a search.
    private let filter: UInt64

    init(_ characters: String) {
        values = Array(Set(characters.unicodeScalars.map(\.value))).sorted()
        filter = values.reduce(0) { $0 | 1 << ($1 & 63) }
    }

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        guard filter & (1 << (v & 63)) != 0 else { return false }
        var low = 0, high = values.count
        while low < high {
            let mid = (low + high) >> 1
            let m = values[mid]
            if m == v { return true }
            if m < v { low = mid + 1 } else { high = mid }
        }
        return false
    }
}
