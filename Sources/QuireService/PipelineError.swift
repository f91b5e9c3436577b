import QuireText

/// Why one input produced no output. `reason` is written on the console, in the daemon's log
/// and in `<name>.error.txt`, so it is a sentence for an archivist, not a stack trace.
public enum PipelineError: Error, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case tooLarge(path: String, size: Int, limit: Int)
    case notRegularFile(path: String)
    case decoding(DecodingError)
    case rendering(String)
    case commit(AtomicFileError)
    case index(String)
    /// Two inputs of one run would be written to the same `<stem>.tei.xml`.
    case outputCollision(output: String, earlierInput: String)

    public var reason: String {
        switch self {
        case .unreadable(_, let reason): return "cannot read: \(reason)"
        case .tooLarge(_, let size, let limit): return "too large (\(size) bytes; the limit is \(limit))"
        case .notRegularFile: return "not a regular file"
        case .decoding(let error): return error.reason
        case .rendering(let message): return "TEI rendering failed: \(message)"
        case .commit(let error): return error.description
        case .index(let message): return "duplicate index: \(message)"
        case .outputCollision(let output, let earlier): return "\(output) was already written from \(earlier) in this run"
        }
    }

    public var description: String { reason }
}
