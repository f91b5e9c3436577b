import Foundation
import GRDB
import QuireText
import Testing

@testable import QuireDedup

struct PersistenceTests {
    let corpus = SyntheticCorpus(seed: 11, documentCount: 24, noise: 0.02)

    /// Two processes (here: two index instances) on one state folder give the same links.
    @Test func linksSurviveARestart() throws {
        let state = try TemporaryDirectory()
        let last = corpus.documents.count - 1
        var expected: [DuplicateReport] = []
        do {
            let index = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
            for document in corpus.documents[..<last] {
                let report = try index.findDuplicates(document: document.name, blocks: document.blocks)
                try index.record(document: document.name, sha256: document.name, blocks: document.blocks, report: report)
            }
            for document in corpus.documents { expected.append(try index.findDuplicates(document: document.name, blocks: document.blocks)) }
        }
        let reopened = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
        let again = try corpus.documents.map { try reopened.findDuplicates(document: $0.name, blocks: $0.blocks) }
        #expect(again == expected)
        #expect(expected.contains { !$0.links.isEmpty })
    }

    /// Block ids are given by Quire, as SQLite's AUTOINCREMENT would: above every id ever
    /// used, also after the last document was forgotten, re-recorded, or recorded by another
    /// connection; SQLite's own counter agrees afterwards.
    @Test func blockIDsNeverGoBack() throws {
        let state = try TemporaryDirectory()
        let documents = Array(corpus.documents.prefix(4))
        let index = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
        func range(_ name: String, in index: DuplicateIndex) throws -> ClosedRange<Int64> {
            try #require(try index.store.document(named: name)?.blocks)
        }
        func record(_ document: SyntheticCorpus.Document, as name: String, in index: DuplicateIndex) throws {
            try index.record(document: name, sha256: name, blocks: document.blocks, report: .none)
        }
        try record(documents[0], as: "a", in: index)
        try record(documents[1], as: "b", in: index)
        let b = try range("b", in: index)
        #expect(try range("a", in: index).upperBound < b.lowerBound)
        #expect(try index.forget(document: "b"))
        try record(documents[2], as: "c", in: index)
        let c = try range("c", in: index)
        #expect(c.lowerBound == b.upperBound + 1)
        try record(documents[3], as: "a", in: index)
        let a = try range("a", in: index)
        #expect(a.lowerBound == c.upperBound + 1)
        // Another connection records next; this one reloads and continues above it.
        let other = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
        try record(documents[0], as: "d", in: other)
        let d = try range("d", in: other)
        #expect(d.lowerBound == a.upperBound + 1)
        try record(documents[1], as: "e", in: index)
        #expect(try range("e", in: index).lowerBound == d.upperBound + 1)
        let sequence = try index.store.read { db in try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'blockSet'") }
        #expect(sequence == (try range("e", in: index)).upperBound)
    }

    @Test func exactDuplicatesAreFoundByChecksum() throws {
        let state = try TemporaryDirectory()
        let index = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
        let document = corpus.documents[0]
        try index.record(document: document.name, sha256: "abc", blocks: document.blocks, report: .none)
        try index.record(document: "later.tei.xml", sha256: "abc", blocks: document.blocks, report: .none)
        #expect(try index.exactDuplicate(sha256: "abc") == document.name)
        #expect(try index.exactDuplicate(sha256: "def") == nil)
    }

    @Test func aDocumentNeverLinksToItselfAndForgettingRemovesIt() throws {
        let state = try TemporaryDirectory()
        let index = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
        let document = corpus.documents[0]
        try index.record(document: document.name, sha256: "x", blocks: document.blocks, report: .none)
        #expect(try index.findDuplicates(document: document.name, blocks: document.blocks) == .none)
        let copy = try index.findDuplicates(document: "copy.tei.xml", blocks: document.blocks)
        #expect(copy.links.count == document.blocks.count)
        #expect(try index.forget(document: document.name))
        #expect(try index.findDuplicates(document: "copy.tei.xml", blocks: document.blocks) == .none)
        #expect(try !index.forget(document: document.name))
        #expect(try index.statistics().bandEntries == 0)
    }

    @Test func sectionsAreListedAndForgottenWithTheirCounterpart() throws {
        let state = try TemporaryDirectory()
        let index = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
        let document = corpus.documents[0]
        try index.record(document: document.name, sha256: "x", blocks: document.blocks, report: .none)
        let report = try index.findDuplicates(document: "copy.tei.xml", blocks: document.blocks)
        try index.record(document: "copy.tei.xml", sha256: "y", blocks: document.blocks, report: report)
        let sections = try index.recordedSections()
        #expect(sections.count == 1)
        #expect(sections.first?.counterpart == document.name)
        #expect(sections.first?.blockIDs == document.blocks.map(\.id))
        #expect(sections.first?.similarity == 1)
        try index.forget(document: document.name)
        #expect(try index.recordedSections().isEmpty)
    }

    @Test func aFileThatIsNotADatabaseIsRefusedAndLeftAlone() throws {
        let state = try TemporaryDirectory()
        let file = state.url.appendingPathComponent("dedup.sqlite")
        let bytes = Data("these are an archivist's notes, not a database\n".utf8)
        try bytes.write(to: file)
        #expect {
            _ = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
        } throws: { error in
            guard case DedupError.notADatabase = error else { return false }
            return true
        }
        #expect(try Data(contentsOf: file) == bytes)
    }

    @Test func aForeignDatabaseIsRefusedAndLeftAlone() throws {
        let state = try TemporaryDirectory()
        let file = state.url.appendingPathComponent("dedup.sqlite")
        do {
            let queue = try DatabaseQueue(path: file.path)
            try queue.write { try $0.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)") }
            try queue.close()
        }
        let before = try Data(contentsOf: file)
        #expect(throws: DedupError.foreignDatabase(path: file.path)) {
            _ = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
        }
        #expect(try Data(contentsOf: file) == before)
    }

    /// Records the corpus's first six documents in a fresh index in `state`, with the default
    /// configuration, and closes it: what the refusal tests then reopen another way.
    private func indexSixDocuments(in state: URL) throws -> [IndexedDocument] {
        let documents = corpus.documents.prefix(6).map { IndexedDocument(name: $0.name, sha256: $0.name, blocks: $0.blocks) }
        let index = try DuplicateIndex(stateDirectory: state, configuration: DedupConfiguration())
        for document in documents { try index.record(document: document.name, sha256: document.sha256, blocks: document.blocks, report: .none) }
        return documents
    }

    @Test func anIndexBuiltWithOtherParametersIsRefusedUntilRebuilt() throws {
        let state = try TemporaryDirectory()
        let documents = try indexSixDocuments(in: state.url)
        var other = DedupConfiguration()
        other.cjkShingleSize = 4
        #expect {
            _ = try DuplicateIndex(stateDirectory: state.url, configuration: other)
        } throws: { error in
            guard case DedupError.incompatibleIndex(_, "cjkShingleSize", "5", "4") = error else { return false }
            return true
        }
        let statistics = try DuplicateIndex.rebuild(stateDirectory: state.url, configuration: other, documents: documents)
        #expect(statistics.documents == documents.count)
        _ = try DuplicateIndex(stateDirectory: state.url, configuration: other)
    }

    /// An index whose band keys were computed another way (format 1) would silently miss
    /// every reprint: it is refused with the way out, and `rebuild` recomputes the keys.
    @Test func anIndexOfAnOlderFormatIsRefusedUntilRebuilt() throws {
        let state = try TemporaryDirectory()
        let documents = try indexSixDocuments(in: state.url)
        do {
            let queue = try DatabaseQueue(path: state.url.appendingPathComponent("dedup.sqlite").path)
            try queue.write { try $0.execute(sql: "UPDATE meta SET value = '1' WHERE key = 'format'") }
            try queue.close()
        }
        #expect {
            _ = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
        } throws: { error in
            guard case DedupError.incompatibleIndex(_, "format", "1", DuplicateIndex.format) = error else { return false }
            return String(describing: error).contains("quire index rebuild")
        }
        let statistics = try DuplicateIndex.rebuild(stateDirectory: state.url, configuration: DedupConfiguration(), documents: documents)
        #expect(statistics.documents == documents.count)
        _ = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
    }

    @Test func aMissingIndexIsNotCreatedByReaders() throws {
        let state = try TemporaryDirectory()
        #expect(throws: DedupError.self) {
            _ = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration(), create: false)
        }
        #expect(!FileManager.default.fileExists(atPath: state.url.appendingPathComponent("dedup.sqlite").path))
    }
}
