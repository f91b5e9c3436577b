import Foundation

/// quire-bench: the in-process half of `Benchmarks/run.sh`. Each subcommand prints one JSON
/// object per measurement on standard output.
///
///     quire-bench repair  CORPUS [--runs N] [--emit DIR]
///     quire-bench score   CORPUS --hyp DIR [--systems quire,naive,ftfy]
///     quire-bench dedup   CORPUS [--runs N] [--scratch DIR] [--predictions FILE]
///     quire-bench stages  CORPUS [--runs N] [--stages decode,sha256,tei,write] [--scratch DIR]
///     quire-bench render  CORPUS --documents FILE --out DIR [--diplomatic 1] [--duplicates 1]
///     quire-bench render  CORPUS --documents FILE --repeat N [--runs N] [--language zh] [--diplomatic 1]
///     quire-bench linear  FILE... [--runs N]
///
/// CORPUS is a folder written by `Benchmarks/corpus/generate.py`; `dedup` also takes one
/// written by the dedup helper's `Benchmarks/dedup/generate_corpus.py` (`corpus.jsonl`).
struct Arguments {
    var command: String
    var corpus: URL
    var options: [String: String]

    init(_ arguments: [String]) throws {
        guard arguments.count >= 2 else { throw Usage() }
        command = arguments[0]
        corpus = URL(fileURLWithPath: arguments[1])
        options = [:]
        var rest = arguments.dropFirst(2).makeIterator()
        while let flag = rest.next() {
            guard flag.hasPrefix("--"), let value = rest.next() else { throw Usage() }
            options[String(flag.dropFirst(2))] = value
        }
    }

    func int(_ name: String, default value: Int) -> Int { options[name].flatMap(Int.init) ?? value }
    func url(_ name: String) -> URL? { options[name].map { URL(fileURLWithPath: $0) } }
}

struct Usage: Error, CustomStringConvertible {
    var description: String {
        """
        usage: quire-bench repair CORPUS [--runs N] [--emit DIR] [--limit N]
               quire-bench score  CORPUS --hyp DIR [--systems quire,naive,ftfy] [--limit N]
               quire-bench dedup  CORPUS [--runs N] [--scratch DIR] [--predictions FILE] [--limit N]
               quire-bench stages CORPUS [--runs N] [--stages decode,sha256,tei,write] [--scratch DIR] [--limit N]
               quire-bench render CORPUS --documents FILE --out DIR [--diplomatic 1] [--duplicates 1] [--limit N]
               quire-bench render CORPUS --documents FILE --repeat N [--runs N] [--language zh] [--diplomatic 1]
               quire-bench linear FILE... [--runs N]
        """
    }
}

do {
    if CommandLine.arguments.dropFirst().first == "linear" {
        // Files up to the first option, then the options.
        let rest = CommandLine.arguments.dropFirst(2)
        let files = rest.prefix { !$0.hasPrefix("--") }.map { URL(fileURLWithPath: $0) }
        let options = try Arguments(["linear", "-"] + rest.drop { !$0.hasPrefix("--") })
        guard !files.isEmpty else { throw Usage() }
        try LinearBench.run(files: files, runs: options.int("runs", default: 3))
        exit(0)
    }
    let arguments = try Arguments(Array(CommandLine.arguments.dropFirst()))
    let limit = arguments.options["limit"].flatMap(Int.init)
    if arguments.command == "dedup", let documents = try DedupBench.dedupCorpus(at: arguments.corpus) {
        let scratch = arguments.url("scratch") ?? FileManager.default.temporaryDirectory
        try DedupBench.run(documents: Array(documents.prefix(limit ?? Int.max)), runs: arguments.int("runs", default: 3),
                           scratch: scratch, predictions: arguments.url("predictions"))
        exit(0)
    }
    let corpus = try Corpus(directory: arguments.corpus, limit: limit)
    switch arguments.command {
    case "repair":
        try RepairBench.run(corpus: corpus, runs: arguments.int("runs", default: 5), emitDirectory: arguments.url("emit"))
    case "score":
        guard let hypotheses = arguments.url("hyp") else { throw Usage() }
        let systems = (arguments.options["systems"] ?? "quire,naive,ftfy").split(separator: ",").map(String.init)
        try Accuracy.run(corpus: corpus, hypotheses: hypotheses, systems: systems)
    case "dedup":
        let scratch = arguments.url("scratch") ?? FileManager.default.temporaryDirectory
        try DedupBench.run(documents: corpus.documents.map { ($0.name, DedupBench.blocks(of: $0)) }, runs: arguments.int("runs", default: 3),
                           scratch: scratch, predictions: arguments.url("predictions"))
    case "stages":
        let stages = Set((arguments.options["stages"] ?? "decode,sha256,tei,write").split(separator: ",").map(String.init))
        let scratch = arguments.url("scratch") ?? FileManager.default.temporaryDirectory
        try TEIBench.run(corpus: corpus, runs: arguments.int("runs", default: 5), stages: stages, scratch: scratch)
    case "render":
        guard let documents = arguments.url("documents") else { throw Usage() }
        if let repeats = arguments.options["repeat"].flatMap(Int.init) {
            try RenderDump.loop(corpus: corpus, documents: documents, language: arguments.options["language"], repeats: repeats,
                                runs: arguments.int("runs", default: 5), diplomatic: arguments.int("diplomatic", default: 0) != 0)
            break
        }
        guard let output = arguments.url("out") else { throw Usage() }
        try RenderDump.run(corpus: corpus, documents: documents, output: output,
                           diplomatic: arguments.int("diplomatic", default: 0) != 0, duplicates: arguments.int("duplicates", default: 0) != 0)
    default:
        throw Usage()
    }
} catch {
    FileHandle.standardError.write(Data("quire-bench: \(error)\n".utf8))
    exit(64)
}
