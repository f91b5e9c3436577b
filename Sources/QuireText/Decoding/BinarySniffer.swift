/// Recognises inputs that are not text, so they fail with "not text (PNG image)" instead of a
/// confusing decoding error somewhere in the middle.
enum BinarySniffer {
    private static let signatures: [(magic: [UInt8], kind: String)] = [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        (Array("GIF87a".utf8), "GIF image"),
        (Array("GIF89a".utf8), "GIF image"),
        (Array("%PDF-".utf8), "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive or office document"),
        ([0x1F, 0x8B], "gzip data"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        (Array("II*\0".utf8), "TIFF image"),
        (Array("MM\0*".utf8), "TIFF image"),
        ([0x42, 0x5A, 0x68], "bzip2 data"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz data"),
        (Array("SQLite format 3\0".utf8), "SQLite database"),
    ]

    /// How much of the input is looked at for control characters.
    private static let sampleSize = 8192

    /// What the input looks like if it is not text, else nil.
    ///
    /// Call only for inputs without a UTF-16 byte-order mark: UTF-16 text is full of NULs.
    /// A stray NUL or form feed in a long text is tolerated (the TEI writer drops those);
    /// many of them mean binary data.
    static func binaryKind(of bytes: [UInt8]) -> String? {
        for (magic, kind) in signatures where bytes.starts(with: magic) {
            return kind
        }
        let sample = bytes.prefix(sampleSize)
        guard !sample.isEmpty else { return nil }
        let (nulCount, controlCount) = sample.withUnsafeBufferPointer(countControls)
        if nulCount > 0, nulCount * 100 >= sample.count || nulCount >= 16 {
            return "binary data with NUL bytes"
        }
        if controlCount * 10 > sample.count {
            return "binary data with control characters"
        }
        return nil
    }

    /// NUL bytes, and control bytes other than tab, LF, CR and form feed. Sixteen bytes a step,
    /// with no branch on what they hold: each lane's counts are kept in a vector and added up
    /// at the end. (The word-at-a-time loop it replaces branched on the line feed every forty
    /// bytes or so and mispredicted: 2 % of decoding and repair's time, for 1.3 % of the
    /// instructions.) `countControlsByteByByte` is the definition the tests hold it to.
    static func countControls(_ bytes: UnsafeBufferPointer<UInt8>) -> (nul: Int, control: Int) {
        typealias Lanes = SIMD16<UInt8>
        let raw = UnsafeRawBufferPointer(bytes)
        let count = bytes.count
        // The comparands as vectors: compared with a scalar (`v .== 0`), a lane test compiled
        // to a loop over the lanes.
        let zero = Lanes(repeating: 0), space = Lanes(repeating: 0x20)
        let tab = Lanes(repeating: 0x09), lineFeed = Lanes(repeating: 0x0A)
        let formFeed = Lanes(repeating: 0x0C), carriageReturn = Lanes(repeating: 0x0D)
        var nulCount = 0, controlCount = 0
        var index = 0
        while index &+ 16 <= count {  // below the count: no overflow checks
            // A lane counts up to 255: at most 255 steps before the lanes are added up.
            var nulLanes = zero, controlLanes = zero
            var steps = 0
            while steps < 255, index &+ 16 <= count {
                let v = raw.loadUnaligned(fromByteOffset: index, as: Lanes.self)
                let allowed = (v .== tab) .| (v .== lineFeed) .| (v .== formFeed) .| (v .== carriageReturn)
                // A true lane is all ones (-1): subtracting it counts one.
                nulLanes &-= unsafeBitCast(v .== zero, to: Lanes.self)
                controlLanes &-= unsafeBitCast((v .< space) .& .!allowed, to: Lanes.self)
                index &+= 16
                steps &+= 1
            }
            for lane in 0..<16 {
                nulCount &+= Int(nulLanes[lane])
                controlCount &+= Int(controlLanes[lane])
            }
        }
        for byte in bytes[index..<count] { tally(byte, nul: &nulCount, control: &controlCount) }
        return (nulCount, controlCount)
    }

    /// The counts by definition, a byte at a time (what `countControls` must agree with).
    static func countControlsByteByByte(_ bytes: UnsafeBufferPointer<UInt8>) -> (nul: Int, control: Int) {
        var nulCount = 0, controlCount = 0
        for byte in bytes { tally(byte, nul: &nulCount, control: &controlCount) }
        return (nulCount, controlCount)
    }

    @inline(__always)
    private static func tally(_ byte: UInt8, nul: inout Int, control: inout Int) {
        if byte == 0 { nul += 1 }
        if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C { control += 1 }
    }
}
