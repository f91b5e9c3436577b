/// A form printed in an official document (an attachment's `推荐表`, `申请表`, `回执`): lines
/// with blanks to fill in, `姓　　名：__________　性　　别：______`, `填表日期：　　年　　月　　日`.
/// Each such line stands alone, as printed: its blanks are the form, not letter-spacing to
/// close, and the fields of two lines are never one paragraph.
enum FormLines {
    /// The line's last scalar may end a form line: a blank (`_`, `＿`), or the `日` of a date
    /// with gaps to fill in. (Asked first, from the line's record: most lines end otherwise.)
    @inline(__always)
    static func mayEndFormLine(_ line: LineProfile) -> Bool {
        line.last == "_" || line.last == "＿" || (line.last == "日" && line.hasSpace)
    }

    /// The line holds a blank to fill in: a run of three or more underscores, or a date
    /// template whose year, month and day are gaps (`　　年　　月　　日`, no digit in them).
    static func isFormLine(_ line: LineProfile) -> Bool {
        guard mayEndFormLine(line) else { return false }
        let s = line.scalars
        var run = 0
        for k in 0..<s.count {
            if s[k] == "_" || s[k] == "＿" {
                run += 1
                if run >= 3 { return true }
            } else {
                run = 0
            }
        }
        return hasDateTemplate(s)
    }

    /// `年　　月　　日` at the line's end: each of 年 and 月 followed by a gap of two spaces or more.
    private static func hasDateTemplate(_ s: LineScalars) -> Bool {
        guard s.count >= 7, s[s.count - 1] == "日" else { return false }
        func gapBefore(_ end: Int) -> Int? {
            var k = end
            while k > 0, s[k - 1].layoutClass == .space { k -= 1 }
            return end - k >= 2 ? k : nil
        }
        guard let monthEnd = gapBefore(s.count - 1), monthEnd >= 1, s[monthEnd - 1] == "月",
              let yearEnd = gapBefore(monthEnd - 1), yearEnd >= 1, s[yearEnd - 1] == "年" else { return false }
        return true
    }
}
