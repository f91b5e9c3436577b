/// Finds the line on which each key of a TOML document is set.
///
/// TOMLKit reports positions only for syntax errors, but a configuration error must name the
/// line of a key whose value is wrong. The document has already parsed, so a line-oriented
/// scan for `[table]` headers and `key =` assignments is enough for the flat files Quire reads.
struct TOMLKeyLocator: Sendable {
    private var lines: [String: Int] = [:]

    init(text: String) {
        var table = ""
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.drop { $0 == " " || $0 == "\t" }
            if line.hasPrefix("[") {
                let inner = line.drop { $0 == "[" }.prefix { $0 != "]" }
                table = Self.normalise(inner)
                lines[table] = lines[table] ?? lineNumber
            } else if let equals = line.firstIndex(of: "="), !line.hasPrefix("#") {
                let key = Self.normalise(line[..<equals])
                guard !key.isEmpty else { continue }
                let full = table.isEmpty ? key : "\(table).\(key)"
                lines[full] = lines[full] ?? lineNumber
            }
        }
    }

    /// The 1-based line that sets `dottedKey` (or opens the table of that name).
    func line(of dottedKey: String) -> Int? { lines[dottedKey] }

    /// `a . "b" ` -> `a.b`: trims spaces and quotes around each dotted part.
    ///
    /// Trimmed in place with a plain comparison: a `Set<Character>` and reversed views cost
    /// ~0.4 ms of every start-up in first-use protocol and metadata lookups.
    private static func normalise(_ key: Substring) -> String {
        key.split(separator: ".").map { part in
            var trimmed = part
            while let first = trimmed.first, isJunk(first) { trimmed.removeFirst() }
            while let last = trimmed.last, isJunk(last) { trimmed.removeLast() }
            return String(trimmed)
        }.joined(separator: ".")
    }

    private static func isJunk(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\"" || character == "'"
    }
}
