/// A table that the extraction flattened to one cell a line (`序号` / `活动名称` / `场次` / `1` /
/// `主题展览` / `12` / …). Its cells are neither prose to join nor page numbers to drop: each
/// stays a line of its own.
enum FlattenedTable {
    /// Marks the lines that are cells of such a table: a run of at least eight short lines (ten
    /// characters or fewer, no sentence punctuation, no blank line inside the run) of which at
    /// least three are bare numbers and at least two are not.
    static func cells(_ lines: [LineProfile]) -> [Bool] {
        var result = [Bool](filledWith: false, count: lines.count)
        var start = 0
        while start < lines.count {
            var end = start
            var numbers = 0, words = 0
            while end < lines.count, isCellLike(lines[end]), end == start || lines[end].blankLinesBefore == 0 {
                if lines[end].scalars.allSatisfy({ $0.layoutClass == .digit || $0 == "." || $0 == "%" || $0 == "," }) {
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

    private static func isCellLike(_ line: LineProfile) -> Bool {
        line.count <= 10 && line.ending == .open && !line.endsMidClause
            && !line.hasSentencePunctuation
    }
}
