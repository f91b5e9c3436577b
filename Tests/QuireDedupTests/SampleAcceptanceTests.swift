import Foundation
import QuireText
import Testing

@testable import QuireDedup

/// The acceptance check of issue 3 on the shared samples: 003 (a newspaper page) reprints,
/// from its line 458 on, the second half of 000 (the SCO communique), with other paragraph
/// splits and a few OCR differences; its first part (China–Vietnam) must stay unlinked.
@Suite(.enabled(if: SampleParagraphs.available, "the shared samples are not beside the repository"))
struct SampleAcceptanceTests {
    static let reprintStartLine = 458
    let firstName = "\(SampleParagraphs.first).tei.xml"
    let secondName = "\(SampleParagraphs.second).tei.xml"

    @Test func reprintedHalfLinksToItsOriginalAndNothingElseDoes() throws {
        let state = try TemporaryDirectory()
        let index = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
        let original = SampleParagraphs.blankLineBlocks(try SampleParagraphs.lines(SampleParagraphs.first))
        let reprint = SampleParagraphs.columnBlocks(try SampleParagraphs.lines(SampleParagraphs.second))

        #expect(try index.findDuplicates(document: firstName, blocks: original) == .none)
        try index.record(document: firstName, sha256: "a", blocks: original, report: .none)
        let report = try index.findDuplicates(document: secondName, blocks: reprint)

        let paragraphs = reprint.filter { $0.kind == .paragraph }
        let expected = Set(paragraphs.filter { $0.sourceLines.lowerBound >= Self.reprintStartLine }.map(\.id))
        let linked = Set(report.links.keys)
        let truePositives = linked.intersection(expected).count
        let precision = linked.isEmpty ? 0 : Double(truePositives) / Double(linked.count)
        let recall = Double(truePositives) / Double(expected.count)
        #expect(expected.count > 30)
        #expect(precision >= 0.98, "precision \(precision), wrongly linked: \(linked.subtracting(expected).sorted())")
        #expect(recall >= 0.98, "recall \(recall), missed: \(expected.subtracting(linked).sorted())")
        #expect(linked.isSubset(of: expected), "China–Vietnam paragraphs linked: \(linked.subtracting(expected).sorted())")
        #expect(expected.isSubset(of: linked))

        // Each link points at a block of 000 that really shares text with it.
        let originalByID = Dictionary(uniqueKeysWithValues: original.map { ($0.id, $0) })
        let reprintByID = Dictionary(uniqueKeysWithValues: reprint.map { ($0.id, $0) })
        for (id, references) in report.links {
            for reference in references {
                #expect(reference.document == firstName)
                let counterpart = try #require(originalByID[reference.blockID])
                #expect(
                    overlap(SampleParagraphs.plain(reprintByID[id]!.text), SampleParagraphs.plain(counterpart.text), length: 8) >= 0.5,
                    "\(id) -> \(reference.blockID) share too little text: \(reprintByID[id]!.text) // \(counterpart.text) // \(report.links[id]!.map(\.blockID))")
            }
        }

        // Every paragraph of the reprinted half of 000 is somebody's counterpart. (Fragments
        // shorter than a shingle, like line 103's `关工作。`, which the repair engine joins to
        // their paragraph, have nothing to be matched by.)
        let reprinted = original.filter {
            (57...203).contains($0.sourceLines.lowerBound) && SampleParagraphs.plain($0.text).count >= 8
        }
        let counterparts = Set(report.links.values.flatMap { $0.map(\.blockID) })
        let unmatched = reprinted.filter { !counterparts.contains($0.id) }.map(\.id)
        #expect(unmatched.isEmpty, "000 blocks without a counterpart: \(unmatched)")

        // Sections cover exactly the linked blocks, follow 000 in order, and are similar.
        #expect(!report.sections.isEmpty)
        #expect(Set(report.sections.flatMap(\.blockIDs)).isSuperset(of: linked))
        let order = Dictionary(uniqueKeysWithValues: original.enumerated().map { ($1.id, $0) })
        for section in report.sections {
            #expect(section.counterpart == firstName)
            let positions = section.counterpartBlockIDs.map { order[$0]! }
            #expect(positions == positions.sorted())
            #expect(section.similarity > 0.5 && section.similarity <= 1)
        }
    }

    @Test func recordingInTheOtherOrderLinksTheOtherWay() throws {
        let state = try TemporaryDirectory()
        let index = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
        let original = SampleParagraphs.blankLineBlocks(try SampleParagraphs.lines(SampleParagraphs.first))
        let reprint = SampleParagraphs.columnBlocks(try SampleParagraphs.lines(SampleParagraphs.second))
        try index.record(document: secondName, sha256: "b", blocks: reprint, report: .none)
        let report = try index.findDuplicates(document: firstName, blocks: original)
        let linked = Set(report.links.keys)
        // 000's first part (before its line 57) is not in 003.
        let early = Set(original.filter { $0.sourceLines.lowerBound < 57 }.map(\.id))
        #expect(linked.isDisjoint(with: early))
        let reprinted = original.filter { (57...199).contains($0.sourceLines.lowerBound) && $0.text.count >= 20 }
        let missed = reprinted.filter { !linked.contains($0.id) }.map(\.id)
        #expect(missed.isEmpty, "missed: \(missed)")
    }

    /// The larger of the shares of either text's 8-character runs found in the other: near 1
    /// for the same passage, or for a piece of it that the other source printed apart.
    private func overlap(_ a: String, _ b: String, length: Int) -> Double {
        func runs(_ text: String) -> Set<String> {
            let scalars = Array(text.unicodeScalars)
            guard scalars.count >= length else { return [text] }
            return Set((0...(scalars.count - length)).map { String(String.UnicodeScalarView(scalars[$0..<($0 + length)])) })
        }
        let x = runs(a)
        let y = runs(b)
        let shared = Double(x.intersection(y).count)
        return max(shared / Double(x.count), shared / Double(y.count))
    }
}
