import Foundation
import QuireService
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The command line's own output: one line per input on standard error, TEI on standard output.
enum Console {
    /// One line on standard error, written with one `write(2)`: `FileHandle`'s Objective-C
    /// style write cost more per file than renaming the file did (session-4 profile).
    static func report(_ line: String) {
        var bytes = Array(line.utf8)
        bytes.append(UInt8(ascii: "\n"))
        // Best effort, as `FileHandle.write` was for these streams: a closed pipe loses the text.
        WholeWrite.write(bytes, to: STDERR_FILENO)
    }

    static func writeStandardOutput(_ bytes: [UInt8]) {
        WholeWrite.write(bytes, to: STDOUT_FILENO)
    }

    /// `path` relative to the working directory when it is inside it, for shorter messages.
    static func display(_ path: String) -> String {
        path.hasPrefix(workingPrefix) ? String(path.dropFirst(workingPrefix.count)) : path
    }

    /// The working directory with a final `/`, read once: no command changes it.
    private static let workingPrefix: String = {
        let working = FileManager.default.currentDirectoryPath
        return working.hasSuffix("/") ? working : working + "/"
    }()
}
