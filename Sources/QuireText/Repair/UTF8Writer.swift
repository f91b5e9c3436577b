/// Scalars written as UTF-8 straight into a byte buffer, from which a block's `String` is made
/// without a validation pass (the bytes are well-formed by construction).
///
/// The spacing pass (`BlockAssembler.resolveSpacing`) writes its output through this: it wrote
/// scalars, which `String(scalars:)` then encoded in a second pass over a temporary buffer and
/// copied again (a run copy, a re-encoding and a scan of every scalar: 7 instructions a byte of
/// Chinese).
///
/// The one place where the spacing pass writes through a pointer. Every write is checked
/// against the buffer's size: a single scalar at its append, a run once before it starts, against
/// four bytes for each scalar it may hold. A three-byte scalar is stored as one unaligned
/// four-byte word whose last byte the next write overwrites or that lies past `count`: the
/// buffer must hold one byte more than the scalars can need.
struct UTF8Writer {
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    /// Bytes written.
    private(set) var count = 0
    /// Scalars written.
    private(set) var scalarCount = 0

    /// Writes into `buffer`, which the writer must not outlive.
    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        guard let base = buffer.baseAddress else { preconditionFailure("a UTF-8 writer needs room") }
        self.base = base
        capacity = buffer.count
    }

    /// Bytes enough for `scalars` scalars and the slack of the last word store.
    static func capacity(forScalars scalars: Int) -> Int { scalars &* 4 &+ 4 }

    @inline(__always)
    mutating func append(_ scalar: Unicode.Scalar) {
        precondition(count &+ 4 <= capacity, "UTF-8 writer full")
        count &+= UTF8Writer.encode(scalar.value, at: base + count)
        scalarCount &+= 1
    }

    /// Appends `bytes`, the UTF-8 of `scalars` scalars, as they are (a line the source holds
    /// as the scalars it decoded to: see `LineProfile.sourceUTF8`).
    @inline(__always)
    mutating func appendVerbatim(_ bytes: UnsafeBufferPointer<UInt8>, scalars: Int) {
        precondition(count &+ bytes.count <= capacity, "UTF-8 writer full")
        if let source = bytes.baseAddress { (base + count).update(from: source, count: bytes.count) }
        count &+= bytes.count
        scalarCount &+= scalars
    }

    /// Appends `input[start...]` up to `limit` or to the first scalar for which `stop` holds,
    /// whichever comes first, and returns where it stopped. The scan and the encoding are one
    /// pass: a scan for the run's end, a copy and a later encoding were three.
    @inline(__always)
    mutating func appendRun(_ input: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, limit: Int,
                            until stop: (Unicode.Scalar) -> Bool) -> Int {
        precondition(start >= 0 && start <= limit && limit <= input.count
                     && count &+ UTF8Writer.capacity(forScalars: limit &- start) <= capacity, "UTF-8 writer full")
        guard let scalars = input.baseAddress else { return start }
        var out = base + count
        var i = start
        while i < limit {
            let s = scalars[i]
            let v = s.value
            // Han and CJK punctuation (above every gap, below U+10000): most of Chinese text.
            if v &- 0x3001 < 0xCFFF {
                UnsafeMutableRawPointer(out).storeBytes(of: UTF8Writer.threeByteWord(v).littleEndian, as: UInt32.self)
                out += 3
                i &+= 1
                continue
            }
            if stop(s) { break }
            out += UTF8Writer.encode(v, at: out)
            i &+= 1
        }
        count = out - base
        scalarCount &+= i &- start
        return i
    }

    /// The three bytes of a scalar from U+0800 to U+FFFF, little-endian in a word.
    @inline(__always)
    private static func threeByteWord(_ v: UInt32) -> UInt32 {
        (0xE0 | v >> 12) | (0x80 | v >> 6 & 0x3F) << 8 | (0x80 | v & 0x3F) << 16
    }

    /// Writes `v`'s one to four bytes at `out` (four may be stored for three) and returns how many.
    @inline(__always)
    private static func encode(_ v: UInt32, at out: UnsafeMutablePointer<UInt8>) -> Int {
        if v < 0x80 {
            out[0] = UInt8(truncatingIfNeeded: v)
            return 1
        }
        if v < 0x800 {
            out[0] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
            out[1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            return 2
        }
        if v < 0x10000 {
            UnsafeMutableRawPointer(out).storeBytes(of: threeByteWord(v).littleEndian, as: UInt32.self)
            return 3
        }
        out[0] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
        out[1] = UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F)
        out[2] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
        out[3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
        return 4
    }

    /// What was written, as a string (ASCII exactly when every scalar took one byte).
    func string() -> String {
        String(uncheckedUTF8: UnsafeBufferPointer(start: base, count: count), isASCII: count == scalarCount)
    }

    /// What was written, as scalars again (for the rare rule that reads the text so far).
    func scalars() -> [Unicode.Scalar] {
        Array(string().unicodeScalars)
    }
}
