/// UTF-16 to UTF-8 in one pass, strict about the errors iconv would paper over.
enum UTF16Transcoder {
    /// Transcodes `bytes[start...]`; on failure returns the offset of the first bad code unit.
    static func utf8(from bytes: [UInt8], startingAt start: Int, bigEndian: Bool) -> Result<[UInt8], IconvConverter.Failure> {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count - start) * 3 / 2)
        var index = start
        func unit(at offset: Int) -> UInt32 {
            bigEndian
                ? UInt32(bytes[offset]) << 8 | UInt32(bytes[offset + 1])
                : UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset])
        }
        while index + 1 < bytes.count {
            let first = unit(at: index)
            var scalar = first
            var width = 2
            switch first {
            case 0xD800...0xDBFF:
                guard index + 3 < bytes.count else { return .failure(.init(byteOffset: index)) }
                let second = unit(at: index + 2)
                guard (0xDC00...0xDFFF).contains(second) else { return .failure(.init(byteOffset: index)) }
                scalar = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                width = 4
            case 0xDC00...0xDFFF:
                return .failure(.init(byteOffset: index))
            default:
                break
            }
            appendUTF8(scalar, to: &output)
            index += width
        }
        if index < bytes.count { return .failure(.init(byteOffset: index)) }  // odd trailing byte
        return .success(output)
    }

    private static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | scalar >> 6))
            output.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | scalar >> 12))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        default:
            output.append(UInt8(0xF0 | scalar >> 18))
            output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}
