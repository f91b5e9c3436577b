import Foundation
import Testing
import QuireText
@testable import QuireTEI

@Suite("Reading TEI back")
struct ReaderTests {
    @Test func readsBackWhatWasWritten() throws {
        let document = Fixture.document(Fixture.everyKind, title: "联合声明", language: "zh")
        let output = try Fixture.render(document, source: Fixture.source("000.txt"), duplicates: DuplicateTests.report)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("quire-read-\(UUID().uuidString).tei.xml")
        try Data(output.bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }

        let summary = try TEIReader.read(contentsOf: url)
        #expect(summary.sourceFileName == "000.txt")
        #expect(summary.sha256 == Fixture.sha)
        #expect(summary.language == "zh")
        #expect(summary.title == "联合声明")
        #expect(summary.exactDuplicateOf == nil)
        let expected = document.blocks.map { TEIDocumentSummary.Block(id: $0.id, kind: $0.kind, text: $0.text) }
        #expect(summary.blocks == expected)
    }

    @Test func notWellFormedIsAnError() {
        #expect {
            try TEIReader.read(bytes: Array("<TEI><oops></TEI>".utf8), name: "bad.xml")
        } throws: { error in
            guard case .notWellFormed(let file, let diagnostics)? = error as? TEIReaderError else { return false }
            return file == "bad.xml" && !diagnostics.isEmpty
        }
    }

    @Test(arguments: [
        "<TEI/>",
        "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/></TEI>",
        "<other xmlns=\"http://www.tei-c.org/ns/1.0\"/>",
    ])
    func otherXMLIsNotQuireTEI(xml: String) {
        #expect {
            try TEIReader.read(bytes: Array(xml.utf8))
        } throws: { error in
            if case .notQuireTEI? = error as? TEIReaderError { true } else { false }
        }
    }

    @Test func entitiesAreNotExpandedAndNothingIsFetched() throws {
        let xml = """
        <!DOCTYPE TEI [<!ENTITY ext SYSTEM "http://127.0.0.1:9/x"><!ENTITY int "EXPANDED">]>
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><sourceDesc><bibl>
        <idno type="filename">&int;</idno><idno type="sha256">&ext;</idno></bibl></sourceDesc></fileDesc></teiHeader>
        <text xml:lang="en"><body><div><p xml:id="p1">a&int;b</p></div></body></text></TEI>
        """
        let summary = try TEIReader.read(bytes: Array(xml.utf8))
        #expect(!summary.sourceFileName.contains("EXPANDED"))
        #expect(summary.blocks.map(\.text) == ["ab"])
    }
}

@Suite("Well-formedness")
struct WellFormednessTests {
    @Test func wellFormedHasNoDiagnostics() {
        #expect(XMLWellFormedness.check(Array("<a><b/>text</a>".utf8)).isEmpty)
    }

    @Test(arguments: [("<a>\n<b>\n</a>", 3), ("<a>\u{C}</a>", 1), ("<a x='1' x='2'/>", 1), ("<a>\n&undefined;</a>", 2)])
    func problemsComeWithTheirLine(xml: String, line: Int) {
        let diagnostics = XMLWellFormedness.check(Array(xml.utf8))
        #expect(!diagnostics.isEmpty)
        #expect(diagnostics.contains { $0.line == line }, "\(diagnostics)")
    }

    @Test func emptyInputIsNotWellFormed() {
        #expect(!XMLWellFormedness.check([]).isEmpty)
    }
}

@Suite("libxml2 error capture")
struct DiagnosticCaptureTests {
    /// The handler is per thread and restored afterwards: an inner collection sees only its
    /// own messages, and the outer one keeps working after it.
    @Test func nestedCollectionsKeepTheirOwnMessages() {
        let (inner, outer) = DiagnosticCollector.collecting { outer -> ([XMLDiagnostic], [XMLDiagnostic]) in
            let inner = XMLWellFormedness.check(Array("<a>".utf8))
            _ = LibXMLParser.withDocument(Array("<b></c>".utf8), collector: outer) { _ in () }
            return (inner, outer.diagnostics)
        }
        #expect(!inner.isEmpty)
        #expect(!outer.isEmpty)
        #expect(Set(inner.map(\.message)).isDisjoint(with: outer.map(\.message)))
    }
}
