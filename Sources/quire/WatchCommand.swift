import ArgumentParser
import Dispatch
import Foundation
import Logging
import QuireService

/// `quire watch`: the drop-folder daemon (also what `systemd/quire.service` runs).
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Watch the inbox and turn every file dropped into it into TEI in the outbox.",
        discussion: """
            Files are taken once complete (closed after writing, or moved in); dotfiles and \
            *.part, *.tmp, *~ are ignored until renamed; subfolders of the inbox are ignored. \
            After success the input goes to the processed folder (or is deleted or kept, see \
            daemon.processed_policy); a failed input goes to the failed folder with \
            <name>.error.txt. SIGTERM/SIGINT drain in-flight files and exit 0; SIGHUP reloads \
            the configuration. Under systemd (Type=notify) it reports READY, STATUS, WATCHDOG \
            and STOPPING. Exit status 78 on a configuration error.
            """
    )

    @OptionGroup var options: ConfigurationOptions

    @Option(name: .long, help: ArgumentHelp("Override the inbox folder.", valueName: "dir"))
    var inbox: String?

    @Option(name: .long, help: ArgumentHelp("Override the outbox folder.", valueName: "dir"))
    var outbox: String?

    @Option(name: .long, help: ArgumentHelp("Log level: trace, debug, info, notice, warning, error, critical.", valueName: "level"))
    var logLevel: String = "info"

    func validate() throws {
        if Logger.Level(rawValue: logLevel) == nil { throw ValidationError("unknown log level '\(logLevel)'") }
    }

    func run() throws {
        let level = Logger.Level(rawValue: logLevel) ?? .info
        LoggingSystem.bootstrap { label in StandardErrorLogHandler(label: label, level: level) }
        let logger = Logger(label: "quire.watch")
        let configuration: Configuration
        do { configuration = try resolve() } catch { throw ConfigurationOptions.fail(error) }

        let (options, inbox, outbox) = (options, inbox, outbox)
        let reloader: WatchService.Reloader = { () throws(ConfigurationError) -> Configuration in
            try WatchCommand.resolve(options: options, inbox: inbox, outbox: outbox)
        }
        let service: WatchService
        do {
            service = try WatchService(configuration: configuration, logger: logger, reloader: reloader)
            try service.start()
        } catch {
            logger.critical("cannot start", metadata: ["error": "\(error)"])
            throw ExitCode.failure
        }
        // The service's handlers hold it weakly; it lives as long as the process.
        withExtendedLifetime(service) { dispatchMain() }
    }

    private func resolve() throws(ConfigurationError) -> Configuration {
        try Self.resolve(options: options, inbox: inbox, outbox: outbox)
    }

    /// The configuration with the command-line overrides, checked for self-feeding folders.
    static func resolve(options: ConfigurationOptions, inbox: String?, outbox: String?) throws(ConfigurationError) -> Configuration {
        var configuration = try options.resolve()
        if let inbox { configuration.folders.inbox = ConfigurationOptions.folder(inbox) }
        if let outbox { configuration.folders.outbox = ConfigurationOptions.folder(outbox) }
        let flags = ["inbox": inbox != nil, "outbox": outbox != nil, "state": options.state != nil]
        try configuration.checkFolders(keyName: { key in flags[key] == true ? "--\(key)" : "folders.\(key)" })
        return configuration
    }
}
