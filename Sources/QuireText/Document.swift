/// The kinds of block Quire recognises in a repaired text.
///
/// Each kind maps to one TEI construction, so the reading text can be scored block by block:
/// `title` and `heading` become `head`, `paragraph` and `item` become `p`, and the closing
/// lines of an official text (`signature`, `date`, `dateline`) keep their own lines inside a
/// `closer`, because merging them into prose would lose who signed and when.
public enum BlockKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The document's own title (first heading of the first division).
    case title
    /// A heading inside the text.
    case heading
    /// Running prose.
    case paragraph
    /// A numbered item (`七、`, `（一）`, `1.`), still prose but starting with its label.
    case item
    /// A signature line: an office, optionally followed by a name (`印度共和国外交部长 苏杰生`).
    case signature
    /// A date standing on its own line at the end of a text (`2022年11月1日`).
    case date
    /// A news-agency dateline (`（新华社北京11月1日电）`).
    case dateline
    /// Page furniture: a page number or running header that the layout put between the lines
    /// of the text. It is not reading text, but nothing is thrown away: TEI keeps it as `<fw>`.
    case furniture
    /// A footnote printed at the foot of a page (`[1] 参见…`), taken out of the paragraph the
    /// page break cut and kept after it (TEI `note place="foot"`).
    case note
}

/// Where a source line ended inside a block's text, for the diplomatic `<lb/>` view.
public struct LineBreakMark: Sendable, Hashable, Codable {
    /// Offset in Unicode scalars into the block's `text` at which the next source line starts.
    public var offset: Int
    /// True where the break cut a word or a CJK run (TEI `break="no"`): the join added no space.
    public var cutsWord: Bool
    /// True where the next source line is the first of the next column of a page whose columns
    /// stood side by side (`ColumnSplitter` read them one after another): TEI `<cb/>`, so that
    /// the source's layout can still be told from the TEI. At offset 0 the block's own first
    /// line opens the column, and the mark stands for the column break alone (no line break).
    public var startsColumn: Bool

    /// The mark stands for a column break alone: the block's own first line opens the column.
    public var marksColumnOnly: Bool { offset == 0 && startsColumn }

    public init(offset: Int, cutsWord: Bool, startsColumn: Bool = false) {
        self.offset = offset
        self.cutsWord = cutsWord
        self.startsColumn = startsColumn
    }

    private enum CodingKeys: String, CodingKey { case offset, cutsWord, startsColumn }

    /// Marks written before `startsColumn` existed read as no column change.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        offset = try container.decode(Int.self, forKey: .offset)
        cutsWord = try container.decode(Bool.self, forKey: .cutsWord)
        startsColumn = try container.decodeIfPresent(Bool.self, forKey: .startsColumn) ?? false
    }
}

/// One unit of the reading text: a heading, a paragraph, or one closing line.
public struct Block: Sendable, Hashable, Codable {
    public var kind: BlockKind
    /// The repaired text, with no newlines.
    public var text: String
    /// A stable identifier (an XML NCName), unique within the document.
    public var id: String
    /// The 1-based source lines the block came from.
    public var sourceLines: ClosedRange<Int>
    /// The source line ends that fell inside this block (for diplomatic output).
    public var lineBreaks: [LineBreakMark]
    /// The block's language where it differs from the document's (the English text of a
    /// Chinese joint statement); nil where it is the document's. A reader, a search engine or
    /// a speech synthesiser needs it per block, not one tag for the file.
    public var language: BlockLanguage?

    public init(kind: BlockKind, text: String, id: String = "", sourceLines: ClosedRange<Int>, lineBreaks: [LineBreakMark] = [],
                language: BlockLanguage? = nil) {
        self.kind = kind
        self.text = text
        self.id = id
        self.sourceLines = sourceLines
        self.lineBreaks = lineBreaks
        self.language = language
    }
}

/// A language a block may be tagged with: those `Repairer` tells apart, as BCP 47 tags. An
/// enum, not a `String`: blocks are made, copied and freed by the thousand, and a string in
/// each made every copy retain it (about 100 instructions a block in outlined copies).
public enum BlockLanguage: String, Sendable, Hashable, Codable, CaseIterable {
    case zh, en, fr, de, es, it
}

/// A run of blocks that belongs to one text: a file may hold the end of one article and a
/// whole second one (a newspaper page does), and each becomes its own TEI `div`.
public struct Division: Sendable, Hashable, Codable {
    public var blocks: [Block]
    public init(blocks: [Block]) { self.blocks = blocks }
}

/// The output of the repair stage: what the printed document said, block by block.
public struct RepairedDocument: Sendable, Hashable, Codable {
    /// The detected title, if the text has one.
    public var title: String?
    /// The main language as a BCP 47 tag (`zh`, `en`, ... or `und`).
    public var language: String
    public var divisions: [Division]
    /// What was repaired, with counts, for the TEI `revisionDesc`.
    public var repairs: RepairLog

    public init(title: String?, language: String, divisions: [Division], repairs: RepairLog) {
        self.title = title
        self.language = language
        self.divisions = divisions
        self.repairs = repairs
    }

    /// Every block in reading order.
    public var blocks: [Block] { divisions.flatMap(\.blocks) }
}
