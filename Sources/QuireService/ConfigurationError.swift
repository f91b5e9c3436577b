import Foundation

/// A configuration that cannot be used, located as precisely as possible.
///
/// The message names the file, the line and the key (`Config/quire.toml:14: dedup.threshold: ...`)
/// because a daemon that refuses to start must say exactly what to fix. Callers exit with 78
/// (EX_CONFIG).
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file, or nil for a problem in command-line flags or built-in defaults.
    public var file: String?
    /// 1-based line of the offending key, when known.
    public var line: Int?
    /// The dotted key (`dedup.threshold`) or flag (`--output`) at fault, when there is one.
    public var key: String?
    public var message: String

    public init(file: String? = nil, line: Int? = nil, key: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    public var description: String {
        var location = ""
        if let file {
            location = file
            if let line { location += ":\(line)" }
            location += ": "
        }
        if let key { location += "\(key): " }
        return location + message
    }

    /// The exit status for configuration errors (sysexits.h).
    public static let exitStatus: Int32 = 78
}
