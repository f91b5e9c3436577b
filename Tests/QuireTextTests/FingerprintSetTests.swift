import PropertyBased
import Testing
@testable import QuireText

/// The hyphenation evidence's fingerprint set must answer exactly as `Set<UInt64>` would.
@Suite struct FingerprintSetTests {
    /// Values that stress the table: zero (its empty-slot marker), one (where zero is stored),
    /// neighbours that probe the same slots, and random fingerprints.
    static let values = Gen<UInt64>.oneOf(
        Gen.element(of: [0, 1, 2, UInt64.max]).map { $0! },
        Gen<UInt64>.uint64(in: 0...300),
        Gen<UInt64>.uint64()
    ).array(of: 0...400)

    @Test func agreesWithTheStandardSet() async {
        await propertyCheck(count: 200, input: Self.values, Self.values) { inserted, probed in
            var set = FingerprintSet()
            var reference = Set<UInt64>()
            for value in inserted {
                set.insert(value)
                // Zero and one share a slot by design; the reference models that.
                reference.insert(value == 0 ? 1 : value)
            }
            #expect(set.count == reference.count)
            for value in inserted + probed {
                #expect(set.contains(value) == reference.contains(value == 0 ? 1 : value))
            }
        }
    }
}
