import Foundation
import Testing
import QuireText
@testable import QuireTEI

@Suite("Diplomatic line breaks")
struct DiplomaticTests {
    static let diplomatic = TEIOptions(diplomatic: true, timestamp: Fixture.timestamp, applicationVersion: "0.1.0")

    static func paragraph(_ output: TEIOutput) throws -> ParsedElement {
        try #require(try Fixture.root(output).element(id: "p1"))
    }

    @Test func lineBreaksBecomeLbAtTheirOffsets() throws {
        let text = "中华人民共和国 政府"
        let breaks = [LineBreakMark(offset: 4, cutsWord: true), LineBreakMark(offset: 8, cutsWord: false)]
        let block = Fixture.block(.paragraph, text, id: "p1", breaks: breaks)
        let output = try Fixture.render(Fixture.document([[block]]), options: Self.diplomatic)
        let p = try Self.paragraph(output)
        #expect(p.children == [
            .text("中华人民"),
            .element(ParsedElement(name: "lb", namespace: TEIVocabulary.namespace, attributes: ["break": "no"], children: [], line: p.line)),
            .text("共和国 "),
            .element(ParsedElement(name: "lb", namespace: TEIVocabulary.namespace, attributes: [:], children: [], line: p.line)),
            .text("政府"),
        ])
        #expect(p.stringValue == text)
        Schemas.expectValid(output, against: Schemas.quire)
    }

    /// Where the next line starts the next column of side-by-side columns: `<cb/>` before
    /// the `<lb/>`, both `break="no"` when the join cut a run.
    @Test func aColumnChangeIsACbBeforeTheLb() throws {
        let text = "多发散发、国际环境"
        let breaks = [LineBreakMark(offset: 3, cutsWord: true, startsColumn: true), LineBreakMark(offset: 5, cutsWord: true)]
        let block = Fixture.block(.paragraph, text, id: "p1", breaks: breaks)
        let output = try Fixture.render(Fixture.document([[block]]), options: Self.diplomatic)
        let p = try Self.paragraph(output)
        #expect(p.elements.map(\.name) == ["cb", "lb", "lb"])
        #expect(p.elements.map { $0.attributes["break"] } == ["no", "no", "no"])
        #expect(p.stringValue == text)
        Schemas.expectValid(output, against: Schemas.quire)
        if Schemas.teiAllConfigured { Schemas.expectValid(output, against: Schemas.teiAll) }
    }

    /// Marks stored before column changes were marked read as none.
    @Test func olderMarksDecodeWithoutAColumnChange() throws {
        let mark = try JSONDecoder().decode(LineBreakMark.self, from: Data(#"{"offset":3,"cutsWord":true}"#.utf8))
        #expect(mark == LineBreakMark(offset: 3, cutsWord: true))
    }

    @Test func readingViewHasNoLb() throws {
        let block = Fixture.block(.paragraph, "abcdef", id: "p1", breaks: [LineBreakMark(offset: 3, cutsWord: true)])
        let output = try Fixture.render(Fixture.document([[block]]))
        #expect(try Self.paragraph(output).children == [.text("abcdef")])
    }

    @Test func offsetsCountUnicodeScalarsAndOutOfRangeOnesAreIgnored() throws {
        // "e\u{301}" is one Character but two scalars; 👍🏽 is two scalars too.
        let text = "e\u{301}x👍🏽y"
        let breaks = [0, 1, 6, 5, -1, 99].map { LineBreakMark(offset: $0, cutsWord: false) }
        let block = Fixture.block(.signature, text, id: "p1", breaks: breaks)
        let output = try Fixture.render(Fixture.document([[block]]), options: Self.diplomatic)
        let p = try Self.paragraph(output)
        #expect(p.stringValue == text)
        #expect(p.all("lb").count == 4)
        let pieces = p.children.map { child -> String in
            if case .text(let text) = child { return text } else { return "|" }
        }
        #expect(pieces == ["|", "e", "|", "\u{301}x👍🏽", "|", "y", "|"].filter { !$0.isEmpty })
        Schemas.expectValid(output, against: Schemas.quire)
    }

    @Test func lbInsideFallbackParagraphGoesInsideTheWrapper() throws {
        let blocks = [
            Fixture.block(.paragraph, "a", id: "p0"),
            Fixture.block(.date, "2022年11月1日", id: "p1", breaks: [LineBreakMark(offset: 5, cutsWord: true)]),
            Fixture.block(.paragraph, "b", id: "p2"),
        ]
        let output = try Fixture.render(Fixture.document([blocks]), options: Self.diplomatic)
        let p = try Self.paragraph(output)
        #expect(p.elements.map(\.name) == ["date"])
        #expect(p.elements.first?.all("lb").count == 1)
        #expect(p.stringValue == "2022年11月1日")
        #expect(try TEIReader.read(bytes: output.bytes).blocks.map(\.kind) == [.paragraph, .date, .paragraph])
    }
}
