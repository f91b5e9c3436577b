import Foundation
import QuireText
import Testing

@testable import QuireDedup

/// The first recorded source of a text is its original: later copies link to it, not to
/// each other, whatever order the candidates come in.
struct OriginalOrderTests {
    @Test func copiesLinkToTheFirstRecordedSource() throws {
        let state = try TemporaryDirectory()
        let index = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
        let source = SyntheticCorpus(seed: 21, documentCount: 1, noise: 0).documents[0].blocks
        for name in ["a.tei.xml", "b.tei.xml", "c.tei.xml"] {
            let report = try index.findDuplicates(document: name, blocks: source)
            if name != "a.tei.xml" {
                #expect(Set(report.links.values.flatMap { $0.map(\.document) }) == ["a.tei.xml"])
                #expect(report.links.count == source.count)
            }
            try index.record(document: name, sha256: name, blocks: source, report: report)
        }
        // Recording the original again keeps its place in first-seen order.
        try index.record(document: "a.tei.xml", sha256: "a.tei.xml", blocks: source, report: .none)
        let report = try index.findDuplicates(document: "d.tei.xml", blocks: source)
        #expect(Set(report.links.values.flatMap { $0.map(\.document) }) == ["a.tei.xml"])
    }

    /// A block that repeats part of an earlier document and part of another links to both,
    /// each in its own section.
    @Test func sectionsFromTwoSourcesAreReportedSeparately() throws {
        let state = try TemporaryDirectory()
        let index = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
        let corpus = SyntheticCorpus(seed: 5, documentCount: 3, noise: 0).documents
        try index.record(document: "a.tei.xml", sha256: "a", blocks: corpus[0].blocks, report: .none)
        try index.record(document: "b.tei.xml", sha256: "b", blocks: corpus[1].blocks, report: .none)
        var blocks = Array(corpus[0].blocks.prefix(3)) + Array(corpus[2].blocks.prefix(2)) + Array(corpus[1].blocks.suffix(3))
        for position in blocks.indices { blocks[position].id = "n\(position + 1)" }
        let report = try index.findDuplicates(document: "new.tei.xml", blocks: blocks)
        #expect(report.sections.map(\.counterpart) == ["a.tei.xml", "b.tei.xml"])
        #expect(report.sections.map(\.blockIDs) == [["n1", "n2", "n3"], ["n6", "n7", "n8"]])
        #expect(report.sections.last?.counterpartBlockIDs == corpus[1].blocks.suffix(3).map(\.id))
        #expect(report.links["n4"] == nil && report.links["n5"] == nil)
    }
}

extension OriginalOrderTests {
    /// Full LSH buckets stop growing but keep their first blocks, so the original of a text
    /// reprinted more often than the cap is still found.
    @Test func fullBucketsKeepTheOriginal() throws {
        let state = try TemporaryDirectory()
        var configuration = DedupConfiguration()
        configuration.maximumBucketSize = 2
        let index = try DuplicateIndex(stateDirectory: state.url, configuration: configuration)
        let source = SyntheticCorpus(seed: 33, documentCount: 1, noise: 0).documents[0].blocks
        for name in ["a", "b", "c", "d"] {
            try index.record(document: "\(name).tei.xml", sha256: name, blocks: source, report: .none)
        }
        let statistics = try index.statistics()
        #expect(statistics.bandEntries <= 2 * statistics.bands * source.count)
        let report = try index.findDuplicates(document: "e.tei.xml", blocks: source)
        #expect(Set(report.links.values.flatMap { $0.map(\.document) }) == ["a.tei.xml"])
        #expect(report.links.count == source.count)
    }
}
