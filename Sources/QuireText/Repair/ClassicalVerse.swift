/// Chinese verse set off from the prose on lines of its own: a couplet or a poem quoted in a
/// speech or a report (`长风破浪会有时，` / `直挂云帆济沧海。`). Read as prose, the line ending in a
/// comma ran into the next, and the poem became one line.
///
/// Prose is cut only where the column is full, so a line that stops clearly short after a comma
/// is no prose line; a run of such lines, each the same number of Han characters and one mark,
/// is verse (or a salutation set line by line, which stands alone as well).
enum ClassicalVerse {
    /// Which lines are verse lines: runs of two or more, each four to nine Han characters and a
    /// final `，` `。` `；` `！` or `？` with nothing else but an indent, all of the same length,
    /// at least one of the run's lines before its last ending in `，` or `；`, each short of its
    /// column (`width`) by four ems or more. Nil where there are none, as in nearly every document.
    static func lines(_ lines: LineTable, furniture: [Bool], width: (Int) -> Double) -> [Bool]? {
        var verse: [Bool]? = nil
        var start = 0
        while start < lines.count {
            guard let length = verseLength(lines, start, width), !furniture[start] else { start += 1; continue }
            var end = start + 1
            var openEnds = 0
            while end < lines.count, !furniture[end], verseLength(lines, end, width) == length {
                if lines[end - 1].last == "，" || lines[end - 1].last == "；" { openEnds += 1 }
                end += 1
            }
            if end - start >= 2, openEnds >= 1 {
                if verse == nil { verse = [Bool](repeating: false, count: lines.count) }
                for k in start..<end { verse![k] = true }
            }
            start = end
        }
        return verse
    }

    /// A mark a verse line ends with.
    @inline(__always)
    private static func endsLine(_ s: Unicode.Scalar) -> Bool {
        s == "，" || s == "。" || s == "；" || s == "！" || s == "？"
    }

    /// The line's number of Han characters when it has a verse line's shape (four to nine and
    /// a final mark, nothing else), else nil. (Asked from the line's counts first: nearly every
    /// line is longer, or holds other scalars.)
    @inline(__always)
    static func shapedLength(_ lines: LineTable, _ i: Int) -> Int? {
        let han = lines[i].hanCount
        guard han >= 4, han <= 9, lines[i].count == han + 1, endsLine(lines[i].last) else { return nil }
        return han
    }

    /// `shapedLength`, of a line short of its column by four ems or more.
    @inline(__always)
    private static func verseLength(_ lines: LineTable, _ i: Int, _ width: (Int) -> Double) -> Int? {
        guard let han = shapedLength(lines, i) else { return nil }
        let w = width(i)
        guard !w.isFinite || lines[i].width <= w - 4 else { return nil }
        return han
    }
}
