import Foundation
import QuireText
import Synchronization
import Testing

@testable import QuireDedup

/// Batched index writes (`DuplicateIndex.batchWrites`): the same links as a commit per
/// document, pending records seen by this connection's lookups and by no other connection
/// until they are committed, and committed before any report that links to them is returned.
struct WriteBatchTests {
    let corpus = SyntheticCorpus(seed: 12, documentCount: 30, noise: 0.02)

    func run(batch: Int, in state: borrowing TemporaryDirectory) throws -> [DuplicateReport] {
        let index = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
        try index.batchWrites(documents: batch)
        var reports: [DuplicateReport] = []
        for document in corpus.documents {
            let report = try index.findDuplicates(document: document.name, blocks: document.blocks)
            try index.record(document: document.name, sha256: document.name, blocks: document.blocks, report: report)
            reports.append(report)
        }
        try index.flush()
        return reports
    }

    @Test(arguments: [2, 7, 1000])
    func batchingChangesNoLink(batch: Int) throws {
        let one = try TemporaryDirectory()
        let many = try TemporaryDirectory()
        let expected = try run(batch: 1, in: one)
        #expect(try run(batch: batch, in: many) == expected)
        #expect(expected.contains { !$0.links.isEmpty })
        // Both files hold the same records once flushed.
        let reopened = try DuplicateIndex(stateDirectory: many.url, configuration: DedupConfiguration(), create: false)
        #expect(try reopened.documentNames() == corpus.documents.map(\.name))
    }

    /// A reprint and its source, and an unrelated document.
    func reprintPair() throws -> (source: SyntheticCorpus.Document, reprint: SyntheticCorpus.Document, stranger: SyntheticCorpus.Document) {
        let reprint = try #require(corpus.documents.first { document in
            document.reprintedFrom.values.contains { source in source != document.name }
        })
        let sourceName = try #require(reprint.reprintedFrom.values.first)
        let source = try #require(corpus.documents.first { $0.name == sourceName })
        let stranger = try #require(corpus.documents.first { $0.name != sourceName && $0.name != reprint.name && $0.reprintedFrom.isEmpty })
        return (source, reprint, stranger)
    }

    @Test func pendingRecordsAreSeenHereAndCommittedBeforeALinkToThem() throws {
        let state = try TemporaryDirectory()
        let (source, reprint, stranger) = try reprintPair()
        let index = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
        try index.batchWrites(documents: 100)
        try index.record(document: source.name, sha256: "s", blocks: source.blocks, report: .none)
        try index.record(document: stranger.name, sha256: "t", blocks: stranger.blocks, report: .none)
        // Another connection (another process) does not see the pending records: a crash now
        // would lose them, and nothing durable depends on them yet.
        let other = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration(), create: false)
        #expect(try other.documentNames().isEmpty)
        #expect(try other.findDuplicates(document: reprint.name, blocks: reprint.blocks).links.isEmpty)
        // This connection's lookup sees the source, and commits it before returning a report
        // whose TEI will link to it.
        let report = try index.findDuplicates(document: reprint.name, blocks: reprint.blocks)
        #expect(report.links.values.contains { $0.contains { $0.document == source.name } })
        #expect(try other.documentNames() == [source.name, stranger.name])
    }

    @Test func anExactDuplicateOfAPendingRecordCommitsIt() throws {
        let state = try TemporaryDirectory()
        let (source, _, _) = try reprintPair()
        let index = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
        try index.batchWrites(documents: 100)
        try index.record(document: source.name, sha256: "same bytes", blocks: source.blocks, report: .none)
        let other = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration(), create: false)
        #expect(try other.exactDuplicate(sha256: "same bytes") == nil)
        #expect(try index.exactDuplicate(sha256: "same bytes") == source.name)
        #expect(try other.exactDuplicate(sha256: "same bytes") == source.name)
    }

    @Test func recordsAreCommittedEveryBatchAndAtTheFlush() throws {
        let state = try TemporaryDirectory()
        let documents = Array(corpus.documents.prefix(5))
        let index = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
        try index.batchWrites(documents: 2)
        let other = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration(), create: false)
        var committed: [[String]] = []
        for document in documents {
            try index.record(document: document.name, sha256: document.name, blocks: document.blocks, report: .none)
            committed.append(try other.documentNames())
        }
        let names = documents.map(\.name)
        #expect(committed == [[], Array(names[..<2]), Array(names[..<2]), Array(names[..<4]), Array(names[..<4])])
        try index.flush()
        #expect(try other.documentNames() == names)
    }

    /// The hook runs before every commit, while the records are still invisible to other
    /// connections (the output they describe is made durable first), and only then.
    @Test func beforeCommitRunsBeforeEachCommit() throws {
        let state = try TemporaryDirectory()
        let documents = Array(corpus.documents.prefix(5))
        let index = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
        let other = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration(), create: false)
        // What the other connection saw at each call of the hook.
        let seen = Mutex<[[String]]>([])
        try index.batchWrites(documents: 2, beforeCommit: {
            let names = (try? other.documentNames()) ?? ["(failed)"]
            seen.withLock { $0.append(names) }
        })
        for document in documents {
            try index.record(document: document.name, sha256: document.name, blocks: document.blocks, report: .none)
        }
        #expect(seen.withLock { $0 } == [[], Array(documents.map(\.name)[..<2])])
        try index.flush()
        try index.flush()
        #expect(seen.withLock { $0 } == [[], Array(documents.map(\.name)[..<2]), Array(documents.map(\.name)[..<4])])
        // A commit per record runs it before each record.
        try index.batchWrites(documents: 1, beforeCommit: { seen.withLock { $0.append(["single"]) } })
        try index.record(document: "again", sha256: "a", blocks: documents[0].blocks, report: .none)
        #expect(seen.withLock { $0.last } == ["single"])
    }

    /// Between two batches another connection may commit: the next batch sees its records
    /// (block ids above its blocks, lookups that find it).
    @Test func aNewBatchSeesWhatAnotherConnectionCommittedBefore() throws {
        let state = try TemporaryDirectory()
        let (source, reprint, _) = try reprintPair()
        let filler = try #require(corpus.documents.first { $0.name != source.name && $0.name != reprint.name })
        let index = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
        try index.batchWrites(documents: 1)
        try index.record(document: filler.name, sha256: "f", blocks: filler.blocks, report: .none)
        try index.batchWrites(documents: 50)
        let other = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration(), create: false)
        try other.record(document: source.name, sha256: "s", blocks: source.blocks, report: .none)
        try index.record(document: "later", sha256: "l", blocks: filler.blocks, report: .none)
        let report = try index.findDuplicates(document: reprint.name, blocks: reprint.blocks)
        #expect(report.links.values.contains { $0.contains { $0.document == source.name } })
        try index.flush()
        let sourceBlocks = try #require(try index.store.document(named: source.name)?.blocks)
        let laterBlocks = try #require(try index.store.document(named: "later")?.blocks)
        #expect(laterBlocks.lowerBound > sourceBlocks.upperBound)
    }
}
