/// Splits well-formed UTF-8 into lines at every newline convention Quire accepts.
enum LineSplitter {
    /// Lines without their terminators. CR, LF, CRLF, NEL (U+0085), LINE SEPARATOR (U+2028) and
    /// PARAGRAPH SEPARATOR (U+2029) each end a line; a final terminator does not start an
    /// extra empty line. Linear in the input, with one String allocated per line.
    static func lines(ofUTF8 bytes: [UInt8]) -> [String] {
        var lines: [String] = []
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var lineStart = 0
            var index = 0
            func emit(_ end: Int) {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[lineStart..<end]), as: UTF8.self))
            }
            while index < count {
                let byte = buffer[index]
                var terminatorLength = 0
                if byte == 0x0A {
                    terminatorLength = 1
                } else if byte == 0x0D {
                    terminatorLength = index + 1 < count && buffer[index + 1] == 0x0A ? 2 : 1
                } else if byte == 0xC2, index + 1 < count, buffer[index + 1] == 0x85 {
                    terminatorLength = 2
                } else if byte == 0xE2, index + 2 < count, buffer[index + 1] == 0x80,
                          buffer[index + 2] == 0xA8 || buffer[index + 2] == 0xA9 {
                    terminatorLength = 3
                }
                if terminatorLength > 0 {
                    emit(index)
                    index += terminatorLength
                    lineStart = index
                } else {
                    index += 1
                }
            }
            if lineStart < count { emit(count) }
        }
        return lines
    }
}
