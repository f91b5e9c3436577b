extension LineSplitter {
    /// The lines of `bytes` when they are well-formed UTF-8, else nil: validation and splitting
    /// in one pass, each line copied into its `String` without being validated again.
    ///
    /// Splits exactly as `lines(of:)` does. Validation follows the Unicode table of well-formed
    /// byte sequences (no overlongs, no surrogates, nothing above U+10FFFF), as the standard
    /// library's does; it reads eight ASCII bytes at a time and a CJK character in one step.
    /// Making the whole text a `String` (validated byte by byte, 10 instructions a byte of
    /// Chinese) and then copying out each line by string indices cost twice as much.
    static func lines(validatingUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return [] }
        let count = bytes.count
        let raw = UnsafeRawPointer(base)
        var lines: [String] = []
        // A line every 32 bytes or so, not more than 65,536 up front: grown a doubling at a
        // time, the array of lines was copied a dozen times in a long file.
        lines.reserveCapacity(Swift.min(count / 32 + 1, 1 << 16))
        var lineStart = 0
        var index = 0
        var ascii = true  // the current line so far
        @inline(__always) func endLine(at end: Int, next: Int) {
            lines.append(String(uncheckedUTF8: UnsafeBufferPointer(start: base + lineStart, count: end - lineStart),
                                isASCII: ascii))
            index = next
            lineStart = next
            ascii = true
        }
        @inline(__always) func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
        while index < count {
            if index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0, !hasByte(word, 0x0A), !hasByte(word, 0x0D) {
                    index += 8
                    continue
                }
            }
            let lead = base[index]
            if lead < 0x80 {
                if lead == 0x0A {
                    endLine(at: index, next: index + 1)
                } else if lead == 0x0D {
                    endLine(at: index, next: index + 1 < count && base[index + 1] == 0x0A ? index + 2 : index + 1)
                } else {
                    index += 1
                }
                continue
            }
            if lead < 0xC2 { return nil }
            if lead < 0xE0 {
                guard index + 1 < count else { return nil }
                let b1 = base[index + 1]
                guard isContinuation(b1) else { return nil }
                if lead == 0xC2 && b1 == 0x85 { endLine(at: index, next: index + 2); continue }  // NEL
                ascii = false
                index += 2
                continue
            }
            if lead < 0xF0 {
                // Three-byte sequences (all of Chinese) back to back in one tight loop: only
                // E0 and ED restrict their second byte, only E2 can start a terminator.
                var i = index
                while true {
                    guard i + 2 < count else { return nil }
                    let b1 = base[i + 1], b2 = base[i + 2]
                    guard isContinuation(b1), isContinuation(b2) else { return nil }
                    let l = base[i]
                    if l == 0xE0 || l == 0xED || l == 0xE2 {
                        if l == 0xE0 && b1 < 0xA0 { return nil }
                        if l == 0xED && b1 > 0x9F { return nil }
                        if l == 0xE2 && b1 == 0x80 && (b2 == 0xA8 || b2 == 0xA9) { break }  // LS, PS
                    }
                    i += 3
                    guard i < count else { break }
                    let next = base[i]
                    guard next >= 0xE0 && next < 0xF0 else { break }
                }
                if i > index { ascii = false }
                if i + 2 < count, base[i] == 0xE2, base[i + 1] == 0x80, base[i + 2] == 0xA8 || base[i + 2] == 0xA9 {
                    endLine(at: i, next: i + 3)
                    continue
                }
                index = i
                continue
            }
            guard lead <= 0xF4, index + 3 < count else { return nil }
            let b1 = base[index + 1]
            let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80, high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
            guard b1 >= low, b1 <= high, isContinuation(base[index + 2]), isContinuation(base[index + 3]) else { return nil }
            ascii = false
            index += 4
        }
        if lineStart < count {
            lines.append(String(uncheckedUTF8: UnsafeBufferPointer(start: base + lineStart, count: count - lineStart),
                                isASCII: ascii))
        }
        return lines
    }
}
