extension String {
    /// Builds a string from scalars: they are encoded by hand into a temporary buffer, which
    /// the string copies without validating it again (a scalar always encodes to well-formed
    /// UTF-8). `String(unsafeUninitializedCapacity:)` validated every block's bytes afresh:
    /// 10 instructions a byte of Chinese, a twentieth of all repair work.
    init(scalars: [Unicode.Scalar]) {
        self = scalars.withUnsafeBufferPointer { String.encoding($0) }
    }

    /// A slice's scalars as a string (see `init(scalars:)` for an array's).
    init(scalars: ArraySlice<Unicode.Scalar>) {
        self = scalars.withUnsafeBufferPointer { String.encoding($0) }
    }

    /// Scalars in a buffer as a string.
    init(scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        self = String.encoding(scalars)
    }

    /// A line's scalars as a string.
    init(scalars: LineScalars) {
        self = scalars.withUnsafeBufferPointer { String.encoding($0) }
    }

    /// Part of a line's scalars as a string.
    init(scalars: Slice<LineScalars>) {
        self = scalars.withUnsafeBufferPointer { String.encoding($0) }
    }

    private static func encoding(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Swift.max(1, scalars.count &* 4)) { buffer in
            guard let out = buffer.baseAddress else { return "" }
            var written = 0
            var ascii = true
            var i = 0
            let n = scalars.count
            while i < n {
                let v = scalars[i].value
                i &+= 1
                if v < 0x80 {
                    out[written] = UInt8(truncatingIfNeeded: v)
                    written &+= 1
                    continue
                }
                ascii = false
                if v &- 0x800 < 0xF800 {
                    // A run of three-byte scalars (Han, CJK punctuation: most of Chinese text),
                    // each as one unaligned four-byte store; the fourth byte is overwritten by
                    // the next scalar or lies past `written`. The buffer holds four bytes a
                    // scalar, so the store stays inside it.
                    var w = v
                    while true {
                        let word = (0xE0 | w >> 12) | (0x80 | w >> 6 & 0x3F) << 8 | (0x80 | w & 0x3F) << 16
                        UnsafeMutableRawPointer(out + written).storeBytes(of: word.littleEndian, as: UInt32.self)
                        written &+= 3
                        guard i < n else { break }
                        w = scalars[i].value
                        guard w &- 0x800 < 0xF800 else { break }
                        i &+= 1
                    }
                    continue
                }
                if v < 0x800 {
                    out[written] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
                    out[written &+ 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    written &+= 2
                } else {
                    out[written] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
                    out[written &+ 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F)
                    out[written &+ 2] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
                    out[written &+ 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    written &+= 4
                }
            }
            return String(uncheckedUTF8: UnsafeBufferPointer(start: out, count: written), isASCII: ascii)
        }
    }

    /// A string copied from bytes the caller guarantees to be well-formed UTF-8 (`isASCII`
    /// exactly when every byte is below 0x80), without the validation pass every other
    /// initializer makes. Only for bytes that were validated or encoded by Quire itself.
    init(uncheckedUTF8 bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) {
        if #available(macOS 26, iOS 26, *) {
            self = unsafe String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII))
        } else {
            self = String(decoding: bytes, as: UTF8.self)
        }
    }
}
