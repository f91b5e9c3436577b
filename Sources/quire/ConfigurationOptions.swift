import ArgumentParser
import Foundation
import QuireService
import QuireText

/// Options every command that reads the configuration shares.
struct ConfigurationOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The configuration file (default: Config/quire.toml if present, else built-in defaults).", valueName: "file"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp("Override the state folder (duplicate index, journal).", valueName: "dir"))
    var state: String?

    @Option(name: .long, help: ArgumentHelp("Force the input encoding: \(TextEncoding.acceptedNames.joined(separator: ", ")).", valueName: "name"))
    var encoding: String?

    func validate() throws {
        if let encoding, TextEncoding(name: encoding) == nil {
            throw ValidationError("unknown encoding '\(encoding)'; use one of \(TextEncoding.acceptedNames.joined(separator: ", "))")
        }
    }

    /// The loaded configuration with these flags applied; exits 78 on a configuration error.
    func load() throws -> Configuration {
        do { return try resolve() } catch { throw Self.fail(error) }
    }

    /// The configuration file (or defaults) with these flags applied.
    func resolve() throws(ConfigurationError) -> Configuration {
        let working = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        var configuration = try ConfigurationLoader.resolve(explicitPath: config, workingDirectory: working)
        if let state { configuration.folders.state = Self.folder(state) }
        if let encoding { configuration.encoding = TextEncoding(name: encoding) }
        return configuration
    }

    /// Prints a configuration error and returns the EX_CONFIG exit.
    static func fail(_ error: ConfigurationError) -> ExitCode {
        Console.report("quire: \(error)")
        return ExitCode(ConfigurationError.exitStatus)
    }

    /// A folder given on the command line, resolved against the working directory.
    static func folder(_ path: String) -> URL {
        URL(fileURLWithPath: path, isDirectory: true,
            relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)).standardizedFileURL
    }
}
