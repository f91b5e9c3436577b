import Foundation
import QuireText
import Testing

@testable import QuireDedup

/// Titles written from the same template (`Local residents criticised … performance`) share
/// most of their shingles without being the same text. A reprinted section links its
/// paragraphs; the new text's own title, over it, is linked only when it is nearly the same.
struct TemplateTitleTests {
    static func document(title: String, kind: BlockKind = .title, paragraphs: [Block]) -> [Block] {
        [Block(kind: kind, text: title, id: "h1", sourceLines: 1...1, lineBreaks: [])] + paragraphs
    }

    @Test(arguments: [BlockKind.title, .heading])
    func aTemplateTitleOverAReprintIsNotLinked(kind: BlockKind) throws {
        let state = try TemporaryDirectory()
        let index = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
        let paragraphs = SyntheticCorpus(seed: 41, documentCount: 1, noise: 0).documents[0].blocks.filter { $0.kind == .paragraph }
        let source = Self.document(title: "Local residents criticised the stillborn performance of the council", kind: kind, paragraphs: paragraphs)
        try index.record(document: "a.tei.xml", sha256: "a", blocks: source, report: .none)
        let copy = Self.document(title: "Local residents criticised the scrunchy performance of the council", kind: kind, paragraphs: paragraphs)
        let report = try index.findDuplicates(document: "b.tei.xml", blocks: copy)
        #expect(report.links["h1"] == nil)
        #expect(paragraphs.allSatisfy { report.links[$0.id] != nil })
    }

    @Test func theSameTitleOverAReprintIsLinked() throws {
        let state = try TemporaryDirectory()
        let index = try DuplicateIndex(stateDirectory: state.url, configuration: DedupConfiguration())
        let paragraphs = SyntheticCorpus(seed: 41, documentCount: 1, noise: 0).documents[0].blocks.filter { $0.kind == .paragraph }
        let source = Self.document(title: "Local residents criticised the stillborn performance of the council", paragraphs: paragraphs)
        try index.record(document: "a.tei.xml", sha256: "a", blocks: source, report: .none)
        let report = try index.findDuplicates(document: "b.tei.xml", blocks: source)
        #expect(report.links["h1"] != nil)
    }
}
