import Crypto

/// Turns the raw bytes of an input into `SourceText`: the first stage of the pipeline.
///
/// Detection order: a byte-order mark wins; then binary data is refused; then valid UTF-8 is
/// UTF-8; otherwise GB18030 and Big5 are both tried and the more plausible Chinese wins. A forced
/// encoding skips detection but not validation: undecodable bytes are always an error with their
/// offset, never silently replaced, so that no output is written from a misread input.
public enum TextDecoder {
    public static func decode(bytes: [UInt8], fileName: String, forcedEncoding: TextEncoding? = nil) throws(DecodingError) -> SourceText {
        let (encoding, bomLength, lines) = try decodeToLines(bytes, fileName: fileName, forcedEncoding: forcedEncoding)
        return SourceText(
            fileName: fileName,
            byteCount: bytes.count,
            sha256: sha256Hex(bytes),
            encoding: encoding,
            hadByteOrderMark: bomLength > 0,
            text: lines
        )
    }

    /// Lower-case hex SHA-256, the identity of an input in the TEI header and the duplicate index.
    public static func sha256Hex(_ bytes: [UInt8]) -> String {
        let hexDigits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            hex.append(hexDigits[Int(byte >> 4)])
            hex.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    private static func byteOrderMark(_ bytes: [UInt8]) -> (TextEncoding, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LE, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BE, 2) }
        return nil
    }

    /// The encoding, the length of the byte-order mark, and the lines. UTF-8 input is validated
    /// once, in the pass that splits it into lines, and is its own line buffer.
    private static func decodeToLines(
        _ bytes: [UInt8], fileName: String, forcedEncoding: TextEncoding?
    ) throws(DecodingError) -> (TextEncoding, Int, LineBuffer) {
        let bom = byteOrderMark(bytes)
        let encoding = forcedEncoding ?? bom?.0
        // A BOM only counts when it belongs to the encoding in use (a forced GB18030 file
        // cannot start with a UTF-16 BOM that means anything).
        let bomLength = bom.flatMap { $0.0 == encoding ? $0.1 : nil } ?? 0
        let isUTF16 = encoding == .utf16LE || encoding == .utf16BE
        if !isUTF16, let kind = BinarySniffer.binaryKind(of: bytes) {
            throw .notText(fileName: fileName, kind: kind)
        }
        if let encoding {
            return (encoding, bomLength, try convert(bytes, from: encoding, skipping: bomLength, fileName: fileName))
        }
        if let lines = LineBuffer(validatingUTF8: bytes) {
            // A short GBK or Big5 file can be valid UTF-8 by accident (`通知` is CD A8 D6 AA,
            // which UTF-8 reads as a combining mark and a Hebrew accent): where it holds no
            // letter and no three-byte sequence, and reads as a jumble of scripts that no text
            // is written in, Chinese that is nearly all frequent characters wins.
            if mayBeMisreadChinese(bytes), readsAsMixedScripts(bytes),
               let chinese = mostPlausibleChinese(bytes), chinese.score >= 0.9 {
                return (chinese.encoding, 0, LineBuffer(convertedUTF8: chinese.utf8))
            }
            return (.utf8, 0, lines)
        }
        let (detected, utf8) = try detectChinese(bytes, fileName: fileName)
        return (detected, 0, LineBuffer(convertedUTF8: utf8))
    }

    /// Valid UTF-8 that may be a legacy Chinese encoding read wrongly: non-ASCII bytes, none
    /// leading a three- or four-byte sequence (UTF-8 Chinese is made of those), and no ASCII
    /// letter (Latin text in UTF-8). Answered at the first such byte in nearly every file.
    static func mayBeMisreadChinese(_ bytes: [UInt8]) -> Bool {
        var nonASCII = false
        for byte in bytes {
            if byte >= 0xE0 { return false }
            if (byte | 0x20) &- 0x61 < 26 { return false }
            if byte >= 0xC0 { nonASCII = true }
        }
        return nonASCII
    }

    private static func convert(
        _ bytes: [UInt8], from encoding: TextEncoding, skipping bomLength: Int, fileName: String
    ) throws(DecodingError) -> LineBuffer {
        let result: Result<[UInt8], IconvConverter.Failure>
        switch encoding {
        case .utf8:
            if let lines = LineBuffer(validatingUTF8: bytes, from: bomLength) { return lines }
            let offset = UTF8Scan(Array(bytes[bomLength...])).firstInvalidOffset ?? 0
            throw .invalidBytes(fileName: fileName, encoding: .utf8, byteOffset: offset + bomLength)
        case .utf16LE, .utf16BE:
            result = UTF16Transcoder.utf8(from: bytes, startingAt: bomLength, bigEndian: encoding == .utf16BE)
        case .gb18030, .big5:
            guard let converter = IconvConverter(from: encoding.iconvName) else {
                throw .converterUnavailable(fileName: fileName, encoding: encoding)
            }
            result = converter.convert(bytes)
        }
        switch result {
        case .success(let utf8): return LineBuffer(convertedUTF8: utf8)
        case .failure(let failure):
            throw .invalidBytes(fileName: fileName, encoding: encoding, byteOffset: failure.byteOffset)
        }
    }

    private static func detectChinese(_ bytes: [UInt8], fileName: String) throws(DecodingError) -> (TextEncoding, [UInt8]) {
        let scan = UTF8Scan(bytes)
        let firstInvalid = scan.firstInvalidOffset ?? 0
        if scan.looksLikeDamagedUTF8 {
            throw .invalidBytes(fileName: fileName, encoding: .utf8, byteOffset: firstInvalid)
        }
        // Less than a third frequent characters is mojibake, not Chinese.
        guard let best = mostPlausibleChinese(bytes), best.score >= 0.33 else {
            throw .undetectable(fileName: fileName, firstInvalidUTF8Offset: firstInvalid)
        }
        return (best.encoding, best.utf8)
    }

    /// The valid UTF-8 `bytes` read as something no text is: a combining mark with no letter
    /// before it, or letters of two of the scripts two-byte UTF-8 holds (Greek, Cyrillic,
    /// Armenian, Hebrew, Arabic, Syriac, Thaana, N'Ko). Greek or Russian text is one script.
    static func readsAsMixedScripts(_ bytes: [UInt8]) -> Bool {
        var script = 0
        var afterLetter = false
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            let v = scalar.value
            guard v >= 0x80 else { afterLetter = (v | 0x20) &- 0x61 < 26; continue }
            if (0x300...0x36F).contains(v) {
                if !afterLetter { return true }
                continue
            }
            let here: Int
            switch v {
            case 0x370...0x3FF: here = 1
            case 0x400...0x52F: here = 2
            case 0x530...0x58F: here = 3
            case 0x590...0x5FF: here = 4
            case 0x600...0x6FF, 0x750...0x77F: here = 5
            case 0x700...0x74F: here = 6
            case 0x780...0x7BF: here = 7
            case 0x7C0...0x7FF: here = 8
            default: here = 0
            }
            if here != 0 {
                if script != 0 && script != here { return true }
                script = here
            }
            afterLetter = scalar.properties.isAlphabetic
        }
        return false
    }

    /// GB18030 or Big5, whichever decodes the bytes into the more plausible Chinese.
    private static func mostPlausibleChinese(_ bytes: [UInt8]) -> (encoding: TextEncoding, utf8: [UInt8], score: Double)? {
        var best: (encoding: TextEncoding, utf8: [UInt8], score: Double)?
        for encoding in [TextEncoding.gb18030, .big5] {
            guard let converter = IconvConverter(from: encoding.iconvName),
                  case .success(let utf8) = converter.convert(bytes) else { continue }
            let score = ChinesePlausibility.score(utf8: utf8)
            if best == nil || score > best!.score { best = (encoding, utf8, score) }
        }
        return best
    }
}
