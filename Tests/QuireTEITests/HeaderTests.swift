import Foundation
import Testing
import QuireText
@testable import QuireTEI

@Suite("TEI header")
struct HeaderTests {
    @Test func sourceDescriptionRecordsTheInput() throws {
        let source = Fixture.source("甲 乙.txt", byteCount: 4321, bom: true, encoding: .gb18030)
        let output = try Fixture.render(Fixture.document(Fixture.everyKind), source: source)
        let bibl = try #require(try Fixture.root(output).descendant(["teiHeader", "fileDesc", "sourceDesc", "bibl"]))
        #expect(bibl.elements.first { $0.attributes["type"] == "filename" }?.stringValue == "甲 乙.txt")
        #expect(bibl.elements.first { $0.attributes["type"] == "sha256" }?.stringValue == Fixture.sha)
        #expect(bibl.descendant(["extent", "measure"])?.attributes == ["unit": "bytes", "quantity": "4321"])
        #expect(bibl.elements.first { $0.attributes["type"] == "encoding" }?.stringValue == "GB18030")
        #expect(bibl.elements.contains { $0.attributes["type"] == "byte-order-mark" })
        let summary = try TEIReader.read(bytes: output.bytes)
        #expect(summary.sourceFileName == "甲 乙.txt")
        #expect(summary.sha256 == Fixture.sha)
        #expect(summary.byteCount == 4321)
    }

    @Test func noByteOrderMarkNoteWithoutOne() throws {
        let root = try Fixture.root(try Fixture.render(Fixture.document(Fixture.everyKind)))
        #expect(!root.all("note").contains { $0.attributes["type"] == "byte-order-mark" })
    }

    @Test(arguments: [("zh", "zh"), ("zh-Hans-CN", "zh-Hans-CN"), ("und", "und"), ("", "und"), ("中文", "und"), ("en_US", "und"), ("toolongtag", "und"), ("en-", "und")])
    func languageAppearsOnTextAndInLangUsage(tag: String, expected: String) throws {
        let output = try Fixture.render(Fixture.document(Fixture.everyKind, language: tag))
        let root = try Fixture.root(output)
        #expect(root.descendant(["text"])?.attributes["xml:lang"] == expected)
        #expect(root.descendant(["teiHeader", "profileDesc", "langUsage", "language"])?.attributes["ident"] == expected)
        #expect(try TEIReader.read(bytes: output.bytes).language == expected)
        Schemas.expectValid(output, against: Schemas.quire)
    }

    /// A bilingual statement: the English blocks of a Chinese document carry their own
    /// `xml:lang`, and `langUsage` lists both languages; read back, each block keeps its tag.
    @Test func blocksInAnotherLanguageCarryTheirOwnTag() throws {
        var english = Fixture.block(.paragraph, "Both sides agreed to deepen the partnership.", id: "p2")
        english.language = .en
        let document = Fixture.document([[Fixture.block(.title, "联合声明", id: "h1"),
                                          Fixture.block(.paragraph, "双方同意深化伙伴关系。", id: "p1"), english]])
        let output = try Fixture.render(document)
        let root = try Fixture.root(output)
        #expect(root.element(id: "p2")?.attributes["xml:lang"] == "en")
        #expect(root.element(id: "p1")?.attributes["xml:lang"] == nil)
        #expect(root.descendant(["teiHeader", "profileDesc", "langUsage"])?.all("language").map { $0.attributes["ident"] } == ["zh", "en"])
        let summary = try TEIReader.read(bytes: output.bytes)
        #expect(summary.blocks.map(\.language) == [nil, nil, "en"])
        Schemas.expectValid(output, against: Schemas.quire)
        if Schemas.teiAllConfigured { Schemas.expectValid(output, against: Schemas.teiAll) }
    }

    @Test(arguments: [("0.1.0", "0.1.0"), ("1.2.3-dev", "1.2.3"), ("2", "2"), ("1.2.3.4.5", "1.2.3.4"), ("dev", "0"), ("", "0"), ("1.x", "1")])
    func applicationVersionIsATEIVersionNumber(version: String, expected: String) throws {
        let options = TEIOptions(timestamp: Fixture.timestamp, applicationVersion: version)
        let output = try Fixture.render(Fixture.document(Fixture.everyKind), options: options)
        let application = try #require(try Fixture.root(output).all("application").first)
        #expect(application.attributes == ["ident": "quire", "version": expected])
        #expect(application.stringValue.trimmingCharacters(in: .whitespacesAndNewlines) == "Quire")
    }

    @Test func revisionDescListsEachRepairWithItsCount() throws {
        var repairs = RepairLog()
        repairs.record(.punctuationWidth, count: 2)
        repairs.record(.lineJoin, count: 12)
        let output = try Fixture.render(Fixture.document(Fixture.everyKind, repairs: repairs))
        let change = try #require(try Fixture.root(output).descendant(["teiHeader", "revisionDesc", "change"]))
        #expect(change.attributes["when"] == "2023-11-14T22:13:20Z")
        let items = change.all("item")
        #expect(items.map { $0.attributes["n"] } == ["line-join", "punctuation-width"])
        #expect(items.map { $0.all("num").first?.attributes["value"] } == ["12", "2"])
        #expect(items.first?.stringValue == "12 source lines joined into a block")
    }

    @Test func everyRepairKindHasADescriptionAndValidates() throws {
        var repairs = RepairLog()
        for (index, kind) in RepairKind.allCases.enumerated() { repairs.record(kind, count: index + 1) }
        let output = try Fixture.render(Fixture.document(Fixture.everyKind, repairs: repairs))
        #expect(try Fixture.root(output).all("item").count == RepairKind.allCases.count)
        #expect(Set(RepairKind.allCases.map(TEIRenderer<LibXMLSink>.describe)).count == RepairKind.allCases.count)
        Schemas.expectValid(output, against: Schemas.quire)
    }

    @Test func noRepairsSaysSo() throws {
        let root = try Fixture.root(try Fixture.render(Fixture.document(Fixture.everyKind)))
        let change = try #require(root.descendant(["teiHeader", "revisionDesc", "change"]))
        #expect(change.elements.map(\.name) == ["p"])
    }

    @Test func sameInputAndTimestampGiveTheSameBytes() throws {
        var repairs = RepairLog()
        repairs.record(.whitespace, count: 3)
        repairs.record(.lineJoin, count: 1)
        let document = Fixture.document(Fixture.everyKind, repairs: repairs)
        let first = try Fixture.render(document, duplicates: DuplicateTests.report)
        let second = try Fixture.render(document, duplicates: DuplicateTests.report)
        #expect(first.bytes == second.bytes)

        let later = TEIOptions(timestamp: Fixture.timestamp.addingTimeInterval(60), applicationVersion: "0.1.0")
        let third = try Fixture.render(document, duplicates: DuplicateTests.report, options: later)
        #expect(third.bytes != first.bytes)
        #expect(Fixture.string(third).replacingOccurrences(of: "22:14:20Z", with: "22:13:20Z") == Fixture.string(first))
    }

    @Test func outputIsIndentedOutsideTextOnly() throws {
        let output = try Fixture.render(Fixture.document(Fixture.everyKind))
        let xml = Fixture.string(output)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n  <teiHeader>\n"))
        #expect(xml.hasSuffix("</TEI>\n"))
        #expect(xml.contains("\n        <p xml:id=\"b3\">应中华人民共和国政府邀请，印度共和国外交部长访华。</p>\n"))
        let summary = try TEIReader.read(bytes: output.bytes)
        #expect(summary.blocks.map(\.text) == Fixture.everyKind[0].map(\.text))
    }
}
