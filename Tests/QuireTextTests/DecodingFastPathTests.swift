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
