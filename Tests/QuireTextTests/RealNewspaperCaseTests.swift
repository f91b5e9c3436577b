import Testing
@testable import QuireText

// Cases from the real pages of Benchmarks/latin-news (`r*`: human-corrected OCR lines of the
// Wheeling Daily Intelligencer, 1866, with their printed breaks): each shows one failure class
// those pages found, with the reading text of `rNN-*.expected.txt`.
@Suite struct RealNewspaperCaseTests {
    typealias Case = RepairCase

    static let cases: [Case] = [
        // A lower-case line never opens a paragraph: after an abbreviation or a display line set
        // inside the sentence, the sentence goes on.
        Case(name: "lower-case line after a short display line ending in a point",
             input: "The possessor of untold wealth, without\nhealth, is a miserable man; but the poorest\npeasant, with toll for his daily portion, pos-\nsessed with brawny arm and\nPURE BUOYANT BLOOD.\ngushing through every vein, is blessed, in-\ndeed.",
             expected: "The possessor of untold wealth, without health, is a miserable man; but the poorest peasant, with toll for his daily portion, possessed with brawny arm and PURE BUOYANT BLOOD. gushing through every vein, is blessed, indeed."),
        Case(name: "lower-case line after an abbreviation at a line end",
             input: "Foreign Fruits.\n5 cases of New Smyrna Figs, some in 1 lb.\nand 1/4 lb. boxes.\n50 boxes Lemons and Oranges.",
             expected: "Foreign Fruits.\n5 cases of New Smyrna Figs, some in 1 lb. and 1/4 lb. boxes.\n50 boxes Lemons and Oranges."),
    ]

    @Test(arguments: cases)
    func repairsRealCase(_ c: Case) {
        #expect(readingText(repaired(c.input)) == c.expected)
    }
}
