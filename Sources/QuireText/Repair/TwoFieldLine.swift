/// A short line set as two fields with a wide gap between them: an imprint
/// (`国务院办公厅秘书局          2022年9月8日印发`), a contact line (`联系人：张明      电话：…`).
/// The gap separates two items the author set apart, so it stays as one ideographic space where
/// letter-spacing and CJK/digit spacing would otherwise close it.
enum TwoFieldLine {
    /// Where the line's one wide gap (four spaces or more, or two ideographic spaces) starts,
    /// when the line has exactly one and is otherwise set tight (not letter-spaced). Nil otherwise.
    static func gap(_ line: LineScalars) -> Int? {
        guard line.count <= 80 else { return nil }
        var gap: Int? = nil
        var otherGaps = 0, visible = 0, visibleBeforeGap = 0
        var k = 0
        while k < line.count {
            guard line[k].layoutClass == .space else { visible += 1; k += 1; continue }
            var end = k, width = 0
            while end < line.count, line[end].layoutClass == .space {
                width += line[end] == "\u{3000}" ? 2 : 1
                end += 1
            }
            // (A blank between brackets, `是（　　）`, is one field's own: to be filled in.)
            if width >= 4, !(k > 0 && line[k - 1] == "（" && end < line.count && line[end] == "）") {
                guard gap == nil else { return nil }
                gap = k
                visibleBeforeGap = visible
            } else {
                otherGaps += 1
            }
            k = end
        }
        // Each field holds a few characters: `通      知` is one letter-spaced word, not two fields.
        // Names signed side by side (`李强        范明政`) are two fields of two or three.
        guard let gap, visible <= 40, otherGaps <= 1 else { return nil }
        let after = visible - visibleBeforeGap
        if visibleBeforeGap >= 4 && after >= 4 { return gap }
        return visibleBeforeGap >= 2 && after >= 2 && visible >= 5 && otherGaps == 0 ? gap : nil
    }
}
