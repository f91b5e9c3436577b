/// Where `XMLTextWriter` sends markup: the few primitives libxml2's `xmlTextWriter` offers.
/// `LibXMLSink` is the one sink; the seam keeps the C calls in one small file.
///
/// Names are literals (no `String` is made for them). Strings reaching a sink are already filtered to XML characters. A start tag stays open
/// (attributes may follow) until the next content, child or end; an element ended while its
/// start tag is open is written `<x/>`.
protocol XMLSink {
    /// `<?xml version="1.0" encoding="UTF-8"?>` and a newline.
    mutating func startDocument() throws
    mutating func startElement(_ name: StaticString) throws
    /// ` name="value"` on the open start tag, escaped as libxml2 escapes attribute values.
    mutating func attribute(_ name: StaticString, _ value: String) throws
    /// Bytes copied as they are: text `XMLTextScan` found nothing to escape in, or whitespace.
    mutating func raw(_ bytes: UnsafeBufferPointer<UInt8>) throws
    /// Character data escaped as `xmlEncodeSpecialChars` escapes it.
    mutating func escapedText(_ text: String) throws
    mutating func endElement() throws
    /// The final newline; returns the whole document.
    mutating func endDocument() throws -> [UInt8]
}
