import Foundation

/// A generated corpus (see `Benchmarks/corpus/generate.py`), loaded whole into memory so that
/// timings measure Quire, not the disk.
struct Corpus {
    struct Document {
        var name: String
        var language: String
        /// The damaged input, as the file holds it.
        var input: [UInt8]
        /// The expected reading text, one block per element.
        var clean: [String]
        /// The generator's block kinds (`head`, `p`, `signed`, `date`, `dateline`).
        var kinds: [String]
    }

    var directory: URL
    var documents: [Document]
    var truth: Truth

    struct Truth: Decodable {
        struct Doc: Decodable { var name: String; var language: String; var kinds: [String] }
        struct Section: Decodable {
            var doc: String
            var paragraphs: [Int]
            var source: String
            var source_paragraphs: [Int]
        }
        var documents: [Doc]
        var sections: [Section]
    }

    init(directory: URL, limit: Int? = nil) throws {
        self.directory = directory
        let truthData = try Data(contentsOf: directory.appendingPathComponent("truth.json"))
        truth = try JSONDecoder().decode(Truth.self, from: truthData)
        var docs: [Document] = []
        for doc in truth.documents.prefix(limit ?? Int.max) {
            let input = try Data(contentsOf: directory.appendingPathComponent("input/\(doc.name).txt"))
            let clean = try String(contentsOf: directory.appendingPathComponent("clean/\(doc.name).txt"), encoding: .utf8)
            var lines = clean.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last == "" { lines.removeLast() }
            docs.append(Document(name: doc.name, language: doc.language, input: [UInt8](input), clean: lines, kinds: doc.kinds))
        }
        documents = docs
    }
}
