import Foundation
import Testing
import QuireText
@testable import QuireTEI

// Throwaway: writes a few rendered variants to /tmp for jing.
@Test(.enabled(if: ProcessInfo.processInfo.environment["QUIRE_TEI_DUMP"] != nil))
func dumpForJing() throws {
    let dir = URL(fileURLWithPath: "/tmp/quire-tei-dump")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    var repairs = RepairLog()
    repairs.record(.lineJoin, count: 12)
    repairs.record(.letterspacing, count: 3)
    let breaks = [LineBreakMark(offset: 5, cutsWord: true), LineBreakMark(offset: 10, cutsWord: false)]
    var blocks = Fixture.everyKind
    blocks[0][2].lineBreaks = breaks
    let doc = Fixture.document(blocks, repairs: repairs)
    let dups = DuplicateReport(links: ["b3": [CrossReference(document: "000 other.tei.xml", blockID: "p7")]],
                               sections: [DuplicateSection(blockIDs: ["b3", "b5"], counterpart: "000 other.tei.xml", counterpartBlockIDs: ["p7", "p8"], similarity: 0.93)],
                               exactDuplicateOf: "000 other.tei.xml")
    let variants: [(String, TEIOutput)] = [
        ("every", try Fixture.render(doc)),
        ("diplomatic", try Fixture.render(doc, source: Fixture.source(bom: true), duplicates: dups, options: TEIOptions(diplomatic: true, timestamp: Fixture.timestamp, applicationVersion: "1.2.3-dev"))),
        ("empty", try Fixture.render(Fixture.document([], title: nil, language: "und"))),
        ("closeronly", try Fixture.render(Fixture.document([[Fixture.block(.date, "2022年", id: "d1")], [Fixture.block(.signature, "x", id: "s1"), Fixture.block(.paragraph, "y", id: "p1"), Fixture.block(.dateline, "z", id: "z1"), Fixture.block(.paragraph, "y", id: "p2")]]))),
    ]
    for (name, output) in variants {
        try Data(output.bytes).write(to: dir.appendingPathComponent("\(name).xml"))
    }
}
