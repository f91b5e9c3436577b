/// The column changes inside a block that runs from the foot of one column to the head of
/// the next (`ColumnSplitter` read a page's side-by-side columns one after another): each is
/// the junction to a line printed above the one before it.
enum ColumnBreaks {
    /// Marks `breaks[k]`, the junction between the block's lines `k` and `k + 1`, where line
    /// `k + 1` stands above line `k` in the source. Every junction gives one mark; where the
    /// counts differ nothing is marked (a mark must never land on the wrong line).
    static func mark(_ breaks: inout [LineBreakMark], lines: SegmentLines, of profiles: LineTable) {
        guard breaks.count == lines.count - 1 else { return }
        for k in breaks.indices where profiles[lines[k + 1]].number < profiles[lines[k]].number {
            breaks[k].startsColumn = true
        }
    }

    /// Marks a block whose first line opens the next column (the block before ended lower
    /// down the page): a mark at offset 0, where no source line break is, only the column's.
    static func markOpening(_ breaks: inout [LineBreakMark]) {
        breaks.insert(LineBreakMark(offset: 0, cutsWord: false, startsColumn: true), at: 0)
    }
}
