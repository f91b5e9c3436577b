import Foundation
import Testing
import QuireText
@testable import QuireTEI

/// Builders and shared validators for the TEI tests.
enum Fixture {
    static let timestamp = Date(timeIntervalSince1970: 1_700_000_000)  // 2023-11-14T22:13:20Z
    static let options = TEIOptions(timestamp: timestamp, applicationVersion: "0.1.0")
    static let sha = String(repeating: "ab", count: 32)

    static func source(_ fileName: String = "000_sample.txt", byteCount: Int = 1234, bom: Bool = false, encoding: TextEncoding = .utf8) -> SourceText {
        SourceText(fileName: fileName, byteCount: byteCount, sha256: sha, encoding: encoding, hadByteOrderMark: bom, lines: [])
    }

    static func block(_ kind: BlockKind, _ text: String, id: String, breaks: [LineBreakMark] = []) -> Block {
        Block(kind: kind, text: text, id: id, sourceLines: 1...1, lineBreaks: breaks)
    }

    static func document(_ divisions: [[Block]], title: String? = "标题", language: String = "zh", repairs: RepairLog = RepairLog()) -> RepairedDocument {
        RepairedDocument(title: title, language: language, divisions: divisions.map(Division.init), repairs: repairs)
    }

    /// A division with one block of every kind, in an order the layout has to work for.
    static let everyKind: [[Block]] = [[
        block(.title, "中华人民共和国和印度共和国联合声明", id: "b1"),
        block(.dateline, "（新华社北京11月1日电）", id: "b2"),
        block(.paragraph, "应中华人民共和国政府邀请，印度共和国外交部长访华。", id: "b3"),
        block(.furniture, "— 3 —", id: "b4"),
        block(.item, "一、双方同意加强合作。", id: "b5"),
        block(.heading, "二、经济合作", id: "b6"),
        block(.paragraph, "双方愿意扩大贸易。", id: "b7"),
        block(.signature, "中华人民共和国外交部长 王毅", id: "b8"),
        block(.signature, "印度共和国外交部长 苏杰生", id: "b9"),
        block(.date, "2022年11月1日", id: "b10"),
    ]]

    static func render(_ document: RepairedDocument, source: SourceText = source(), duplicates: DuplicateReport = .none, options: TEIOptions = options) throws -> TEIOutput {
        try TEIWriter.render(document, source: source, duplicates: duplicates, options: options)
    }

    static func root(_ output: TEIOutput) throws -> ParsedElement {
        let parsed = LibXMLParser.parse(output.bytes)
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        return try #require(parsed.root)
    }

    static func string(_ output: TEIOutput) -> String {
        String(decoding: output.bytes, as: UTF8.self)
    }
}

/// The schemas, compiled once per test process (tei_all takes seconds).
enum Schemas {
    static let quire: RelaxNGValidator? = try? RelaxNGValidator.quire()

    /// tei_all, when `QUIRE_TEI_ALL` names it.
    static let teiAll: RelaxNGValidator? = {
        guard let path = ProcessInfo.processInfo.environment["QUIRE_TEI_ALL"], !path.isEmpty else { return nil }
        return try? RelaxNGValidator(schemaAt: URL(fileURLWithPath: path))
    }()

    static var teiAllConfigured: Bool {
        !(ProcessInfo.processInfo.environment["QUIRE_TEI_ALL"] ?? "").isEmpty
    }

    /// Validates against the bundled schema and records each issue as a test failure.
    static func expectValid(_ output: TEIOutput, against validator: RelaxNGValidator?, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let validator else {
            Issue.record("schema not available", sourceLocation: sourceLocation)
            return
        }
        let issues = validator.validate(bytes: output.bytes)
        #expect(issues.isEmpty, "\(issues)\n\(Fixture.string(output))", sourceLocation: sourceLocation)
    }
}

extension ParsedElement {
    /// All descendant elements named `name`, in document order.
    func all(_ name: String) -> [ParsedElement] {
        elements.flatMap { ($0.name == name ? [$0] : []) + $0.all(name) }
    }

    /// The element whose `xml:id` is `id`.
    func element(id: String) -> ParsedElement? {
        if attributes["xml:id"] == id { return self }
        for child in elements {
            if let found = child.element(id: id) { return found }
        }
        return nil
    }

    /// The path of element names from `self` down to the element with `xml:id` `id`.
    func path(to id: String) -> [String]? {
        if attributes["xml:id"] == id { return [name] }
        for child in elements {
            if let rest = child.path(to: id) { return [name] + rest }
        }
        return nil
    }
}
