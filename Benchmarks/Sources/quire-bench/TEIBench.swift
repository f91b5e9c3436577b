import Foundation
import QuireService
import QuireTEI
import QuireText

/// The stages of `quire clean` with dedup off, each timed on its own (one thread, CPU time),
/// per language: repair runs once, and each other stage is repeated on its own inputs, so
/// that a stage's figure is not hidden in the repair's noise.
///
/// - `decode`: `TextDecoder.decode` (validation, SHA-256, line splitting);
/// - `sha256`: `TextDecoder.sha256Hex` alone (part of `decode`);
/// - `tei`: `TEIWriter.render` of the already repaired documents;
/// - `write`: `AtomicFile.write` of the TEI into a scratch folder (fsync waits cost wall
///   time, not CPU time; both are reported).
enum TEIBench {
    static func run(corpus: Corpus, runs: Int, stages: Set<String>, scratch: URL) throws {
        for language in ["zh", "en"] {
            let documents = corpus.documents.filter { $0.language == language }
            guard !documents.isEmpty else { continue }
            let bytes = documents.reduce(0) { $0 + $1.input.count }
            let megabytes = Double(bytes) / 1e6
            var sink = 0
            let sources = try documents.map { try TextDecoder.decode(bytes: $0.input, fileName: $0.name + ".txt") }
            let repaired = sources.map { Repairer.repair($0) }
            let outputs = try zip(repaired, sources).map {
                try TEIWriter.render($0, source: $1, duplicates: .none, options: RepairBench.teiOptions)
            }
            var result: [String: Any] = [
                "stage": "stages", "language": language, "documents": documents.count, "bytes": bytes, "runs": runs,
                "tei_bytes": outputs.reduce(0) { $0 + $1.bytes.count },
            ]
            func measure(_ name: String, _ body: () throws -> Void) rethrows {
                guard stages.contains(name) else { return }
                try body()  // warm-up
                let timing = try timed(runs: runs, body)
                result[name] = timing.json
                result["\(name)_mb_s"] = megabytes / timing.seconds
                result["\(name)_wall_mb_s"] = megabytes / median(timing.wall)
            }
            try measure("decode") {
                for document in documents {
                    sink &+= try TextDecoder.decode(bytes: document.input, fileName: document.name + ".txt").lines.count
                }
            }
            measure("sha256") {
                for document in documents { sink &+= TextDecoder.sha256Hex(document.input).utf8.count }
            }
            try measure("tei") {
                for (document, source) in zip(repaired, sources) {
                    sink &+= try TEIWriter.render(document, source: source, duplicates: .none, options: RepairBench.teiOptions).bytes.count
                }
            }
            if stages.contains("write") {
                let folder = scratch.appendingPathComponent("quire-bench-write-\(getpid())")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                defer { try? FileManager.default.removeItem(at: folder) }
                try measure("write") {
                    for (document, output) in zip(documents, outputs) {
                        try AtomicFile.write(output.bytes, to: folder.appendingPathComponent(document.name + ".tei.xml"))
                    }
                }
            }
            result["sink"] = sink
            emit(result)
        }
    }
}
