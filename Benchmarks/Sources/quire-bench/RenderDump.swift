import Foundation
import QuireService
import QuireTEI
import QuireText

/// `quire-bench render`: writes the TEI of every corpus document into a folder, from repaired
/// documents saved once in a JSON file. Two builds of the TEI writer fed the same saved
/// documents must write the same bytes; this is how a faster writer is checked against the
/// one it replaces on the whole corpus (`diff -r`), independently of changes to repair.
///
/// `--diplomatic 1` renders with `<lb/>`s; `--duplicates 1` adds made-up links and sections
/// (every third block points at the previous document) so that `@corresp` and `standOff`
/// are exercised too.
enum RenderDump {
    struct Saved: Codable {
        var name: String
        var fileName: String
        var byteCount: Int
        var sha256: String
        var encoding: TextEncoding
        var hadByteOrderMark: Bool
        var document: RepairedDocument

        var source: SourceText {
            SourceText(fileName: fileName, byteCount: byteCount, sha256: sha256, encoding: encoding, hadByteOrderMark: hadByteOrderMark, lines: [])
        }
    }

    static func run(corpus: Corpus, documents file: URL, output: URL, diplomatic: Bool, duplicates: Bool) throws {
        let saved = try load(corpus: corpus, documents: file)
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        var options = RepairBench.teiOptions
        options.diplomatic = diplomatic
        var previous: String?
        for entry in saved {
            let report = duplicates ? madeUpReport(entry.document, previous: previous) : .none
            let tei = try TEIWriter.render(entry.document, source: entry.source, duplicates: report, options: options)
            try Data(tei.bytes).write(to: output.appendingPathComponent(entry.name + ".tei.xml"))
            previous = entry.name + " copy.tei.xml"
        }
        emit(["stage": "render", "documents": saved.count, "output": output.path])
    }

    /// `--repeat N`: renders the saved documents of one language N times and writes nothing,
    /// for callgrind (the inclusive cost of `TEIWriter.render` over `bytes` x N input bytes is
    /// the render's instructions per byte) or for CPU time (`tei_mb_s`, median of `--runs`).
    static func loop(corpus: Corpus, documents file: URL, language: String?, repeats: Int, runs: Int, diplomatic: Bool) throws {
        let saved = try load(corpus: corpus, documents: file).filter { language == nil || $0.document.language == language }
        var options = RepairBench.teiOptions
        options.diplomatic = diplomatic
        let bytes = saved.reduce(0) { $0 + $1.byteCount }
        let sources = saved.map(\.source)
        var sink = 0
        let timing = try timed(runs: runs) {
            for _ in 0..<repeats {
                for (entry, source) in zip(saved, sources) {
                    sink &+= try TEIWriter.render(entry.document, source: source, duplicates: .none, options: options).bytes.count
                }
            }
        }
        emit(["stage": "render-loop", "language": language ?? "all", "documents": saved.count, "bytes": bytes, "repeat": repeats, "runs": runs,
              "tei_mb_s": Double(bytes * repeats) / 1e6 / timing.seconds, "sink": sink])
    }

    static func load(corpus: Corpus, documents file: URL) throws -> [Saved] {
        let saved: [Saved]
        if let data = try? Data(contentsOf: file) {
            saved = try JSONDecoder().decode([Saved].self, from: data)
        } else {
            saved = try corpus.documents.map { document in
                let source = try TextDecoder.decode(bytes: document.input, fileName: document.name + ".txt")
                return Saved(name: document.name, fileName: source.fileName, byteCount: source.byteCount, sha256: source.sha256,
                             encoding: source.encoding, hadByteOrderMark: source.hadByteOrderMark, document: Repairer.repair(source))
            }
            try JSONEncoder().encode(saved).write(to: file)
        }
        return saved
    }

    static func madeUpReport(_ document: RepairedDocument, previous: String?) -> DuplicateReport {
        guard let previous else { return .none }
        let ids = document.blocks.map(\.id)
        var links: [String: [CrossReference]] = [:]
        for (index, id) in ids.enumerated() where index % 3 == 1 {
            links[id] = [CrossReference(document: previous, blockID: id), CrossReference(document: "other", blockID: "p\(index)")]
        }
        let section = DuplicateSection(blockIDs: Array(ids.prefix(3)), counterpart: previous,
                                       counterpartBlockIDs: Array(ids.suffix(2)), similarity: Double(ids.count % 1000) / 999)
        return DuplicateReport(links: links, sections: [section], exactDuplicateOf: ids.count % 2 == 0 ? previous : nil)
    }
}
