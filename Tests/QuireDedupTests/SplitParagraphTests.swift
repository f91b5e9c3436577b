import Foundation
import QuireText
import Testing

@testable import QuireDedup

/// One paragraph that the two sources split differently, alone among unrelated text: the
/// hardest case for block-level LSH, since each half has Jaccard similarity near 0.5 with
/// the whole.
struct SplitParagraphTests {
    enum Direction: String, CaseIterable { case earlierSplit, laterSplit }

    @Test(arguments: Direction.allCases)
    func anIsolatedSplitParagraphIsFound(direction: Direction) throws {
        var random = SplitMix64(seed: direction == .earlierSplit ? 101 : 202)
        var found = 0
        let trials = 40
        for trial in 0..<trials {
            let state = try TemporaryDirectory()
            let index = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
            var whole = ""
            while whole.count < 120 { whole += SyntheticCorpus.paragraph(&random) }
            let sentences = whole.split(separator: "。").map { $0 + "。" }
            let cut = max(1, sentences.count / 2)
            let halves = [sentences[..<cut].joined(), sentences[cut...].joined()]
            let earlier = direction == .earlierSplit ? halves : [whole]
            let later = (direction == .earlierSplit ? [whole] : halves).map { SyntheticCorpus.noisy($0, rate: 0.02, &random) }
            func document(_ texts: [String]) -> [Block] {
                let all = [SyntheticCorpus.paragraph(&random)] + texts + [SyntheticCorpus.paragraph(&random)]
                return all.enumerated().map { Block(kind: .paragraph, text: $1, id: "p\($0 + 1)", sourceLines: ($0 + 1)...($0 + 1)) }
            }
            let first = document(earlier)
            try index.record(document: "first\(trial).tei.xml", sha256: "\(trial)", blocks: first, report: .none)
            let second = document(later)
            let report = try index.findDuplicates(document: "second\(trial).tei.xml", blocks: second)
            let expected = Set(second[1...later.count].map(\.id))
            if Set(report.links.keys) == expected { found += 1 }
        }
        #expect(Double(found) / Double(trials) >= 0.95, "found \(found) of \(trials)")
    }
}
