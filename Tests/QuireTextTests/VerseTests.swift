import Testing
@testable import QuireText

/// Rhymed verse between the news keeps its lines; prose whose lines open with capitals (names,
/// German nouns, advertisements in Title Case) is still joined.
@Suite struct VerseTests {
    static let poem = "the city, and the new road will be open\nto travel before the first of next month.\n\nTHE OLD HOMESTEAD.\n\nBeneath the elms the old house stands,\n  Its windows dim with years;\nThe hearth is cold, the busy hands\n  Are gone, and with them tears.\n\nNo more the children's laughter rings\n  Along the quiet hall;\nBut memory her treasure brings,\n  And loves, and keeps them all.\n\n                        --M. E. S.\n\nLOCAL BREVITIES.\n\nThe schools will close on Friday, June 17.\n"

    @Test func eachLineOfAPoemIsALine() {
        let lines = readingText(repaired(Self.poem)).split(separator: "\n")
        #expect(Array(lines[2...9]) == ["Beneath the elms the old house stands,", "Its windows dim with years;",
                                        "The hearth is cold, the busy hands", "Are gone, and with them tears.",
                                        "No more the children's laughter rings", "Along the quiet hall;",
                                        "But memory her treasure brings,", "And loves, and keeps them all."])
        #expect(lines.first == "the city, and the new road will be open to travel before the first of next month.")
    }

    /// Couplets, in quotation marks, flush.
    @Test func coupletsInQuotes() {
        let input = "He closed his address with the lines:\n\"The night is long, the way is far,\nBut onward guides the northern star;\nAnd he who walks with honest heart\nShall find at last the better part.\"\nThe meeting then adjourned.\n"
        let lines = readingText(repaired(input)).split(separator: "\n")
        #expect(lines.contains("But onward guides the northern star;"))
        #expect(lines.contains("And he who walks with honest heart"))
    }

    @Test(arguments: [
        // An obituary's names and places at line starts (`Boston` / `on` ends in the same two letters).
        "He is survived by his widow,\ntwo sons, Charles H. Pemberton,\nof the firm of Pemberton & Hale,\nand the Rev. Edward Pemberton, of\nPhiladelphia, and one daughter,\nMrs. Samuel Whitcomb, of Boston.\nThe funeral will take place on\nFriday afternoon at 2 o'clock\nfrom the family residence.\n",
        // German prose: every noun has a capital.
        "Der Flieger stieg gestern früh\nUm sechs Uhr von der Simmeringer Heide\nMit seinem Doppeldecker auf und flog\nNach einer Stunde über die Stadt\nZurück zum Flugfeld, wo ihn die Menge\nMit großem Jubel empfing.\n",
    ])
    func proseWithCapitalsIsJoined(_ input: String) {
        #expect(repaired(input).blocks.count <= 2)
    }
}
