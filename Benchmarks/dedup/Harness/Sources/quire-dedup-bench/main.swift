// Times Quire's duplicate detection on a corpus written by generate_corpus.py and scores it
// against the corpus's ground truth. Prints one JSON object; compare.py puts it beside
// datasketch's figures.
//
//   quire-dedup-bench CORPUS_DIR [--runs N] [--threshold T] [--state DIR] [--links FILE] [--batch N]
//   quire-dedup-bench CORPUS_DIR --query-index STATE_DIR   (look up only, resident memory)
import Foundation
import QuireDedup
import QuireText

struct CorpusDocument: Decodable {
    struct Entry: Decodable {
        var id: String
        var text: String
    }
    var name: String
    var blocks: [Entry]
}

struct Truth: Decodable {
    var document: String
    var block: String
    var source: String
}

func loadLines<T: Decodable>(_ url: URL, as type: T.Type) throws -> [T] {
    let decoder = JSONDecoder()
    return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { try decoder.decode(T.self, from: Data($0.utf8)) }
}

/// A field of /proc/self/status in bytes (`VmHWM`: peak resident set; `VmRSS`, `RssAnon`,
/// `RssFile`: now).
func statusBytes(_ field: String) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
        return (Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) * 1024
    }
    return 0
}

func peakResidentBytes() -> Int { statusBytes("VmHWM") }

/// User plus system CPU time of this process, in seconds: on a shared machine the wall clock
/// measures the neighbours as much as Quire.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

var arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    defer { arguments.removeSubrange(index...(index + 1)) }
    return arguments[index + 1]
}
let runs = Int(option("--runs") ?? "3") ?? 3
// Documents per commit, as `quire clean` batches them (1: a commit per document, as `quire
// watch` and run.sh's quire-bench record).
let batch = Int(option("--batch") ?? "64") ?? 64
let trace = ProcessInfo.processInfo.environment["QUIRE_BENCH_TRACE"] != nil
var configuration = DedupConfiguration()
if let threshold = option("--threshold").flatMap(Double.init) { configuration.threshold = threshold }
let keptState = option("--state").map { URL(fileURLWithPath: $0) }
// Every link and section of the last run, one line each, sorted: two builds that must agree
// are compared with `diff`.
let linksPath = option("--links")
// Query an index built before (`--state DIR` keeps run0 in DIR/run0) without recording: the
// resident memory of a process that only looks up, as a fresh `quire clean` or `quire watch`
// would against a large index.
let queryIndex = option("--query-index").map { URL(fileURLWithPath: $0) }
guard let corpusPath = arguments.first else {
    FileHandle.standardError.write(Data("usage: quire-dedup-bench CORPUS_DIR [--runs N] [--threshold T] [--state DIR] [--links FILE]\n".utf8))
    exit(64)
}
let corpus = URL(fileURLWithPath: corpusPath)
let documents = try loadLines(corpus.appendingPathComponent("corpus.jsonl"), as: CorpusDocument.self).map { document in
    (name: document.name, blocks: document.blocks.enumerated().map { index, entry in
        Block(kind: .paragraph, text: entry.text, id: entry.id, sourceLines: (index + 1)...(index + 1))
    })
}
if let queryIndex {
    let before = (rss: statusBytes("VmRSS"), cpu: cpuSeconds())
    let index = try DuplicateIndex(stateDirectory: queryIndex, configuration: configuration, create: false)
    var firstQuery = 0.0
    var linked = 0
    let start = cpuSeconds()
    for (number, document) in documents.enumerated() {
        // Another name: a document must not be excluded as an earlier record of itself.
        let report = try index.findDuplicates(document: "query-" + document.name, blocks: document.blocks)
        linked += report.links.count
        if number == 0 { firstQuery = cpuSeconds() - start }
    }
    let cpu = cpuSeconds() - start
    let summary: [String: Any] = [
        "mode": "query-index", "documents": documents.count, "paragraphs": documents.reduce(0) { $0 + $1.blocks.count }, "linked_blocks": linked,
        "resident_bytes_before_open": before.rss, "resident_bytes_end": statusBytes("VmRSS"),
        "resident_anonymous_bytes_end": statusBytes("RssAnon"), "resident_file_bytes_end": statusBytes("RssFile"),
        "peak_resident_bytes": peakResidentBytes(), "first_query_cpu_seconds": firstQuery,
        "later_queries_us_per_document": (cpu - firstQuery) / Double(max(1, documents.count - 1)) * 1e6,
        "index_bytes": try index.statistics().bytesOnDisk,
    ]
    let json = try JSONSerialization.data(withJSONObject: summary, options: [.sortedKeys, .prettyPrinted])
    FileHandle.standardOutput.write(json + Data("\n".utf8))
    exit(0)
}
let truth = try loadLines(corpus.appendingPathComponent("truth.jsonl"), as: Truth.self)
let paragraphs = documents.reduce(0) { $0 + $1.blocks.count }
let bytes = documents.reduce(0) { $0 + $1.blocks.reduce(0) { $0 + $1.text.utf8.count } }

var seconds: [Double] = []
var cpu: [Double] = []
var findSeconds: [Double] = []
var links: [String: [String: Set<String>]] = [:]
var statistics: IndexStatistics?
for run in 0..<runs {
    let state = keptState.map { $0.appendingPathComponent("run\(run)") }
        ?? FileManager.default.temporaryDirectory.appendingPathComponent("quire-dedup-bench-\(UUID().uuidString)")
    try? FileManager.default.removeItem(at: state)
    defer { if keptState == nil { try? FileManager.default.removeItem(at: state) } }
    let index = try DuplicateIndex(stateDirectory: state, configuration: configuration)
    try index.batchWrites(documents: batch)
    links = [:]
    var listing: [String] = []
    var finding = 0.0
    let start = DispatchTime.now().uptimeNanoseconds
    let cpuStart = cpuSeconds()
    for document in documents {
        let before = DispatchTime.now().uptimeNanoseconds
        let report = try index.findDuplicates(document: document.name, blocks: document.blocks)
        finding += Double(DispatchTime.now().uptimeNanoseconds - before) / 1e9
        try index.record(document: document.name, sha256: document.name, blocks: document.blocks, report: report)
        links[document.name] = report.links.mapValues { Set($0.map(\.document)) }
        if linksPath != nil {
            for (block, targets) in report.links {
                listing.append("\(document.name)#\(block) -> " + targets.map { "\($0.document)#\($0.blockID)" }.sorted().joined(separator: " "))
            }
            for section in report.sections {
                listing.append("\(document.name) section \(section.blockIDs.joined(separator: ",")) -> \(section.counterpart) "
                    + "\(section.counterpartBlockIDs.joined(separator: ",")) \(section.similarity)")
            }
        }
        if trace, (links.count % 100) == 0 {
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            FileHandle.standardError.write(Data("\(links.count) documents: \(elapsed) s, finding \(finding) s\n".utf8))
        }
    }
    try index.flush()
    seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    cpu.append(cpuSeconds() - cpuStart)
    findSeconds.append(finding)
    statistics = try index.statistics()
    if let linksPath { try (listing.sorted().joined(separator: "\n") + "\n").write(toFile: linksPath, atomically: true, encoding: .utf8) }
}

// Paragraph-level scoring: a reprinted block must link to its source document (and only
// there); any other linked block is a false positive.
let expected = Dictionary(truth.map { ("\($0.document)#\($0.block)", $0.source) }, uniquingKeysWith: { a, _ in a })
var truePositives = 0, falsePositives = 0, falseNegatives = 0
for document in documents {
    for block in document.blocks {
        let linked = links[document.name]?[block.id] ?? []
        switch (expected["\(document.name)#\(block.id)"], linked.isEmpty) {
        case let (source?, false) where linked == [source]: truePositives += 1
        case (_?, true): falseNegatives += 1
        case (_?, false): falsePositives += 1; falseNegatives += 1
        case (nil, false): falsePositives += 1
        case (nil, true): break
        }
    }
}
let precision = truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
let recall = truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
let time = median(seconds)
let summary: [String: Any] = [
    "tool": "quire",
    "batch": batch,
    "documents": documents.count,
    "paragraphs": paragraphs,
    "megabytes": Double(bytes) / 1e6,
    "runs": runs,
    "seconds_median": time,
    "find_seconds_median": median(findSeconds),
    "cpu_seconds_median": median(cpu),
    "cpu_seconds_min": cpu.min() ?? 0,
    "paragraphs_per_cpu_second": Double(paragraphs) / median(cpu),
    "paragraphs_per_second": Double(paragraphs) / time,
    "megabytes_per_second": Double(bytes) / 1e6 / time,
    "precision": precision,
    "recall": recall,
    "f1": precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall),
    "index_bytes": statistics?.bytesOnDisk ?? 0,
    "band_entries": statistics?.bandEntries ?? 0,
    "blocks": statistics?.blocks ?? 0,
    "peak_resident_bytes": peakResidentBytes(),
    "bands": statistics?.bands ?? 0,
    "rows": statistics?.rows ?? 0,
]
let json = try JSONSerialization.data(withJSONObject: summary, options: [.sortedKeys, .prettyPrinted])
FileHandle.standardOutput.write(json + Data("\n".utf8))
