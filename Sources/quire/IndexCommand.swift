import ArgumentParser
import Foundation
import QuireDedup
import QuireService
import QuireTEI
import QuireText

/// `quire index`: look after the duplicate index in the state folder.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Inspect or maintain the duplicate index (<state>/dedup.sqlite).",
        subcommands: [Stats.self, Forget.self, Rebuild.self]
    )

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "stats", abstract: "Show what the index holds.")

        @OptionGroup var options: ConfigurationOptions

        @Flag(name: .long, help: "Print JSON instead of text.")
        var json = false

        func run() throws {
            let configuration = try options.load()
            let index = try IndexAccess.open(configuration, create: false)
            let statistics = try IndexAccess.run { try index.statistics() }
            if json {
                try IndexAccess.printJSON(statistics)
                return
            }
            print("""
                index        \(Console.display(index.databaseURL.path))
                documents    \(statistics.documents)
                blocks       \(statistics.blocks)
                band entries \(statistics.bandEntries) (\(statistics.bands) bands x \(statistics.rows) rows)
                sections     \(statistics.sections)
                size         \(statistics.bytesOnDisk) bytes
                """)
        }
    }

    struct Forget: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "forget",
            abstract: "Forget a document: later inputs no longer link to it.",
            discussion: "DOC is the TEI file name, e.g. 000_b1dedeb09271b6b9.tei.xml. Its TEI file is not touched."
        )

        @OptionGroup var options: ConfigurationOptions

        @Argument(help: ArgumentHelp("The document's TEI file name.", valueName: "doc"))
        var document: String

        func run() throws {
            let configuration = try options.load()
            let index = try IndexAccess.open(configuration, create: false)
            let name = URL(fileURLWithPath: document).lastPathComponent
            guard try IndexAccess.run({ try index.forget(document: name) }) else {
                Console.report("quire: \(DedupError.unknownDocument(name))")
                throw ExitCode.failure
            }
            Console.report("forgot \(name)")
        }
    }

    struct Rebuild: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rebuild",
            abstract: "Rebuild the index from the TEI files in the outbox.",
            discussion: """
                Documents are taken in the order the old index first saw them, then the others by \
                modification time. The new index replaces the old one only once complete; a damaged \
                old file is kept as dedup.sqlite.damaged. Stop 'quire watch' first.
                """
        )

        @OptionGroup var options: ConfigurationOptions

        @Option(name: .long, help: ArgumentHelp("Read the TEI from this folder (default: the configured outbox).", valueName: "dir"))
        var from: String?

        func run() throws {
            let configuration = try options.load()
            let outbox = from.map(ConfigurationOptions.folder) ?? configuration.folders.outbox
            let files = try IndexAccess.run { try teiFiles(in: outbox, configuration: configuration) }
            var skipped = 0
            let documents = files.lazy.compactMap { file -> IndexedDocument? in
                do {
                    let summary = try TEIReader.read(contentsOf: file)
                    let blocks = summary.blocks.map { Block(kind: $0.kind, text: $0.text, id: $0.id, sourceLines: 1...1) }
                    return IndexedDocument(name: file.lastPathComponent, sha256: summary.sha256, blocks: blocks)
                } catch {
                    Console.report("quire: skipped \(Console.display(file.path)): \(error)")
                    skipped += 1
                    return nil
                }
            }
            let statistics = try IndexAccess.run {
                try DuplicateIndex.rebuild(stateDirectory: configuration.folders.state, configuration: configuration.dedup, documents: documents)
            }
            Console.report("rebuilt the index from \(statistics.documents) documents (\(statistics.sections) duplicated sections)")
            if skipped > 0 { throw ExitCode.failure }
        }

        /// The outbox's TEI files, in first-seen order as far as the old index knows it.
        private func teiFiles(in folder: URL, configuration: Configuration) throws -> [URL] {
            let keys: [URLResourceKey] = [.contentModificationDateKey, .isRegularFileKey]
            let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
                .filter { $0.lastPathComponent.hasSuffix(".tei.xml") && (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            let known = (try? DuplicateIndex(stateDirectory: configuration.folders.state, configuration: configuration.dedup, create: false))
                .flatMap { try? $0.documentNames() } ?? []
            let rank = Dictionary(known.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            func modified(_ url: URL) -> Date { (try? url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate) ?? .distantPast }
            return files.sorted { a, b in
                switch (rank[a.lastPathComponent], rank[b.lastPathComponent]) {
                case let (x?, y?): return x < y
                case (_?, nil): return true
                case (nil, _?): return false
                case (nil, nil): return (modified(a), a.lastPathComponent) < (modified(b), b.lastPathComponent)
                }
            }
        }
    }
}

/// Opening the index and reporting its errors the same way in every command.
enum IndexAccess {
    static func open(_ configuration: Configuration, create: Bool) throws -> DuplicateIndex {
        try run { try DuplicateIndex(stateDirectory: configuration.folders.state, configuration: configuration.dedup, create: create) }
    }

    /// Runs `body`; an index or file-system error is printed and exits with status 1.
    static func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DedupError {
            Console.report("quire: \(error)")
            throw ExitCode.failure
        } catch let error as CocoaError {
            Console.report("quire: \(error.localizedDescription)")
            throw ExitCode.failure
        }
    }

    static func printJSON(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        Console.writeStandardOutput(Array(try encoder.encode(value)) + [UInt8(ascii: "\n")])
    }
}
