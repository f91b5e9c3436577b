import CLibXML2

/// `XMLSink` over libxml2's `xmlTextWriter`, writing UTF-8 into a Swift array.
///
/// Each primitive is one libxml2 call. Must be used from one thread and inside `DiagnosticCollector.collecting`, so that libxml2's
/// messages end up in the thrown errors instead of on stderr.
///
/// libxml2's output buffer hands its bytes (in chunks of about 4 KB) to a write callback that
/// appends them to an array reserved up front: an `xmlBuffer` grew by `realloc` at every
/// chunk and its content was then copied once more into the result.
final class LibXMLSink: XMLSink {
    /// What the write callback appends to; a class so that the C side can hold a pointer to it.
    private final class Output {
        var bytes: [UInt8] = []
    }

    private let output = Output()
    private let writer: OpaquePointer
    private let diagnostics: DiagnosticCollector

    /// `capacity`: the expected size of the document; more is fine, less costs a copy.
    init(diagnostics: DiagnosticCollector, capacity: Int = 0) throws {
        LibXML.ensureInitialized()
        output.bytes.reserveCapacity(capacity)
        let context = Unmanaged.passUnretained(output).toOpaque()
        guard let buffer = xmlOutputBufferCreateIO(Self.write, nil, context, nil) else { throw diagnostics.failure("xmlOutputBufferCreateIO") }
        guard let writer = xmlNewTextWriter(buffer) else {
            xmlOutputBufferClose(buffer)
            throw diagnostics.failure("xmlNewTextWriter")
        }
        self.writer = writer
        self.diagnostics = diagnostics
    }

    deinit {
        // Frees the output buffer too, flushing into `output`, which lives until after this.
        xmlFreeTextWriter(writer)
    }

    /// libxml2's write callback: `context` is the unretained `Output`.
    private static let write: xmlOutputWriteCallback = { context, chunk, length in
        guard let context, let chunk, length > 0 else { return length < 0 ? -1 : 0 }
        let output = Unmanaged<Output>.fromOpaque(context).takeUnretainedValue()
        let bytes = UnsafeRawPointer(chunk).assumingMemoryBound(to: UInt8.self)
        output.bytes.append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(length)))
        return length
    }

    private func check(_ result: Int32, _ operation: String) throws {
        if result < 0 { throw diagnostics.failure(operation) }
    }

    func startDocument() throws {
        try check(xmlTextWriterStartDocument(writer, nil, "UTF-8", nil), "xmlTextWriterStartDocument")
    }

    func startElement(_ name: StaticString) throws {
        try LibXML.withXMLChars(name) {
            try check(xmlTextWriterStartElement(writer, $0), "xmlTextWriterStartElement")
        }
    }

    func attribute(_ name: StaticString, _ value: String) throws {
        try LibXML.withXMLChars(name) { name in
            try LibXML.withXMLChars(value) { value in
                try check(xmlTextWriterWriteAttribute(writer, name, value), "xmlTextWriterWriteAttribute")
            }
        }
    }

    func raw(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        if bytes.count <= 1 << 30, let base = bytes.baseAddress {
            // Nearly always: one call (libxml2 takes an Int32 length).
            try check(xmlTextWriterWriteRawLen(writer, base, Int32(bytes.count)), "xmlTextWriterWriteRawLen")
            return
        }
        var rest = bytes[...]
        repeat {
            let chunk = rest.prefix(1 << 30)
            try check(xmlTextWriterWriteRawLen(writer, UnsafeBufferPointer(rebasing: chunk).baseAddress, Int32(chunk.count)), "xmlTextWriterWriteRawLen")
            rest = rest.dropFirst(chunk.count)
        } while !rest.isEmpty
    }

    func escapedText(_ text: String) throws {
        try LibXML.withXMLChars(text) {
            try check(xmlTextWriterWriteString(writer, $0), "xmlTextWriterWriteString")
        }
    }

    func endElement() throws {
        try check(xmlTextWriterEndElement(writer), "xmlTextWriterEndElement")
    }

    func endDocument() throws -> [UInt8] {
        try check(xmlTextWriterEndDocument(writer), "xmlTextWriterEndDocument")
        try check(xmlTextWriterFlush(writer), "xmlTextWriterFlush")
        defer { output.bytes = [] }
        return output.bytes
    }
}
