import Foundation
import Testing
import QuireText
@testable import QuireTEI

@Suite("Escaping and forbidden characters")
struct EscapingTests {
    static let specials = "a < b && c > \"d\" 'e' ]]> \t tab"

    @Test func xmlSpecialsInTextRoundTrip() throws {
        let document = Fixture.document([[Fixture.block(.paragraph, Self.specials, id: "p1")]], title: Self.specials)
        let output = try Fixture.render(document, source: Fixture.source("a&b<c>\".txt"))
        let root = try Fixture.root(output)
        #expect(root.element(id: "p1")?.stringValue == Self.specials)
        #expect(root.descendant(["teiHeader", "fileDesc", "titleStmt", "title"])?.stringValue == Self.specials)
        #expect(root.all("idno").first?.stringValue == "a&b<c>\".txt")
        let xml = Fixture.string(output)
        #expect(xml.contains("a &lt; b &amp;&amp; c &gt;"))
        #expect(!xml.contains("a < b"))
    }

    /// Attribute values are escaped, including whitespace that attribute-value normalisation
    /// would otherwise turn into spaces.
    @Test func attributeValuesRoundTrip() throws {
        let value = "x<&>\"'\t\n\ry中"
        let bytes = try DiagnosticCollector.collecting { collector in
            var writer = try XMLTextWriter(sink: LibXMLSink(diagnostics: collector))
            try writer.startDocument()
            try writer.startElement("root")
            try writer.attribute("a", value)
            try writer.endElement()
            return try writer.finish()
        }
        let root = try #require(LibXMLParser.parse(bytes).root)
        #expect(root.attributes["a"] == value)
    }

    @Test(arguments: ["\u{0}", "\u{C}", "\u{FFFE}", "\u{FFFF}", "\u{1}", "\u{1F}"] as [Unicode.Scalar])
    func forbiddenCharacterIsDroppedAndCounted(scalar: Unicode.Scalar) throws {
        let text = "前\(scalar)后\(scalar)"
        var repairs = RepairLog()
        repairs.record(.forbiddenCharacter, count: 5)
        let document = Fixture.document([[Fixture.block(.paragraph, text, id: "p1")]], title: "T\(scalar)", repairs: repairs)
        let output = try Fixture.render(document, source: Fixture.source("f\(scalar).txt"))
        #expect(output.droppedCharacters == 4)
        #expect(XMLWellFormedness.check(output.bytes).isEmpty)
        let root = try Fixture.root(output)
        #expect(root.element(id: "p1")?.stringValue == "前后")
        #expect(root.all("title").first?.stringValue == "T")
        #expect(root.all("idno").first?.stringValue == "f.txt")
        // The header adds the writer's drops to what the repair stage already counted.
        let item = try #require(root.all("item").first { $0.attributes["n"] == RepairKind.forbiddenCharacter.rawValue })
        #expect(item.all("num").first?.attributes["value"] == "9")
        Schemas.expectValid(output, against: Schemas.quire)
    }

    @Test func allowedEdgeCharactersAreKept() throws {
        let text = "\u{9}\u{D7FF}\u{E000}\u{FFFD}\u{10000}\u{10FFFF}"
        let output = try Fixture.render(Fixture.document([[Fixture.block(.paragraph, text, id: "p1")]]))
        #expect(output.droppedCharacters == 0)
        #expect(try Fixture.root(output).element(id: "p1")?.stringValue == text)
    }

    @Test func filterCountsEachDroppedScalar() {
        var filter = XMLCharacterFilter()
        #expect(filter.clean("a\u{0}b\u{C}\u{FFFE}c\u{FFFF}") == "abc")
        #expect(filter.clean("clean") == "clean")
        #expect(filter.droppedCount == 4)
    }
}
