import Foundation
import QuireService
import QuireTEI
import QuireText

/// In-process repair + TEI throughput, one thread (so the figure is per core), per language,
/// and the reading text of every document for the accuracy scorer.
enum RepairBench {
    static let teiOptions = TEIOptions(timestamp: Date(timeIntervalSince1970: 0), applicationVersion: QuireVersion.current)

    /// The reading text Quire's TEI holds: one line per block, page furniture left out.
    static func readingText(_ document: RepairedDocument) -> String {
        document.blocks.filter { $0.kind != .furniture }.map { $0.text + "\n" }.joined()
    }

    /// The naive baseline: one block per non-empty line, stripped.
    static func naiveText(_ input: [UInt8]) -> String {
        String(decoding: input, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .map { $0 + "\n" }.joined()
    }

    /// Passes over the documents in one timed run: as many as make ~30 MB (one pass of the
    /// 1k corpus's Chinese documents is ~30 ms, a window in which the shared host's scheduling
    /// moved single runs by 1.5x); one pass from 10k documents up.
    static func passCount(over bytes: Int) -> Int { max(1, 30_000_000 / max(1, bytes)) }

    static func run(corpus: Corpus, runs: Int, emitDirectory: URL?) throws {
        if let emitDirectory {
            try writeOutputs(corpus: corpus, to: emitDirectory)
        }
        for language in ["zh", "en"] {
            let documents = corpus.documents.filter { $0.language == language }
            guard !documents.isEmpty else { continue }
            let bytes = documents.reduce(0) { $0 + $1.input.count }
            var sink = 0
            // Warm-up: lexicon loading and first-touch allocation are not steady-state cost.
            for document in documents.prefix(20) {
                sink &+= try pipeline(document).bytes.count
            }
            // The repair stage alone (bytes -> decoded lines is the stage before it): the same
            // documents decoded once, outside the clock.
            let decoded = try documents.map { try TextDecoder.decode(bytes: $0.input, fileName: $0.name + ".txt") }
            let passes = passCount(over: bytes)
            let repairOnly = try timed(runs: runs) {
                for _ in 0..<passes { for source in decoded { sink &+= Repairer.repair(source).divisions.count } }
            }
            let decodeRepair = try timed(runs: runs) {
                for _ in 0..<passes {
                    for document in documents {
                        let source = try TextDecoder.decode(bytes: document.input, fileName: document.name + ".txt")
                        sink &+= Repairer.repair(source).divisions.count
                    }
                }
            }
            let full = try timed(runs: runs) {
                for _ in 0..<passes { for document in documents { sink &+= try pipeline(document).bytes.count } }
            }
            let megabytes = Double(bytes) * Double(passes) / 1e6
            emit([
                "stage": "repair", "language": language, "documents": documents.count, "bytes": bytes, "runs": runs,
                "repair": repairOnly.json, "decode_repair": decodeRepair.json, "repair_tei": full.json,
                "repair_mb_s": megabytes / repairOnly.seconds,
                "decode_repair_mb_s": megabytes / decodeRepair.seconds,
                "repair_tei_mb_s": megabytes / full.seconds,
                "repair_tei_wall_mb_s": megabytes / median(full.wall),
                "us_per_document": full.seconds / Double(documents.count * passes) * 1e6, "passes": passes,
                "peak_rss_mib": peakResidentMiB(), "sink": sink,
            ])
        }
    }

    static func pipeline(_ document: Corpus.Document) throws -> TEIOutput {
        let source = try TextDecoder.decode(bytes: document.input, fileName: document.name + ".txt")
        let repaired = Repairer.repair(source)
        return try TEIWriter.render(repaired, source: source, duplicates: .none, options: teiOptions)
    }

    /// Writes `quire/<name>.txt` (Quire's reading text) and `naive/<name>.txt`.
    static func writeOutputs(corpus: Corpus, to directory: URL) throws {
        let fm = FileManager.default
        for system in ["quire", "naive"] {
            try fm.createDirectory(at: directory.appendingPathComponent(system), withIntermediateDirectories: true)
        }
        for document in corpus.documents {
            let source = try TextDecoder.decode(bytes: document.input, fileName: document.name + ".txt")
            let quire = readingText(Repairer.repair(source))
            try Data(quire.utf8).write(to: directory.appendingPathComponent("quire/\(document.name).txt"))
            try Data(naiveText(document.input).utf8).write(to: directory.appendingPathComponent("naive/\(document.name).txt"))
        }
    }
}
