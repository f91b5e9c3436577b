import Foundation
import QuireTEI
import Testing

/// `quire clean` run as a user would: the real binary on temporary folders.
@Suite("quire clean, end to end")
struct CleanEndToEndTests {
    static let validator = Result { try RelaxNGValidator.quire() }

    /// Valid under Quire's schema, and under tei_all when `QUIRE_TEI_ALL` names it.
    static func expectValid(_ bytes: [UInt8], _ name: String) throws {
        let issues = try validator.get().validate(bytes: bytes)
        #expect(issues.isEmpty, "\(name): \(issues.prefix(3))")
        if let official = try TEIAll.validator?.get() {
            let officialIssues = official.validate(bytes: bytes)
            #expect(officialIssues.isEmpty, "\(name) under tei_all: \(officialIssues.prefix(3))")
        }
    }

    @Test func folderMixingGoodAndBadFilesWritesTEIOnlyForTheGoodOnes() throws {
        let workspace = try Workspace(dedup: false)
        defer { workspace.remove() }
        try workspace.copyFixture("sample-utf8.txt", to: "in/a-good.txt")
        try workspace.copyFixture("traditional-big5.txt", to: "in/b-big5.txt")
        try workspace.copyFixture("image.png", to: "in/c-scan.txt")
        try workspace.copyFixture("damaged-utf8.txt", to: "in/sub/d-damaged.txt")
        try workspace.copyFixture("latin1.txt", to: "in/sub/e-latin1.txt")
        try workspace.write("in/notes.md", "not a .txt file, not an input")

        let run = try workspace.run(["clean", "in", "--output", "out"])
        #expect(run.status == 1)
        #expect(workspace.names(in: "out") == ["a-good.tei.xml", "b-big5.tei.xml"])
        let lines = run.stderrLines
        #expect(lines.count == 5)
        // One line per input, in sorted order, naming each bad one with its reason.
        #expect(lines[0].hasPrefix("ok  in/a-good.txt -> out/a-good.tei.xml ("))
        #expect(lines[1].hasPrefix("ok  in/b-big5.txt -> out/b-big5.tei.xml (Big5, "))
        #expect(lines[2] == "FAILED in/c-scan.txt: not text (PNG image)")
        let damagedOffset = try #require(try workspace.bytes("in/sub/d-damaged.txt").firstIndex(of: 0xFF))
        #expect(lines[3] == "FAILED in/sub/d-damaged.txt: invalid UTF-8 at byte \(damagedOffset)")
        #expect(lines[4].hasPrefix("FAILED in/sub/e-latin1.txt: invalid UTF-8 at byte 3"))
        for name in workspace.names(in: "out") {
            try Self.expectValid(workspace.bytes("out/\(name)"), name)
        }
    }

    @Test(arguments: ["sample-gb18030.txt", "sample-utf16le-bom.txt", "sample-utf16be-bom.txt", "sample-utf8-bom.txt"])
    func otherEncodingsGiveTheSameBodyAsUTF8(fixture: String) throws {
        let workspace = try Workspace(dedup: false)
        defer { workspace.remove() }
        try workspace.copyFixture("sample-utf8.txt")
        try workspace.copyFixture(fixture)
        let run = try workspace.run(["clean", "sample-utf8.txt", fixture, "--output", "out"])
        #expect(run.status == 0, "\(run.standardError)")
        let reference = try #require(teiBody(workspace.text("out/sample-utf8.tei.xml")))
        let stem = String(fixture.dropLast(4))
        let other = try #require(teiBody(workspace.text("out/\(stem).tei.xml")))
        #expect(other == reference)
        #expect(reference.contains("<p"))
    }

    @Test func standardInputGoesToStandardOutput() throws {
        let workspace = try Workspace(dedup: false)
        defer { workspace.remove() }
        try workspace.copyFixture("sample-utf8.txt")
        let gb = try Data(contentsOf: Workspace.fixtures.appendingPathComponent("sample-gb18030.txt"))
        let piped = try workspace.run(["clean", "-"], standardInput: Array(gb), environment: ["SOURCE_DATE_EPOCH": "0"])
        #expect(piped.status == 0, "\(piped.standardError)")
        #expect(piped.stderrLines.count == 1)
        #expect(piped.stderrLines.first?.hasPrefix("ok  - -> standard output (GB18030, ") == true)
        #expect(!workspace.exists("Outbox"))
        try Self.expectValid(piped.standardOutput, "stdin")
        let file = try workspace.run(["clean", "sample-utf8.txt"], environment: ["SOURCE_DATE_EPOCH": "0"])
        #expect(file.status == 0)
        // The default output folder is the configured outbox, Outbox/ beside Config/.
        let fromFile = try #require(teiBody(workspace.text("Outbox/sample-utf8.tei.xml")))
        #expect(teiBody(String(decoding: piped.standardOutput, as: UTF8.self)) == fromFile)
    }

    @Test func sourceDateEpochMakesOutputByteIdentical() throws {
        let workspace = try Workspace(dedup: true)
        defer { workspace.remove() }
        try workspace.copyFixture("traditional-utf8.txt")
        let epoch = ["SOURCE_DATE_EPOCH": "1667260800"]
        let first = try workspace.run(["clean", "traditional-utf8.txt", "--output", "one", "--state", "state"], environment: epoch)
        let second = try workspace.run(["clean", "traditional-utf8.txt", "--output", "two", "--state", "state"], environment: epoch)
        #expect(first.status == 0 && second.status == 0, "\(first.standardError)\(second.standardError)")
        let one = try workspace.bytes("one/traditional-utf8.tei.xml")
        #expect(one == (try workspace.bytes("two/traditional-utf8.tei.xml")))
        #expect(String(decoding: one, as: UTF8.self).contains("2022-11-01"))
    }

    @Test func emptyFileGivesValidTEI() throws {
        let workspace = try Workspace(dedup: false)
        defer { workspace.remove() }
        try workspace.write("empty.txt", [])
        let run = try workspace.run(["clean", "empty.txt", "--output", "out"])
        #expect(run.status == 0, "\(run.standardError)")
        try Self.expectValid(workspace.bytes("out/empty.tei.xml"), "empty")
    }

    @Test func readOnlyOutputFolderIsAClearErrorAndWritesNothing() throws {
        let workspace = try Workspace(dedup: false)
        defer {
            chmod(workspace.url("ro").path, 0o755)
            workspace.remove()
        }
        try workspace.copyFixture("traditional-utf8.txt")
        // Root ignores permission bits; a sysfs folder is read-only even for root.
        let output: String
        if geteuid() == 0 {
            output = "/sys/kernel"
        } else {
            try FileManager.default.createDirectory(at: workspace.url("ro"), withIntermediateDirectories: true)
            chmod(workspace.url("ro").path, 0o555)
            output = "ro"
        }
        let run = try workspace.run(["clean", "traditional-utf8.txt", "--output", output])
        #expect(run.status == 1)
        let line = try #require(run.stderrLines.first)
        #expect(line.hasPrefix("FAILED traditional-utf8.txt: cannot create a temporary file in"))
        #expect(line.contains("permission denied") || line.contains("read-only"))
        #expect(!FileManager.default.fileExists(atPath: "\(output)/traditional-utf8.tei.xml"))
    }

    @Test func noTemporaryFilesAreLeftBehind() throws {
        let workspace = try Workspace(dedup: false)
        defer { workspace.remove() }
        for index in 0..<5 { try workspace.copyFixture("traditional-utf8.txt", to: "Inbox/n\(index).txt") }
        try workspace.copyFixture("image.png", to: "Inbox/z.txt")
        let run = try workspace.run(["clean"])  // no paths: the configured inbox
        #expect(run.status == 1)
        #expect(workspace.names(in: "Outbox") == (0..<5).map { "n\($0).tei.xml" })
    }

    @Test(arguments: [["clean", "--bogus"], ["clean", "-", "-"], ["clean", "--encoding", "latin-1", "x.txt"], ["frobnicate"]])
    func usageErrorsExit64(arguments: [String]) throws {
        let workspace = try Workspace(dedup: false)
        defer { workspace.remove() }
        let run = try workspace.run(arguments)
        #expect(run.status == 64)
        #expect(!run.standardError.isEmpty)
    }

    @Test func configurationErrorExits78NamingKeyAndLine() throws {
        let workspace = try Workspace(dedup: false)
        defer { workspace.remove() }
        try workspace.write("Config/quire.toml", "[dedup]\nenabled = false\n\n[repair]\ncjk_latin_spacing = \"sideways\"\n")
        try workspace.copyFixture("traditional-utf8.txt")
        let run = try workspace.run(["clean", "traditional-utf8.txt"])
        #expect(run.status == 78)
        #expect(run.standardError.contains("quire.toml:5: repair.cjk_latin_spacing: "))
        #expect(!workspace.exists("Outbox"))
    }

    @Test func twoInputsWithTheSameStemDoNotOverwriteEachOther() throws {
        let workspace = try Workspace(dedup: false)
        defer { workspace.remove() }
        try workspace.copyFixture("traditional-utf8.txt", to: "in/a/x.txt")
        try workspace.copyFixture("sample-utf8.txt", to: "in/b/x.txt")
        let run = try workspace.run(["clean", "in", "--output", "out"])
        #expect(run.status == 1)
        #expect(run.stderrLines.last?.hasPrefix("FAILED in/b/x.txt: x.tei.xml was already written from in/a/x.txt") == true)
        #expect(try teiBody(workspace.text("out/x.tei.xml"))?.contains("行政院") == true)
    }

    @Test func validateReportsFileLineAndMessage() throws {
        let workspace = try Workspace(dedup: false)
        defer { workspace.remove() }
        try workspace.write("bad.xml", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<bogus/>\n</TEI>\n")
        try workspace.copyFixture("traditional-utf8.txt")
        #expect(try workspace.run(["clean", "traditional-utf8.txt", "--output", "out"]).status == 0)
        let good = try workspace.run(["validate", "out/traditional-utf8.tei.xml"])
        #expect(good.status == 0)
        let bad = try workspace.run(["validate", "bad.xml", "out/traditional-utf8.tei.xml"])
        #expect(bad.status == 1)
        let output = String(decoding: bad.standardOutput, as: UTF8.self)
        #expect(output.hasPrefix("bad.xml:"))
        #expect(!output.contains("traditional-utf8"))
    }
}

/// The official schema, compiled once, when `QUIRE_TEI_ALL` names it (`.ci/run` sets it).
enum TEIAll {
    static let validator: Result<RelaxNGValidator, any Error>? = {
        guard let path = ProcessInfo.processInfo.environment["QUIRE_TEI_ALL"],
              FileManager.default.fileExists(atPath: path) else { return nil }
        return Result { try RelaxNGValidator(schemaAt: URL(fileURLWithPath: path)) }
    }()
}
