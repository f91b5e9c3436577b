import PropertyBased
import Testing
@testable import QuireText

/// The pair counts the segmenter asks about are exact whichever way they are found: by a scan
/// for one pair, or from the one-pass table of the pairs that meet at line breaks.
@Suite struct BigramCountsTests {
    /// A small alphabet, so that pairs repeat and line-break pairs also occur inside lines.
    static let lines = Gen<Character?>.element(of: Array("上合组织成员国 ，。"))
        .array(of: 1...12).map { String($0.compactMap { $0 }).trimmingCharacters(in: .whitespaces) }
        .array(of: 1...40).map { $0.filter { !$0.isEmpty } }

    /// What `BigramCounts` must answer: occurrences of `a` then `b` inside one line, spaces
    /// between them skipped.
    static func bruteForce(_ a: Unicode.Scalar, _ b: Unicode.Scalar, in profiles: LineTable) -> Int {
        var total = 0
        for line in profiles {
            let visible = line.scalars.filter { $0.layoutClass != .space }
            for (p, s) in zip(visible, visible.dropFirst()) where p == a && s == b { total += 1 }
        }
        return total
    }

    @Test func countsAreExactBeforeAndAfterTheJunctionTable() async {
        await propertyCheck(count: 200, input: Self.lines) { (lines: [String]) in
            var log = RepairLog()
            let profiles = Repairer.profileLines(lines, log: &log)
            guard profiles.count >= 2 else { return }
            // Every third line counts as page furniture, which the segmenter skips.
            let counts = BigramCounts(lines: profiles, furniture: profiles.indices.map { $0 % 3 == 2 })
            // Ask about every junction pair, then pairs that are none (each scanned for, until
            // so many that every pair is counted at once): all answers must be exact.
            var questions: [(Unicode.Scalar, Unicode.Scalar)] = []
            for i in 0..<(profiles.count - 1) { questions.append((profiles[i].last, profiles[i + 1].first)) }
            let alphabet = Array("上合组织成员国，。".unicodeScalars)
            for a in alphabet { for b in alphabet.reversed() { questions.append((a, b)) } }
            for (a, b) in questions + questions.reversed() {
                #expect(counts.count(a, b) == Self.bruteForce(a, b, in: profiles))
            }
        }
    }

    /// However many questions, at most a handful are answered by a whole-text scan: one scan
    /// per question made a file of a million short lines cost the square of its length.
    @Test func wholeTextScansAreBounded() {
        let text = (0..<2000).map { $0 % 2 == 0 ? "上合组织成员国\($0 % 97)" : "\($0)" }
        var log = RepairLog()
        let profiles = Repairer.profileLines(text, log: &log)
        let counts = BigramCounts(lines: profiles, furniture: profiles.indices.map { $0 % 2 == 1 })
        let alphabet = Array("上合组织成员国0123456789".unicodeScalars)
        for a in alphabet { for b in alphabet { _ = counts.count(a, b) } }
        #expect(counts.scans <= 9)
    }
}
