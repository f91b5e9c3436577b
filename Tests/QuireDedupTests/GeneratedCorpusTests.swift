import Foundation
import QuireText
import Testing

@testable import QuireDedup

/// Paragraph-level precision and recall on generated documents that reprint runs of earlier
/// ones with 2 % character noise and different paragraph splits (issue 3).
struct GeneratedCorpusTests {
    struct Score {
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
        var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
    }

    static func score(_ corpus: SyntheticCorpus, configuration: DedupConfiguration = DedupConfiguration()) throws -> Score {
        let state = try TemporaryDirectory()
        let index = try DuplicateIndex(stateDirectory: state.url, configuration: configuration)
        var score = Score()
        for document in corpus.documents {
            let report = try index.findDuplicates(document: document.name, blocks: document.blocks)
            for block in document.blocks {
                let linkedTo = Set(report.links[block.id, default: []].map(\.document))
                switch (document.reprintedFrom[block.id], linkedTo.isEmpty) {
                case let (source?, false) where linkedTo == [source]: score.truePositives += 1
                case (_?, true): score.falseNegatives += 1
                case (_?, false): score.falsePositives += 1; score.falseNegatives += 1
                case (nil, false): score.falsePositives += 1
                case (nil, true): break
                }
            }
            try index.record(document: document.name, sha256: document.name, blocks: document.blocks, report: report)
        }
        return score
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func reprintsAreFoundDespiteNoiseAndResplitting(seed: UInt64) throws {
        let corpus = SyntheticCorpus(seed: seed, documentCount: 40, noise: 0.02)
        let reprinted = corpus.documents.reduce(0) { $0 + $1.reprintedFrom.count }
        #expect(reprinted > 20)
        let score = try Self.score(corpus)
        #expect(score.precision >= 0.98, "precision \(score.precision) \(score)")
        #expect(score.recall >= 0.98, "recall \(score.recall) \(score)")
    }

    /// The formulaic openings every paragraph shares must not link anything by themselves.
    @Test func sharedOpeningsAloneLinkNothing() throws {
        let corpus = SyntheticCorpus(seed: 7, documentCount: 30, noise: 0)
        let originals = corpus.documents.map { document in
            SyntheticCorpus.Document(
                name: document.name, blocks: document.blocks.filter { document.reprintedFrom[$0.id] == nil }, reprintedFrom: [:])
        }
        let score = try Self.score(SyntheticCorpus(documents: originals))
        #expect(score.falsePositives == 0)
    }
}

extension SyntheticCorpus {
    init(documents: [Document]) { self.documents = documents }
}
