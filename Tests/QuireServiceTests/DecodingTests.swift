import Foundation
import Testing
import QuireText

@Suite("Decoding")
struct DecodingTests {
    /// The reference: the UTF-8 sample split by Foundation, independently of `TextDecoder`.
    static func referenceLines(_ name: String) throws -> [String] {
        let text = try String(contentsOf: Fixtures.url(name), encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    @Test(arguments: [
        ("sample-utf8.txt", TextEncoding.utf8, false),
        ("sample-utf8-bom.txt", .utf8, true),
        ("sample-gb18030.txt", .gb18030, false),
        ("sample-utf16le-bom.txt", .utf16LE, true),
        ("sample-utf16be-bom.txt", .utf16BE, true),
    ])
    func samplesInEveryEncodingGiveTheSameLines(name: String, encoding: TextEncoding, bom: Bool) throws {
        let decoded = try TextDecoder.decode(bytes: Fixtures.bytes(name), fileName: name)
        #expect(decoded.encoding == encoding)
        #expect(decoded.hadByteOrderMark == bom)
        #expect(decoded.lines == (try Self.referenceLines("sample-utf8.txt")))
        #expect(decoded.fileName == name)
        #expect(decoded.byteCount == (try Fixtures.bytes(name)).count)
    }

    @Test(arguments: [("traditional-big5.txt", TextEncoding.big5), ("traditional-gb18030.txt", .gb18030)])
    func traditionalChineseIsDetectedInBig5AndGB18030(name: String, encoding: TextEncoding) throws {
        let decoded = try TextDecoder.decode(bytes: Fixtures.bytes(name), fileName: name)
        #expect(decoded.encoding == encoding)
        #expect(decoded.lines == (try Self.referenceLines("traditional-utf8.txt")))
    }

    /// Big5's circled numbers (`①` is C6 A1, an ETEN extension most Big5 files hold) decode as
    /// themselves, not as private-use characters that look blank.
    @Test func big5CircledNumbersDecode() throws {
        // 孤舟夜泊① in Big5: A9 74 A6 E0 A9 5D AA 79 C6 A1.
        let decoded = try TextDecoder.decode(bytes: [0xA9, 0x74, 0xA6, 0xE0, 0xA9, 0x5D, 0xAA, 0x79, 0xC6, 0xA1, 0x0A],
                                             fileName: "notes.txt", forcedEncoding: .big5)
        #expect(decoded.lines.first?.hasSuffix("①") == true)
    }

    /// A short GBK or Big5 file that happens to be valid UTF-8 (`通知` in GBK is CD A8 D6 AA,
    /// a combining mark and a Hebrew accent in UTF-8) is read as Chinese; UTF-8 text in one
    /// script of two-byte letters (Greek, Russian) or with Latin letters stays UTF-8.
    @Test(arguments: [
        ([0xCD, 0xA8, 0xD6, 0xAA, 0x0A], TextEncoding.gb18030, "通知"),
        ([0xCD, 0xA8, 0xD6, 0xAA], .gb18030, "通知"),
        (Array("Καλημέρα κόσμε, σήμερα\n".utf8), .utf8, "Καλημέρα κόσμε, σήμερα"),
        (Array("Привет, мир. Сегодня\n".utf8), .utf8, "Привет, мир. Сегодня"),
        (Array("éé\n".utf8), .utf8, "éé"),
        (Array("café\n".utf8), .utf8, "café"),
    ] as [([UInt8], TextEncoding, String)])
    func shortLegacyChineseThatIsValidUTF8IsReadAsChinese(bytes: [UInt8], encoding: TextEncoding, line: String) throws {
        let decoded = try TextDecoder.decode(bytes: bytes, fileName: "short.txt")
        #expect(decoded.encoding == encoding)
        #expect(decoded.lines.first == line)
    }

    @Test func forcedEncodingOverridesDetection() throws {
        let bytes = try Fixtures.bytes("traditional-big5.txt")
        let forced = try TextDecoder.decode(bytes: bytes, fileName: "t.txt", forcedEncoding: .gb18030)
        #expect(forced.encoding == .gb18030)
        #expect(forced.lines != (try Self.referenceLines("traditional-utf8.txt")))
    }

    @Test func sha256IsOfTheRawBytes() throws {
        // Expected value from `sha256sum Tests/QuireServiceTests/Fixtures/sample-utf8.txt`.
        let decoded = try TextDecoder.decode(bytes: Fixtures.bytes("sample-utf8.txt"), fileName: "s")
        #expect(decoded.sha256 == "019de1d57798ada55f0e08d2baa184e5bad51f99f6afeb453acff844fc9f82d1")
    }

    @Test func damagedUTF8IsReportedAtItsOffsetNotMisreadAsGB18030() throws {
        let bytes = try Fixtures.bytes("damaged-utf8.txt")
        let offset = try #require(bytes.firstIndex(of: 0xFF))
        #expect(throws: DecodingError.invalidBytes(fileName: "d.txt", encoding: .utf8, byteOffset: offset)) {
            try TextDecoder.decode(bytes: bytes, fileName: "d.txt")
        }
        let error = DecodingError.invalidBytes(fileName: "d.txt", encoding: .utf8, byteOffset: offset)
        #expect(error.description == "d.txt: invalid UTF-8 at byte \(offset)")
    }

    @Test func unsupportedEncodingIsAnErrorWithTheFirstBadOffset() throws {
        let bytes = try Fixtures.bytes("latin1.txt")
        let offset = try #require(bytes.firstIndex { $0 >= 0x80 })
        #expect(throws: DecodingError.undetectable(fileName: "l.txt", firstInvalidUTF8Offset: offset)) {
            try TextDecoder.decode(bytes: bytes, fileName: "l.txt")
        }
    }

    @Test func forcedUTF8ReportsTheOffsetOfTheFirstBadByte() {
        let bytes = Array("第一行\n第二行".utf8) + [0xC3, 0x28]
        #expect(throws: DecodingError.invalidBytes(fileName: "f", encoding: .utf8, byteOffset: bytes.count - 2)) {
            try TextDecoder.decode(bytes: bytes, fileName: "f", forcedEncoding: .utf8)
        }
    }

    @Test func truncatedGB18030IsAnErrorAtTheCutCharacter() throws {
        let bytes = try Fixtures.bytes("sample-gb18030.txt")
        // Cut in the middle of a two-byte character: keep its lead byte only.
        var cut = 100
        while bytes[cut] < 0x81 { cut += 1 }
        let truncated = Array(bytes[..<(cut + 1)])
        #expect(throws: DecodingError.invalidBytes(fileName: "g", encoding: .gb18030, byteOffset: cut)) {
            try TextDecoder.decode(bytes: truncated, fileName: "g", forcedEncoding: .gb18030)
        }
    }

    @Test func loneSurrogateInUTF16IsAnError() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00]
        #expect(throws: DecodingError.invalidBytes(fileName: "u", encoding: .utf16LE, byteOffset: 4)) {
            try TextDecoder.decode(bytes: bytes, fileName: "u")
        }
    }

    @Test func pngIsNotText() throws {
        let error = #expect(throws: DecodingError.self) {
            try TextDecoder.decode(bytes: Fixtures.bytes("image.png"), fileName: "image.png")
        }
        #expect(error?.reason == "not text (PNG image)")
    }

    @Test func nulFilledDataIsNotText() {
        let bytes = [UInt8](repeating: 0, count: 64) + Array("abc".utf8)
        #expect(throws: DecodingError.notText(fileName: "b", kind: "binary data with NUL bytes")) {
            try TextDecoder.decode(bytes: bytes, fileName: "b")
        }
    }

    @Test func emptyInputHasNoLines() throws {
        let decoded = try TextDecoder.decode(bytes: [], fileName: "empty.txt")
        #expect(decoded.lines.isEmpty)
        #expect(decoded.encoding == .utf8)
        #expect(decoded.byteCount == 0)
    }

    @Test(arguments: ["utf-8", "UTF8", "utf-16le", "UTF-16BE", "gb18030", "GBK", "gb2312", "Big5"])
    func encodingNamesAreAccepted(name: String) {
        #expect(TextEncoding(name: name) != nil)
    }

    @Test func unknownEncodingNameIsRejected() {
        #expect(TextEncoding(name: "latin-1") == nil)
    }

    @Test func fiftyMegabyteSingleLineDecodes() throws {
        let line = [UInt8](repeating: UInt8(ascii: "a"), count: 50 << 20)
        let decoded = try TextDecoder.decode(bytes: line + [0x0A], fileName: "big")
        #expect(decoded.lines.count == 1)
        #expect(decoded.lines[0].utf8.count == 50 << 20)
    }
}
