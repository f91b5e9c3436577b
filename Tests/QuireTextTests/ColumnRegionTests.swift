import Testing
@testable import QuireText

/// A page joining articles set at different widths: each article's column is measured by its
/// own lines. The fixture is the top of a generated 30 KB page (Benchmarks/scripts/make_pages.py
/// style, indented first lines): an article set about 23 ems wide, then one about 37 wide.
@Suite struct ColumnRegionTests {
    @Test func theNarrowArticleKeepsItsItemsWhole() throws {
        let document = repaired(try Fixtures.text("samples/page-two-widths.txt"))
        let texts = document.blocks.map(\.text)
        // Full lines of the narrow article that end a sentence, unindented lines after them:
        // measured against the wide article's column they looked short and ended the item.
        #expect(texts.contains { $0.hasPrefix("一、两国立法机构表示") && $0.hasSuffix("善候能以的识局五来在阶心在百断该。") })
        #expect(texts.contains { $0.hasPrefix("（二）两国海关稳步扩大") && $0.hasSuffix("及它音和期影方可定。") })
    }
}
