/// The repairs Quire makes, each counted so that the TEI header can say what was changed.
public enum RepairKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Two source lines were joined into one block (a column or page wrap).
    case lineJoin = "line-join"
    /// A space between two CJK characters of a letter-spaced run was removed.
    case letterspacing = "letterspacing"
    /// A space between CJK text and digits (or Latin) was removed.
    case cjkSpacing = "cjk-spacing"
    /// Half-width punctuation inside Chinese prose became full-width.
    case punctuationWidth = "punctuation-width"
    /// A line-end hyphen that split a word was removed.
    case dehyphenation = "dehyphenation"
    /// A soft hyphen (U+00AD) was removed.
    case softHyphen = "soft-hyphen"
    /// A Latin ligature (ﬁ ﬂ ...) was expanded.
    case ligature = "ligature"
    /// A letter-spaced Latin word (`N O T I C E`) was closed up.
    case latinLetterspacing = "latin-letterspacing"
    /// Runs of spaces inside a line were collapsed, or leading/trailing space trimmed.
    case whitespace = "whitespace"
    /// A character that XML 1.0 forbids (U+0000, U+000C, U+FFFE ...) was dropped.
    case forbiddenCharacter = "forbidden-character"
    /// A line of page furniture (a page number, a running header) was set apart from the text.
    case pageFurniture = "page-furniture"
    /// Full-width Latin letters or digits (`２０２２`) were made half-width.
    case characterWidth = "character-width"
    /// Columns set side by side on the same lines were read one after another (counted per
    /// column moved after the first).
    case columnOrder = "column-order"
    /// A footnote printed between a paragraph's lines at a page's foot was moved after the
    /// paragraph (counted per note).
    case footnote = "footnote"

    public static func < (lhs: RepairKind, rhs: RepairKind) -> Bool { lhs.slot < rhs.slot }
}

/// Counts of repairs by kind. Value type: every stage adds its own counts. Stored as one slot per
/// kind, not a dictionary: repair records a count for nearly every line, and hashing the kind
/// each time showed in the profile.
public struct RepairLog: Sendable, Hashable, Codable {
    /// One count a kind, in `RepairKind.slot` order, held in the value itself. (As an array,
    /// every count recorded checked that the array was not shared, a call, for every line
    /// decoded and every junction joined; and every log was an allocation.)
    private var slots: Slots = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    private typealias Slots = (Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int)

    /// One slot a kind (`init` checks, in debug builds, that there are as many as kinds).
    private static var slotCount: Int { MemoryLayout<Slots>.size / MemoryLayout<Int>.stride }

    public init() {
        assert(RepairKind.allCases.count == RepairLog.slotCount, "a slot for every kind of repair")
    }

    /// The count in slot `slot`: the one place the tuple is read and written by position.
    @inline(__always)
    private subscript(slot slot: Int) -> Int {
        get {
            precondition(UInt(bitPattern: slot) < UInt(bitPattern: RepairLog.slotCount), "no such slot")
            return withUnsafeBytes(of: slots) { $0.load(fromByteOffset: slot &* MemoryLayout<Int>.stride, as: Int.self) }
        }
        set {
            precondition(UInt(bitPattern: slot) < UInt(bitPattern: RepairLog.slotCount), "no such slot")
            withUnsafeMutableBytes(of: &slots) {
                $0.storeBytes(of: newValue, toByteOffset: slot &* MemoryLayout<Int>.stride, as: Int.self)
            }
        }
    }

    @inline(__always)
    public mutating func record(_ kind: RepairKind, count: Int = 1) {
        guard count > 0 else { return }
        self[slot: kind.slot] += count
    }

    public mutating func merge(_ other: RepairLog) {
        for index in 0..<RepairLog.slotCount { self[slot: index] += other[slot: index] }
    }

    public subscript(kind: RepairKind) -> Int { self[slot: kind.slot] }

    /// The counts in slot order.
    private var counted: [Int] { (0..<RepairLog.slotCount).map { self[slot: $0] } }

    /// Every non-zero count, by kind.
    public var counts: [RepairKind: Int] {
        Dictionary(uniqueKeysWithValues: entries.map { ($0.kind, $0.count) })
    }

    /// The non-zero counts in a fixed order (the order of `RepairKind`), so output is reproducible.
    public var entries: [(kind: RepairKind, count: Int)] {
        zip(RepairKind.allCases, counted).filter { $0.1 > 0 }.map { (kind: $0.0, count: $0.1) }
    }

    public var total: Int { counted.reduce(0, +) }

    public static func == (lhs: RepairLog, rhs: RepairLog) -> Bool {
        (0..<slotCount).allSatisfy { lhs[slot: $0] == rhs[slot: $0] }
    }

    public func hash(into hasher: inout Hasher) {
        for index in 0..<RepairLog.slotCount { hasher.combine(self[slot: index]) }
    }

    private enum CodingKeys: String, CodingKey { case slots }

    /// Written as the array of counts in slot order, as the log always was.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(counted, forKey: .slots)
    }

    /// Counts written by an older Quire have a slot for each kind it knew: the kinds added
    /// since (`column-order`, `footnote`) count zero, and slots beyond this Quire's kinds are dropped, so
    /// that a count is never read past the end.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let written = try container.decode([Int].self, forKey: .slots)
        for (index, count) in written.prefix(RepairLog.slotCount).enumerated() { self[slot: index] = count }
    }
}

extension RepairKind {
    /// Position in `allCases`, without a search.
    @inline(__always)
    var slot: Int {
        switch self {
        case .lineJoin: 0
        case .letterspacing: 1
        case .cjkSpacing: 2
        case .punctuationWidth: 3
        case .dehyphenation: 4
        case .softHyphen: 5
        case .ligature: 6
        case .latinLetterspacing: 7
        case .whitespace: 8
        case .forbiddenCharacter: 9
        case .pageFurniture: 10
        case .characterWidth: 11
        case .columnOrder: 12
        case .footnote: 13
        }
    }
}
