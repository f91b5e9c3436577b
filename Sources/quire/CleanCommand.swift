import ArgumentParser
import Foundation
import QuireService

/// `quire clean`: one TEI file per input, in the order given.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Clean text files into TEI P5 (one <stem>.tei.xml per input).",
        discussion: """
            PATH is a file, a folder (every *.txt below it, recursively, in sorted order) or '-' \
            for standard input (the TEI then goes to standard output). Without PATH the configured \
            inbox is cleaned. Exit status: 0 all inputs succeeded, 1 some failed (the others are \
            still written), 64 usage error, 78 configuration error.
            """
    )

    @OptionGroup var options: ConfigurationOptions

    @Option(name: [.short, .long], help: ArgumentHelp("Where to write the TEI files (default: the configured outbox).", valueName: "dir"))
    var output: String?

    @Flag(name: .long, help: "Keep the source line breaks as <lb/> (diplomatic transcription).")
    var diplomatic = false

    @Argument(help: ArgumentHelp("Files or folders to clean; '-' for standard input.", valueName: "path"))
    var paths: [String] = []

    func validate() throws {
        if paths.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("standard input ('-') can be given only once")
        }
    }

    func run() throws {
        var configuration = try options.load()
        if diplomatic { configuration.diplomatic = true }
        if let output { configuration.folders.outbox = ConfigurationOptions.folder(output) }
        if paths.isEmpty {
            // Cleaning the inbox: the output must not land back inside it.
            do {
                try configuration.checkFolders(keyName: { key in
                    key == "outbox" && output != nil ? "--output" : key == "state" && options.state != nil ? "--state" : "folders.\(key)"
                })
            } catch {
                throw ConfigurationOptions.fail(error)
            }
        }
        let timestamp: Date
        do { timestamp = try Timestamp.current() } catch { throw ConfigurationOptions.fail(error) }

        let working = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        if paths.isEmpty, !FileManager.default.fileExists(atPath: configuration.folders.inbox.path) {
            Console.report("quire: the inbox \(Console.display(configuration.folders.inbox.path)) does not exist (give PATHs, or set folders.inbox in the configuration)")
            throw ExitCode.failure
        }
        let inputs = InputFiles.collect(paths.isEmpty ? [configuration.folders.inbox.path] : paths, workingDirectory: working)
        if inputs.isEmpty {
            Console.report("nothing to clean: no *.txt files in \(Console.display(paths.isEmpty ? configuration.folders.inbox.path : paths.joined(separator: " ")))")
            return
        }
        let pipeline: Pipeline
        do {
            pipeline = try Pipeline(configuration: configuration, timestamp: timestamp, batchingIndexWrites: true)
        } catch {
            Console.report("quire: \(error.reason)")
            throw ExitCode.failure
        }
        var batch = CleanBatch(pipeline: pipeline, outputDirectory: configuration.folders.outbox)
        for input in inputs { batch.run(input) }
        // The index records of the last files are committed here (failed files left none).
        do {
            try pipeline.flushIndex()
        } catch {
            Console.report("quire: \(error.reason)")
            throw ExitCode.failure
        }
        if batch.failures > 0 { throw ExitCode.failure }
    }
}
