/// Writes well-formed, indented UTF-8 XML into an `XMLSink`.
///
/// Why not libxml2's own indentation: it writes newlines and spaces before every start tag,
/// even inside mixed content (`<p>text<lb/>more</p>` would gain whitespace in its reading
/// text). Here each element is opened either as a *container* (element-only content, indented)
/// or as *mixed* (text and inline elements, nothing added), so indentation can never leak into
/// text that matters.
///
/// Every string passes through `XMLCharacterFilter` before it reaches the sink: libxml2 would
/// write forbidden characters raw and produce a file that is not XML.
///
/// Text with nothing to escape or drop (nearly all of it) goes to the sink's `raw` as it is,
/// found by one `XMLTextScan` pass; the rest is filtered and escaped by the sink.
struct XMLTextWriter<Sink: XMLSink> {
    private(set) var sink: Sink
    /// The open elements (their names are the sink's business).
    private var open: [(mixed: Bool, hasChildren: Bool)] = []
    /// Spaces per level of indentation.
    private let indentUnit = 2
    /// Characters the last-line filter removed (the TEI writer filters earlier, so normally 0).
    private(set) var filter = XMLCharacterFilter()
    /// Tests set this to send all text through the sink's `escapedText`, the reference the
    /// raw path must match byte for byte.
    var escapesAllText = false

    init(sink: Sink) {
        self.sink = sink
        open.reserveCapacity(16)
    }

    mutating func startDocument() throws {
        try sink.startDocument()
    }

    /// Opens `name`. A `mixed` element gets no indentation inside it, nor do its descendants.
    mutating func startElement(_ name: StaticString, mixed: Bool = false) throws {
        try indentBeforeChild()
        let isMixed = mixed || (open.last?.mixed ?? false)
        try sink.startElement(name)
        open.append((isMixed, false))
    }

    mutating func attribute(_ name: StaticString, _ value: String) throws {
        try sink.attribute(name, filter.clean(value))
    }

    /// An attribute whose value is known to hold only XML characters (an id already checked to
    /// be an NCName, a vocabulary constant), so it is not scanned again.
    mutating func attribute(_ name: StaticString, clean value: String) throws {
        try sink.attribute(name, value)
    }

    /// Character data; only inside mixed elements, where no indentation is written.
    mutating func text(_ string: String) throws {
        precondition(open.last?.mixed == true, "text is only written inside mixed content")
        guard !string.isEmpty else { return }
        let wroteRaw = try string.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard !escapesAllText, XMLTextScan.scan(bytes).isEmpty else { return false }
            open[open.count - 1].hasChildren = true
            try sink.raw(bytes)
            return true
        }
        guard wroteRaw != true else { return }
        let clean = filter.clean(string)
        guard !clean.isEmpty else { return }
        open[open.count - 1].hasChildren = true
        try sink.escapedText(clean)
    }

    /// Character data `XMLCharacterFilter.check` has already scanned: copied as it is, or
    /// escaped by the sink.
    mutating func text(_ checked: CheckedText) throws {
        precondition(open.last?.mixed == true, "text is only written inside mixed content")
        guard !checked.string.isEmpty else { return }
        open[open.count - 1].hasChildren = true
        var string = checked.string
        if checked.needsEscaping || escapesAllText {
            try sink.escapedText(string)
        } else {
            try string.withUTF8 { try sink.raw($0) }
        }
    }

    /// Character data already filtered to XML characters: copied as it is when it needs no
    /// escaping, else escaped by the sink.
    mutating func text(_ string: String, needsEscaping: Bool) throws {
        precondition(open.last?.mixed == true, "text is only written inside mixed content")
        guard !string.isEmpty else { return }
        open[open.count - 1].hasChildren = true
        if needsEscaping || escapesAllText {
            try sink.escapedText(string)
        } else {
            var string = string
            try string.withUTF8 { try sink.raw($0) }
        }
    }

    /// UTF-8 character data known to hold only XML characters and nothing to escape (part of
    /// a text `XMLTextScan` found clean), copied as it is.
    mutating func text(cleanUTF8 bytes: UnsafeBufferPointer<UInt8>) throws {
        precondition(open.last?.mixed == true, "text is only written inside mixed content")
        guard !bytes.isEmpty else { return }
        open[open.count - 1].hasChildren = true
        if escapesAllText {
            try sink.escapedText(String(decoding: bytes, as: UTF8.self))
        } else {
            try sink.raw(bytes)
        }
    }

    /// Closes the innermost element; an element with no content is written as `<x/>`.
    mutating func endElement() throws {
        guard let element = open.popLast() else { preconditionFailure("no element to end") }
        if !element.mixed && element.hasChildren { try newline(depth: open.count) }
        try sink.endElement()
    }

    /// `<name attributes…>text</name>` as one mixed element.
    mutating func element(_ name: StaticString, attributes: KeyValuePairs<StaticString, String> = [:], text: String) throws {
        try startElement(name, mixed: true)
        for (key, value) in attributes { try attribute(key, value) }
        try self.text(text)
        try endElement()
    }

    /// Ends the document and returns the complete UTF-8 bytes, with a final newline.
    mutating func finish() throws -> [UInt8] {
        precondition(open.isEmpty, "\(open.count) unclosed elements")
        return try sink.endDocument()
    }

    private mutating func indentBeforeChild() throws {
        guard let parent = open.last else { return }
        open[open.count - 1].hasChildren = true
        if !parent.mixed { try newline(depth: open.count) }
    }

    private mutating func newline(depth: Int) throws {
        let length = 1 + indentUnit * depth
        if length <= Self.indentation.utf8CodeUnitCount {
            // Static memory (a literal of many scalars is stored as a pointer): no array to
            // retain and release around every newline.
            try sink.raw(UnsafeBufferPointer(start: Self.indentation.utf8Start, count: length))
        } else {
            let deep = [0x0A] + [UInt8](repeating: 0x20, count: length - 1)
            try deep.withUnsafeBufferPointer { try sink.raw($0) }
        }
    }

    /// A newline and 64 levels of indentation; a prefix of it is one indentation.
    private static var indentation: StaticString {
        "\n                                                                                                                                "
    }
}
