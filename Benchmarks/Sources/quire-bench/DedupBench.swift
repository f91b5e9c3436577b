import Foundation
import QuireDedup
import QuireText

/// Duplicate detection on the corpus's clean paragraphs (titles and paragraphs only, the same
/// list the datasketch peer gets), documents in name order as `quire clean` would take them:
/// look up, then record. Each run starts from an empty index in a fresh state folder, so the
/// SQLite persistence Quire always does is part of the figure. Index writes are batched as
/// `quire clean` batches them (64 documents a transaction, flushed at the end, inside the
/// timing); `QUIRE_DEDUP_BATCH=1` measures `quire watch`'s one commit per document instead.
enum DedupBench {
    static func blocks(of document: Corpus.Document) -> [Block] {
        var result: [Block] = []
        for (index, text) in document.clean.enumerated() where index < document.kinds.count {
            let kind: BlockKind
            switch document.kinds[index] {
            case "head": kind = index == 0 ? .title : .heading
            case "p": kind = .paragraph
            default: continue
            }
            result.append(Block(kind: kind, text: text, id: "b\(index)", sourceLines: (index + 1)...(index + 1)))
        }
        return result
    }

    /// The documents of the dedup helper's corpus (`Benchmarks/dedup/generate_corpus.py`:
    /// `corpus.jsonl`, every block a paragraph with its own id), if `directory` holds one.
    static func dedupCorpus(at directory: URL) throws -> [(String, [Block])]? {
        let url = directory.appendingPathComponent("corpus.jsonl")
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        struct Doc: Decodable { struct B: Decodable { var id: String; var text: String }; var name: String; var blocks: [B] }
        let decoder = JSONDecoder()
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { line in
            let doc = try decoder.decode(Doc.self, from: Data(line.utf8))
            return (doc.name, doc.blocks.enumerated().map { index, block in
                Block(kind: .paragraph, text: block.text, id: block.id, sourceLines: (index + 1)...(index + 1))
            })
        }
    }

    static let batch = Int(ProcessInfo.processInfo.environment["QUIRE_DEDUP_BATCH"] ?? "") ?? 64

    static func run(documents: [(String, [Block])], runs: Int, scratch: URL, predictions: URL?) throws {
        let paragraphs = documents.reduce(0) { $0 + $1.1.count }
        let bytes = documents.reduce(0) { total, doc in total + doc.1.reduce(0) { $0 + $1.text.utf8.count } }
        var links: [String: [String: [String]]] = [:]
        var timing = Timing()
        var indexBytes = 0
        for run in 0..<runs {
            let state = scratch.appendingPathComponent("dedup-state-\(run)")
            try? FileManager.default.removeItem(at: state)
            try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
            let index = try DuplicateIndex(stateDirectory: state, configuration: DedupConfiguration())
            var found: [String: [String: [String]]] = [:]
            try timing.measure {
                try index.batchWrites(documents: batch)
                for (name, blocks) in documents {
                    let report = try index.findDuplicates(document: name, blocks: blocks)
                    try index.record(document: name, sha256: name, blocks: blocks, report: report)
                    if !report.links.isEmpty {
                        found[name] = report.links.reduce(into: [:]) { result, link in
                            result[link.key] = Array(Set(link.value.map(\.document))).sorted()
                        }
                    }
                }
                try index.flush()
            }
            indexBytes = (try? index.statistics().bytesOnDisk) ?? 0
            links = found
            try? FileManager.default.removeItem(at: state)
        }
        if let predictions {
            let data = try JSONSerialization.data(withJSONObject: links, options: [.sortedKeys])
            try data.write(to: predictions)
        }
        let seconds = timing.seconds
        emit([
            "stage": "dedup", "system": "quire", "documents": documents.count, "paragraphs": paragraphs,
            "bytes": bytes, "runs": runs, "cpu_seconds": timing.cpu, "wall_seconds": timing.wall,
            "paragraphs_per_s": Double(paragraphs) / seconds, "mb_s": Double(bytes) / 1e6 / seconds,
            "us_per_document": seconds / Double(documents.count) * 1e6,
            "index_bytes_on_disk": indexBytes, "peak_rss_mib": peakResidentMiB(), "batch_documents": batch,
        ])
    }
}
