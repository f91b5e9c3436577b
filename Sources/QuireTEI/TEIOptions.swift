import Foundation

/// How to render TEI. Everything that could vary between two runs on the same input is an
/// explicit field here, so that output is byte-reproducible.
public struct TEIOptions: Sendable, Hashable {
    /// Keep the source line breaks as `<lb/>` (`break="no"` where a word or CJK run was cut),
    /// so that the source layout can be reconstructed; the reading text is unchanged.
    public var diplomatic: Bool
    /// The time recorded in `revisionDesc/change/@when` (`SOURCE_DATE_EPOCH` when set, resolved
    /// by the caller). The writer never reads the clock.
    public var timestamp: Date
    /// Quire's version for `appInfo/application/@version`. TEI only accepts dotted numbers, so
    /// anything after the numeric prefix (`-dev`, `+build`) is left out of the attribute.
    public var applicationVersion: String

    public init(diplomatic: Bool = false, timestamp: Date, applicationVersion: String) {
        self.diplomatic = diplomatic
        self.timestamp = timestamp
        self.applicationVersion = applicationVersion
    }
}

/// The rendered TEI and what had to be dropped to keep it well-formed.
public struct TEIOutput: Sendable, Hashable {
    /// The complete UTF-8 document, ending in a newline.
    public var bytes: [UInt8]
    /// Characters XML 1.0 forbids (U+0000, U+000C, U+FFFE, ...) that were dropped from the
    /// title, file name and block texts. Also recorded in `revisionDesc` as
    /// `forbidden-character`, on top of any the repair stage already counted.
    public var droppedCharacters: Int

    public init(bytes: [UInt8], droppedCharacters: Int) {
        self.bytes = bytes
        self.droppedCharacters = droppedCharacters
    }
}

/// Why a document could not be rendered. These are bugs in an earlier stage (ids are
/// assigned by the repair stage), reported instead of writing TEI that is not valid.
public enum TEIWriterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A block id is not an XML NCName, so it cannot be an `xml:id`.
    case invalidBlockID(String)
    /// Two blocks share an id; `xml:id` must be unique.
    case duplicateBlockID(String)

    public var description: String {
        switch self {
        case .invalidBlockID(let id): "block id \"\(id)\" is not a valid xml:id (an XML NCName)"
        case .duplicateBlockID(let id): "block id \"\(id)\" is used by more than one block"
        }
    }
}
