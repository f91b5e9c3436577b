import Foundation
import GRDB
import QuireText
import Testing

@testable import QuireDedup

/// The band index held in memory stays in step with the database file it mirrors.
struct BandMemoryTests {
    let corpus = SyntheticCorpus(seed: 5, documentCount: 2, noise: 0)

    /// `quire clean` recording while `quire watch` holds a loaded index: the watcher sees it.
    @Test func documentsRecordedByAnotherConnectionAreFound() throws {
        let state = try TemporaryDirectory()
        let source = corpus.documents[0]
        let watcher = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
        #expect(try watcher.findDuplicates(document: "copy.tei.xml", blocks: source.blocks) == .none)
        let other = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
        try other.record(document: source.name, sha256: "s", blocks: source.blocks, report: .none)
        let report = try watcher.findDuplicates(document: "copy.tei.xml", blocks: source.blocks)
        #expect(report.links.count == source.blocks.count)
        #expect(Set(report.links.values.flatMap { $0.map(\.document) }) == [source.name])
    }

    /// A document recorded again under its name is found by its new text only.
    @Test func reRecordingReplacesTheFoundText() throws {
        let state = try TemporaryDirectory()
        let (first, second) = (corpus.documents[0], corpus.documents[1])
        let index = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
        try index.record(document: "a.tei.xml", sha256: "1", blocks: first.blocks, report: .none)
        #expect(try !index.findDuplicates(document: "b.tei.xml", blocks: first.blocks).links.isEmpty)
        try index.record(document: "a.tei.xml", sha256: "2", blocks: second.blocks, report: .none)
        #expect(try index.findDuplicates(document: "b.tei.xml", blocks: first.blocks).links.isEmpty)
        #expect(try index.findDuplicates(document: "b.tei.xml", blocks: second.blocks).links.count == second.blocks.count)
    }

    /// A document looked up under the name it was recorded by does not link to that record
    /// (`DocumentIDLookup`), also a name outside ASCII; under another name it does.
    @Test(arguments: ["a.tei.xml", "联合公报 2026.tei.xml"])
    func aDocumentDoesNotLinkToItsOwnRecord(name: String) throws {
        let state = try TemporaryDirectory()
        let source = corpus.documents[0]
        let index = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
        try index.record(document: name, sha256: "1", blocks: source.blocks, report: .none)
        #expect(try index.findDuplicates(document: name, blocks: source.blocks).links.isEmpty)
        #expect(try !index.findDuplicates(document: "other.tei.xml", blocks: source.blocks).links.isEmpty)
    }

    /// Indexes written before band keys moved into the block rows kept them in the `band`
    /// table; those rows are still read.
    @Test func bandRowsOfTheEarlierLayoutAreStillFound() throws {
        let state = try TemporaryDirectory()
        let source = corpus.documents[0]
        do {
            let index = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
            try index.record(document: source.name, sha256: "s", blocks: source.blocks, report: .none)
        }
        let database = try DatabaseQueue(path: IndexDatabase.url(in: state.url).path)
        let moved = try database.write { db in
            var moved = 0
            for row in try Row.fetchAll(db, sql: "SELECT lastBlock, firstBlock, bandKeys FROM blockSet") {
                let keys: Data = row[2]
                let first: Int64 = row[1]
                try keys.withUnsafeBytes { raw in
                    _ = try BlockSetCoding.forEachBlockKeys(raw, firstBlock: first) { block, keys in
                        for key in keys { try db.execute(sql: "INSERT INTO band (key, block) VALUES (?, ?)", arguments: [key, block]) }
                        moved += 1
                    }
                }
                // The same blocks, none with keys.
                var none = BlockSetCoding.Writer()
                let last: Int64 = row[0]
                for _ in first...last { none.append(ordinal: 0, xmlID: "", sampled: false, values: [], keys: []) }
                try db.execute(sql: "UPDATE blockSet SET bandKeys = ? WHERE lastBlock = ?", arguments: [Data(none.keysBlob()), last])
            }
            return moved
        }
        try database.close()
        #expect(moved > 0)
        let reopened = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
        #expect(try reopened.findDuplicates(document: "copy.tei.xml", blocks: source.blocks).links.count == source.blocks.count)
        #expect(try reopened.forget(document: source.name))
        #expect(try reopened.statistics().bandEntries == 0)
    }
}
