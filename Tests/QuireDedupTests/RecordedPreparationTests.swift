import Foundation
import GRDB
import QuireText
import Testing

@testable import QuireDedup

/// A document `record` keeps prepared from its lookup's query is the very document that
/// alignment would prepare from its rows read back.
struct RecordedPreparationTests {
    let corpus = SyntheticCorpus(seed: 5, documentCount: 16, noise: 0.02)

    @Test func recordedDocumentIsPreparedAsItsRowsWouldBe() throws {
        let state = try TemporaryDirectory()
        let index = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
        var compared = 0
        var sampled = 0
        for document in corpus.documents {
            let report = try index.findDuplicates(document: document.name, blocks: document.blocks)
            try index.record(document: document.name, sha256: document.name, blocks: document.blocks, report: report)
            let range = try #require(try index.store.document(named: document.name)?.blocks)
            guard let held = index.prepared.held(range, generation: index.store.memory.generation) else { continue }
            let rows = try index.store.database.read { db in try index.store.storedBlocks(db, in: range) }
            let read = PreparedDocument(rows, boilerplateShare: index.configuration.boilerplateShare)
            #expect(held.blocks == read.blocks)
            #expect(held.entries == read.entries)
            #expect(held.sampled == read.sampled)
            #expect(held.filter == read.filter)
            #expect(held.filterShift == read.filterShift)
            #expect(held.anySampled == read.anySampled)
            #expect(held.sizes == read.sizes)
            #expect(held.sizeCap == read.sizeCap)
            compared += 1
            if read.anySampled { sampled += 1 }
        }
        // Documents with candidates make a query (5 of these 16), some with blocks stored sampled.
        #expect(compared >= 3)
        #expect(sampled >= 1)
    }
}
