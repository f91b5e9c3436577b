import Foundation
import QuireText

/// What Quire needs to know about one of its own TEI files, read back without the source:
/// enough to rebuild the duplicate index from the outbox.
public struct TEIDocumentSummary: Sendable, Hashable {
    /// One block of the body: its `xml:id`, its kind and its reading text.
    public struct Block: Sendable, Hashable {
        public var id: String
        public var kind: BlockKind
        /// The string value of the element; `<lb/>` adds nothing to it.
        public var text: String
        /// The block's own `xml:lang`, where it differs from the text's.
        public var language: String?

        public init(id: String, kind: BlockKind, text: String, language: String? = nil) {
            self.id = id
            self.kind = kind
            self.text = text
            self.language = language
        }
    }

    /// The original input's file name (`sourceDesc/bibl/idno[@type='filename']`).
    public var sourceFileName: String
    /// Lower-case hex SHA-256 of the original input bytes.
    public var sha256: String
    /// Size of the original input in bytes, nil when not recorded.
    public var byteCount: Int?
    /// `text/@xml:lang`.
    public var language: String
    /// `titleStmt/title`.
    public var title: String
    /// Blocks in document order (sections flattened).
    public var blocks: [Block]
    /// The TEI file this input was byte-identical to, when recorded.
    public var exactDuplicateOf: String?
}

/// Why a file could not be read as Quire TEI.
public enum TEIReaderError: Error, Sendable, Hashable, CustomStringConvertible {
    case notWellFormed(file: String, diagnostics: [XMLDiagnostic])
    /// The file is XML but lacks something Quire always writes.
    case notQuireTEI(file: String, missing: String)

    public var description: String {
        switch self {
        case .notWellFormed(let file, let diagnostics):
            "\(file) is not well-formed XML: " + diagnostics.map(\.description).joined(separator: "; ")
        case .notQuireTEI(let file, let missing):
            "\(file) is not Quire TEI: no \(missing)"
        }
    }
}

/// Reads the TEI that `TEIWriter` writes (see its doc comment for the shape).
public enum TEIReader {
    /// Parses with libxml2 (no network, no entity expansion) and extracts the summary.
    public static func read(contentsOf url: URL) throws -> TEIDocumentSummary {
        try read(bytes: Array(Data(contentsOf: url)), name: url.lastPathComponent)
    }

    /// The same for bytes already in memory; `name` is used in errors.
    public static func read(bytes: [UInt8], name: String = "document") throws -> TEIDocumentSummary {
        let parsed = LibXMLParser.parse(bytes)
        guard let root = parsed.root, !parsed.diagnostics.contains(where: { $0.level != .warning }) else {
            throw TEIReaderError.notWellFormed(file: name, diagnostics: parsed.diagnostics)
        }
        guard root.name == "TEI", root.namespace == TEIVocabulary.namespace else {
            throw TEIReaderError.notQuireTEI(file: name, missing: "TEI root element")
        }
        func required(_ path: [String], _ description: String) throws -> ParsedElement {
            guard let element = root.descendant(path) else { throw TEIReaderError.notQuireTEI(file: name, missing: description) }
            return element
        }
        let bibl = try required(["teiHeader", "fileDesc", "sourceDesc", "bibl"], "sourceDesc/bibl")
        func idno(_ type: String) throws -> String {
            guard let element = bibl.elements.first(where: { $0.name == "idno" && $0.attributes["type"] == type }) else {
                throw TEIReaderError.notQuireTEI(file: name, missing: "idno type=\"\(type)\"")
            }
            return element.stringValue
        }
        let text = try required(["text"], "text")
        let body = try required(["text", "body"], "text/body")
        let quantity = bibl.descendant(["extent", "measure"])?.attributes["quantity"]
        return TEIDocumentSummary(
            sourceFileName: try idno(TEIVocabulary.fileNameIdno),
            sha256: try idno(TEIVocabulary.sha256Idno),
            byteCount: quantity.flatMap { Int($0) },
            language: text.attributes["xml:lang"] ?? "und",
            title: root.descendant(["teiHeader", "fileDesc", "titleStmt", "title"])?.stringValue ?? "",
            blocks: blocks(in: body),
            exactDuplicateOf: bibl.elements.first {
                $0.name == "relatedItem" && $0.attributes["type"] == TEIVocabulary.exactDuplicateItem
            }?.attributes["target"].map { $0.removingPercentEncoding ?? $0 }
        )
    }

    /// Every element carrying an `xml:id` under `element`, in document order, as a block.
    private static func blocks(in element: ParsedElement) -> [TEIDocumentSummary.Block] {
        element.elements.flatMap { child -> [TEIDocumentSummary.Block] in
            guard let id = child.attributes["xml:id"], let kind = kind(of: child) else {
                return blocks(in: child)
            }
            return [TEIDocumentSummary.Block(id: id, kind: kind, text: child.stringValue, language: child.attributes["xml:lang"])]
        }
    }

    /// The block kind an element stands for, undoing `TEIRenderer`'s mapping.
    private static func kind(of element: ParsedElement) -> BlockKind? {
        switch element.name {
        case "head":
            return element.attributes["type"] == TEIVocabulary.titleHead ? .title : .heading
        case "signed": return .signature
        case "date": return .date
        case "dateline": return .dateline
        case "fw": return .furniture
        case "note": return .note
        case "p":
            let inner = element.elements.filter { $0.name != "lb" }
            if inner.count == 1, let wrapper = inner.first, element.children.allSatisfy({ child in
                if case .text = child { return false } else { return true }
            }) {
                if wrapper.name == "date" { return .date }
                if wrapper.name == "seg", let type = wrapper.attributes["type"] {
                    switch type {
                    case TEIVocabulary.signatureSeg: return .signature
                    case TEIVocabulary.datelineSeg: return .dateline
                    default: if let kind = BlockKind(rawValue: type) { return kind }
                    }
                }
            }
            return element.attributes["rend"] == TEIVocabulary.itemRend ? .item : .paragraph
        default:
            return nil
        }
    }
}

extension ParsedElement {
    /// The first element reached by following child names `path`.
    func descendant(_ path: [String]) -> ParsedElement? {
        path.reduce(Optional(self)) { element, name in element?.elements.first { $0.name == name } }
    }
}
