/// A table's row as `ColumnSplitter` leaves it: cells parted by one ideographic space each
/// (`东湖区　812.4　5.6　96.3`, `区名　地区生产总值　增速　备注`). Those spaces are the table's,
/// and stay whatever stands beside them: between two figures, where a lone gap would otherwise
/// become an ASCII space (`812.4 5.6`), and in a header row that reads as a heading, where the
/// gaps of a letter-spaced title (`通　知`) close.
///
/// A letter-spaced line (`关　于　印　发`) is told apart by its cells: in a table most hold more
/// than one character.
enum TableCells {
    /// The block is one line of at least three cells, each two parted by a lone ideographic space,
    /// and at most half of its cells one character long. A cell may be letter-spaced itself
    /// (`区  名`: ASCII spaces, which the spacing rules close), but holds no line junction.
    static func isRow(_ text: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        var cells = 1, singles = 0, cell = 0
        for s in text {
            let v = s.value
            if v == 0x3000 {
                // A gap at either edge, or two together, is no cell boundary.
                guard cell > 0 else { return false }
                if cell == 1 { singles += 1 }
                cells += 1
                cell = 0
            } else if v == 0x20 {
                continue
            } else if v < 0x20 || s.layoutClass == .space {
                return false
            } else {
                cell += 1
            }
        }
        guard cell > 0, cells >= 3 else { return false }
        if cell == 1 { singles += 1 }
        return singles * 2 <= cells
    }
}
