import Foundation
import PropertyBased
import Testing
import QuireText
@testable import QuireTEI

/// Each shortcut the writer takes for speed against the slow, obviously right way it replaces.
@Suite("Fast paths agree with the reference")
struct FastPathTests {
    /// Longer than `PropertyTests.text`, so that the eight-byte words of `XMLTextScan` are
    /// exercised at every alignment, with troublesome scalars at word edges.
    static let longText = PropertyTests.scalar.array(of: 0...64).map { String(String.UnicodeScalarView($0)) }

    static func referenceFindings(_ string: String) -> XMLTextScan.Findings {
        var findings: XMLTextScan.Findings = []
        if !string.unicodeScalars.allSatisfy(XMLCharacterFilter.isAllowed) { findings.insert(.forbidden) }
        if string.unicodeScalars.contains(where: { "<>&\"\r\0".unicodeScalars.contains($0) }) { findings.insert(.escapes) }
        return findings
    }

    static func scan(_ string: String) -> XMLTextScan.Findings {
        var copy = string
        return copy.withUTF8 { XMLTextScan.scan($0) }
    }

    @Test func scanFindsWhatScalarsSay() async {
        await propertyCheck(count: 500, input: Self.longText) { text in
            #expect(Self.scan(text) == Self.referenceFindings(text))
        }
    }

    @Test(arguments: ["\u{FFFE}", "\u{FFFF}", "\u{0}", "\u{1F}", "<", "\"", "\r", "，", "\u{FFFD}", "\u{EFFF}", "￥", "\u{FFEE}", "\u{FFBF}", "\u{BFEF}"] as [Unicode.Scalar])
    func scanAtEveryOffset(scalar: Unicode.Scalar) {
        for prefix in 0...50 {  // past two sixteen-byte steps, at every alignment
            let text = String(repeating: "中", count: prefix / 3) + String(repeating: "a", count: prefix % 3) + String(scalar) + "文字"
            #expect(Self.scan(text) == Self.referenceFindings(text), "\(prefix)")
        }
    }

    /// Text written raw must be byte for byte what `xmlTextWriterWriteString` writes.
    @Test func rawTextMatchesLibXMLEscaping() async throws {
        func write(_ texts: [String], escapingAll: Bool) throws -> [UInt8] {
            try DiagnosticCollector.collecting { collector in
                var writer = try XMLTextWriter(sink: LibXMLSink(diagnostics: collector))
                writer.escapesAllText = escapingAll
                try writer.startDocument()
                try writer.startElement("root", mixed: true)
                for text in texts { try writer.text(text) }
                try writer.endElement()
                return try writer.finish()
            }
        }
        await propertyCheck(count: 300, input: Self.longText.array(of: 1...4)) { texts in
            let raw = try write(texts, escapingAll: false)
            let reference = try write(texts, escapingAll: true)
            #expect(raw == reference)
        }
    }

    /// Whole documents with arbitrary texts, ids, duplicate links, file names and versions:
    /// `render` (text written raw where libxml2 would not change it) against libxml2 escaping
    /// every text itself.
    @Test func renderWritesWhatLibXMLEscapingWrites() async throws {
        let reference = Gen<String?>.element(of: ["000.tei.xml", "a b&c.tei.xml", "前.tei.xml", ""]).map { $0! }
        await propertyCheck(count: 200, input: PropertyTests.text, Self.longText, PropertyTests.divisions, Gen<Bool>.bool, reference) { title, fileName, specs, diplomatic, other in
            var counter = 0
            let divisions = specs.map { division in
                division.map { kind, text, offset, cutsWord in
                    counter += 1
                    return Fixture.block(kind, text, id: counter % 4 == 0 ? "é\(counter)" : "b\(counter)", breaks: [LineBreakMark(offset: offset, cutsWord: cutsWord)])
                }
            }
            let ids = divisions.flatMap { $0 }.map(\.id)
            var links: [String: [CrossReference]] = [:]
            for id in ids.prefix(2) { links[id] = [CrossReference(document: other, blockID: id + "\u{C}\"")] }
            let duplicates = DuplicateReport(
                links: links,
                sections: [DuplicateSection(blockIDs: ids, counterpart: other, counterpartBlockIDs: ["x", title], similarity: Double(counter) / 7)],
                exactDuplicateOf: diplomatic ? other : nil)
            let document = Fixture.document(divisions, title: title.isEmpty ? nil : title, language: title)
            let options = TEIOptions(diplomatic: diplomatic, timestamp: Fixture.timestamp, applicationVersion: fileName)
            let source = Fixture.source(fileName, bom: diplomatic)
            let fast = try TEIWriter.render(document, source: source, duplicates: duplicates, options: options)
            let libxml = try TEIWriter.renderThroughLibXML(document, source: source, duplicates: duplicates, options: options, escapingAllText: true)
            #expect(fast == libxml)
        }
    }

    /// Indentation deeper than any fixed run of spaces.
    @Test func deepIndentation() throws {
        let bytes = try DiagnosticCollector.collecting { collector in
            var writer = try XMLTextWriter(sink: LibXMLSink(diagnostics: collector))
            try writer.startDocument()
            for _ in 0..<70 { try writer.startElement("d") }
            try writer.startElement("p", mixed: true)
            try writer.text("x")
            for _ in 0..<71 { try writer.endElement() }
            return try writer.finish()
        }
        #expect(String(decoding: bytes, as: UTF8.self).contains("\n" + String(repeating: " ", count: 140) + "<p>x</p>"))
        #expect(XMLWellFormedness.check(bytes).isEmpty)
    }

    static let asciiName = Gen.unicodeScalar(in: "\u{0}"..."\u{7F}").array(of: 1...6).map { String(String.UnicodeScalarView($0)) }

    @Test func asciiNCNameMatchesLibXML() async {
        await propertyCheck(count: 500, input: Self.asciiName) { name in
            guard !name.unicodeScalars.contains("\0") else { return }
            #expect(LibXML.asciiNCName(name.utf8) == LibXML.libxmlIsNCName(name), "\(Array(name.utf8))")
        }
    }

    @Test(arguments: ["p1", "b12", "_x", "a.b-c", "1p", "-p", ".p", "p 1", "p:1", "p#1", "p\t"])
    func asciiNCNameExamples(name: String) {
        #expect(LibXML.asciiNCName(name.utf8) == LibXML.libxmlIsNCName(name))
    }

    static let versionLike = Gen<Unicode.Scalar?>.element(of: ["0", "1", "9", ".", ".", "-", "a", "+", " "]).map { $0! }
        .array(of: 0...14).map { String(String.UnicodeScalarView($0)) }

    @Test func asciiVersionNumberMatchesCharacterwise() async {
        await propertyCheck(count: 500, input: Self.versionLike) { version in
            #expect(PreparedDocument.asciiVersionNumber(version) == PreparedDocument.characterwiseVersionNumber(version), "\(version)")
        }
    }

    static let tagLike = Gen<Unicode.Scalar?>.element(of: ["z", "h", "H", "-", "-", "1", "9", "_", "@", "`", "[", "{"]).map { $0! }
        .array(of: 0...12).map { String(String.UnicodeScalarView($0)) }

    @Test func asciiLanguageTagMatchesCharacterwise() async {
        await propertyCheck(count: 500, input: Self.tagLike) { tag in
            #expect(PreparedDocument.asciiLanguageTagIsValid(tag) == PreparedDocument.languageTagIsValid(tag), "\(tag)")
        }
    }

    @Test func nonASCIIVersionsAndTagsTakeTheCharacterwisePath() {
        #expect(PreparedDocument.asciiVersionNumber("1\u{301}.2") == nil)
        #expect(PreparedDocument.versionNumber("1\u{301}.2") == PreparedDocument.characterwiseVersionNumber("1\u{301}.2"))
        #expect(PreparedDocument.asciiLanguageTagIsValid("zh-中") == nil)
        #expect(PreparedDocument.languageTag("zh-中") == "und")
    }

    @Test func timestampMatchesFoundation() async {
        await propertyCheck(count: 300, input: Gen.double(in: -1e10...3e11)) { seconds in
            let date = Date(timeIntervalSince1970: seconds)
            #expect(ISO8601Timestamp.string(date) == date.formatted(.iso8601), "\(seconds)")
        }
    }

    @Test(arguments: [0, 0.999, 59.5, 86_399.9, 951_782_400, 1_700_000_000.25, 253_402_300_799.5, 253_402_300_800, -0.5])
    func timestampEdges(seconds: Double) {
        let date = Date(timeIntervalSince1970: seconds)
        #expect(ISO8601Timestamp.string(date) == date.formatted(.iso8601))
    }

    static let idPool: [String] = ["p1", "p2", "K1", "\u{212A}1", "é", "e\u{301}", "h1", "b10", "b1", "_x"]
    static let ids = Gen<String?>.element(of: idPool).map { $0! }.array(of: 0...40)

    /// The byte-keyed id table answers as `Set<String>` does, canonical equivalence included
    /// (the Kelvin sign equals `K`).
    @Test func blockIDSetAgreesWithSet() async {
        await propertyCheck(count: 300, input: Self.ids) { ids in
            var table = BlockIDSet(capacity: 4)
            var set = Set<String>()
            for id in ids {
                let inserted = table.insert(id)
                let reference = set.insert(id).inserted
                #expect(inserted == reference, "\(ids)")
            }
            for id in Self.idPool {
                #expect(table.contains(id) == set.contains(id), "\(ids) \(id)")
            }
        }
        var table = BlockIDSet(capacity: 1)
        var allNew = true
        for number in 0..<1000 { allNew = table.insert("p\(number)") && allNew }
        #expect(allNew)
        let again = table.insert("p999")
        #expect(!again)
        #expect(table.contains("p0") && !table.contains("p1000"))
    }

    static let marks = zip(Gen.int(in: -2...30), Gen<Bool>.bool, Gen<Int>.int(in: 0...3))
        .map { LineBreakMark(offset: $0, cutsWord: $1, startsColumn: $2 == 0) }.array(of: 1...5)

    /// The diplomatic view cut from a clean text's UTF-8 holds what `PreparedDocument.pieces`
    /// cuts from its scalars.
    @Test func diplomaticCutsMatchPieces() async throws {
        await propertyCheck(count: 300, input: Self.longText, Self.marks) { text, marks in
            let block = Fixture.block(.paragraph, text, id: "p1", breaks: marks)
            let output = try Fixture.render(Fixture.document([[block]]), options: DiplomaticTests.diplomatic)
            let p = try #require(try Fixture.root(output).element(id: "p1"))
            var written: [String] = []
            var lastWasText = false
            for child in p.children {
                switch child {
                case .text(let text):
                    // A parser may hand one text over in parts (around a character reference).
                    if lastWasText { written[written.count - 1] += text } else { written.append(text) }
                    lastWasText = true
                case .element(let element):
                    written.append(element.name + (element.attributes["break"] == "no" ? "|no" : "|"))
                    lastWasText = false
                }
            }
            var filter = XMLCharacterFilter()
            let expected = PreparedDocument.pieces(of: text, lineBreaks: marks, diplomatic: true, filter: &filter).flatMap { piece -> [String] in
                switch piece {
                case .text(let text): return text.string.isEmpty ? [] : [text.string]
                case .lineBreak(let cutsWord, let startsColumn):
                    return (startsColumn ? ["cb" + (cutsWord ? "|no" : "|")] : []) + ["lb" + (cutsWord ? "|no" : "|")]
                case .columnBreak: return ["cb|"]
                }
            }
            #expect(written == expected, "\(Array(text.unicodeScalars)) \(marks)")
        }
    }
}
