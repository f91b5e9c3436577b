/// A small, fixed set of scalars with a branch-cheap membership test (binary search over sorted
/// code points): the pattern checks run on every line, where hashing each scalar into a `Set`
/// showed up as a tenth of the cost of repair.
struct ScalarSet: Sendable {
    private let values: [UInt32]

    init(_ characters: String) {
        values = Array(Set(characters.unicodeScalars.map(\.value))).sorted()
    }

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
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
