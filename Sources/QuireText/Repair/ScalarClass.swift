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

    /// Classes of the whole Basic Multilingual Plane, computed once: one array load per
    /// scalar on the hot path instead of a chain of range tests.
    private static let table: [ScalarClass] = (0..<0x10000).map { v in
        Unicode.Scalar(UInt32(v)).map { ScalarClass(classifying: $0) } ?? .other
    }

    @inline(__always)
    init(_ scalar: Unicode.Scalar) {
        let v = scalar.value
        // The two commonest cases answered inline: reaching the table costs a lazy-global check.
        if v >= 0x4E00 && v <= 0x9FFF { self = .han; return }
        if v < 0x80 { self = ScalarClass.ascii(v); return }
        self = v < 0x10000 ? ScalarClass.table[Int(v)] : ScalarClass(classifying: scalar)
    }

    @inline(__always)
    private static func ascii(_ v: UInt32) -> ScalarClass {
        switch v {
        case 0x30...0x39: return .digit
        case 0x41...0x5A, 0x61...0x7A: return .letter
        case 0x20, 0x09: return .space
        default: return .other
        }
    }

    private init(classifying scalar: Unicode.Scalar) {
        let v = scalar.value
        // Fast paths for the two commonest cases: ASCII and the main Han block.
        if v < 0x80 { self = ScalarClass.ascii(v); return }
        if v >= 0x4E00 && v <= 0x9FFF { self = .han; return }
        switch v {
        case 0x30...0x39: self = .digit
        case 0x41...0x5A, 0x61...0x7A: self = .letter
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: self = .space
        case 0xC0...0x24F where v != 0xD7 && v != 0xF7: self = .letter
        case 0x370...0x3FF, 0x400...0x4FF, 0x1E00...0x1EFF: self = .letter
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x323AF,
             0x3040...0x309F, 0x30A0...0x30FF, 0x31F0...0x31FF, 0xAC00...0xD7AF, 0x1100...0x11FF,
             0x3130...0x318F, 0x3100...0x312F, 0x3005, 0x3007, 0x3021...0x3029, 0x2E80...0x2FDF:
            self = .han
        case 0x3001...0x3004, 0x3008...0x3020, 0x3030...0x303F, 0xFF01...0xFF0F, 0xFF1A...0xFF20,
             0xFF3B...0xFF40, 0xFF5B...0xFF65, 0xFE10...0xFE1F, 0xFE30...0xFE4F,
             0x2014, 0x2015, 0x2016, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x2027, 0x00B7, 0x2E3A:
            self = .cjkPunctuation
        default: self = .other
        }
    }

    /// Characters that belong to Chinese prose: ideographs and full-width punctuation.
    var isCJK: Bool { self == .han || self == .cjkPunctuation }
    var isAlphanumeric: Bool { self == .letter || self == .digit }
}

extension Unicode.Scalar {
    var layoutClass: ScalarClass { ScalarClass(self) }

    /// Characters after which a Chinese or Latin sentence is complete.
    var isSentenceFinal: Bool {
        switch value {
        case 0x3002, 0xFF01, 0xFF1F, 0x2026,  // 。！？…
             0x2E, 0x21, 0x3F:                // . ! ?
            return true
        default: return false
        }
    }

    /// Hyphens as OCR engines print them at a line end: `-`, `‐`, `¬`, `⸗`.
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

    /// Closing marks that may follow a sentence-final mark: ” ’ 」 』 ） ) 》 " '
    var isClosingMark: Bool {
        switch value {
        case 0x201D, 0x2019, 0x300D, 0x300F, 0xFF09, 0x29, 0x300B, 0x3009, 0x22, 0x27, 0x3011, 0xFF3D, 0x5D:
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
    var isLineStartForbidden: Bool {
        switch value {
        case 0xFF0C, 0x3001, 0x3002, 0xFF1B, 0xFF1A, 0xFF1F, 0xFF01, 0xFF09, 0x300B, 0x3009, 0x201D, 0x2019,
             0x300D, 0x300F, 0x3011, 0x2026:
            return true
        default: return false
        }
    }
}
