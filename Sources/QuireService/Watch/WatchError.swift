#if canImport(Glibc)
import Glibc
#endif

/// Why the watcher could not start or keep running.
public enum WatchError: Error, Sendable, CustomStringConvertible {
    case system(String, Int32)
    case journal(String)

    public var description: String {
        switch self {
        case .system(let call, let code): return "\(call) failed: \(String(cString: strerror(code)))"
        case .journal(let message): return "journal: \(message)"
        }
    }
}
