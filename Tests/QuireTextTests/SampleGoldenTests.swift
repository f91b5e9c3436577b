import Foundation
import Testing
@testable import QuireText

/// The two real extractions, repaired, against reading texts checked by eye character by
/// character (Fixtures/expected). Set QUIRE_GOLDEN_OUT=DIR to write the actual output there
/// for review when a change is intended.
@Suite struct SampleGoldenTests {
    static let samples = ["000_b1dedeb09271b6b9", "003_a4de005df2985204"]

    @Test(arguments: samples)
    func readingTextMatchesCheckedReference(name: String) throws {
        let input = try Fixtures.text("samples/\(name).txt")
        let document = repaired(input)
        let actual = readingText(document) + "\n"
        if let out = ProcessInfo.processInfo.environment["QUIRE_GOLDEN_OUT"] {
            try actual.write(to: URL(fileURLWithPath: out).appendingPathComponent("\(name).txt"), atomically: true, encoding: .utf8)
            let kinds = document.divisions.enumerated().flatMap { d, division in
                division.blocks.map { "\(d)\t\($0.kind.rawValue)\t\($0.id)\t\($0.sourceLines)\t\($0.text.prefix(30))" }
            }.joined(separator: "\n")
            try kinds.write(to: URL(fileURLWithPath: out).appendingPathComponent("\(name).blocks.tsv"), atomically: true, encoding: .utf8)
        }
        let expected = try Fixtures.text("expected/\(name).txt")
        #expect(actual == expected)
    }
}
