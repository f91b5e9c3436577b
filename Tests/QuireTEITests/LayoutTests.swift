import Foundation
import Testing
import QuireText
@testable import QuireTEI

@Suite("Block kinds and div layout")
struct LayoutTests {
    typealias B = Fixture

    @Test func everyKindLandsInItsElement() throws {
        let root = try Fixture.root(try Fixture.render(Fixture.document(Fixture.everyKind)))
        let prefix = ["TEI", "text", "body", "div"]
        #expect(root.path(to: "b1") == prefix + ["head"])
        #expect(root.element(id: "b1")?.attributes["type"] == "title")
        #expect(root.path(to: "b2") == prefix + ["dateline"])
        #expect(root.path(to: "b3") == prefix + ["p"])
        #expect(root.path(to: "b4") == prefix + ["fw"])
        #expect(root.path(to: "b5") == prefix + ["p"])
        #expect(root.element(id: "b5")?.attributes["rend"] == "item")
        #expect(root.path(to: "b6") == prefix + ["div", "head"])
        #expect(root.element(id: "b6")?.attributes["type"] == nil)
        #expect(root.path(to: "b7") == prefix + ["div", "p"])
        #expect(root.path(to: "b8") == prefix + ["closer", "signed"])
        #expect(root.path(to: "b9") == prefix + ["closer", "signed"])
        #expect(root.path(to: "b10") == prefix + ["closer", "date"])
    }

    /// A footnote is a `note place="foot"` where it fell, between paragraphs or among the
    /// closing lines, and reads back as a note.
    @Test func footnotesAreNotesWhereTheyFell() throws {
        let blocks = [
            B.block(.title, "报告", id: "h1"),
            B.block(.paragraph, "取得进展[1]。", id: "p1"),
            B.block(.note, "[1]参见有关文件。", id: "n1"),
            B.block(.furniture, "— 3 —", id: "fw1"),
            B.block(.paragraph, "问题依然存在②。", id: "p2"),
            B.block(.signature, "江城市人民政府", id: "s1"),
            B.block(.note, "②统计数据。", id: "n2"),
            B.block(.date, "2024年1月1日", id: "d1"),
        ]
        let output = try Fixture.render(Fixture.document([blocks]))
        let root = try Fixture.root(output)
        let prefix = ["TEI", "text", "body", "div"]
        #expect(root.path(to: "n1") == prefix + ["note"])
        #expect(root.element(id: "n1")?.attributes["place"] == "foot")
        #expect(root.path(to: "n2") == prefix + ["closer", "note"])
        #expect(try TEIReader.read(bytes: output.bytes).blocks.map(\.kind) == blocks.map(\.kind))
        Schemas.expectValid(output, against: Schemas.quire)
        if Schemas.teiAllConfigured { Schemas.expectValid(output, against: Schemas.teiAll) }
    }

    @Test func closingLinesAtTheEndShareOneCloserThatEndsTheDiv() throws {
        let root = try Fixture.root(try Fixture.render(Fixture.document(Fixture.everyKind)))
        let article = try #require(root.all("div").first)
        #expect(article.elements.last?.name == "closer")
        #expect(root.all("closer").count == 1)
        #expect(article.elements.last?.elements.map(\.name) == ["signed", "signed", "date"])
    }

    @Test func closingLineInsideProseStaysInPlaceAsParagraph() throws {
        let blocks = [
            B.block(.paragraph, "甲", id: "p1"),
            B.block(.signature, "外交部", id: "s1"),
            B.block(.date, "2022年", id: "d1"),
            B.block(.dateline, "（新华社电）", id: "l1"),
            B.block(.paragraph, "乙", id: "p2"),
        ]
        let output = try Fixture.render(Fixture.document([blocks]))
        let root = try Fixture.root(output)
        #expect(root.all("closer").isEmpty)
        #expect(root.element(id: "s1")?.elements.map(\.name) == ["seg"])
        #expect(root.element(id: "s1")?.elements.first?.attributes["type"] == "signature")
        #expect(root.element(id: "d1")?.elements.map(\.name) == ["date"])
        #expect(root.element(id: "l1")?.elements.first?.attributes["type"] == "dateline")
        #expect(root.all("div").first?.elements.compactMap { $0.attributes["xml:id"] } == ["p1", "s1", "d1", "l1", "p2"])
        Schemas.expectValid(output, against: Schemas.quire)
    }

    @Test func closerBeforeAHeadingEndsThatSection() throws {
        let blocks = [
            B.block(.title, "题", id: "t1"),
            B.block(.paragraph, "序", id: "p0"),
            B.block(.heading, "一", id: "h1"),
            B.block(.paragraph, "甲", id: "p1"),
            B.block(.signature, "外交部", id: "s1"),
            B.block(.heading, "二", id: "h2"),
            B.block(.paragraph, "乙", id: "p2"),
        ]
        let root = try Fixture.root(try Fixture.render(Fixture.document([blocks])))
        #expect(root.path(to: "s1") == ["TEI", "text", "body", "div", "div", "closer", "signed"])
        #expect(root.all("div").filter { $0.attributes["type"] == "section" }.count == 2)
        #expect(root.path(to: "t1") == ["TEI", "text", "body", "div", "head"])
    }

    /// The leading heading is the article's own head; a closing line between its prose and
    /// the first section cannot close the article there, so it stays a paragraph.
    @Test func closingLineBeforeTheFirstSectionStaysAParagraph() throws {
        let blocks = [
            B.block(.heading, "一", id: "h1"),
            B.block(.paragraph, "甲", id: "p1"),
            B.block(.signature, "外交部", id: "s1"),
            B.block(.heading, "二", id: "h2"),
            B.block(.paragraph, "乙", id: "p2"),
        ]
        let output = try Fixture.render(Fixture.document([blocks]))
        let root = try Fixture.root(output)
        #expect(root.path(to: "s1") == ["TEI", "text", "body", "div", "p"])
        #expect(root.path(to: "h2") == ["TEI", "text", "body", "div", "div", "head"])
        Schemas.expectValid(output, against: Schemas.quire)
    }

    @Test(arguments: [
        [BlockKind.signature], [.date], [.signature, .date], [.heading, .date], [.furniture, .signature],
    ])
    func closerWithoutProseGetsAnEmptyParagraphFirst(kinds: [BlockKind]) throws {
        let blocks = kinds.enumerated().map { B.block($1, "x\($0)", id: "b\($0)") }
        let output = try Fixture.render(Fixture.document([blocks]))
        let article = try #require(try Fixture.root(output).all("div").first)
        let names = article.elements.map(\.name)
        let closerIndex = try #require(names.firstIndex(of: "closer"))
        #expect(names[closerIndex - 1] == "p")
        #expect(article.elements[closerIndex - 1].attributes.isEmpty)
        #expect(closerIndex == names.count - 1)
        Schemas.expectValid(output, against: Schemas.quire)
    }

    @Test func emptyDocumentIsValidAndTitledByFileName() throws {
        let output = try Fixture.render(Fixture.document([], title: nil), source: Fixture.source("empty.txt"))
        let root = try Fixture.root(output)
        #expect(root.all("title").first?.stringValue == "empty.txt")
        #expect(root.descendant(["text", "body", "div"])?.elements.map(\.name) == ["p"])
        Schemas.expectValid(output, against: Schemas.quire)
        // Empty divisions in an otherwise empty document change nothing.
        let withEmptyDivisions = try Fixture.render(Fixture.document([[], []], title: nil), source: Fixture.source("empty.txt"))
        #expect(withEmptyDivisions.bytes == output.bytes)
    }

    @Test func eachDivisionIsOneArticle() throws {
        let output = try Fixture.render(Fixture.document([
            [B.block(.title, "甲", id: "t1"), B.block(.paragraph, "一", id: "p1")],
            [B.block(.title, "乙", id: "t2"), B.block(.paragraph, "二", id: "p2")],
        ]))
        let body = try #require(try Fixture.root(output).descendant(["text", "body"]))
        #expect(body.elements.map { $0.attributes["type"] } == ["article", "article"])
    }

    /// Each kind alone, first, in the middle and last: always valid, and read back as itself.
    @Test(arguments: BlockKind.allCases)
    func kindInEveryPositionIsValidAndReadBack(kind: BlockKind) throws {
        let placements: [[Block]] = [
            [B.block(kind, "x", id: "k")],
            [B.block(kind, "x", id: "k"), B.block(.paragraph, "p", id: "p1")],
            [B.block(.paragraph, "p", id: "p1"), B.block(kind, "x", id: "k"), B.block(.paragraph, "q", id: "p2")],
            [B.block(.paragraph, "p", id: "p1"), B.block(kind, "x", id: "k")],
            [B.block(.heading, "h", id: "h1"), B.block(kind, "x", id: "k"), B.block(.heading, "h", id: "h2")],
        ]
        for blocks in placements {
            let output = try Fixture.render(Fixture.document([blocks]))
            Schemas.expectValid(output, against: Schemas.quire)
            let summary = try TEIReader.read(bytes: output.bytes)
            #expect(summary.blocks.map(\.id) == blocks.map(\.id))
            #expect(summary.blocks.map(\.kind) == blocks.map(\.kind))
            #expect(summary.blocks.map(\.text) == blocks.map(\.text))
        }
    }

    @Test func invalidOrRepeatedIDsAreRejected() {
        #expect(throws: TEIWriterError.invalidBlockID("1abc")) {
            try Fixture.render(Fixture.document([[B.block(.paragraph, "x", id: "1abc")]]))
        }
        #expect(throws: TEIWriterError.invalidBlockID("")) {
            try Fixture.render(Fixture.document([[B.block(.paragraph, "x", id: "")]]))
        }
        #expect(throws: TEIWriterError.duplicateBlockID("p1")) {
            try Fixture.render(Fixture.document([[B.block(.paragraph, "x", id: "p1")], [B.block(.paragraph, "y", id: "p1")]]))
        }
    }
}
