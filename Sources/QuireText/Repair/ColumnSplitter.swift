/// Text columns set side by side, as a layout-preserving extraction (`pdftotext -layout`) gives
/// a page of two or three columns: each line holds a line of every column, with a wide gap (the
/// gutter) between them. Read as lines, the columns interleave a line at a time. Where a run of
/// lines shares one gutter, each column is read down before the next, its lines keeping their
/// own indents and blank lines, so the rest of repair sees the column as it was printed.
///
/// A table also holds wide gaps at fixed places; it is told apart by its cells: a text column
/// fills its width on most lines (justified), with several characters on each side of the gutter,
/// where a table's cells are short and ragged.
enum ColumnSplitter {
    /// Display cells of white space that may separate two columns (three spaces, or two
    /// ideographic spaces): narrower gaps are word spacing or a justified line's slack.
    static let gutterCells = 3
    /// Lines that must show the gutter before a run counts as columns.
    static let minimumRows = 5
    /// Lines with wide gaps at the same places that may be a table (`tableRows` then asks its
    /// cells): a small table, a recipe's four ingredients, has no more.
    static let minimumTableRows = 3

    /// The lines with side-by-side columns read a column at a time; the others unchanged.
    static func split(_ lines: LineTable, log: inout RepairLog) -> LineTable {
        // Most files have no cluster of lines with a wide gap inside them (columns put one on
        // nearly every line; OCR noise here and there): answered without a layout.
        var cluster = 0, lastWide = -10
        for i in lines.indices
        where lines[i].hasSpace && hasGutterWideGap(lines[i].scalars, mayHoldIdeographicSpace: lines[i].hasIdeographicSpace) {
            cluster = i - lastWide <= 3 ? cluster + 1 : 1
            lastWide = i
            if cluster >= minimumTableRows {
                // The lines kept are views of this table, those cut views of tables of their own:
                // gathered into one.
                var table = LineTable.Builder(capacity: lines.count)
                table.append(contentsOf: split(Array(lines), depth: 0, log: &log))
                return table.finish()
            }
        }
        return lines
    }

    /// A run of white space inside the line as wide as a gutter (`gutterCells`): two spaces
    /// after a sentence, common in typed text, are not.
    ///
    /// - Parameter mayHoldIdeographicSpace: false when the line is known to hold no ideographic
    ///   space (`LineProfile.hasIdeographicSpace`): then only three spaces in a row make the
    ///   gap, and every third scalar is enough to find one (one of the three stands at an index
    ///   that is a multiple of three). Scalar by scalar, every letter-spaced Chinese line was
    ///   read whole.
    static func hasGutterWideGap(_ line: LineScalars, mayHoldIdeographicSpace: Bool = true) -> Bool {
        // Read through the line's buffer: asked of every line with a space (all of Latin text).
        guard mayHoldIdeographicSpace else {
            return line.withUnsafeBufferPointer { scalars in
                let n = scalars.count
                var k = 0
                while k < n {
                    if scalars[k] == " " {
                        // The run of spaces through `k`: three long at least?
                        var low = k, high = k &+ 1
                        while low > 0, scalars[low &- 1] == " " { low &-= 1 }
                        while high < n, scalars[high] == " " { high &+= 1 }
                        if high &- low >= gutterCells { return true }
                    }
                    k &+= gutterCells
                }
                return false
            }
        }
        return line.withUnsafeBufferPointer { scalars in
            var run = 0
            for s in scalars {
                let v = s.value
                if v == 0x20 { run &+= 1 } else if v == 0x3000 { run &+= 2 } else { run = 0; continue }
                if run >= gutterCells { return true }
            }
            return false
        }
    }

    /// One line's layout in display cells (a CJK character or an ideographic space two, any
    /// other scalar one), counted from the page's left edge.
    struct Layout {
        var textStart = 0
        var textEnd = 0
        /// Wide gaps inside the line: display cells `cells` and scalar offsets `scalars`.
        var gaps: [(cells: Range<Int>, scalars: Range<Int>)] = []
        /// Display cell of each scalar's start, and of the line's end (one more than scalars).
        var cells: [Int] = []

        /// The wide gap that spans display cell `x`, if any.
        func gap(across x: Int) -> (cells: Range<Int>, scalars: Range<Int>)? {
            gaps.first { $0.cells.lowerBound < x && x < $0.cells.upperBound }
        }
    }

    /// For each display cell, how many of the lines hold a wide gap across it; nil where the
    /// lines are too narrow (8 cells or fewer) to hold two columns.
    static func gapSupport(_ layouts: [Layout]) -> [Int]? {
        let width = layouts.map(\.textEnd).max() ?? 0
        guard width > 8 else { return nil }
        var support = [Int](repeating: 0, count: width + 1)
        for layout in layouts {
            // (Every gap a layout keeps is a gutter's width: `layout(_:)` keeps no narrower.)
            for gap in layout.gaps {
                for x in (gap.cells.lowerBound + 1)..<gap.cells.upperBound { support[x] += 1 }
            }
        }
        return support
    }

    /// The display cells a scalar takes where a layout-preserving extraction aligned its text:
    /// two for CJK characters and the ideographic space (East Asian wide), one for the rest.
    static func cells(_ scalar: Unicode.Scalar) -> Int {
        scalar.value == 0x3000 || (scalar.value >= 0x1100 && scalar.layoutClass.isCJK) ? 2 : 1
    }

    /// The line's text span and wide gaps, in display cells from the page's left edge (its
    /// indent counted back into cells).
    static func layout(_ line: LineProfile) -> Layout {
        var layout = Layout()
        let start = Int((line.indent * 2).rounded())
        layout.textStart = start
        layout.cells.reserveCapacity(line.count + 1)
        var x = start
        var k = 0
        let s = line.scalars
        while k < s.count {
            if s[k].layoutClass == .space {
                let from = k, fromCell = x
                while k < s.count, s[k].layoutClass == .space {
                    layout.cells.append(x)
                    x += cells(s[k])
                    k += 1
                }
                if x - fromCell >= gutterCells { layout.gaps.append((fromCell..<x, from..<k)) }
                continue
            }
            layout.cells.append(x)
            x += cells(s[k])
            k += 1
        }
        layout.cells.append(x)
        layout.textEnd = x
        return layout
    }

    private static func split(_ lines: [LineProfile], depth: Int, log: inout RepairLog) -> [LineProfile] {
        guard depth < 3, lines.count >= minimumTableRows else { return lines }
        let layouts = lines.map(layout)
        guard let support = gapSupport(layouts) else { return lines }
        // The gutter: the cell most lines hold a wide gap across (ties: the leftmost, so the
        // first column comes off first and the rest is split again).
        guard let best = support.max(), best >= minimumTableRows, let x = support.firstIndex(of: best) else { return lines }

        // Runs of consecutive lines that all keep clear of the gutter.
        var result: [LineProfile] = []
        result.reserveCapacity(lines.count + lines.count / 2)
        var i = 0
        while i < lines.count {
            guard isClear(layouts[i], of: x) else { result.append(lines[i]); i += 1; continue }
            var end = i
            while end < lines.count, isClear(layouts[end], of: x) { end += 1 }
            let run = i..<end
            if let columns = columns(of: lines, layouts, in: run, gutter: x) {
                log.record(.columnOrder)
                result.append(contentsOf: columns.left)
                result.append(contentsOf: split(columns.right, depth: depth + 1, log: &log))
            } else {
                result.append(contentsOf: tableRows(of: lines, layouts, in: run, log: &log))
            }
            i = end
        }
        return result
    }

    /// The run's lines as table rows when they read as a table: at least three lines of two
    /// or more short cells (twelve scalars or fewer on average) set apart by wide gaps. Each
    /// gap becomes one ideographic space, which repair keeps between cells (`1　道路改造工程　1200`),
    /// where spacing rules would close a wide gap beside Chinese text. Otherwise the lines as they are.
    private static func tableRows(of lines: [LineProfile], _ layouts: [Layout], in run: Range<Int>,
                                  log: inout RepairLog) -> ArraySlice<LineProfile> {
        var rows = 0
        for k in run where !layouts[k].gaps.isEmpty {
            let cells = layouts[k].gaps.count + 1
            let visible = lines[k].count - layouts[k].gaps.reduce(0) { $0 + $1.scalars.count }
            guard visible <= 12 * cells else { return lines[run] }
            rows += 1
        }
        guard rows >= 3 else { return lines[run] }
        var result: [LineProfile] = []
        result.reserveCapacity(run.count)
        let mostCells = run.reduce(0) { max($0, layouts[$1].gaps.count + 1) }
        // The row last built: its scalars, where each of its cells starts (display cells) and
        // ends (in `scalars`), and the line it came from.
        var row: (scalars: [Unicode.Scalar], starts: [Int], ends: [Int], line: Int, origin: Int)? = nil
        func flush() {
            guard let built = row else { return }
            let line = lines[built.origin]
            result.append(LineProfile(number: line.number, scalars: built.scalars, indent: line.indent,
                                      blankLinesBefore: line.blankLinesBefore))
            row = nil
        }
        for k in run {
            let line = lines[k], gaps = narrowCellGaps(line, layouts[k], mostCells: mostCells) ?? layouts[k].gaps
            guard !gaps.isEmpty else {
                // A cell the column wrapped under its row (`南湖区湖滨大道266号市民` /
                // `中心B座3楼`, set under the cell's start): the rest of that cell.
                if var built = row, built.line == k - 1, line.blankLinesBefore == 0,
                   let c = wrappedCell(line, layouts[k], under: built.starts, row: layouts[built.origin]) {
                    let rest = line.scalars.filter { $0.layoutClass != .space }
                    built.scalars.insert(contentsOf: rest, at: built.ends[c])
                    for m in c..<built.ends.count { built.ends[m] += rest.count }
                    built.line = k
                    row = built
                    continue
                }
                flush()
                result.append(line)
                continue
            }
            flush()
            var scalars: [Unicode.Scalar] = []
            scalars.reserveCapacity(line.count)
            var starts = [layouts[k].textStart], ends: [Int] = []
            var from = 0
            for gap in gaps {
                scalars.append(contentsOf: line.scalars[from..<gap.scalars.lowerBound])
                ends.append(scalars.count)
                scalars.append("\u{3000}")
                log.record(.whitespace)
                from = gap.scalars.upperBound
                starts.append(gap.cells.upperBound)
            }
            scalars.append(contentsOf: line.scalars[from...])
            ends.append(scalars.count)
            row = (scalars, starts, ends, k, k)
        }
        flush()
        return result[...]
    }

    /// The cell of the row above (cells starting at display cells `starts`; `row`, the row's
    /// own line's layout) that line `line` goes on, when it is a short piece of text (ten
    /// characters at most, no sentence's end) set under that cell's start: under a later cell (a
    /// row never leaves its first cell empty), or under the first where that cell filled its
    /// column (ending within six cells of the next; else the line is a label of its own, `【做法】`).
    private static func wrappedCell(_ line: LineProfile, _ layout: Layout, under starts: [Int], row: Layout) -> Int? {
        guard line.count - line.scalars.filter({ $0.layoutClass == .space }).count <= 10, !line.hasSentenceMark,
              let c = starts.lastIndex(where: { $0 <= layout.textStart + 1 }), abs(starts[c] - layout.textStart) <= 1 else { return nil }
        if c > 0 { return c }
        guard let firstGap = row.gaps.first, starts.count > 1 else { return nil }
        return starts[1] - firstGap.cells.lowerBound <= 6 ? 0 : nil
    }

    /// A row with fewer cells than the table's widest, where two spaces part two of its cells
    /// (a long first cell pushed the next one close, `城市生活垃圾分类覆盖率（%）  60`): its gaps
    /// with those two-space ones among them, in order. Nil where the row has all its cells.
    private static func narrowCellGaps(_ line: LineProfile, _ layout: Layout, mostCells: Int) -> [(cells: Range<Int>, scalars: Range<Int>)]? {
        guard !layout.gaps.isEmpty, layout.gaps.count + 1 < mostCells else { return nil }
        let s = line.scalars
        var gaps = layout.gaps
        var k = 1
        while k + 2 < s.count {
            if s[k] == " ", s[k + 1] == " ", s[k - 1] != " ", s[k + 2] != " ", !gaps.contains(where: { $0.scalars.contains(k) }) {
                gaps.append((layout.cells[k]..<layout.cells[k + 2], k..<(k + 2)))
                k += 2
            } else {
                k += 1
            }
        }
        guard gaps.count > layout.gaps.count, gaps.count + 1 <= mostCells else { return nil }
        return gaps.sorted { $0.scalars.lowerBound < $1.scalars.lowerBound }
    }

    /// The line has no text across cell `x`: a gap there, or text on one side only.
    private static func isClear(_ layout: Layout, of x: Int) -> Bool {
        if layout.textEnd <= x || layout.textStart > x { return true }
        return layout.gap(across: x) != nil
    }

    /// The run's lines cut at the gutter, when they read as text columns: enough lines show
    /// both columns, and the left one fills its width on most of them.
    private static func columns(of lines: [LineProfile], _ layouts: [Layout], in run: Range<Int>,
                                gutter x: Int) -> (left: [LineProfile], right: [LineProfile])? {
        var both = 0, filled = 0, leftScalars = 0, rightScalars = 0
        var leftEdge = 0, rightEdge = Int.max
        for k in run {
            let layout = layouts[k]
            guard let gap = layout.gap(across: x) else {
                if layout.textStart > x { rightEdge = min(rightEdge, layout.textStart) }
                continue
            }
            both += 1
            leftEdge = max(leftEdge, gap.cells.lowerBound)
            rightEdge = min(rightEdge, gap.cells.upperBound)
            leftScalars += gap.scalars.lowerBound
            rightScalars += lines[k].count - gap.scalars.upperBound
        }
        guard both >= minimumRows else { return nil }
        // A table whose first two cells stand close on some row (`城市生活垃圾分类覆盖率（%）  60`)
        // has its gutter further right: what lies left of it is then cells with gaps of their
        // own on most lines, where a text column has none.
        var cellsLeft = 0
        for k in run {
            guard let gap = layouts[k].gap(across: x) else { continue }
            if layouts[k].gaps.contains(where: { $0.cells.upperBound <= gap.cells.lowerBound }) { cellsLeft += 1 }
        }
        if cellsLeft * 2 > both { return nil }
        for k in run {
            if let gap = layouts[k].gap(across: x),
               gap.cells.lowerBound >= leftEdge - 4 { filled += 1 }
        }
        // Text on both sides (a table's cells are short), and a left column filled to its edge
        // on most lines (a table's are ragged), or long lines on both sides (a ragged-right
        // Latin column).
        guard leftScalars >= 8 * both, rightScalars >= 6 * both,
              filled * 3 >= both * 2 || (leftScalars >= 16 * both && rightScalars >= 16 * both) else { return nil }

        // Each column's indents are measured from its own left edge: the page margin before the
        // first column is no indent, as the gutter before the second is none.
        var margin = Int.max
        for k in run where layouts[k].textStart <= x { margin = min(margin, layouts[k].textStart) }
        if margin == Int.max { margin = 0 }
        var left: [LineProfile] = [], right: [LineProfile] = []
        var leftBlanks = lines[run.lowerBound].blankLinesBefore, rightBlanks = 0
        for k in run {
            let line = lines[k], layout = layouts[k]
            if k > run.lowerBound {
                leftBlanks += line.blankLinesBefore
                rightBlanks += line.blankLinesBefore
            }
            let cut: (leftEnd: Int, rightStart: Int)
            if let gap = layout.gap(across: x) {
                cut = (gap.scalars.lowerBound, gap.scalars.upperBound)
            } else if layout.textStart > x {
                cut = (0, 0)
            } else {
                cut = (line.count, line.count)
            }
            if cut.leftEnd > 0 {
                left.append(LineProfile(number: line.number, scalars: line.scalars.window(0..<cut.leftEnd),
                                        indent: Double(layout.textStart - margin) / 2, blankLinesBefore: leftBlanks))
                leftBlanks = 0
            } else {
                leftBlanks += 1
            }
            if cut.rightStart < line.count {
                let start = cut.rightStart == 0 ? layout.textStart : layout.cells[cut.rightStart]
                right.append(LineProfile(number: line.number, scalars: line.scalars.window(cut.rightStart..<line.count),
                                         indent: Double(max(0, start - rightEdge)) / 2, blankLinesBefore: rightBlanks))
                rightBlanks = 0
            } else {
                rightBlanks += 1
            }
        }
        // A column's first line follows the other column's last: no blank line between them.
        if let first = right.first, first.blankLinesBefore > 0 {
            right[0] = LineProfile(number: first.number, scalars: first.scalars, indent: first.indent, blankLinesBefore: 0)
        }
        return (left, right)
    }
}
