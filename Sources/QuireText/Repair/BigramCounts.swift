/// Counts of adjacent CJK character pairs inside lines: the document's own evidence for
/// whether two characters that meet at a line break belong together (`上` + `合` -> `上合`).
/// Counted on demand, pair by pair: only heading candidates ask, and there are few of them.
final class BigramCounts {
    private let lines: [LineProfile]
    private var memo: [UInt64: Int] = [:]

    init(lines: [LineProfile]) {
        self.lines = lines
    }

    static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 {
        UInt64(a.value) << 32 | UInt64(b.value)
    }

    private var complete = false
    private var queries = 0

    func count(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Int {
        let key = BigramCounts.key(a, b)
        if let known = memo[key] { return known }
        if complete { return 0 }
        queries += 1
        if queries > 4 {
            // Many questions (a file of many short lines): count every pair once instead. A
            // scan for one pair costs about a tenth of counting them all (hashing every pair),
            // so a handful of scans is the break-even point.
            countAll()
            return memo[key] ?? 0
        }
        var total = 0
        for line in lines {
            let scalars = line.scalars
            var previous: Unicode.Scalar? = nil
            for scalar in scalars {
                if scalar == b, previous == a { total += 1 }
                if scalar.layoutClass != .space { previous = scalar }
            }
        }
        memo[key] = total
        return total
    }

    private func countAll() {
        var all: [UInt64: Int] = [:]
        for line in lines {
            var previous: Unicode.Scalar? = nil
            for scalar in line.scalars {
                if let p = previous { all[BigramCounts.key(p, scalar), default: 0] += 1 }
                if scalar.layoutClass != .space { previous = scalar }
            }
        }
        memo = all
        complete = true
    }
}
