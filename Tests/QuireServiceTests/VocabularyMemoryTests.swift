import Foundation
import QuireService
import Testing

/// Words of documents already processed resolve a later document's line-end hyphens, across
/// runs: the vocabulary lives in the state folder.
@Suite struct VocabularyMemoryTests {
    @Test func earlierDocumentsResolveLaterHyphensAcrossRuns() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("quire-vocab-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let out = base.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let configuration = Configuration.defaults(baseDirectory: base)
        let later = Array("They held another fund-\nraising event in the spring of that year.\n".utf8)

        // Fresh state: two whole words whose joined form no word list has, so a compound.
        let first = try Pipeline(configuration: configuration, timestamp: Date(timeIntervalSince1970: 0))
        let before = try first.render(bytes: later, fileName: "later.txt", documentName: nil)
        #expect(before.document.blocks.first?.text == "They held another fund-raising event in the spring of that year.")

        // An earlier document printed the word whole; its TEI is committed and remembered.
        let earlier = try first.render(bytes: Array("The fundraising dinner was a great success for everyone.\n".utf8),
                                       fileName: "earlier.txt", documentName: "earlier.tei.xml")
        _ = try first.commit(earlier, to: out.appendingPathComponent("earlier.tei.xml"))

        // A new run on the same state folder knows the word: the hyphen only split it.
        let second = try Pipeline(configuration: configuration, timestamp: Date(timeIntervalSince1970: 0))
        let after = try second.render(bytes: later, fileName: "later.txt", documentName: nil)
        #expect(after.document.blocks.first?.text == "They held another fundraising event in the spring of that year.")
    }
}
