/// The parties' signature blocks of a treaty or agreement, set side by side at its end, as a
/// layout-preserving extraction gives them: each line holds a line of every block, with a wide
/// gap between (`中华人民共和国政府　　　　越南社会主义共和国政府` / `代　表　　　　代　表` /
/// `王　毅　　　　裴青山`). Read as lines, the blocks interleave and the spacing rules close the
/// gaps (`代表代表`, `王　毅裴青山`); read a block at a time, each is a signature of its own.
/// `ColumnSplitter` leaves them alone: they are too few lines, and too short, for text columns.
enum SignatureColumns {
    /// The most lines a side-by-side signature block spans (body, `代表` or title, name, and a
    /// date or place).
    static let maximumRows = 4

    /// The lines with the file's closing signature blocks read a block at a time; nil where the
    /// file does not end in such blocks.
    static func split(_ lines: LineTable, log: inout RepairLog) -> LineTable? {
        let count = lines.count
        guard count >= 3 else { return nil }
        // A date (and place) printed once under both blocks (`二〇二四年五月八日于北京`), at most
        // two lines, stays after them. (Answered from the last line alone for nearly every file.)
        var n = count
        while n > 0, count - n < 2, !(lines[n - 1].hasSpace && ColumnSplitter.hasGutterWideGap(lines[n - 1].scalars)),
              isDateUnderBlocks(lines[n - 1].scalars) { n -= 1 }
        // The run of lines at the end with a wide gap inside them.
        var start = n
        while start > 0, n - start < maximumRows, lines[start - 1].hasSpace,
              ColumnSplitter.hasGutterWideGap(lines[start - 1].scalars) { start -= 1 }
        guard n - start >= 2, start >= 1, lines[start - 1].ending == .sentence else { return nil }
        let layouts = (start..<n).map { ColumnSplitter.layout(lines[$0]) }
        // The gutter: a cell every line holds a wide gap across (a padded name's or title's own
        // gap, `代　　表`, lies elsewhere on each line); each line is cut at its gap there.
        guard let support = ColumnSplitter.gapSupport(layouts), let x = support.firstIndex(of: layouts.count) else { return nil }
        var left: [LineScalars] = [], right: [LineScalars] = []
        for (k, layout) in zip(start..<n, layouts) {
            guard let gap = layout.gap(across: x)?.scalars else { return nil }
            let s = lines[k].scalars
            left.append(Self.unpadded(s.window(0..<gap.lowerBound)))
            right.append(Self.unpadded(s.window(gap.upperBound..<s.count)))
        }
        // Short cells of Han characters without sentence punctuation, the first naming a
        // signing party on each side (`…政府`, `…部长`).
        // (Or, in English, short cells of words, the first naming a party on each side: `For
        // the Republic of India` / `S. Jaishankar`.)
        let chinese = (left + right).allSatisfy { cell in
            cell.count <= 24 && !LinePatterns.hasSentencePunctuation(cell)
                && cell.allSatisfy({ $0.layoutClass == .han || $0.layoutClass == .space || $0 == "·" || $0 == "（" || $0 == "）" })
        }
        let english = !chinese && (left + right).allSatisfy { cell in
            cell.count <= 60 && cell.allSatisfy({ $0.layoutClass == .letter || $0 == " " || $0 == "." || $0 == "'" || $0 == "-" })
        }
        if chinese {
            guard LinePatterns.isSignatureLine(left[0]), LinePatterns.isSignatureLine(right[0]) else { return nil }
        } else {
            guard english, LatinPartySignature.isParty(left[0]), LatinPartySignature.isParty(right[0]) else { return nil }
        }
        log.record(.columnOrder)
        var table = LineTable.Builder(capacity: count + (n - start))
        let all = Array(lines)
        table.append(contentsOf: all[..<start])
        for cells in [left, right] {
            for (row, cell) in cells.enumerated() {
                let line = lines[start + row]
                // Each block set apart from what comes before it by a blank line.
                table.append(number: line.number, scalars: cell, indent: 0, blankLinesBefore: row == 0 ? 1 : 0)
            }
        }
        table.append(contentsOf: all[n...])
        return table.finish()
    }

    /// A date printed under the blocks, alone or with its place (`二〇二四年五月八日于北京`,
    /// `2024年5月8日`).
    static func isDateUnderBlocks(_ line: LineScalars) -> Bool {
        let visible = line.filter { $0.layoutClass != .space }
        guard visible.count >= 6, visible.count <= 24 else { return false }
        if LinePatterns.isDateLine(LineScalars(visible)) { return true }
        guard let at = visible.firstIndex(of: "于"), at >= 6, visible[at - 1] == "日" else { return false }
        return LinePatterns.isChineseDate(LineScalars(Array(visible[..<at])))
    }

    /// A cell of one to four Han characters without the spaces that pad it to the width of its
    /// neighbours (`代　表`, `王　毅`): the padding is layout. Longer cells (`外交部长　王毅`) keep
    /// theirs for the spacing rules.
    static func unpadded(_ cell: LineScalars) -> LineScalars {
        var visible: [Unicode.Scalar] = []
        var han = 0
        for s in cell where s.layoutClass != .space {
            visible.append(s)
            if s.layoutClass == .han { han += 1 }
        }
        return han > 0 && han <= 4 && visible.count < cell.count ? LineScalars(visible) : cell
    }
}
