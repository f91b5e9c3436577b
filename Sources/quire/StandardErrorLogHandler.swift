import Foundation
import Logging

/// swift-log backend for the daemon: one line per event on standard error.
///
/// Under systemd (`JOURNAL_STREAM` set) each line starts with a `<N>` syslog priority, which
/// journald strips and records as the entry's priority, and carries no timestamp (the journal
/// has one); elsewhere lines start with an ISO 8601 time and the level.
struct StandardErrorLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    private let journald = ProcessInfo.processInfo.environment["JOURNAL_STREAM"] != nil

    init(label: String, level: Logger.Level) {
        self.label = label
        self.logLevel = level
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var all = metadata
        if let extra = event.metadata { all.merge(extra) { $1 } }
        let fields = all.sorted { $0.key < $1.key }.map { key, value in "\(key)=\(Self.quoted("\(value)"))" }
        let body = ([event.message.description] + fields).joined(separator: " ")
        let line = journald
            ? "<\(Self.priority(event.level))>\(body)\n"
            : "\(Date().formatted(.iso8601)) \(event.level) \(body)\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: return 7
        case .info: return 6
        case .notice: return 5
        case .warning: return 4
        case .error: return 3
        case .critical: return 2
        }
    }

    /// Values with spaces, quotes or newlines (file names may have them) are quoted and escaped,
    /// so one event stays on one line.
    static func quoted(_ value: String) -> String {
        guard value.contains(where: { $0 == " " || $0 == "\"" || $0.isNewline || $0 == "=" }) || value.isEmpty else { return value }
        let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
        return "\"\(escaped)\""
    }
}
