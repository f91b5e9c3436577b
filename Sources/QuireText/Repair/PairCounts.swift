/// Counts keyed by a character pair (`BigramCounts.key`), open-addressed: how often each
/// two-character opening starts a sentence or a paragraph. A `Dictionary` hashed every
/// sentence start with SipHash and grew a doubling at a time (a third of the sentence-start
/// pass over Chinese text); here a key costs a multiply and a probe or two.
struct PairCounts {
    private var keys: [UInt64]
    private var counts: [Int]
    private var shift: UInt64
    /// Distinct keys counted.
    private(set) var count = 0
    /// Occurrences counted, of all keys.
    private(set) var total = 0
    /// No pair key is this (a scalar value has at most 21 bits).
    private static let empty = UInt64.max

    /// Empty, with no table yet: most Latin documents count no sentence start at all.
    init() {
        keys = []
        counts = []
        shift = 64 - 6
    }

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The count of `key` (zero when never counted).
    subscript(key: UInt64) -> Int {
        guard count > 0 else { return 0 }
        let mask = keys.count - 1
        var i = slot(key)
        while true {
            let k = keys[i]
            if k == key { return counts[i] }
            if k == PairCounts.empty { return 0 }
            i = (i + 1) & mask
        }
    }

    /// Counts one occurrence of `key`.
    mutating func increment(_ key: UInt64) {
        if keys.isEmpty {
            keys = [UInt64](filledWith: PairCounts.empty, count: 64)
            counts = [Int](filledWith: 0, count: 64)
        }
        total += 1
        let mask = keys.count - 1
        var i = slot(key)
        while true {
            let k = keys[i]
            if k == key { counts[i] += 1; return }
            if k == PairCounts.empty { break }
            i = (i + 1) & mask
        }
        keys[i] = key
        counts[i] = 1
        count += 1
        // At most half full: probes stay short.
        if count * 2 > keys.count { grow() }
    }

    /// Occurrences of the keys counted at least `minimum` times each.
    func occurrences(ofKeysCountedAtLeast minimum: Int) -> Int {
        var sum = 0
        for c in counts where c >= minimum { sum += c }
        return sum
    }

    private mutating func grow() {
        let oldKeys = keys, oldCounts = counts
        keys = [UInt64](filledWith: PairCounts.empty, count: oldKeys.count * 2)
        counts = [Int](filledWith: 0, count: oldKeys.count * 2)
        shift -= 1
        let mask = keys.count - 1
        for (index, key) in oldKeys.enumerated() where key != PairCounts.empty {
            var i = slot(key)
            while keys[i] != PairCounts.empty { i = (i + 1) & mask }
            keys[i] = key
            counts[i] = oldCounts[index]
        }
    }
}
