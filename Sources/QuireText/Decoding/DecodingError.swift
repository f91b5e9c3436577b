/// Why an input could not be turned into text.
///
/// Every case carries the file name, so that a batch run or the daemon can report the error
/// on its own without knowing where it came from; `reason` is the same message without the name,
/// for callers that print the name themselves.
public enum DecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The input is not text at all (an image, an archive, ...); `kind` says what it looks like.
    case notText(fileName: String, kind: String)
    /// The bytes are not valid in `encoding` at `byteOffset` (0-based, in the raw input).
    case invalidBytes(fileName: String, encoding: TextEncoding, byteOffset: Int)
    /// The bytes are neither valid UTF-8 nor plausible GB18030 or Big5.
    case undetectable(fileName: String, firstInvalidUTF8Offset: Int)
    /// The platform converter for `encoding` could not be opened.
    case converterUnavailable(fileName: String, encoding: TextEncoding)

    public var fileName: String {
        switch self {
        case .notText(let name, _), .invalidBytes(let name, _, _), .undetectable(let name, _),
             .converterUnavailable(let name, _):
            return name
        }
    }

    public var reason: String {
        switch self {
        case .notText(_, let kind):
            return "not text (\(kind))"
        case .invalidBytes(_, let encoding, let offset):
            return "invalid \(encoding.rawValue) at byte \(offset)"
        case .undetectable(_, let offset):
            return "invalid UTF-8 at byte \(offset) (not GB18030 or Big5 either; --encoding forces one)"
        case .converterUnavailable(_, let encoding):
            return "no \(encoding.rawValue) converter available on this system"
        }
    }

    public var description: String { "\(fileName): \(reason)" }
}
