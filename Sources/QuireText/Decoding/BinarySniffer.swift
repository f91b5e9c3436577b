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

    /// NUL bytes, and control bytes other than tab, LF, CR and form feed. Eight bytes at a
    /// time: a word with no byte below 0x20 (most words of any text) holds neither, nor does a
    /// word whose only such bytes are line feeds. The loop over whole words is kept apart from
    /// the tail, so that it compiles to a handful of instructions a word (with the tail's
    /// bounds in it, 24).
    private static func countControls(_ bytes: UnsafeBufferPointer<UInt8>) -> (nul: Int, control: Int) {
        var nulCount = 0
        var controlCount = 0
        let raw = UnsafeRawBufferPointer(bytes)
        let count = bytes.count
        var index = 0
        // Two words a step while two are left, their first tests taken together: most pairs
        // hold no byte below 0x20 (a line feed every forty bytes or so is the usual one).
        let lastPair = count &- 16
        while index <= lastPair {  // below the count: no overflow checks
            let first = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let second = raw.loadUnaligned(fromByteOffset: index &+ 8, as: UInt64.self)
            if mayHoldControl(first) | mayHoldControl(second) != 0 {
                tallyWord(first, at: index, of: bytes, nul: &nulCount, control: &controlCount)
                tallyWord(second, at: index &+ 8, of: bytes, nul: &nulCount, control: &controlCount)
            }
            index &+= 16
        }
        while index &+ 8 <= count {  // below the count: no overflow checks
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            tallyWord(word, at: index, of: bytes, nul: &nulCount, control: &controlCount)
            index &+= 8
        }
        for byte in bytes[index..<count] { tally(byte, nul: &nulCount, control: &controlCount) }
        return (nulCount, controlCount)
    }

    /// Non-zero when some byte of `word` is below 0x20 (exactly then).
    @inline(__always)
    private static func mayHoldControl(_ word: UInt64) -> UInt64 {
        (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
    }

    /// Tallies the eight bytes of `word` (read at `index`) when it holds a byte below 0x20 other
    /// than a line feed.
    @inline(__always)
    private static func tallyWord(_ word: UInt64, at index: Int, of bytes: UnsafeBufferPointer<UInt8>,
                                  nul: inout Int, control: inout Int) {
        guard mayHoldControl(word) != 0, belowSpaceOtherThanLineFeed(word) != 0 else { return }
        for byte in bytes[index..<index &+ 8] { tally(byte, nul: &nul, control: &control) }
    }

    @inline(__always)
    private static func tally(_ byte: UInt8, nul: inout Int, control: inout Int) {
        if byte == 0 { nul += 1 }
        if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C { control += 1 }
    }

    /// A high bit set in each byte of `word` that is below 0x20 and not 0x0A. Exact, with no
    /// carry between bytes: a byte is below 0x20 when its high bit is clear and its low seven
    /// bits plus 0x60 stay below 0x80; it is 0x0A when it XORs with 0x0A to zero.
    @inline(__always)
    private static func belowSpaceOtherThanLineFeed(_ word: UInt64) -> UInt64 {
        let lowBits: UInt64 = 0x0101_0101_0101_0101, highBits: UInt64 = 0x8080_8080_8080_8080
        let below = ~((word & ~highBits) &+ lowBits &* 0x60 | word) & highBits
        let x = word ^ (lowBits &* 0x0A)
        let lineFeed = ~((x & ~highBits) &+ lowBits &* 0x7F | x) & highBits
        return below & ~lineFeed
    }
}
