import Foundation

/// The command line's own output: one line per input on standard error, TEI on standard output.
enum Console {
    static func report(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func writeStandardOutput(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    /// `path` relative to the working directory when it is inside it, for shorter messages.
    static func display(_ path: String) -> String {
        let working = FileManager.default.currentDirectoryPath
        let prefix = working.hasSuffix("/") ? working : working + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
