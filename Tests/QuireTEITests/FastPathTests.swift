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

    @Test(arguments: ["\u{FFFE}", "\u{FFFF}", "\u{0}", "\u{1F}", "<", "\"", "\r", "，", "\u{FFFD}", "\u{EFFF}"] as [Unicode.Scalar])
    func scanAtEveryOffset(scalar: Unicode.Scalar) {
        for prefix in 0...17 {
            let text = String(repeating: "中", count: prefix / 3) + String(repeating: "a", count: prefix % 3) + String(scalar) + "文字"
            #expect(Self.scan(text) == Self.referenceFindings(text), "\(prefix)")
        }
    }

    /// Text written raw must be byte for byte what `xmlTextWriterWriteString` writes.
    @Test func rawTextMatchesLibXMLEscaping() async throws {
        func write(_ texts: [String], throughLibXML: Bool) throws -> [UInt8] {
            try DiagnosticCollector.collecting { collector in
                let writer = try XMLTextWriter(diagnostics: collector)
                writer.escapesWithLibXML = throughLibXML
                try writer.startDocument()
                try writer.startElement("root", mixed: true)
                for text in texts { try writer.text(text) }
                try writer.endElement()
                return try writer.finish()
            }
        }
        await propertyCheck(count: 300, input: Self.longText.array(of: 1...4)) { texts in
            let raw = try write(texts, throughLibXML: false)
            let reference = try write(texts, throughLibXML: true)
            #expect(raw == reference)
        }
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
}
