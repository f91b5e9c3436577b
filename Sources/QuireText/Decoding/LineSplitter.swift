/// Splits text into lines at every newline convention Quire accepts.
enum LineSplitter {
    /// Lines without their terminators. CR, LF, CRLF, NEL (U+0085), LINE SEPARATOR (U+2028) and
    /// PARAGRAPH SEPARATOR (U+2029) each end a line; a final terminator does not start an
    /// extra empty line. Linear in the input, with one String allocated per line.
    ///
    /// Each line is a copy of a slice of `text`, which Swift makes without validating the
    /// UTF-8 again (the whole text was validated once); terminators are found eight bytes at
    /// a time, since a word holding none of their lead bytes (`0x0A`, `0x0D`, `0xC2`, `0xE2`)
    /// cannot hold a terminator.
    static func lines(of text: String) -> [String] {
        let utf8 = text.utf8
        var lines: [String] = []
        let found: Void? = utf8.withContiguousStorageIfAvailable { buffer in
            // An ASCII line is fastest through String(decoding:) (its ASCII check is the
            // whole validation); a slice of `text` needs no validation but index alignment.
            func emit(_ start: Int, _ end: Int, ascii: Bool) {
                if ascii {
                    lines.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self))
                } else {
                    let from = utf8.index(utf8.startIndex, offsetBy: start)
                    lines.append(String(text[from..<utf8.index(from, offsetBy: end - start)]))
                }
            }
            var lineStart = 0
            var index = 0
            var seen: UInt64 = 0  // the bytes of the current line OR-ed: bit 7 set if not ASCII
            let count = buffer.count
            let raw = UnsafeRawBufferPointer(buffer)
            while index < count {
                if index + 8 <= count, index & 7 == 0 {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    if !hasByte(word, 0x0A), !hasByte(word, 0x0D), !hasByte(word, 0xC2), !hasByte(word, 0xE2) {
                        seen |= word
                        index += 8
                        continue
                    }
                }
                let length = terminatorLength(buffer, at: index)
                if length > 0 {
                    emit(lineStart, index, ascii: seen & 0x8080_8080_8080_8080 == 0)
                    index += length
                    lineStart = index
                    seen = 0
                } else {
                    seen |= UInt64(buffer[index])
                    index += 1
                }
            }
            if lineStart < count { emit(lineStart, count, ascii: seen & 0x8080_8080_8080_8080 == 0) }
        }
        if found == nil {
            // Not contiguous UTF-8 (never for a String made from bytes); split a native copy.
            var native = text
            native.makeContiguousUTF8()
            return self.lines(of: native)
        }
        return lines
    }

    /// Bytes of the line terminator starting at `index`, or 0.
    @inline(__always)
    private static func terminatorLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let count = buffer.count
        switch buffer[index] {
        case 0x0A:
            return 1
        case 0x0D:
            return index + 1 < count && buffer[index + 1] == 0x0A ? 2 : 1
        case 0xC2:
            return index + 1 < count && buffer[index + 1] == 0x85 ? 2 : 0
        case 0xE2:
            return index + 2 < count && buffer[index + 1] == 0x80 && (buffer[index + 2] == 0xA8 || buffer[index + 2] == 0xA9) ? 3 : 0
        default:
            return 0
        }
    }

    /// True when some byte of `word` equals `byte`.
    @inline(__always)
    static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        let lowBits: UInt64 = 0x0101_0101_0101_0101
        let x = word ^ (lowBits &* UInt64(byte))
        return (x &- lowBits) & ~x & 0x8080_8080_8080_8080 != 0
    }
}
