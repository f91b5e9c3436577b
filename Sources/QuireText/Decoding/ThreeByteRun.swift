/// Validation of UTF-8 text made of ASCII and three-byte sequences (Chinese characters and
/// CJK punctuation, with the spaces, digits and commas OCR puts between them), sixteen bytes a
/// step, for `LineSplitter`: one step is some forty vector instructions and one branch, against
/// a load, two tests and two branches a character one at a time and a mispredicted exit at each
/// space or digit (a run of ideographs in OCR text is nine characters long on average).
///
/// A step passes when each of its bytes is ASCII other than CR and LF, a lead E1-EC, EE or EF,
/// or a continuation byte one or two bytes after such a lead, and each lead is followed by two
/// continuation bytes (its own; a lead in the last two lanes has them checked by the next step
/// as bytes that need an owner). Those rules admit exactly well-formed one- and three-byte
/// sequences. The leads with a rule of their own (E0 and ED restrict the next byte, E2 may
/// start a line terminator) are refused, as is anything else (line ends, two- and four-byte
/// sequences, bad bytes): the splitter's one-at-a-time definition answers those, and the tests
/// hold this to it.
///
/// Made once a text: its comparands live in the value, not in globals (whose initialisation
/// check each read would pay) nor as literals in the loop (which the optimiser took apart lane
/// by lane). Comparisons are vector against vector (against a scalar, `v .== 0x0A`, a lane test
/// compiled to a loop over the lanes), and their masks are combined as bytes.
struct ThreeByteRun {
    typealias Lanes = SIMD16<UInt8>
    typealias Signed = SIMD16<Int8>

    private let minusOne = Signed(repeating: -1), belowLeads = Signed(repeating: -0x21)  // DF
    private let belowContinuations = Signed(repeating: -0x40)  // C0
    private let fourBits = Lanes(repeating: 0xF0), lead = Lanes(repeating: 0xE0)
    private let lineFeed = Lanes(repeating: 0x0A), carriageReturn = Lanes(repeating: 0x0D)
    private let e0 = Lanes(repeating: 0xE0), ed = Lanes(repeating: 0xED), e2 = Lanes(repeating: 0xE2)

    @inline(__always)
    private static func bytes(_ mask: SIMDMask<Signed>) -> Lanes { unsafeBitCast(mask, to: Lanes.self) }

    /// Where the well-formed run that starts at `start` (a sequence boundary) stops: at the
    /// sequence that holds the first byte a step refused, or at `start` when that is the first.
    /// The bytes between are well formed and hold no line terminator. Reads `raw[start - 2 ..<
    /// count]` only: `start - 2` must be at or after the first byte of the text (the two bytes
    /// before a boundary are never a lead that owns a byte after it).
    @inline(__always)
    func validEnd(_ raw: UnsafeRawPointer, from start: Int, count: Int) -> Int {
        var i = start
        while i &+ 16 <= count {  // below the count: no overflow checks
            let before2 = raw.loadUnaligned(fromByteOffset: i &- 2, as: Lanes.self)
            let before1 = raw.loadUnaligned(fromByteOffset: i &- 1, as: Lanes.self)
            let v = raw.loadUnaligned(fromByteOffset: i, as: Lanes.self)
            let s = unsafeBitCast(v, to: Signed.self)
            let isASCII = Self.bytes(s .> minusOne)
            let isContinuation = Self.bytes(s .< belowContinuations)
            let isLead = Self.bytes((v & fourBits) .== lead)
            let owned = Self.bytes((before1 & fourBits) .== lead) | Self.bytes((before2 & fourBits) .== lead)
            let line = Self.bytes(v .== lineFeed) | Self.bytes(v .== carriageReturn)
            let ruled = Self.bytes(v .== e0) | Self.bytes(v .== ed) | Self.bytes(v .== e2)
            // Refused: line ends and ruled leads, bytes of no class here (C0-DF, F0-FF), and
            // continuation bytes without an owner or owners without one.
            let refused = line | ruled | ~(isASCII | isContinuation | isLead) | (isContinuation ^ owned)
            let words = unsafeBitCast(refused, to: SIMD2<UInt64>.self)
            if words[0] | words[1] == 0 {
                i &+= 16
                continue
            }
            // The first refused byte (a true lane is all ones).
            i &+= words[0] != 0 ? words[0].trailingZeroBitCount &>> 3 : 8 &+ words[1].trailingZeroBitCount &>> 3
            break
        }
        // Back to the lead of a sequence the stop cut (its lead passed; its continuation bytes,
        // at or after the stop, were not checked).
        if i &- 1 >= start, raw.load(fromByteOffset: i &- 1, as: UInt8.self) & 0xF0 == 0xE0 { return i &- 1 }
        if i &- 2 >= start, raw.load(fromByteOffset: i &- 2, as: UInt8.self) & 0xF0 == 0xE0 { return i &- 2 }
        return i
    }
}
