import CLibXML2

/// A thin, checked wrapper over libxml2's `xmlTextWriter` writing UTF-8 into memory.
///
/// Why not libxml2's own indentation: it writes newlines and spaces before every start tag,
/// even inside mixed content (`<p>text<lb/>more</p>` would gain whitespace in its reading
/// text). Here each element is opened either as a *container* (element-only content, indented)
/// or as *mixed* (text and inline elements, nothing added), so indentation can never leak into
/// text that matters.
///
/// Every string passes through `XMLCharacterFilter` before it reaches libxml2, which would
/// otherwise write forbidden characters raw and produce a file that is not XML.
///
/// Must be used from one thread and inside `DiagnosticCollector.collecting`, so that libxml2's
/// messages end up in the thrown errors instead of on stderr.
final class XMLTextWriter {
    private let buffer: xmlBufferPtr
    private let writer: OpaquePointer
    private let diagnostics: DiagnosticCollector
    private var open: [(name: String, mixed: Bool, hasChildren: Bool)] = []
    /// Spaces per level of indentation.
    private let indentUnit = 2
    /// A newline and enough spaces for any depth so far; a prefix of it is one indentation.
    private var indentation: [UInt8] = [0x0A] + [UInt8](repeating: 0x20, count: 32)
    /// Characters the last-line filter removed (the TEI writer filters earlier, so normally 0).
    private(set) var filter = XMLCharacterFilter()

    init(diagnostics: DiagnosticCollector) throws {
        LibXML.ensureInitialized()
        guard let buffer = xmlBufferCreate() else { throw diagnostics.failure("xmlBufferCreate") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw diagnostics.failure("xmlNewTextWriterMemory")
        }
        self.buffer = buffer
        self.writer = writer
        self.diagnostics = diagnostics
    }

    deinit {
        // The writer flushes into the buffer when freed, so it must go first.
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    private func check(_ result: Int32, _ operation: String) throws {
        if result < 0 { throw diagnostics.failure(operation) }
    }

    func startDocument() throws {
        try check(xmlTextWriterStartDocument(writer, nil, "UTF-8", nil), "xmlTextWriterStartDocument")
    }

    /// Opens `name`. A `mixed` element gets no indentation inside it, nor do its descendants.
    func startElement(_ name: String, mixed: Bool = false) throws {
        try indentBeforeChild()
        let isMixed = mixed || (open.last?.mixed ?? false)
        try LibXML.withXMLChars(name) {
            try check(xmlTextWriterStartElement(writer, $0), "xmlTextWriterStartElement")
        }
        open.append((name, isMixed, false))
    }

    func attribute(_ name: String, _ value: String) throws {
        let clean = filter.clean(value)
        try LibXML.withXMLChars(name) { name in
            try LibXML.withXMLChars(clean) { value in
                try check(xmlTextWriterWriteAttribute(writer, name, value), "xmlTextWriterWriteAttribute")
            }
        }
    }

    /// Escaped character data; only inside mixed elements, where no indentation is written.
    ///
    /// Text with nothing to escape or drop (most of it) goes to `xmlTextWriterWriteRawLen` as
    /// it is: `xmlTextWriterWriteString` would only copy it through `xmlEncodeSpecialChars`
    /// into a fresh allocation first and measure it with `strlen`, then take the same path.
    /// Anything libxml2 would change takes libxml2's own path, so the bytes are the same
    /// either way.
    func text(_ string: String) throws {
        precondition(open.last?.mixed == true, "text is only written inside mixed content")
        guard !string.isEmpty else { return }
        let wroteRaw = try string.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard !escapesWithLibXML, bytes.count <= Int(Int32.max), XMLTextScan.scan(bytes).isEmpty else { return false }
            open[open.count - 1].hasChildren = true
            try check(xmlTextWriterWriteRawLen(writer, bytes.baseAddress, Int32(bytes.count)), "xmlTextWriterWriteRawLen")
            return true
        }
        guard wroteRaw != true else { return }
        let clean = filter.clean(string)
        guard !clean.isEmpty else { return }
        open[open.count - 1].hasChildren = true
        try LibXML.withXMLChars(clean) {
            try check(xmlTextWriterWriteString(writer, $0), "xmlTextWriterWriteString")
        }
    }

    /// Tests set this to send all text through `xmlTextWriterWriteString`, the reference the
    /// raw path must match byte for byte.
    var escapesWithLibXML = false

    /// Closes the innermost element; an element with no content is written as `<x/>`.
    func endElement() throws {
        guard let element = open.popLast() else { preconditionFailure("no element to end") }
        if !element.mixed && element.hasChildren { try newline(depth: open.count) }
        try check(xmlTextWriterEndElement(writer), "xmlTextWriterEndElement")
    }

    /// `<name attributes…>text</name>` as one mixed element.
    func element(_ name: String, attributes: KeyValuePairs<String, String> = [:], text: String) throws {
        try startElement(name, mixed: true)
        for (key, value) in attributes { try attribute(key, value) }
        try self.text(text)
        try endElement()
    }

    /// Ends the document and returns the complete UTF-8 bytes, with a final newline.
    func finish() throws -> [UInt8] {
        precondition(open.isEmpty, "unclosed element \(open.last?.name ?? "")")
        try check(xmlTextWriterEndDocument(writer), "xmlTextWriterEndDocument")
        try check(xmlTextWriterFlush(writer), "xmlTextWriterFlush")
        guard let content = xmlBufferContent(buffer) else { throw diagnostics.failure("xmlBufferContent") }
        let count = Int(xmlBufferLength(buffer))
        return Array(UnsafeBufferPointer(start: content, count: count))
    }

    private func indentBeforeChild() throws {
        guard let parent = open.last else { return }
        open[open.count - 1].hasChildren = true
        if !parent.mixed { try newline(depth: open.count) }
    }

    private func newline(depth: Int) throws {
        let length = 1 + indentUnit * depth
        if length > indentation.count {
            indentation = [0x0A] + [UInt8](repeating: 0x20, count: 2 * length)
        }
        try indentation.withUnsafeBufferPointer {
            try check(xmlTextWriterWriteRawLen(writer, $0.baseAddress, Int32(length)), "xmlTextWriterWriteRawLen")
        }
    }
}
