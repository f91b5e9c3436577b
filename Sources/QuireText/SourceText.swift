/// The text encodings Quire reads.
public enum TextEncoding: String, Sendable, Hashable, Codable, CaseIterable {
    case utf8 = "UTF-8"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case gb18030 = "GB18030"
    case big5 = "Big5"
}

/// A decoded input: its text split into lines, plus the provenance the TEI header records.
public struct SourceText: Sendable, Hashable {
    /// The original file name (no directory), or `-` for standard input.
    public var fileName: String
    /// Size of the raw input in bytes.
    public var byteCount: Int
    /// Lower-case hex SHA-256 of the raw bytes.
    public var sha256: String
    /// The encoding the bytes were decoded from.
    public var encoding: TextEncoding
    /// True when the input began with a byte-order mark.
    public var hadByteOrderMark: Bool
    /// The decoded text and where its lines lie: what the repairer reads.
    var text: LineBuffer

    /// The decoded lines, without their terminators (CR, LF, CRLF, U+2028, U+2029, NEL). Made
    /// on each call, a string a line: the repairer reads `text` instead.
    public var lines: [String] {
        get { text.strings }
        set { text = LineBuffer(lines: newValue) }
    }

    public init(fileName: String, byteCount: Int, sha256: String, encoding: TextEncoding, hadByteOrderMark: Bool, lines: [String]) {
        self.init(fileName: fileName, byteCount: byteCount, sha256: sha256, encoding: encoding,
                  hadByteOrderMark: hadByteOrderMark, text: LineBuffer(lines: lines))
    }

    init(fileName: String, byteCount: Int, sha256: String, encoding: TextEncoding, hadByteOrderMark: Bool, text: LineBuffer) {
        self.fileName = fileName
        self.byteCount = byteCount
        self.sha256 = sha256
        self.encoding = encoding
        self.hadByteOrderMark = hadByteOrderMark
        self.text = text
    }
}
