import CLibXML2

/// A parsed XML element copied out of libxml2's tree into plain Swift values, so that the
/// TEI reader can walk it without touching a pointer.
struct ParsedElement: Sendable, Hashable {
    enum Child: Sendable, Hashable {
        case element(ParsedElement)
        case text(String)
    }

    var name: String
    var namespace: String?
    /// Attributes by qualified name as written (`type`, `xml:id`, `xml:lang`).
    var attributes: [String: String]
    var children: [Child]
    var line: Int

    var elements: [ParsedElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The XPath string value: all descendant text, in order.
    var stringValue: String {
        children.reduce(into: "") { result, child in
            switch child {
            case .text(let text): result += text
            case .element(let element): result += element.stringValue
            }
        }
    }
}

/// Parsing with libxml2, the safe way: no network, no entity substitution, no DTD loading.
enum LibXMLParser {
    /// The options every parse uses. `XML_PARSE_NONET` forbids fetching anything; leaving out
    /// `XML_PARSE_NOENT` and `XML_PARSE_DTDLOAD` keeps entities unexpanded and external
    /// subsets unread.
    static let options = Int32(XML_PARSE_NONET.rawValue)

    /// Parses `bytes`; returns the root element, or nil with the diagnostics that explain why.
    static func parse(_ bytes: [UInt8]) -> (root: ParsedElement?, diagnostics: [XMLDiagnostic]) {
        DiagnosticCollector.collecting { collector in
            let root = withDocument(bytes, collector: collector) { document in
                xmlDocGetRootElement(document).map(copyElement)
            }
            return (root ?? nil, collector.diagnostics)
        }
    }

    /// Runs `body` on the libxml2 document parsed from `bytes`, freeing it afterwards.
    /// Returns nil when `bytes` is not XML; `collector` then holds at least one reason.
    static func withDocument<Result>(_ bytes: [UInt8], collector: DiagnosticCollector, _ body: (xmlDocPtr) throws -> Result) rethrows -> Result? {
        guard bytes.count < Int(Int32.max) else {
            collector.add(XMLDiagnostic(level: .fatal, line: 0, column: 0, message: "document too large (\(bytes.count) bytes)"))
            return nil
        }
        // An empty array has no base address; give libxml2 a real one with length 0, and it
        // reports "Document is empty".
        let storage = bytes.isEmpty ? [0] : bytes
        let document: xmlDocPtr? = storage.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlReadMemory(chars.baseAddress, Int32(bytes.count), nil, nil, options)
            }
        }
        guard let document else {
            if !collector.diagnostics.contains(where: { $0.level != .warning }) {
                collector.add(XMLDiagnostic(level: .fatal, line: 0, column: 0, message: "document could not be parsed"))
            }
            return nil
        }
        defer { xmlFreeDoc(document) }
        return try body(document)
    }

    private static func copyElement(_ node: xmlNodePtr) -> ParsedElement {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let local = LibXML.string(current.pointee.name) ?? ""
            let prefix = LibXML.string(current.pointee.ns?.pointee.prefix)
            let name = prefix.map { "\($0):\(local)" } ?? local
            if let value = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
                attributes[name] = String(cString: value)
                quire_xmlFree(value)
            } else {
                attributes[name] = ""
            }
            attribute = current.pointee.next
        }
        var children: [ParsedElement.Child] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(.element(copyElement(current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                children.append(.text(LibXML.string(current.pointee.content) ?? ""))
            default:
                break  // comments, processing instructions, unexpanded entity references
            }
            child = current.pointee.next
        }
        return ParsedElement(
            name: LibXML.string(node.pointee.name) ?? "",
            namespace: LibXML.string(node.pointee.ns?.pointee.href),
            attributes: attributes,
            children: children,
            line: Int(xmlGetLineNo(node))
        )
    }
}
