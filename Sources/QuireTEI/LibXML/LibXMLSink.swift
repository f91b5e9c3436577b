import CLibXML2

/// `XMLSink` over libxml2's `xmlTextWriter`, writing UTF-8 into memory.
///
/// Each primitive is one libxml2 call. Must be used from one thread and inside `DiagnosticCollector.collecting`, so that libxml2's
/// messages end up in the thrown errors instead of on stderr.
final class LibXMLSink: XMLSink {
    private let buffer: xmlBufferPtr
    private let writer: OpaquePointer
    private let diagnostics: DiagnosticCollector

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

    func startElement(_ name: String) throws {
        try LibXML.withXMLChars(name) {
            try check(xmlTextWriterStartElement(writer, $0), "xmlTextWriterStartElement")
        }
    }

    func attribute(_ name: String, _ value: String) throws {
        try LibXML.withXMLChars(name) { name in
            try LibXML.withXMLChars(value) { value in
                try check(xmlTextWriterWriteAttribute(writer, name, value), "xmlTextWriterWriteAttribute")
            }
        }
    }

    func raw(_ bytes: UnsafeBufferPointer<UInt8>) throws {
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
        guard let content = xmlBufferContent(buffer) else { throw diagnostics.failure("xmlBufferContent") }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
    }
}
