import Foundation
import QuireDedup
import QuireText
import TOMLKit

/// Reads `Config/quire.toml` into a `Configuration`.
///
/// Relative folder paths resolve against the configuration's *base directory*: the parent of
/// the `Config/` folder when the file lives in a folder named `Config` (so `inbox = "Inbox"` in
/// `Config/quire.toml` is the project's `Inbox/`), otherwise the folder holding the file.
/// Built-in defaults use the working directory as their base.
public enum ConfigurationLoader {
    /// Where the configuration is looked for when `--config` is not given.
    public static let conventionalPath = "Config/quire.toml"

    private static let sections = ["folders", "decoding", "repair", "tei", "dedup", "daemon"]

    /// The configuration for a command: `explicitPath` when given (it must exist), else
    /// `Config/quire.toml` under `workingDirectory` if present, else the built-in defaults.
    public static func resolve(explicitPath: String?, workingDirectory: URL) throws(ConfigurationError) -> Configuration {
        if let explicitPath {
            let url = URL(fileURLWithPath: explicitPath, relativeTo: workingDirectory).standardizedFileURL
            // `--config /dev/null` names no settings: the defaults, with folders under the
            // working directory as when no file is given (not under `/dev`).
            if url.path == "/dev/null" { return Configuration.defaults(baseDirectory: workingDirectory.standardizedFileURL) }
            return try load(fileAt: url)
        }
        let conventional = workingDirectory.appendingPathComponent(conventionalPath).standardizedFileURL
        if FileManager.default.fileExists(atPath: conventional.path) {
            return try load(fileAt: conventional)
        }
        return Configuration.defaults(baseDirectory: workingDirectory.standardizedFileURL)
    }

    public static func load(fileAt url: URL) throws(ConfigurationError) -> Configuration {
        // Said in the words of the file system (`no such file or directory`, `is a directory`,
        // `not valid UTF-8`): Foundation's own messages name no cause (`NSCocoaErrorDomain error 256`).
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw ConfigurationError(file: url.path, message: "cannot read the configuration file: no such file or directory")
        }
        if isDirectory.boolValue {
            throw ConfigurationError(file: url.path, message: "cannot read the configuration file: it is a directory (give the path of quire.toml)")
        }
        let data: Data
        do {
            // Through a file handle: `Data(contentsOf:)` refuses a character device or a pipe
            // (`--config <(…)`).
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            data = try handle.readToEnd() ?? Data()
        } catch {
            let reason = FileManager.default.isReadableFile(atPath: url.path) ? "read error" : "permission denied"
            throw ConfigurationError(file: url.path, message: "cannot read the configuration file: \(reason)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(file: url.path, message: "cannot read the configuration file: not valid UTF-8 (TOML files are UTF-8)")
        }
        return try parse(text: text, file: url)
    }

    /// The directory relative folder paths in a configuration at `url` are resolved against.
    public static func baseDirectory(forConfigurationAt url: URL) -> URL {
        let folder = url.standardizedFileURL.deletingLastPathComponent()
        return folder.lastPathComponent == "Config" ? folder.deletingLastPathComponent() : folder
    }

    public static func parse(text: String, file url: URL) throws(ConfigurationError) -> Configuration {
        let fileName = url.path
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigurationError(file: fileName, line: error.source.begin.line, message: "not valid TOML: \(error.description)")
        } catch {
            throw ConfigurationError(file: fileName, message: "not valid TOML: \(error)")
        }
        let locator = TOMLKeyLocator(text: text)
        for key in root.keys.sorted() {
            if !sections.contains(key) {
                throw ConfigurationError(file: fileName, line: locator.line(of: key), key: key,
                                         message: "unknown section or key (sections: \(sections.joined(separator: ", ")))")
            }
            if root[key]?.table == nil {
                throw ConfigurationError(file: fileName, line: locator.line(of: key), key: key, message: "expected a [\(key)] table")
            }
        }
        func section(_ name: String) -> TOMLSection {
            TOMLSection(name: name, table: root[name]?.table, locator: locator, file: fileName)
        }
        let base = baseDirectory(forConfigurationAt: url)
        var configuration = Configuration.defaults(baseDirectory: base)
        configuration.sourceFile = url.standardizedFileURL

        var folders = section("folders")
        try readFolders(&folders, base: base, into: &configuration.folders)
        try folders.rejectUnknownKeys()

        var decoding = section("decoding")
        if let name = try decoding.string("encoding"), name.lowercased() != "auto" {
            guard let encoding = TextEncoding(name: name) else {
                throw decoding.error("encoding", "unknown encoding \"\(name)\" (use \"auto\" or one of \(TextEncoding.acceptedNames.joined(separator: ", ")))")
            }
            configuration.encoding = encoding
        }
        try decoding.rejectUnknownKeys()

        var repair = section("repair")
        if let spacing = try repair.choice("cjk_latin_spacing", of: RepairOptions.CJKLatinSpacing.self) {
            configuration.repair.cjkLatinSpacing = spacing
        }
        if let width = try repair.bool("full_width_punctuation") { configuration.repair.fullWidthPunctuation = width }
        try repair.rejectUnknownKeys()

        var tei = section("tei")
        if let diplomatic = try tei.bool("diplomatic") { configuration.diplomatic = diplomatic }
        try tei.rejectUnknownKeys()

        var dedup = section("dedup")
        try readDedup(&dedup, into: &configuration)
        try dedup.rejectUnknownKeys()

        var daemon = section("daemon")
        try readDaemon(&daemon, into: &configuration.daemon)
        try daemon.rejectUnknownKeys()

        try configuration.checkFolders { key in locator.line(of: "folders.\(key)") }
        return configuration
    }

    private static func readFolders(_ section: inout TOMLSection, base: URL, into folders: inout Configuration.Folders) throws(ConfigurationError) {
        func path(_ key: String) throws(ConfigurationError) -> URL? {
            guard let value = try section.string(key) else { return nil }
            guard !value.isEmpty else { throw section.error(key, "must not be empty") }
            return URL(fileURLWithPath: value, isDirectory: true, relativeTo: base).standardizedFileURL
        }
        if let url = try path("inbox") { folders.inbox = url }
        if let url = try path("outbox") { folders.outbox = url }
        if let url = try path("processed") { folders.processed = url }
        if let url = try path("failed") { folders.failed = url }
        if let url = try path("state") { folders.state = url }
    }

    private static func readDedup(_ section: inout TOMLSection, into configuration: inout Configuration) throws(ConfigurationError) {
        if let enabled = try section.bool("enabled") { configuration.dedupEnabled = enabled }
        if let size = try section.int("shingle_size", in: 1...32) { configuration.dedup.cjkShingleSize = size }
        if let hashes = try section.int("hashes", in: 8...1024) { configuration.dedup.hashCount = hashes }
        if let threshold = try section.number("threshold", in: 0.05...1) { configuration.dedup.threshold = threshold }
        if let containment = try section.number("containment", in: 0.05...1) { configuration.dedup.containment = containment }
        if let policy = try section.choice("exact_duplicates", of: DedupConfiguration.ExactDuplicatePolicy.self) {
            configuration.dedup.exactDuplicates = policy
        }
    }

    private static func readDaemon(_ section: inout TOMLSection, into daemon: inout Configuration.Daemon) throws(ConfigurationError) {
        if let concurrency = try section.int("concurrency", in: 0...256), concurrency > 0 {
            daemon.concurrency = concurrency
        }
        if let size = try section.string("max_file_size") {
            guard let bytes = ByteSize.parse(size), bytes > 0 else {
                throw section.error("max_file_size", "expected a size like \"64MiB\", \"500KB\" or \"1GiB\", got \"\(size)\"")
            }
            daemon.maxFileSize = bytes
        }
        if let policy = try section.choice("processed_policy", of: Configuration.ProcessedPolicy.self) {
            daemon.processedPolicy = policy
        }
        if let timeout = try section.number("drain_timeout", in: 0...86_400) { daemon.drainTimeout = timeout }
    }
}
