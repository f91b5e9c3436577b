import Foundation
import Testing
import QuireText
@testable import QuireTEI

@Suite("Duplicate links")
struct DuplicateTests {
    static let blocks = [[
        Fixture.block(.title, "标题", id: "t1"),
        Fixture.block(.paragraph, "甲", id: "p1"),
        Fixture.block(.paragraph, "乙", id: "p2"),
        Fixture.block(.paragraph, "丙", id: "p3"),
    ]]
    static let earlier = "000_b1dedeb09271b6b9.tei.xml"

    static let report = DuplicateReport(
        links: [
            "p1": [CrossReference(document: earlier, blockID: "p7")],
            "p2": [CrossReference(document: earlier, blockID: "p8"), CrossReference(document: "x y.tei.xml", blockID: "p2")],
        ],
        sections: [
            DuplicateSection(blockIDs: ["p1", "p2"], counterpart: earlier, counterpartBlockIDs: ["p7", "p8"], similarity: 0.9256),
            DuplicateSection(blockIDs: ["p3"], counterpart: "x y.tei.xml", counterpartBlockIDs: ["p2"], similarity: 1),
        ]
    )

    @Test func linkedBlocksCarryCorrespPointers() throws {
        let output = try Fixture.render(Fixture.document(Self.blocks), duplicates: Self.report)
        let root = try Fixture.root(output)
        #expect(root.element(id: "p1")?.attributes["corresp"] == "\(Self.earlier)#p7")
        #expect(root.element(id: "p2")?.attributes["corresp"] == "\(Self.earlier)#p8 x%20y.tei.xml#p2")
        #expect(root.element(id: "p3")?.attributes["corresp"] == nil)
        #expect(root.element(id: "t1")?.attributes["corresp"] == nil)
        Schemas.expectValid(output, against: Schemas.quire)
    }

    @Test func sectionsAreListedInStandOff() throws {
        let output = try Fixture.render(Fixture.document(Self.blocks), duplicates: Self.report)
        let root = try Fixture.root(output)
        #expect(root.elements.map(\.name) == ["teiHeader", "text", "standOff"])
        let group = try #require(root.descendant(["standOff", "linkGrp"]))
        #expect(group.attributes["type"] == "duplicate")
        let links = group.elements
        #expect(links.map { $0.attributes["n"] } == ["1", "2"])
        #expect(links.map { $0.attributes["cert"] } == ["0.926", "1.000"])
        #expect(links.first?.attributes["target"] == "#p1 #p2 \(Self.earlier)#p7 \(Self.earlier)#p8")
        #expect(links.last?.attributes["target"] == "#p3 x%20y.tei.xml#p2")
    }

    @Test func noSectionsMeansNoStandOff() throws {
        let report = DuplicateReport(links: Self.report.links)
        let root = try Fixture.root(try Fixture.render(Fixture.document(Self.blocks), duplicates: report))
        #expect(root.elements.map(\.name) == ["teiHeader", "text"])
    }

    @Test func sectionPointingOnlyAtUnknownBlocksIsLeftOut() throws {
        let report = DuplicateReport(sections: [
            DuplicateSection(blockIDs: ["nope"], counterpart: Self.earlier, counterpartBlockIDs: ["p1"], similarity: 0.5),
            DuplicateSection(blockIDs: ["p1", "nope"], counterpart: Self.earlier, counterpartBlockIDs: ["p1"], similarity: 0.5),
        ])
        let output = try Fixture.render(Fixture.document(Self.blocks), duplicates: report)
        let links = try Fixture.root(output).all("link")
        #expect(links.map { $0.attributes["target"] } == ["#p1 \(Self.earlier)#p1"])
        Schemas.expectValid(output, against: Schemas.quire)
    }

    @Test func exactDuplicateIsRecordedInSourceDesc() throws {
        let report = DuplicateReport(exactDuplicateOf: "old file.tei.xml")
        let output = try Fixture.render(Fixture.document(Self.blocks), duplicates: report)
        let item = try #require(try Fixture.root(output).all("relatedItem").first)
        #expect(item.attributes == ["type": "exact-duplicate", "target": "old%20file.tei.xml"])
        #expect(try TEIReader.read(bytes: output.bytes).exactDuplicateOf == "old file.tei.xml")
        Schemas.expectValid(output, against: Schemas.quire)
    }

    @Test(arguments: [(0.0, "0.000"), (1.0, "1.000"), (0.0004, "0.000"), (0.9995, "1.000"), (-3, "0.000"), (7, "1.000"), (.nan, "0.000"), (0.05, "0.050")])
    func similarityIsWrittenWithThreeDecimals(value: Double, expected: String) {
        #expect(SectionLink.decimal(value) == expected)
    }
}
