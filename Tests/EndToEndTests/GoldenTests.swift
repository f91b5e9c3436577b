import Foundation
import Testing

/// The two shared samples, cleaned by the real binary, must match the golden TEI byte for byte.
///
/// Convention: the goldens are `Golden/<stem>.tei.xml`, made by cleaning all inputs in one run,
/// in sorted order, with a fresh state folder (so the newspaper page links to the earlier
/// government text) and `SOURCE_DATE_EPOCH=1667260800`. Inputs are read from `Golden/<stem>.txt`
/// when present, else from `../shared/samples/`. To (re)generate after a deliberate change,
/// run `QUIRE_UPDATE_GOLDEN=1 swift test --filter GoldenTests`, then check the diff by eye.
@Suite("Golden samples")
struct GoldenTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let shared = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/samples")
    static let epoch = "1667260800"

    /// `(input, golden)` pairs: every golden with an input, or every shared sample when updating.
    static func cases(updating: Bool) -> [(input: URL, golden: URL)] {
        let fileManager = FileManager.default
        let goldens = ((try? fileManager.contentsOfDirectory(atPath: golden.path)) ?? []).filter { $0.hasSuffix(".tei.xml") }
        var stems = Set(goldens.map { String($0.dropLast(".tei.xml".count)) })
        if updating {
            for name in (try? fileManager.contentsOfDirectory(atPath: shared.path)) ?? [] where name.hasSuffix(".txt") {
                stems.insert(String(name.dropLast(4)))
            }
        }
        return stems.sorted().compactMap { stem in
            let local = golden.appendingPathComponent("\(stem).txt")
            let input = fileManager.fileExists(atPath: local.path) ? local : shared.appendingPathComponent("\(stem).txt")
            guard fileManager.fileExists(atPath: input.path) else { return nil }
            return (input, golden.appendingPathComponent("\(stem).tei.xml"))
        }
    }

    @Test func samplesMatchTheirGoldenTEI() throws {
        let updating = ProcessInfo.processInfo.environment["QUIRE_UPDATE_GOLDEN"] == "1"
        let cases = Self.cases(updating: updating)
        guard !cases.isEmpty else { return }  // no goldens yet, or their inputs are not here
        let workspace = try Workspace(dedup: true)
        defer { workspace.remove() }
        for (input, _) in cases {
            try workspace.write("in/\(input.lastPathComponent)", Array(try Data(contentsOf: input)))
        }
        let run = try workspace.run(["clean", "in", "--output", "out", "--state", "state"], environment: ["SOURCE_DATE_EPOCH": Self.epoch])
        #expect(run.status == 0, "\(run.standardError)")
        for (_, golden) in cases {
            let produced = try workspace.bytes("out/\(golden.lastPathComponent)")
            try CleanEndToEndTests.expectValid(produced, golden.lastPathComponent)
            if updating {
                try Data(produced).write(to: golden)
            } else {
                let expected = Array(try Data(contentsOf: golden))
                #expect(produced == expected, "\(golden.lastPathComponent) differs from its golden; see QUIRE_UPDATE_GOLDEN")
            }
        }
    }
}
