/// A table that the extraction flattened to one cell a line (`序号` / `活动名称` / `场次` / `1` /
/// `主题展览` / `12` / …). Its cells are neither prose to join nor page numbers to drop: each
/// stays a line of its own.
enum FlattenedTable {
    /// Marks the lines that are cells of such a table: a run of at least eight short lines (ten
    /// characters or fewer, no sentence punctuation, no blank line inside the run) of which at
    /// least three are bare numbers and at least two are not.
    static func cells(_ lines: LineTable) -> [Bool] {
        var result = [Bool](filledWith: false, count: lines.count)
        var start = 0
        while start < lines.count {
            var end = start
            var numbers = 0, words = 0
            while end < lines.count, isCellLike(lines[end]), end == start || lines[end].blankLinesBefore == 0 {
                if lines[end].scalars.allSatisfy({ $0.isDigit || $0 == "." || $0 == "%" || $0 == "," }) {
                    numbers += 1
                } else {
                    words += 1
                }
                end += 1
            }
            if end - start >= 8 && numbers >= 3 && words >= 2 {
                for i in start..<end { result[i] = true }
            }
            start = max(end, start + 1)
        }
        return result
    }

    /// Marks the rows of a table set out on its lines (`1　道路改造工程　1200　已完工`, the gaps
    /// between cells made ideographic spaces by `ColumnSplitter`): a run of at least three
    /// lines of two or more short cells each. Each row stays a line of its own.
    static func rows(_ lines: LineTable) -> [Bool] {
        var result = [Bool](filledWith: false, count: lines.count)
        var start = 0
        while start < lines.count {
            var end = start
            while end < lines.count, isRow(lines[end]) { end += 1 }
            if end - start >= 3 {
                for i in start..<end { result[i] = true }
            }
            start = max(end, start + 1)
        }
        return result
    }

    /// Two or more cells of 24 scalars or fewer (a table's first cell may name an indicator and
    /// its unit, `细颗粒物（PM2.5）浓度（微克/立方米）`), each pair set apart by one ideographic space.
    private static func isRow(_ line: LineProfile) -> Bool {
        // (Not a contents line, `第一章　總則……1`: its leader dots join a wrapped entry.)
        guard line.hasSpace, line.hasWideScalar, line.count <= 120, !line.hasLeaderDots else { return false }
        var cells = 1, cell = 0
        for s in line.scalars {
            if s == "\u{3000}" {
                guard cell > 0 else { return false }
                cells += 1
                cell = 0
            } else {
                cell += 1
                if cell > 24 { return false }
            }
        }
        return cells >= 2 && cell > 0
    }

    private static func isCellLike(_ line: LineProfile) -> Bool {
        line.count <= 10 && line.ending == .open && !line.endsMidClause
            && !line.hasSentencePunctuation
    }
}
