import PropertyBased
import Testing
import QuireText

@Suite("Line ends")
struct LineSplittingTests {
    @Test(arguments: ["\n", "\r", "\r\n", "\u{2028}", "\u{2029}", "\u{85}"])
    func everyNewlineConventionEndsALine(newline: String) throws {
        let text = ["第一行", "second line", "", "第四行"].joined(separator: newline) + newline
        let decoded = try TextDecoder.decode(bytes: Array(text.utf8), fileName: "n")
        #expect(decoded.lines == ["第一行", "second line", "", "第四行"])
    }

    @Test func mixedNewlinesInOneFile() throws {
        let decoded = try TextDecoder.decode(bytes: Array("a\r\nb\rc\nd\u{2028}e".utf8), fileName: "m")
        #expect(decoded.lines == ["a", "b", "c", "d", "e"])
    }

    @Test func formFeedIsKeptForTheTEIWriterToDrop() throws {
        let decoded = try TextDecoder.decode(bytes: Array("a\u{C}b\n".utf8), fileName: "f")
        #expect(decoded.lines == ["a\u{C}b"])
    }

    static let lineScalar = Gen<Unicode.Scalar>.frequency(
        (3, Gen.unicodeScalar(in: "\u{20}"..."\u{7E}")),
        (3, Gen.unicodeScalar(in: "\u{4E00}"..."\u{9FFF}")),
        (1, Gen.unicodeScalar(in: "\u{10000}"..."\u{1FFFF}"))
    )
    static let lines = lineScalar.array(of: 0...12).map { String(String.UnicodeScalarView($0)) }.array(of: 0...8)
    static let newline = Gen<String?>.element(of: ["\n", "\r\n", "\r", "\u{2028}"]).map { $0! }

    /// Joining lines (free of newline characters) with any convention and decoding gives the
    /// lines back, from UTF-8 and from UTF-16 with a BOM alike.
    @Test func joinedLinesRoundTrip() async {
        await propertyCheck(count: 200, input: Self.lines, Self.newline) { lines, newline in
            let text = lines.map { $0 + newline }.joined()
            let fromUTF8 = try? TextDecoder.decode(bytes: Array(text.utf8), fileName: "p")
            #expect(fromUTF8?.lines == lines)
            let utf16: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
            let fromUTF16 = try? TextDecoder.decode(bytes: utf16, fileName: "p")
            #expect(fromUTF16?.lines == lines)
        }
    }
}
