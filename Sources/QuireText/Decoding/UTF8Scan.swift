/// What a UTF-8 validity scan found, for telling "UTF-8 with a bad byte" from "another encoding".
struct UTF8Scan {
    /// Offset of the first byte that starts an invalid sequence, if any.
    var firstInvalidOffset: Int?
    /// Number of invalid sequences (each counted once, then scanning resumes at the next byte).
    var invalidCount = 0
    /// Number of valid two-, three- and four-byte sequences.
    var validMultibyteCount = 0

    /// True when the input is almost all well-formed UTF-8 with a few damaged spots: a GB18030
    /// or Big5 text trips over invalid sequences every few characters, a damaged UTF-8 file
    /// only here and there. Reporting the UTF-8 error is then more useful than a mis-decode.
    var looksLikeDamagedUTF8: Bool {
        validMultibyteCount >= 8 && invalidCount * 50 <= validMultibyteCount
    }

    /// One linear pass following the Unicode 15 table of well-formed UTF-8 byte sequences
    /// (no overlongs, no surrogates, nothing above U+10FFFF).
    init(_ bytes: [UInt8]) {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length = Self.validSequenceLength(bytes, at: index, lead: lead)
            if length > 0 {
                validMultibyteCount += 1
                index += length
            } else {
                if firstInvalidOffset == nil { firstInvalidOffset = index }
                invalidCount += 1
                index += 1
            }
        }
    }

    private static func validSequenceLength(_ bytes: [UInt8], at index: Int, lead: UInt8) -> Int {
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index + offset < bytes.count && range.contains(bytes[index + offset])
        }
        switch lead {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : 0
        case 0xE0:
            return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(1) && continuation(2) ? 3 : 0
        case 0xED:
            return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
        case 0xF0:
            return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3:
            return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4:
            return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default:
            return 0
        }
    }
}
