import Foundation
import Testing
import QuireText
@testable import QuireTEI

@Suite("RELAX NG validation")
struct ValidationTests {
    /// Every rendered variant the other tests exercise, in one list.
    static func variants() throws -> [(String, TEIOutput)] {
        var repairs = RepairLog()
        for kind in RepairKind.allCases { repairs.record(kind, count: 2) }
        var diplomaticBlocks = Fixture.everyKind
        for index in diplomaticBlocks[0].indices {
            diplomaticBlocks[0][index].lineBreaks = [LineBreakMark(offset: 1, cutsWord: index % 2 == 0), LineBreakMark(offset: 3, cutsWord: false)]
        }
        let diplomatic = TEIOptions(diplomatic: true, timestamp: Fixture.timestamp, applicationVersion: "0.1.0-dev")
        return [
            ("every kind", try Fixture.render(Fixture.document(Fixture.everyKind, repairs: repairs))),
            ("diplomatic", try Fixture.render(Fixture.document(diplomaticBlocks), source: Fixture.source(bom: true), options: diplomatic)),
            ("duplicates", try Fixture.render(Fixture.document(DuplicateTests.blocks), duplicates: DuplicateTests.report)),
            ("exact duplicate", try Fixture.render(Fixture.document(DuplicateTests.blocks), duplicates: DuplicateReport(exactDuplicateOf: "a b.tei.xml"))),
            ("empty", try Fixture.render(Fixture.document([], title: nil, language: "und"))),
            ("closer only", try Fixture.render(Fixture.document([[Fixture.block(.date, "2022年", id: "d1")]]))),
            ("headings only", try Fixture.render(Fixture.document([[Fixture.block(.title, "T", id: "t1"), Fixture.block(.heading, "H", id: "h1")]]))),
            ("furniture only", try Fixture.render(Fixture.document([[Fixture.block(.furniture, "3", id: "f1")]]))),
            ("closing lines mid-prose", try Fixture.render(Fixture.document([[
                Fixture.block(.paragraph, "a", id: "p1"), Fixture.block(.signature, "s", id: "s1"),
                Fixture.block(.dateline, "d", id: "l1"), Fixture.block(.paragraph, "b", id: "p2"),
                Fixture.block(.heading, "h", id: "h1"), Fixture.block(.date, "2022", id: "d1"),
                Fixture.block(.heading, "h", id: "h2"), Fixture.block(.furniture, "f", id: "f1"),
            ]]))),
        ]
    }

    @Test func everyVariantValidatesAgainstTheBundledSchema() throws {
        let validator = try RelaxNGValidator.quire()
        for (name, output) in try Self.variants() {
            let issues = validator.validate(bytes: output.bytes)
            #expect(issues.isEmpty, "\(name): \(issues)")
        }
    }

    @Test(.enabled(if: Schemas.teiAllConfigured, "set QUIRE_TEI_ALL to tei_all.rng"))
    func everyVariantValidatesAgainstTEIAll() throws {
        let validator = try #require(Schemas.teiAll, "QUIRE_TEI_ALL does not name a schema libxml2 can compile")
        for (name, output) in try Self.variants() {
            let issues = validator.validate(bytes: output.bytes)
            #expect(issues.isEmpty, "\(name): \(issues)")
        }
    }

    /// With `QUIRE_TEI_DUMP=DIR`, writes every variant to DIR so that an independent
    /// validator can check them too: `jing tei_all.rng DIR/*.xml`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["QUIRE_TEI_DUMP"] != nil, "set QUIRE_TEI_DUMP to a folder"))
    func writeVariantsForExternalValidation() throws {
        let folder = URL(fileURLWithPath: try #require(ProcessInfo.processInfo.environment["QUIRE_TEI_DUMP"]))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, output) in try Self.variants() {
            try Data(output.bytes).write(to: folder.appendingPathComponent(name.replacingOccurrences(of: " ", with: "-") + ".tei.xml"))
        }
    }

    /// The bundled schema is stricter than tei_all: each of these breaks a TEI rule, and
    /// the bundled schema must say so too.
    @Test(arguments: [
        ("<p xml:id=\"b3\">", "<closer><signed xml:id=\"zz\">x</signed></closer><p xml:id=\"b3\">"),  // closer before prose
        ("<p xml:id=\"b3\">", "<p xml:id=\"b3\" bogus=\"1\">"),  // unknown attribute
        ("xml:lang=\"zh\"", "xml:lang=\"中文\""),  // not a language tag
        ("version=\"0.1.0\"", "version=\"v1\""),  // not a TEI version number
        ("<fw xml:id=\"b4\">— 3 —</fw>", "<fw xml:id=\"b3\">— 3 —</fw>"),  // duplicate xml:id
        ("<head xml:id=\"b6\">", "<p xml:id=\"x6\">q</p><head xml:id=\"b6\">"),  // head after prose
    ])
    func bundledSchemaRejectsWhatTEIRejects(original: String, replacement: String) throws {
        let output = try Fixture.render(Fixture.document(Fixture.everyKind))
        let xml = Fixture.string(output)
        #expect(xml.contains(original))
        let broken = Array(xml.replacingOccurrences(of: original, with: replacement).utf8)
        #expect(!(try RelaxNGValidator.quire()).validate(bytes: broken).isEmpty)
        if let teiAll = Schemas.teiAll {
            #expect(!teiAll.validate(bytes: broken).isEmpty)
        }
    }

    @Test func invalidFileIsReportedWithItsLine() throws {
        let output = try Fixture.render(Fixture.document(Fixture.everyKind))
        var lines = Fixture.string(output).components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.contains("xml:id=\"b7\"") })
        lines[index] = lines[index].replacingOccurrences(of: "<p ", with: "<para ").replacingOccurrences(of: "</p>", with: "</para>")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("quire-invalid-\(UUID().uuidString).xml")
        try Data(lines.joined(separator: "\n").utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let issues = try RelaxNGValidator.quire().validate(fileAt: url)
        #expect(!issues.isEmpty)
        #expect(issues.contains { $0.line == index + 1 }, "\(issues)")
    }

    @Test func notWellFormedFileIsReportedWithItsLine() throws {
        let issues = try RelaxNGValidator.quire().validate(bytes: Array("<TEI>\n<a>\n</b>\n".utf8))
        #expect(issues.contains { $0.line == 3 }, "\(issues)")
    }

    @Test func unreadableFileIsOneIssue() throws {
        let issues = try RelaxNGValidator.quire().validate(fileAt: URL(fileURLWithPath: "/nonexistent/quire.xml"))
        #expect(issues.count == 1)
        #expect(issues.first?.line == 0)
    }

    @Test func brokenSchemaThrowsWithLibxmlsMessage() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("quire-broken-\(UUID().uuidString).rng")
        try Data("<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\"><start><ref name=\"missing\"/></start></grammar>".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect {
            try RelaxNGValidator(schemaAt: url)
        } throws: { error in
            (error as? LibXMLError).map { !$0.diagnostics.isEmpty && $0.description.contains("missing") } ?? false
        }
    }

    @Test func validatorIsUsableFromManyTasksAtOnce() async throws {
        let validator = try RelaxNGValidator.quire()
        let bytes = try Fixture.render(Fixture.document(Fixture.everyKind)).bytes
        let results = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<16 {
                group.addTask { validator.validate(bytes: bytes).isEmpty }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results == Array(repeating: true, count: 16))
    }
}
