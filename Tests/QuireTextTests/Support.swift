import Foundation
import Testing
@testable import QuireText

/// Test fixtures live in the bundle's `Fixtures` folder.
enum Fixtures {
    static let root: URL = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    static func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    static func text(_ path: String) throws -> String {
        try String(contentsOf: url(path), encoding: .utf8)
    }
}

/// A SourceText from a literal, split on LF only: repair tests do not exercise decoding.
func source(_ text: String, name: String = "test.txt") -> SourceText {
    SourceText(fileName: name, byteCount: text.utf8.count, sha256: "", encoding: .utf8, hadByteOrderMark: false,
               lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
}

/// The reading text as the quality bar scores it: one block per line.
func readingText(_ document: RepairedDocument) -> String {
    document.blocks.filter { $0.kind != .furniture }.map(\.text).joined(separator: "\n")
}

func repaired(_ text: String, options: RepairOptions = .default) -> RepairedDocument {
    Repairer.repair(source(text), options: options)
}

/// One hand-made repair case: an input showing one phenomenon, and the reading text expected.
struct RepairCase: CustomTestStringConvertible, Sendable {
    let name: String
    let input: String
    let expected: String
    var testDescription: String { name }
}
