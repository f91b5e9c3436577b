import Foundation
import QuireText

/// Options for rendering TEI (stub: the TEI helper replaces this file).
public struct TEIOptions: Sendable, Hashable {
    /// Keep the source line breaks as `<lb/>`.
    public var diplomatic: Bool
    /// The time recorded in the header (`SOURCE_DATE_EPOCH` when set, resolved by the caller).
    public var timestamp: Date
    /// Quire's version string for `appInfo`.
    public var applicationVersion: String

    public init(diplomatic: Bool = false, timestamp: Date, applicationVersion: String) {
        self.diplomatic = diplomatic
        self.timestamp = timestamp
        self.applicationVersion = applicationVersion
    }
}

/// The rendered TEI and what had to be dropped to keep it well-formed.
public struct TEIOutput: Sendable {
    public var bytes: [UInt8]
    /// Characters XML 1.0 forbids that were dropped.
    public var droppedCharacters: Int
}

public enum TEIWriter {
    public static func render(_ document: RepairedDocument, source: SourceText, duplicates: DuplicateReport, options: TEIOptions) throws -> TEIOutput {
        TEIOutput(bytes: Array("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>\n".utf8), droppedCharacters: 0)
    }
}
