/// What a line's record (`LineFacts`) counts over its scalars: its width, its Han characters and
/// letters, and its pairs of CJK characters with and without white space between. Fed one scalar
/// at a time, so that the normaliser counts while it decodes a line (one pass over the line, not
/// a second one when the line is recorded), and `LineFacts.measure` counts given scalars by the
/// same rules.
struct LineMeasure {
    /// Widths are sums of halves and wholes of an em, so they are counted in half ems, as
    /// integers (exact, and the same double at the end as summing halves in any order).
    private(set) var halfEms = 0
    private(set) var han = 0
    private(set) var letters = 0
    /// Pairs of CJK characters in a row, and those of them with white space between.
    private(set) var cjkPairs = 0
    private(set) var spacedPairs = 0
    /// White space scalars (class `.space`), so that a line can say it has none without a scan.
    private(set) var spaces = 0
    /// Full-width sentence-final marks (。！？…): most Chinese lines hold none, and the pass
    /// that collects how sentences begin inside lines can pass them by.
    private(set) var sentenceMarks = 0
    /// Full-width sentence punctuation (，。；！？：, `LinePatterns.isSentencePunctuation`): most
    /// Chinese lines hold some, and the tests that ask whether a line holds any need not scan it.
    private(set) var fullWidthSentencePunctuation = 0
    /// Half-width `! ( ) , : ; ?` (the marks `BlockAssembler.widenPunctuation` may widen), and
    /// scalars from U+2E80 up (CJK, without which it widens nothing): most Chinese lines hold
    /// no such mark and most Latin lines no such scalar, and a block whose lines hold none
    /// needs no look at its scalars for them. (Nonzero when there are some: a mark sets a bit.)
    private(set) var halfWidthMarks = 0
    private(set) var wideScalars = 0
    /// Ideographic spaces (U+3000): the gaps between the cells of a table's row
    /// (`FlattenedTable.rows`). Most lines hold none, where a space and a wide scalar (most
    /// letter-spaced Chinese lines hold both) did not tell so.
    private(set) var ideographicSpaces = 0
    /// What came last: 0 anything but CJK, 1 a CJK character, 2 a CJK character and then white
    /// space. Pairs are counted from it without branches (an optional Bool and two branches on
    /// it once cost a third of the counting on Chinese text).
    private var pending = 0

    /// Printed width in ems.
    var width: Double { Double(halfEms) * 0.5 }

    /// Justified line: most of its CJK pairs, and at least three, have white space between.
    var isLetterspaced: Bool { spacedPairs >= 3 && spacedPairs * 2 >= cjkPairs }

    /// Counts a run of `count` (at least one) Han ideographs of the main block (U+4E00-9FFF),
    /// most scalars of Chinese text, all at once: each after the first makes a tight pair.
    @inline(__always)
    mutating func addIdeographs(_ count: Int) {
        han &+= count
        wideScalars &+= count
        halfEms &+= 2 &* count
        cjkPairs &+= (pending &+ 1) >> 1 &+ (count &- 1)
        spacedPairs &+= pending >> 1
        pending = 1
    }

    /// Counts one of `，、。：；！？`, most of the punctuation of Chinese text, as `add` counts it
    /// (class `.cjkPunctuation`, from U+2E80 up), without the class table and its switch: `add`
    /// was a call a mark (60 instructions; 2 % of decoding and repair).
    @inline(__always)
    mutating func addCommonCJKPunctuation(_ v: UInt32) {
        halfEms &+= 2
        wideScalars &+= 1
        sentenceMarks &+= v == 0x3002 || v == 0xFF01 || v == 0xFF1F ? 1 : 0
        // All but the enumeration comma are sentence punctuation.
        fullWidthSentencePunctuation &+= v == 0x3001 ? 0 : 1
        cjkPairs &+= (pending &+ 1) >> 1
        spacedPairs &+= pending >> 1
        pending = 1
    }

    /// Counts any scalar. Ideographs and ASCII letters (most of English) are told first, without
    /// the general class switch; ideographs first (the other order made Chinese dearer).
    @inline(__always)
    mutating func add(_ scalar: Unicode.Scalar, _ classifier: ScalarClassifier) {
        let v = scalar.value
        if v &- 0x4E00 < 0x5200 {  // as `ScalarClass` tells `.han` first
            addIdeographs(1)
            return
        }
        if v &- 0x21 < 0x5E {
            addPrintableASCII(v)
            return
        }
        wideScalars &+= v >= 0x2E80 ? 1 : 0
        let cls = classifier.classify(scalar)
        switch cls {
        case .han: halfEms &+= 2; han &+= 1
        case .cjkPunctuation:
            halfEms &+= 2
            sentenceMarks &+= v == 0x3002 || v == 0xFF01 || v == 0xFF1F || v == 0x2026 ? 1 : 0
            fullWidthSentencePunctuation &+= LinePatterns.isSentencePunctuation(scalar) ? 1 : 0
        case .letter: halfEms &+= 1; letters &+= 1
        case .space:
            addSpace(scalar)
            return
        default: halfEms &+= 1
        }
        if cls.isCJK {
            cjkPairs &+= (pending &+ 1) >> 1
            spacedPairs &+= pending >> 1
            pending = 1
        } else {
            pending = 0
        }
    }

    /// Counts a printable ASCII scalar other than the space (U+0021-007E): half an em, a
    /// letter or not, never CJK.
    @inline(__always)
    mutating func addPrintableASCII(_ v: UInt32) {
        letters &+= (v | 0x20) &- 0x61 < 26 ? 1 : 0
        // One bit a mark, all below U+0040: a letter (most of Latin text) passes by one compare.
        if v < 0x40 {
            // (`"` and `.` too: a full stop and double quotes in Chinese prose widen as well.)
            let marks: UInt64 = 1 << 0x21 | 1 << 0x22 | 1 << 0x28 | 1 << 0x29 | 1 << 0x2C | 1 << 0x2E | 1 << 0x3A
                | 1 << 0x3B | 1 << 0x3F
            halfWidthMarks |= Int(truncatingIfNeeded: marks >> UInt64(v) & 1)
        }
        halfEms &+= 1
        pending = 0
    }

    /// Counts white space (a scalar of class `.space`): an ideographic space is an em wide,
    /// the others have no width; space between two CJK characters makes their pair spaced.
    @inline(__always)
    mutating func addSpace(_ scalar: Unicode.Scalar) {
        halfEms &+= scalar.value == 0x3000 ? 2 : 0
        ideographicSpaces &+= scalar.value == 0x3000 ? 1 : 0
        spaces &+= 1
        pending = pending == 0 ? 0 : 2
    }

    /// Takes back white space trimmed from either end of the line after it was counted: such
    /// space added only its width (an ideographic space is an em) and its count, never a pair.
    @inline(__always)
    mutating func removeTrimmedSpace(_ scalar: Unicode.Scalar) {
        if scalar.value == 0x3000 { halfEms &-= 2; wideScalars &-= 1; ideographicSpaces &-= 1 }
        spaces &-= 1
    }
}
