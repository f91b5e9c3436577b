import Foundation
import QuireDedup
import QuireText

/// Everything an archive can set about Quire, read from one TOML file (`Config/quire.toml`).
///
/// Folder paths are absolute once loaded: relative ones are resolved by `ConfigurationLoader`
/// against the configuration's base directory, so nothing downstream depends on the process's
/// working directory.
public struct Configuration: Sendable, Hashable {
    /// The folders Quire reads and writes; nothing outside them is touched.
    public struct Folders: Sendable, Hashable {
        /// Where inputs are dropped (`quire watch`), and what `quire clean` cleans without paths.
        public var inbox: URL
        /// Where TEI files appear.
        public var outbox: URL
        /// Where the daemon moves inputs once their TEI is durable.
        public var processed: URL
        /// Where the daemon moves inputs that failed, each with a `<name>.error.txt`.
        public var failed: URL
        /// Where the duplicate index and the daemon's journal live.
        public var state: URL

        public init(inbox: URL, outbox: URL, processed: URL, failed: URL, state: URL) {
            self.inbox = inbox
            self.outbox = outbox
            self.processed = processed
            self.failed = failed
            self.state = state
        }
    }

    /// What the daemon does with an input once its output is committed.
    public enum ProcessedPolicy: String, Sendable, Hashable, CaseIterable {
        case move, delete, keep
    }

    /// Settings only `quire watch` uses.
    public struct Daemon: Sendable, Hashable {
        /// Files processed at the same time; at least 1.
        public var concurrency: Int
        /// Inputs larger than this many bytes fail without being read into memory.
        public var maxFileSize: Int
        public var processedPolicy: ProcessedPolicy
        /// Seconds SIGTERM waits for in-flight files before giving up on them.
        public var drainTimeout: Double

        public init(concurrency: Int, maxFileSize: Int, processedPolicy: ProcessedPolicy, drainTimeout: Double) {
            self.concurrency = concurrency
            self.maxFileSize = maxFileSize
            self.processedPolicy = processedPolicy
            self.drainTimeout = drainTimeout
        }
    }

    public var folders: Folders
    /// Forced input encoding; nil means detect per file.
    public var encoding: TextEncoding?
    public var repair: RepairOptions
    /// Keep source line breaks as `<lb/>` in the TEI.
    public var diplomatic: Bool
    /// Whether inputs are checked against (and recorded in) the duplicate index.
    public var dedupEnabled: Bool
    public var dedup: DedupConfiguration
    public var daemon: Daemon
    /// The file this configuration was read from, nil for built-in defaults.
    public var sourceFile: URL?

    /// The built-in defaults, with the standard folder names under `baseDirectory`.
    public static func defaults(baseDirectory: URL) -> Configuration {
        func folder(_ name: String) -> URL {
            baseDirectory.appendingPathComponent(name, isDirectory: true).standardizedFileURL
        }
        return Configuration(
            folders: Folders(
                inbox: folder("Inbox"), outbox: folder("Outbox"), processed: folder("Processed"),
                failed: folder("Failed"), state: folder(".quire")
            ),
            encoding: nil,
            repair: .default,
            diplomatic: false,
            dedupEnabled: true,
            dedup: DedupConfiguration(),
            daemon: Daemon(
                concurrency: max(1, ProcessInfo.processInfo.activeProcessorCount),
                maxFileSize: 64 << 20,
                processedPolicy: .move,
                drainTimeout: 30
            ),
            sourceFile: nil
        )
    }
}
