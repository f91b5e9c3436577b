import Foundation
import Testing
import QuireService
import QuireText

@Suite("Configuration")
struct ConfigurationTests {
    static let file = URL(fileURLWithPath: "/srv/archive/Config/quire.toml")

    func parse(_ text: String, file: URL = Self.file) throws(ConfigurationError) -> Configuration {
        try ConfigurationLoader.parse(text: text, file: file)
    }

    func parseError(_ text: String) -> ConfigurationError? {
        #expect(throws: ConfigurationError.self) { try parse(text) }
        do { _ = try parse(text) } catch { return error }
        return nil
    }

    @Test func shippedConfigurationLoadsAndEqualsTheDefaults() throws {
        let shipped = Fixtures.folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Config/quire.toml")
        var loaded = try ConfigurationLoader.load(fileAt: shipped)
        let defaults = Configuration.defaults(baseDirectory: ConfigurationLoader.baseDirectory(forConfigurationAt: shipped))
        loaded.sourceFile = nil
        #expect(loaded == defaults)
    }

    @Test func relativeFoldersResolveAgainstTheParentOfConfig() throws {
        let configuration = try parse("[folders]\ninbox = \"In\"\noutbox = \"/data/out\"\n")
        #expect(configuration.folders.inbox.path == "/srv/archive/In")
        #expect(configuration.folders.outbox.path == "/data/out")
        #expect(configuration.folders.state.path == "/srv/archive/.quire")
    }

    @Test func relativeFoldersResolveAgainstTheFileFolderOutsideConfig() throws {
        let configuration = try parse("[folders]\ninbox = \"In\"\n", file: URL(fileURLWithPath: "/etc/quire/quire.toml"))
        #expect(configuration.folders.inbox.path == "/etc/quire/In")
    }

    @Test func everyKeyIsRead() throws {
        let configuration = try parse("""
            [decoding]
            encoding = "GBK"
            [repair]
            cjk_latin_spacing = "space"
            full_width_punctuation = false
            [tei]
            diplomatic = true
            [dedup]
            enabled = false
            shingle_size = 4
            hashes = 64
            threshold = 0.7
            containment = 0.6
            exact_duplicates = "link"
            [daemon]
            concurrency = 3
            max_file_size = "2MiB"
            processed_policy = "delete"
            drain_timeout = 5
            """)
        #expect(configuration.encoding == .gb18030)
        #expect(configuration.repair.cjkLatinSpacing == .space)
        #expect(configuration.repair.fullWidthPunctuation == false)
        #expect(configuration.diplomatic)
        #expect(!configuration.dedupEnabled)
        #expect(configuration.dedup.cjkShingleSize == 4)
        #expect(configuration.dedup.hashCount == 64)
        #expect(configuration.dedup.threshold == 0.7)
        #expect(configuration.dedup.containment == 0.6)
        #expect(configuration.dedup.exactDuplicates == .link)
        #expect(configuration.daemon.concurrency == 3)
        #expect(configuration.daemon.maxFileSize == 2 * 1024 * 1024)
        #expect(configuration.daemon.processedPolicy == .delete)
        #expect(configuration.daemon.drainTimeout == 5)
    }

    @Test(arguments: [
        ("[dedup]\nthreshold = 1.5\n", 2, "dedup.threshold"),
        ("# comment\n\n[daemon]\nconcurrency = \"many\"\n", 4, "daemon.concurrency"),
        ("[repair]\nfull_width_punctuation = true\ncjk_latin_spacing = \"wide\"\n", 3, "repair.cjk_latin_spacing"),
        ("[dedup]\nenabled = true\ntreshold = 0.5\n", 3, "dedup.treshold"),
        ("[folders]\ninbox = \"In\"\n[foldres]\noutbox = \"Out\"\n", 3, "foldres"),
        ("[decoding]\nencoding = \"latin-1\"\n", 2, "decoding.encoding"),
        ("[daemon]\nmax_file_size = \"lots\"\n", 2, "daemon.max_file_size"),
        ("inbox = \"In\"\n", 1, "inbox"),
        ("[folders]\ninbox = \"Same\"\noutbox = \"Same\"\n", 3, "folders.outbox"),
        ("[folders]\ninbox = \"In\"\noutbox = \"In/tei\"\n", 3, "folders.outbox"),
        ("[folders]\ninbox = \"Out/in\"\noutbox = \"Out\"\n", 2, "folders.inbox"),
        ("[folders]\ninbox = \"In\"\nstate = \"In/.state\"\n", 3, "folders.state"),
        // Spaces and quotes around a key's parts are not part of its name.
        ("[ dedup ]\nenabled = true\n  \"threshold\"\t= 1.5\n", 3, "dedup.threshold"),
        ("[dedup]\n'threshold' = 2\n", 2, "dedup.threshold"),
    ])
    func invalidValuesNameTheKeyAndLine(text: String, line: Int, key: String) throws {
        let error = try #require(parseError(text))
        #expect(error.key == key)
        #expect(error.line == line)
        #expect(error.file == Self.file.path)
        #expect(error.description.hasPrefix("\(Self.file.path):\(line): \(key): "))
    }

    @Test func syntaxErrorsNameTheLine() throws {
        let error = try #require(parseError("[dedup]\nenabled = true\nthreshold = = 0.5\n"))
        #expect(error.line == 3)
        #expect(error.message.hasPrefix("not valid TOML"))
    }

    @Test func missingExplicitFileIsAnError() {
        #expect(throws: ConfigurationError.self) {
            try ConfigurationLoader.resolve(explicitPath: "/nonexistent/quire.toml", workingDirectory: URL(fileURLWithPath: "/"))
        }
    }

    /// A configuration file that cannot be read is named with the cause in plain words, never
    /// Foundation's `NSCocoaErrorDomain error 256`.
    @Test func unreadableFilesSayWhy() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Data([0xFF, 0xFE, 0x00]).write(to: folder.file("latin1.toml"))
        func message(_ path: String) -> String? {
            do {
                _ = try ConfigurationLoader.resolve(explicitPath: path, workingDirectory: folder.url)
                return nil
            } catch {
                return error.message
            }
        }
        #expect(message("missing.toml") == "cannot read the configuration file: no such file or directory")
        #expect(message(folder.url.path)?.hasPrefix("cannot read the configuration file: it is a directory") == true)
        #expect(message("latin1.toml")?.hasPrefix("cannot read the configuration file: not valid UTF-8") == true)
    }

    /// `--config /dev/null`: no settings, so the defaults, with the folders where they are
    /// without a file (not under `/dev`).
    @Test func devNullGivesTheDefaultsUnderTheWorkingDirectory() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let configuration = try ConfigurationLoader.resolve(explicitPath: "/dev/null", workingDirectory: folder.url)
        #expect(configuration == Configuration.defaults(baseDirectory: folder.url.standardizedFileURL))
    }

    @Test func withoutAFileTheDefaultsUseTheWorkingDirectory() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let configuration = try ConfigurationLoader.resolve(explicitPath: nil, workingDirectory: folder.url)
        #expect(configuration.sourceFile == nil)
        #expect(configuration.folders.inbox.lastPathComponent == "Inbox")
        #expect(configuration.folders.inbox.deletingLastPathComponent().standardizedFileURL.path == folder.url.standardizedFileURL.path)
    }

    @Test func conventionalFileIsFoundUnderTheWorkingDirectory() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.file("Config"), withIntermediateDirectories: true)
        try Data("[tei]\ndiplomatic = true\n".utf8).write(to: folder.file("Config/quire.toml"))
        let configuration = try ConfigurationLoader.resolve(explicitPath: nil, workingDirectory: folder.url)
        #expect(configuration.diplomatic)
        #expect(configuration.sourceFile?.lastPathComponent == "quire.toml")
    }

    @Test func symlinkedOutboxInsideTheInboxIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.file("In/tei"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: folder.file("Out"), withDestinationURL: folder.file("In/tei"))
        var configuration = Configuration.defaults(baseDirectory: folder.url)
        configuration.folders.inbox = folder.file("In")
        configuration.folders.outbox = folder.file("Out")
        #expect(throws: ConfigurationError.self) { try configuration.checkFolders() }
    }

    @Test func sourceDateEpochFixesTheTimestamp() throws {
        #expect(try Timestamp.current(environment: ["SOURCE_DATE_EPOCH": "86400"]) == Date(timeIntervalSince1970: 86400))
        #expect(throws: ConfigurationError.self) { try Timestamp.current(environment: ["SOURCE_DATE_EPOCH": "yesterday"]) }
    }
}
