import PropertyBased
import Testing
@testable import QuireText

/// The word-at-a-time decoding shortcuts against the plain definitions (the decoding
/// behaviour itself is tested end to end in QuireServiceTests).
@Suite("Decoding fast paths agree with the reference")
struct DecodingFastPathTests {
    static let scalar = Gen<Unicode.Scalar>.frequency(
        (4, Gen.unicodeScalar(in: "\u{20}"..."\u{7E}")),
        (2, Gen<Unicode.Scalar?>.element(of: ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}", "\u{C2}", "\u{2027}", "\u{202A}", "“"]).map { $0! }),
        (4, Gen.unicodeScalar(in: "\u{4E00}"..."\u{9FFF}")),
        (1, Gen.unicodeScalar(in: "\u{0}"..."\u{1F}")),
        (1, Gen.unicodeScalar(in: "\u{10000}"..."\u{10FFFF}"))
    )
    static let text = scalar.array(of: 0...80).map { String(String.UnicodeScalarView($0)) }

    /// Lines by the documented rule, scalar by scalar.
    static func referenceLines(_ text: String) -> [String] {
        var lines: [String] = []
        var line = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "\r":
                if scalars.first == "\n" { scalars.removeFirst() }
                fallthrough
            case "\n", "\u{85}", "\u{2028}", "\u{2029}":
                lines.append(String(line))
                line = String.UnicodeScalarView()
            default:
                line.append(scalar)
            }
        }
        if !line.isEmpty { lines.append(String(line)) }
        return lines
    }

    @Test func linesFollowTheRule() async throws {
        await propertyCheck(count: 500, input: Self.text) { text in
            guard BinarySniffer.binaryKind(of: Array(text.utf8)) == nil else { return }
            let decoded = try TextDecoder.decode(bytes: Array(text.utf8), fileName: "x.txt")
            #expect(decoded.lines == Self.referenceLines(text))
        }
    }

    @Test func terminatorsAtEveryOffset() throws {
        for terminator in ["\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}"] {
            for offset in 0...17 {
                let text = String(repeating: "a", count: offset) + terminator + "中文" + terminator
                #expect(try TextDecoder.decode(bytes: Array(text.utf8), fileName: "x.txt").lines == Self.referenceLines(text))
            }
        }
    }

    /// The one-pass validator and splitter against the standard library's validation and the
    /// scalar-by-scalar rule, on bytes that are mostly UTF-8 with damaged, overlong, surrogate
    /// and out-of-range sequences mixed in, and read from every start offset up to four.
    @Test func validatingSplitterMatchesTheStandardLibrary() async {
        let byte = Gen<UInt8>.frequency(
            (4, Gen.uint8(in: 0x20...0x7E)), (1, Gen<UInt8?>.element(of: [0x0A, 0x0D]).map { $0! }),
            (3, Gen.uint8(in: 0x80...0xBF)), (2, Gen.uint8(in: 0xC0...0xFF)),
            (1, Gen<UInt8?>.element(of: [0xC2, 0x85, 0xE2, 0x80, 0xA8, 0xA9, 0xE0, 0xED, 0xF0, 0xF4, 0x9F, 0x90, 0x8F]).map { $0! })
        )
        let bytes = Gen<[UInt8]>.frequency((1, byte.array(of: 0...40)), (1, Self.text.map { Array($0.utf8) }))
        await propertyCheck(count: 2000, input: bytes) { bytes in
            for start in 0...min(4, bytes.count) {
                let lines = LineBuffer(validatingUTF8: bytes, from: start)?.strings
                let reference = String(validating: bytes[start...], as: UTF8.self).map(Self.referenceLines)
                #expect(lines == reference)
            }
        }
    }

    /// The sixteen-byte steps over Chinese (`ThreeByteRun`) against the standard library and
    /// the scalar-by-scalar rule: a run of ideographs, ASCII and CJK punctuation long enough for
    /// several steps, shifted by zero to two ASCII bytes (so that sequences straddle each lane
    /// and step boundary), with one spot put at every byte offset: a terminator (LF, CR, CRLF,
    /// LS, PS, NEL), a lead that has a rule of its own (E0, ED, E2) valid and invalid, a two- and
    /// a four-byte sequence, a lone continuation byte, a lead without its continuations, a byte
    /// no UTF-8 holds; also cut short at every length, and read after a byte-order mark.
    @Test func vectorStepsAgreeAtEveryOffset() {
        let body = Array("中文字符，ab 12。汉字测试 文本处理：数据（五）".utf8)
        let spots: [[UInt8]] = [
            [0x0A], [0x0D], [0x0D, 0x0A], [0xE2, 0x80, 0xA8], [0xE2, 0x80, 0xA9], [0xC2, 0x85],
            [0xE0, 0xA0, 0x80], [0xE0, 0x9F, 0xBF], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xE2, 0x80, 0x9C],
            [0xC3, 0xA9], [0xF0, 0x9F, 0x98, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xE4], [0xE4, 0xB8],
            [0xE4, 0x41, 0x42], [0xC0, 0x80], [0xFF], [0x20], [],
        ]
        func check(_ bytes: [UInt8], from start: Int = 0, _ note: String) {
            let lines = LineBuffer(validatingUTF8: bytes, from: start)?.strings
            let reference = String(validating: bytes[start...], as: UTF8.self).map(Self.referenceLines)
            #expect(lines == reference, "\(note): \(bytes.map { String($0, radix: 16) })")
        }
        for shift in 0...2 {
            let text = Array(repeating: UInt8(ascii: "a"), count: shift) + body + body
            for spot in spots {
                for offset in 0...text.count {
                    check(Array(text[..<offset]) + spot + Array(text[offset...]), "shift \(shift), offset \(offset)")
                }
            }
            for length in 0...text.count { check(Array(text[..<length]), "shift \(shift), cut at \(length)") }
            check([0xEF, 0xBB, 0xBF] + text, from: 3, "after a byte-order mark, shift \(shift)")
        }
    }

    /// The vector count against the byte-at-a-time definition: every length up to three
    /// vectors and a tail, controls at every lane, and inputs past 255 vectors (where the
    /// lanes, which count to 255, are added up and begin again).
    @Test func vectorControlCountsMatchTheDefinition() async {
        func agree(_ bytes: [UInt8]) -> Bool {
            bytes.withUnsafeBufferPointer {
                BinarySniffer.countControls($0) == BinarySniffer.countControlsByteByByte($0)
            }
        }
        for length in 0...50 {
            for lane in 0..<length {
                for control: UInt8 in [0x00, 0x01, 0x09, 0x0A, 0x0C, 0x0D, 0x1F, 0x20, 0x7F, 0x80, 0xFF] {
                    var bytes = [UInt8](repeating: 0x41, count: length)
                    bytes[lane] = control
                    #expect(agree(bytes), "length \(length), lane \(lane), byte \(control)")
                }
            }
        }
        #expect(agree([UInt8](repeating: 0, count: 16 * 600 + 7)))
        #expect(agree([UInt8](repeating: 0x01, count: 16 * 255)))
        #expect(agree([UInt8](repeating: 0x01, count: 16 * 256 + 15)))
        let byte = Gen<UInt8>.frequency((3, Gen.uint8(in: 0x20...0xFF)), (1, Gen.uint8(in: 0...0x1F)))
        await propertyCheck(count: 40, input: byte.array(of: 0...5000)) { bytes in
            #expect(agree(bytes))
        }
    }

    @Test func controlCountsMatchByteByByte() async {
        let bytes = Gen<UInt8>.frequency((6, Gen.uint8(in: 0x20...0xFF)), (1, Gen.uint8(in: 0...0x1F))).array(of: 0...200)
        await propertyCheck(count: 500, input: bytes) { bytes in
            let nul = bytes.filter { $0 == 0 }.count
            let control = bytes.filter { $0 < 0x20 && ![0x09, 0x0A, 0x0D, 0x0C].contains($0) }.count
            var expected: String?
            if nul > 0, nul * 100 >= bytes.count || nul >= 16 { expected = "binary data with NUL bytes" }
            else if control * 10 > bytes.count { expected = "binary data with control characters" }
            let signature = [[0x89, 0x50], [0xFF, 0xD8], [0x1F, 0x8B], [0x7F, 0x45], [0x42, 0x5A], [0xFD, 0x37]].contains { bytes.starts(with: $0) }
            if !signature { #expect(BinarySniffer.binaryKind(of: bytes) == expected) }
        }
    }
}
