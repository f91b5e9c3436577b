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

    /// `QUIRE_DEDUP_PROGRESS=N`: a line on standard error every N documents of the first run
    /// with what that stretch cost (user and system CPU µs a document, page faults, of which
    /// major, and context switches): where the cost a document grows as the index grows.
    static let progress = Int(ProcessInfo.processInfo.environment["QUIRE_DEDUP_PROGRESS"] ?? "") ?? 0

    /// User and system CPU seconds, minor and major faults, voluntary and involuntary
    /// context switches of this process so far.
    static func usage() -> [Double] {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return [seconds(usage.ru_utime), seconds(usage.ru_stime), Double(usage.ru_minflt), Double(usage.ru_majflt),
                Double(usage.ru_nvcsw), Double(usage.ru_nivcsw)]
    }

    static func progressLine(from start: Int, to end: Int, since: [Double], lookup: Double) {
        let now = usage()
        let n = Double(end - start)
        let line = String(format: "progress %d-%d user %.1f sys %.1f lookup %.1f us/doc minflt %.1f majflt %.2f vcs %.2f ivcs %.2f /doc\n",
            start, end, (now[0] - since[0]) / n * 1e6, (now[1] - since[1]) / n * 1e6, lookup / n * 1e6, (now[2] - since[2]) / n,
            (now[3] - since[3]) / n, (now[4] - since[4]) / n, (now[5] - since[5]) / n)
        FileHandle.standardError.write(Data(line.utf8))
    }

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
                var mark = (document: 0, usage: run == 0 && progress > 0 ? usage() : [])
                // CPU seconds in `findDuplicates` since the mark (the rest is `record`).
                var lookup = 0.0
                for (number, (name, blocks)) in documents.enumerated() {
                    if !mark.usage.isEmpty && number > mark.document && number % progress == 0 {
                        progressLine(from: mark.document, to: number, since: mark.usage, lookup: lookup)
                        mark = (number, usage())
                        lookup = 0
                    }
                    let started = mark.usage.isEmpty ? 0 : cpuNow()
                    let report = try index.findDuplicates(document: name, blocks: blocks)
                    if !mark.usage.isEmpty { lookup += cpuNow() - started }
                    try index.record(document: name, sha256: name, blocks: blocks, report: report)
                    if !report.links.isEmpty {
                        found[name] = report.links.reduce(into: [:]) { result, link in
                            result[link.key] = Array(Set(link.value.map(\.document))).sorted()
                        }
                    }
                }
                try index.flush()
                if !mark.usage.isEmpty { progressLine(from: mark.document, to: documents.count, since: mark.usage, lookup: lookup) }
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
