/// Splits text into lines at every newline convention Quire accepts.
enum LineSplitter {
    /// Where the lines of `bytes[start...]` lie, without their terminators, when those bytes
    /// are well-formed UTF-8, else nil: validation and splitting in one pass, and no line copied.
    ///
    /// CR, LF, CRLF, NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029) each
    /// end a line; a final terminator does not start an extra empty line. Validation follows the
    /// Unicode table of well-formed byte sequences (no overlongs, no surrogates, nothing above
    /// U+10FFFF), as the standard library's does. It reads eight ASCII bytes at a time and a
    /// CJK character (three bytes) in one four-byte load.
    static func spans(validatingUTF8 bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> [Range<Int>]? {
        guard let base = bytes.baseAddress, bytes.count > start else { return [] }
        let count = bytes.count
        let raw = UnsafeRawPointer(base)
        var spans: [Range<Int>] = []
        // A line every 32 bytes or so, not more than 65,536 up front: grown a doubling at a
        // time, the array of lines was copied a dozen times in a long file.
        spans.reserveCapacity(Swift.min((count - start) / 32 + 1, 1 << 16))
        var lineStart = start
        var index = start
        let threeByteRun = ThreeByteRun()
        // A line ends with `spans.append(lineStart..<end)` written out at each terminator: as a
        // nested function capturing `spans`, each append paid a dynamic exclusivity check
        // (swift_beginAccess and swift_endAccess, 120 instructions a line).
        @inline(__always) func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
        while index < count {
            if index &+ 8 <= count {  // indices stay below the count: no overflow checks
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0, !hasByte(word, 0x0A), !hasByte(word, 0x0D) {
                    index &+= 8
                    continue
                }
            }
            let lead = base[index]
            if lead < 0x80 {
                if lead == 0x0A {
                    spans.append(lineStart..<index)
                    index += 1
                    lineStart = index
                } else if lead == 0x0D {
                    spans.append(lineStart..<index)
                    index += index + 1 < count && base[index + 1] == 0x0A ? 2 : 1
                    lineStart = index
                } else {
                    // The rest of a run of ASCII (digits and spaces amid Chinese) in a loop of
                    // its own, not a byte at a time through the word test above.
                    index &+= 1
                    while index < count {
                        let byte = base[index]
                        guard byte < 0x80, byte != 0x0A, byte != 0x0D else { break }
                        index &+= 1
                    }
                }
                continue
            }
            if lead < 0xC2 { return nil }
            if lead < 0xE0 {
                guard index + 1 < count else { return nil }
                let b1 = base[index + 1]
                guard isContinuation(b1) else { return nil }
                if lead == 0xC2 && b1 == 0x85 { spans.append(lineStart..<index); lineStart = index + 2 }  // NEL
                index += 2
                continue
            }
            if lead < 0xF0 {
                // Sixteen bytes a step across ideographs, CJK punctuation and the ASCII between
                // them, up to the line's end (`ThreeByteRun`); what it leaves, one at a time.
                if index &- 2 >= start {
                    let end = threeByteRun.validEnd(raw, from: index, count: count)
                    if end > index {
                        index = end
                        continue
                    }
                }
                // Three-byte sequences (all of Chinese) back to back, one little-endian load each:
                // a lead E0-EF and two continuation bytes. Only E0 and ED restrict their second
                // byte, only E2 can start a terminator: the other leads (the ideographs, and the
                // CJK and full-width punctuation) need no further test. The three are told by a
                // bit each in a mask (a range test also caught EF, the full-width comma, and
                // mispredicted on it).
                var i = index
                // The last index a four-byte load may start at, computed once (the bound asked as
                // `i + 4 <= count` cost three instructions a character more).
                let lastLoad = count &- 4
                while i <= lastLoad {  // indices stay below the count: no overflow checks
                    let w = raw.loadUnaligned(fromByteOffset: i, as: UInt32.self).littleEndian
                    guard w & 0x00C0_C0F0 == 0x0080_80E0 else { break }
                    let l = UInt8(truncatingIfNeeded: w)
                    let restricted: UInt32 = 1 << 0x0 | 1 << 0x2 | 1 << 0xD  // E0, E2, ED
                    if restricted >> (w & 0x0F) & 1 != 0 {
                        let b1 = UInt8(truncatingIfNeeded: w >> 8)
                        if l == 0xE0 && b1 < 0xA0 { return nil }
                        if l == 0xED && b1 > 0x9F { return nil }
                        if l == 0xE2 && b1 == 0x80 && w >> 17 & 0x7F == 0xA8 >> 1 { break }  // LS, PS
                    }
                    i &+= 3
                }
                if i > index {
                    index = i
                    continue
                }
                // The first sequence did not pass the loop: near the end, a terminator, or invalid.
                guard index + 2 < count else { return nil }
                let b1 = base[index + 1], b2 = base[index + 2]
                guard isContinuation(b1), isContinuation(b2) else { return nil }
                if lead == 0xE0 && b1 < 0xA0 { return nil }
                if lead == 0xED && b1 > 0x9F { return nil }
                if lead == 0xE2 && b1 == 0x80 && (b2 == 0xA8 || b2 == 0xA9) {  // LS, PS
                    spans.append(lineStart..<index)
                    lineStart = index + 3
                }
                index += 3
                continue
            }
            guard lead <= 0xF4, index + 3 < count else { return nil }
            let b1 = base[index + 1]
            let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80, high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
            guard b1 >= low, b1 <= high, isContinuation(base[index + 2]), isContinuation(base[index + 3]) else { return nil }
            index += 4
        }
        if lineStart < count { spans.append(lineStart..<count) }
        return spans
    }

    /// True when some byte of `word` equals `byte`.
    @inline(__always)
    static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        let lowBits: UInt64 = 0x0101_0101_0101_0101
        let x = word ^ (lowBits &* UInt64(byte))
        return (x &- lowBits) & ~x & 0x8080_8080_8080_8080 != 0
    }
}
