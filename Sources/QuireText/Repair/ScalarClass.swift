/// How a Unicode scalar behaves for layout repair. Classification is by code point range only,
/// so it is fast and needs no Foundation or ICU lookups on the hot path.
enum ScalarClass: Equatable {
    /// Han ideographs, kana, hangul, bopomofo: characters that are written without spaces.
    case han
    /// Full-width (CJK) punctuation and symbols: 。，、；：？！“”《》（）— …
    case cjkPunctuation
    /// Latin (and Greek/Cyrillic) letters.
    case letter
    /// ASCII digits.
    case digit
    /// Horizontal white space (space, tab, no-break space, ideographic space...).
    case space
    /// ASCII punctuation and everything else.
    case other

    /// The classes of all of Unicode as ranges; where ranges overlap, the first one listed wins.
    /// Everything not listed is `.other`.
    private static let ranges: [(range: ClosedRange<UInt32>, class: ScalarClass)] = [
        (0x30...0x39, .digit), (0x41...0x5A, .letter), (0x61...0x7A, .letter),
        (0x20...0x20, .space), (0x09...0x09, .space), (0xA0...0xA0, .space), (0x1680...0x1680, .space),
        (0x2000...0x200A, .space), (0x202F...0x202F, .space), (0x205F...0x205F, .space), (0x3000...0x3000, .space),
        // Latin-1 and Latin Extended letters, without × and ÷.
        (0xC0...0xD6, .letter), (0xD8...0xF6, .letter), (0xF8...0x24F, .letter),
        (0x370...0x3FF, .letter), (0x400...0x4FF, .letter), (0x1E00...0x1EFF, .letter),
        (0x3400...0x4DBF, .han), (0x4E00...0x9FFF, .han), (0xF900...0xFAFF, .han), (0x20000...0x323AF, .han),
        (0x3040...0x309F, .han), (0x30A0...0x30FF, .han), (0x31F0...0x31FF, .han), (0xAC00...0xD7AF, .han),
        (0x1100...0x11FF, .han), (0x3130...0x318F, .han), (0x3100...0x312F, .han), (0x3005...0x3005, .han),
        (0x3007...0x3007, .han), (0x3021...0x3029, .han), (0x2E80...0x2FDF, .han),
        (0x3001...0x3004, .cjkPunctuation), (0x3008...0x3020, .cjkPunctuation), (0x3030...0x303F, .cjkPunctuation),
        (0xFF01...0xFF0F, .cjkPunctuation), (0xFF1A...0xFF20, .cjkPunctuation), (0xFF3B...0xFF40, .cjkPunctuation),
        (0xFF5B...0xFF65, .cjkPunctuation), (0xFE10...0xFE1F, .cjkPunctuation), (0xFE30...0xFE4F, .cjkPunctuation),
        (0x2014...0x2016, .cjkPunctuation), (0x2018...0x2019, .cjkPunctuation), (0x201C...0x201D, .cjkPunctuation),
        (0x2026...0x2027, .cjkPunctuation), (0x00B7...0x00B7, .cjkPunctuation), (0x2E3A...0x2E3A, .cjkPunctuation),
    ]

    /// Classes of the whole Basic Multilingual Plane, computed once: one array load per
    /// scalar on the hot path instead of a chain of range tests. Filled range by range (the
    /// later-listed first, so the first listed wins): classifying 65,536 code points one by one
    /// cost 5 million instructions, 2 ms at the start of every process. (Each range is filled
    /// through the buffer, a `memset`: element by element, with the array's checks, the fill was
    /// still 670,000 instructions, 0.2 a byte of the Chinese corpus.)
    fileprivate static let table: [ScalarClass] = {
        var table = [ScalarClass](repeating: .other, count: 0x10000)
        table.withUnsafeMutableBufferPointer { table in
            for entry in ranges.reversed() where entry.range.lowerBound < 0x10000 {
                let lower = Int(entry.range.lowerBound), upper = Int(min(entry.range.upperBound, 0xFFFF))
                UnsafeMutableBufferPointer(rebasing: table[lower...upper]).update(repeating: entry.class)
            }
        }
        return table
    }()

    @inline(__always)
    init(_ scalar: Unicode.Scalar) {
        let v = scalar.value
        // The two commonest cases answered inline: reaching the table costs a lazy-global check.
        if v >= 0x4E00 && v <= 0x9FFF { self = .han; return }
        if v < 0x80 { self = ScalarClass.ascii(v); return }
        self = v < 0x10000 ? ScalarClass.basicMultilingual(v) : ScalarClass(classifying: v)
    }

    /// The rest of the Basic Multilingual Plane, out of line (so that every use inlines no more
    /// than before): the punctuation of nearly all Chinese text (U+3001-3004, U+3008-3020,
    /// U+FF01-FF0F, U+FF1A-FF20, four `.cjkPunctuation` ranges above that no range listed before
    /// them overlaps) by range, the rest from the table. Reading the table is a lazy-global
    /// check, a call to `swift_once`: 150,000 over the Chinese corpus, most of them for
    /// `，。、：；！？《》（）` at the end or start of a line.
    @inline(never)
    private static func basicMultilingual(_ v: UInt32) -> ScalarClass {
        if v &- 0x3001 < 0x04 || v &- 0x3008 < 0x19 || v &- 0xFF01 < 0x0F || v &- 0xFF1A < 0x07 { return .cjkPunctuation }
        return table[Int(v)]
    }

    @inline(__always)
    fileprivate static func ascii(_ v: UInt32) -> ScalarClass {
        switch v {
        case 0x30...0x39: return .digit
        case 0x41...0x5A, 0x61...0x7A: return .letter
        case 0x20, 0x09: return .space
        default: return .other
        }
    }

    /// The class of a code point by the range list (the table's source; used directly outside
    /// the Basic Multilingual Plane, where scalars are rare).
    init(classifying v: UInt32) {
        self = ScalarClass.ranges.first { $0.range.contains(v) }?.class ?? .other
    }

    /// Characters that belong to Chinese prose: ideographs and full-width punctuation.
    var isCJK: Bool { self == .han || self == .cjkPunctuation }
    var isAlphanumeric: Bool { self == .letter || self == .digit }
}

/// `ScalarClass.init` for loops over many scalars, with the Basic Multilingual Plane's table
/// read once when the classifier is made. Reading the lazy global `table` checks its
/// initialisation, a call, at every scalar past ASCII; in a loop the call also made the compiler
/// keep the loop's counters in memory (a third of `LineProfile.init` on Chinese text).
struct ScalarClassifier {
    private let table = ScalarClass.table

    @inline(__always)
    func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
        let v = scalar.value
        if v >= 0x4E00 && v <= 0x9FFF { return .han }
        if v < 0x80 { return ScalarClass.ascii(v) }
        return v < 0x10000 ? table[Int(v)] : ScalarClass(classifying: v)
    }
}

extension Unicode.Scalar {
    /// Inlined at every use: as an outlined getter it was 3.8 % of all repair work, a call per
    /// scalar in loops that otherwise compile to a few compares.
    @inline(__always)
    var layoutClass: ScalarClass { ScalarClass(self) }

    /// `layoutClass == .digit`, answered without the class table: only the ASCII digits have
    /// that class. (A scalar past ASCII that is not a main-block ideograph, such as the `，` or
    /// `。` that ends most Chinese lines, reached the table through a lazy-global check, a call
    /// to `swift_once`: 70,000 calls from the join decision and the closing-line test over the
    /// Chinese corpus.)
    @inline(__always)
    var isDigit: Bool { value &- 0x30 < 10 }

    /// Characters after which a Chinese or Latin sentence is complete.
    var isSentenceFinal: Bool {
        switch value {
        case 0x3002, 0xFF01, 0xFF1F, 0x2026,  // 。！？…
             0x2E, 0x21, 0x3F:                // . ! ?
            return true
        default: return false
        }
    }

    /// `properties.isLowercase`, answered by range for ASCII (only `a`–`z` have the property
    /// there): the property look-up costs a few hundred instructions, and Latin text asks it
    /// of most line starts.
    @inline(__always)
    var isLowercaseLetter: Bool { value < 0x80 ? value &- 0x61 < 26 : Unicode.Scalar.isLowercase(self) }

    /// `properties.isUppercase`, answered by range for ASCII (only `A`–`Z`).
    @inline(__always)
    var isUppercaseLetter: Bool { value < 0x80 ? value &- 0x41 < 26 : Unicode.Scalar.isUppercase(self) }

    /// The property look-ups past ASCII, kept out of line: inlined, `Properties` (a resilient
    /// type) cost every caller a metadata call and a stack allocation on entry, taken or not
    /// (the join decision and the heading test, once a line each).
    @inline(never)
    private static func isLowercase(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isLowercase }

    @inline(never)
    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isUppercase }

    /// Hyphens as OCR engines print them at a line end: `-`, `‐`, `¬`, `⸗`.
    @inline(__always)
    var isLineEndHyphen: Bool {
        value == 0x2D || value == 0x2010 || value == 0xAC || value == 0x2E17
    }

    /// Marks that end a clause but often not a paragraph: ； ： ; :
    var isClauseFinal: Bool {
        switch value {
        case 0xFF1B, 0xFF1A, 0x3B, 0x3A: return true
        default: return false
        }
    }

    /// Closing marks that may follow a sentence-final mark: ” ’ 」 』 ） ) 》 " ' 】 ］ ] 〕 〗
    /// (the last two close a stage direction, `〔秋天的傍晚。江边一间旧茶馆。〕`, as `）` does).
    var isClosingMark: Bool {
        switch value {
        case 0x201D, 0x2019, 0x300D, 0x300F, 0xFF09, 0x29, 0x300B, 0x3009, 0x22, 0x27, 0x3011, 0xFF3D, 0x5D, 0x3015, 0x3017:
            return true
        default: return false
        }
    }

    /// Opening marks: a line ending in one is certainly continued.
    var isOpeningMark: Bool {
        switch value {
        case 0x201C, 0x2018, 0x300C, 0x300E, 0xFF08, 0x28, 0x300A, 0x3008, 0x3010, 0xFF3B, 0x5B, 0x3014, 0x3016:
            return true
        default: return false
        }
    }

    /// Marks that Chinese typesetting never puts at the start of a line (kinsoku): a line that
    /// starts with one continues the previous line.
    @inline(__always)
    var isLineStartForbidden: Bool {
        switch value {
        case 0xFF0C, 0x3001, 0x3002, 0xFF1B, 0xFF1A, 0xFF1F, 0xFF01, 0xFF09, 0x300B, 0x3009, 0x201D, 0x2019,
             0x300D, 0x300F, 0x3011, 0x2026:
            return true
        default: return false
        }
    }
}
