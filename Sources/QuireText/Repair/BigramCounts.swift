/// Counts of adjacent CJK character pairs inside lines: the document's own evidence for
/// whether two characters that meet at a line break belong together (`上` + `合` -> `上合`).
/// Counted on demand: only heading candidates ask, about the pairs that meet at line breaks.
final class BigramCounts {
    private let lines: LineTable
    /// Page furniture, which the segmenter skips when it asks about the next line.
    private let furniture: [Bool]
    private var memo: [UInt64: Int] = [:]
    /// Questions answered by a scan of the whole text: bounded, so that questions never cost
    /// the square of the text.
    private(set) var scans = 0
    private var junctions: PairTable?
    /// Every pair of the text is in `memo`: a pair not there occurs nowhere.
    private var complete = false

    init(lines: LineTable, furniture: [Bool]) {
        self.lines = lines
        self.furniture = furniture
    }

    static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 {
        UInt64(a.value) << 32 | UInt64(b.value)
    }

    func count(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Int {
        let key = BigramCounts.key(a, b)
        if let counted = junctions?.count(of: key) { return counted }
        if let known = memo[key] { return known }
        if complete { return 0 }
        scans += 1
        if junctions == nil && (scans > 2 || lines.count >= 512) {
            // More questions than a short text asks (a page of several articles asks hundreds):
            // count, in one pass, every pair that can be asked about. A long text is counted
            // so at once: the pass costs about what one scan does.
            let table = countJunctionPairs()
            junctions = table
            if let counted = table.count(of: key) { return counted }
        }
        if scans > 8 {
            // Still more pairs outside the table: one scan each would grow with the square of
            // the text (a file of short lines, many of them furniture). Count every pair once.
            countAll()
            return memo[key] ?? 0
        }
        var total = 0
        forEachPair { p, s in if p == a && s == b { total += 1 } }
        memo[key] = total
        return total
    }

    /// Every pair inside a line: a character and the one before it, spaces between them skipped.
    @inline(__always)
    private func forEachPair(_ body: (Unicode.Scalar, Unicode.Scalar) -> Void) {
        for line in lines {
            line.scalars.withUnsafeBufferPointer { scalars in
                var previous: Unicode.Scalar? = nil
                for scalar in scalars {
                    if let p = previous { body(p, scalar) }
                    if scalar.layoutClass != .space { previous = scalar }
                }
            }
        }
    }

    /// Counts the pairs a line's last character makes with the first of the next line, of the
    /// one after, and of the next that is not page furniture, which is what the segmenter asks
    /// about. Counting every pair of the text in a dictionary instead hashed every character:
    /// on pages of 120 KB that was a third of all the work of `quire clean` with dedup off.
    /// A pair asked about later that is not among these is still scanned for, so the counts
    /// are exact either way.
    private func countJunctionPairs() -> PairTable {
        var table = PairTable(capacity: 3 * lines.count)
        var nextContent = lines.count
        for i in stride(from: lines.count - 1, through: 0, by: -1) {
            for j in (i + 1)..<min(i + 3, lines.count) { table.insert(BigramCounts.key(lines[i].last, lines[j].first)) }
            if nextContent < lines.count { table.insert(BigramCounts.key(lines[i].last, lines[nextContent].first)) }
            if !furniture[i] { nextContent = i }
        }
        forEachPair { p, s in table.increment(BigramCounts.key(p, s)) }
        return table
    }

    private func countAll() {
        var all: [UInt64: Int] = [:]
        forEachPair { p, s in all[BigramCounts.key(p, s), default: 0] += 1 }
        memo = all
        complete = true
    }
}

/// A fixed set of pair keys with a count each, open-addressed: a look-up for a pair that is
/// not in the set, which is nearly every pair of the text, costs one multiply and a load or two.
private struct PairTable {
    private var keys: [UInt64]
    private var counts: [Int]
    private let shift: UInt64
    private static let empty = UInt64.max

    /// Room for `capacity` keys at a load of at most a quarter.
    init(capacity: Int) {
        var bits = 4
        while (1 << bits) < 4 * max(1, capacity) { bits += 1 }
        keys = [UInt64](repeating: PairTable.empty, count: 1 << bits)
        counts = [Int](repeating: 0, count: 1 << bits)
        shift = UInt64(64 - bits)
    }

    private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    mutating func insert(_ key: UInt64) {
        let mask = keys.count - 1
        var i = slot(key)
        while keys[i] != PairTable.empty {
            if keys[i] == key { return }
            i = (i + 1) & mask
        }
        keys[i] = key
    }

    /// Counts one occurrence of `key` if it is one of the set's keys.
    mutating func increment(_ key: UInt64) {
        if let i = find(key) { counts[i] += 1 }
    }

    /// The count of `key`, or nil when it is not one of the set's keys.
    func count(of key: UInt64) -> Int? {
        find(key).map { counts[$0] }
    }

    @inline(__always)
    private func find(_ key: UInt64) -> Int? {
        let mask = keys.count - 1
        var i = slot(key)
        while true {
            let k = keys[i]
            if k == key { return i }
            if k == PairTable.empty { return nil }
            i = (i + 1) & mask
        }
    }
}
