/// One pass over UTF-8 text telling what the XML writer has to do with it: drop forbidden
/// characters (`XMLCharacterFilter`) or escape markup characters (`XMLTextWriter.text`).
///
/// Nearly all text needs neither, so the pass looks at sixteen bytes at a time (eight at the
/// end) and only looks at single bytes in a step that holds a candidate (a control character, `"` `&` `<` `>`, or
/// `0xEF 0xBF`, how U+FFFE/U+FFFF begin). A word of only non-ASCII bytes (most CJK text)
/// needs just the `0xEF 0xBF` test. Testing `0xEF` alone, the lead byte of the full-width
/// forms `，` `：` `（` too, sent most words of Chinese prose to the byte-wise test.
enum XMLTextScan {
    struct Findings: OptionSet, Sendable {
        let rawValue: UInt8
        /// A scalar XML 1.0 forbids: C0 controls other than tab, LF and CR; U+FFFE; U+FFFF.
        static let forbidden = Findings(rawValue: 1)
        /// A byte `xmlEncodeSpecialChars` would rewrite (`<` `>` `&` CR, and `"` in some
        /// libxml2 versions), or NUL, where libxml2 would stop reading.
        static let escapes = Findings(rawValue: 2)
    }

    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Findings {
        guard let base = bytes.baseAddress else { return [] }
        let count = bytes.count
        let raw = UnsafeRawPointer(base)
        var findings: UInt8 = 0
        var index = 0
        // Sixteen bytes a step and the byte after them. Most steps of Chinese prose are all
        // non-ASCII with no 0xEF, which one test of two words settles; the others get the SIMD
        // test (0xEF also leads the full-width punctuation, in about a third of the steps).
        while index + 17 <= count {
            let first = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let second = raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
            if first & second & highBits == highBits, equalBytes(first, 0xEF) | equalBytes(second, 0xEF) == 0 {
                index += 16
                continue
            }
            // In SIMD lanes: the integer operations below compile to SSE instructions (Swift's
            // lane comparisons, `.==` and `any`, compiled to loops over the lanes).
            let lanes = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
            let next = raw.loadUnaligned(fromByteOffset: index + 1, as: SIMD16<UInt8>.self)
            if hasCandidate(lanes, next) { findings |= bytewise(bytes, from: index, to: index + 16) }
            index += 16
        }
        while index + 8 <= count {
            // Byte i of the text is byte i of the word, whatever the machine's byte order.
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            if wordHasCandidate(word) { findings |= bytewise(bytes, from: index, to: index + 8) }
            index += 8
        }
        findings |= bytewise(bytes, from: index, to: count)
        return Findings(rawValue: findings)
    }

    /// True when some lane of `lanes` is a control character, `"` `&` `<` `>`, or an 0xEF
    /// followed by 0xBF (the same lane of `next` holds the following byte).
    @inline(__always)
    private static func hasCandidate(_ lanes: SIMD16<UInt8>, _ next: SIMD16<UInt8>) -> Bool {
        let notControl = nonzero(lanes & SIMD16(repeating: 0xE0))
        // `"` and `&` differ only in bit 2, `<` and `>` only in bit 1.
        let notQuoteOrAmpersand = nonzero((lanes | SIMD16(repeating: 0x04)) ^ SIMD16(repeating: 0x26))
        let notAngle = nonzero((lanes | SIMD16(repeating: 0x02)) ^ SIMD16(repeating: 0x3E))
        let notNonCharacter = nonzero(lanes ^ SIMD16(repeating: 0xEF)) | nonzero(next ^ SIMD16(repeating: 0xBF))
        let clean = unsafeBitCast(notControl & notQuoteOrAmpersand & notAngle & notNonCharacter, to: SIMD2<UInt64>.self)
        return clean[0] & clean[1] & highBits != highBits
    }

    /// The high bit of each lane is set exactly where that lane of `x` is not 0.
    @inline(__always)
    private static func nonzero(_ x: SIMD16<UInt8>) -> SIMD16<UInt8> {
        x | (SIMD16<UInt8>() &- x)
    }

    /// True when `word` may hold something the byte-wise test would report.
    @inline(__always)
    private static func wordHasCandidate(_ word: UInt64) -> Bool {
        if word & highBits == highBits { return mayHoldNonCharacter(word) }
        // `"` (0x22) and `&` (0x26) differ only in bit 2, `<` (0x3C) and `>` (0x3E) only in
        // bit 1: setting that bit in every byte makes one test find either (and nothing else).
        return mayHoldNonCharacter(word) || hasByteBelow(word, 0x20) || hasByte(word | lowBits &* 0x04, 0x26)
            || hasByte(word | lowBits &* 0x02, 0x3E)
    }

    /// The exact test of `bytes[start..<end]` (a three-byte U+FFFE/U+FFFF may run past `end`).
    private static func bytewise(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UInt8 {
        var findings: UInt8 = 0
        for index in start..<end {
            switch bytes[index] {
            case 0x09, 0x0A:
                continue
            case 0x00:
                findings |= Findings.forbidden.rawValue | Findings.escapes.rawValue
            case 0x0D, 0x22, 0x26, 0x3C, 0x3E:
                findings |= Findings.escapes.rawValue
            case 0x01...0x1F:
                findings |= Findings.forbidden.rawValue
            case 0xEF:
                // 0xEF is only ever a lead byte in well-formed UTF-8, so this is U+FFFE/U+FFFF.
                if index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE {
                    findings |= Findings.forbidden.rawValue
                }
            default:
                continue
            }
        }
        return findings
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowBits: UInt64 = 0x0101_0101_0101_0101

    /// True when some byte of `word` equals `byte` (exact: the borrow trick can only
    /// misplace which byte, not invent one).
    @inline(__always)
    private static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        let x = word ^ (lowBits &* UInt64(byte))
        return (x &- lowBits) & ~x & highBits != 0
    }

    /// The high bit of each byte of `word` that equals `byte`, and no other (no borrow
    /// crosses bytes: each byte's low seven bits plus 0x7F stay within the byte).
    @inline(__always)
    private static func equalBytes(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (lowBits &* UInt64(byte))
        return ~(((x & ~highBits) &+ (lowBits &* 0x7F)) | x) & highBits
    }

    /// True when `word` holds `0xEF 0xBF` (U+FFE0...U+FFFF, U+FFFE and U+FFFF among them),
    /// or ends in `0xEF`, whose next byte is in the next word. The byte-wise test decides.
    @inline(__always)
    private static func mayHoldNonCharacter(_ word: UInt64) -> Bool {
        let lead = equalBytes(word, 0xEF)
        return (lead << 8) & equalBytes(word, 0xBF) != 0 || lead >> 56 != 0
    }

    /// True when some byte of `word` is below `limit` (`limit` <= 0x80).
    @inline(__always)
    private static func hasByteBelow(_ word: UInt64, _ limit: UInt8) -> Bool {
        (word &- lowBits &* UInt64(limit)) & ~word & highBits != 0
    }
}
