import Testing
@testable import QuireText

/// Block identifiers are their prefix and their number, however they are made (read from the
/// table of the first ones, or written out past it).
@Suite struct BlockIdentifierTests {
    @Test(arguments: [(BlockKind.heading, "h"), (.paragraph, "p"), (.signature, "s"), (.date, "d"), (.furniture, "fw"), (.note, "n")])
    func identifiersAreThePrefixAndTheNumber(kind: BlockKind, prefix: String) {
        var ids = BlockIdentifiers()
        for number in 1...300 { #expect(ids.next(for: kind) == prefix + String(number)) }
    }
}
