/// `XMLSink` appending to a byte array: the bytes libxml2's `xmlTextWriter` (2.9, UTF-8
/// output) writes for the same calls, without its per-call costs.
///
/// Why not libxml2 here: for a 5 KB page, each element through `xmlTextWriter` costs a
/// stack-entry allocation, a copy of its name and several small buffered writes, and the
/// output is copied three times (through the UTF-8 "encoder" and the memory buffer) before
/// it reaches Swift. Measured on the Chinese benchmark corpus, libxml2 alone would cap TEI
/// rendering near the 150 MB/s it must reach. The escaping rules below are libxml2's, and
/// `LibXMLSink` stays as the reference every rendering is tested against, byte for byte.
struct ByteSink: XMLSink {
    private var bytes: [UInt8] = []
    /// Names of the open elements, for their end tags.
    private var names: [String] = []
    /// True between `<name` and the `>` that the next content or child writes.
    private var startTagOpen = false

    /// `capacity` is a guess of the output size, so that the array rarely grows.
    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func startDocument() {
        append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    }

    mutating func startElement(_ name: String) {
        closeStartTag()
        bytes.append(UInt8(ascii: "<"))
        append(name)
        names.append(name)
        startTagOpen = true
    }

    /// As `xmlBufAttrSerializeTxtContent` with a document encoding set: markup characters,
    /// `"` and the three whitespace characters attribute-value normalisation would change
    /// become references; everything else, non-ASCII included, is copied.
    mutating func attribute(_ name: String, _ value: String) {
        precondition(startTagOpen, "attribute outside a start tag")
        bytes.append(UInt8(ascii: " "))
        append(name)
        append("=\"")
        appendEscaped(value) { byte in
            switch byte {
            case 0x0A: "&#10;"
            case 0x0D: "&#13;"
            case 0x09: "&#9;"
            case UInt8(ascii: "\""): "&quot;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "&"): "&amp;"
            default: nil
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func raw(_ content: UnsafeBufferPointer<UInt8>) {
        closeStartTag()
        bytes.append(contentsOf: content)
    }

    /// As `xmlEncodeSpecialChars`.
    mutating func escapedText(_ text: String) {
        closeStartTag()
        appendEscaped(text) { byte in
            switch byte {
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "\""): "&quot;"
            case 0x0D: "&#13;"
            default: nil
            }
        }
    }

    mutating func endElement() {
        guard let name = names.popLast() else { preconditionFailure("no element to end") }
        if startTagOpen {
            append("/>")
            startTagOpen = false
        } else {
            append("</")
            append(name)
            bytes.append(UInt8(ascii: ">"))
        }
    }

    mutating func endDocument() -> [UInt8] {
        precondition(names.isEmpty, "unclosed element")
        bytes.append(0x0A)
        return bytes
    }

    private mutating func closeStartTag() {
        if startTagOpen {
            bytes.append(UInt8(ascii: ">"))
            startTagOpen = false
        }
    }

    private mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func append(_ string: String) {
        var string = string
        string.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// `string` with each byte `reference` names replaced, copying the runs between them whole.
    private mutating func appendEscaped(_ string: String, reference: (UInt8) -> StaticString?) {
        var string = string
        string.withUTF8 { utf8 in
            var runStart = 0
            for index in utf8.indices {
                guard let replacement = reference(utf8[index]) else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                append(replacement)
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
    }
}
