import Foundation

/// The real `quire` executable, run as a user would run it.
///
/// Found through `QUIRE_BIN`, else next to the test bundle (SwiftPM puts executables and test
/// bundles in the same build products folder; `EndToEndTests` depends on `quire` so it is built).
enum QuireBinary {
    static let url: URL = {
        if let path = ProcessInfo.processInfo.environment["QUIRE_BIN"] { return URL(fileURLWithPath: path) }
        let runner = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        // On Linux the runner is `<products>/QuirePackageTests.xctest`; elsewhere it may sit
        // inside a bundle, so walk up until a `quire` executable appears.
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("quire")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return runner.deletingLastPathComponent().appendingPathComponent("quire")
    }()

    /// What one run produced.
    struct Run {
        var status: Int32
        var standardOutput: [UInt8]
        var standardError: String
        var stderrLines: [String] { standardError.split(separator: "\n").map(String.init) }
    }

    /// Runs `quire` to completion. Output goes through files, not pipes, so a chatty process
    /// can never block on a full pipe while the test waits for it.
    static func run(
        _ arguments: [String], in directory: URL, standardInput: [UInt8]? = nil,
        environment: [String: String] = [:]
    ) throws -> Run {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("quire-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out")
        let errURL = scratch.appendingPathComponent("err")
        let inURL = scratch.appendingPathComponent("in")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: inURL.path, contents: Data(standardInput ?? []))

        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "SOURCE_DATE_EPOCH")
        env.removeValue(forKey: "NOTIFY_SOCKET")
        env.removeValue(forKey: "JOURNAL_STREAM")
        env.merge(environment) { $1 }
        process.environment = env
        let output = try FileHandle(forWritingTo: outURL)
        let error = try FileHandle(forWritingTo: errURL)
        let input = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = output
        process.standardError = error
        process.standardInput = input
        try process.run()
        process.waitUntilExit()
        try output.close()
        try error.close()
        try input.close()
        return Run(
            status: process.terminationStatus,
            standardOutput: Array(try Data(contentsOf: outURL)),
            standardError: String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
        )
    }
}
