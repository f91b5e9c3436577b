/// Estimates, for every line, the width of the column it was set in. A file can hold several
/// widths (a newspaper page with two articles, an appendix in another layout), so the estimate
/// is local: the upper quartile of the widths of nearby lines that do not end a sentence —
/// those are the lines the layout filled, plus indented first lines below them.
struct ColumnModel {
    /// Reference column width per line (indexed like the profiles).
    let width: [Double]
    /// Typical width of nearby "middle" lines before and after each line, for spotting layout changes.
    let before: [Double?]
    let after: [Double?]

    static let window = 25

    init(lines: [LineProfile], excluded: [Bool]) {
        let n = lines.count
        // Indices of lines that were set to fill the column.
        var filled: [Int] = []
        var middle: [Int] = []
        for i in 0..<n where !excluded[i] && lines[i].ending == .open && lines[i].count > 1 {
            filled.append(i)
            if i > 0, lines[i - 1].ending == .open { middle.append(i) }
        }
        var width = [Double](repeating: .infinity, count: n)
        var before = [Double?](repeating: nil, count: n)
        var after = [Double?](repeating: nil, count: n)
        // Too few filled lines to speak of a column: every width is unknown (infinite).
        if filled.count >= 5 {
            // The window moves by one filled line at a time, so its quantile changes slowly:
            // compute it every `stride` positions and reuse it in between (linear, not n·w·log w).
            let stride = 8
            var cache: [Int: Double] = [:]
            var cursor = 0
            for i in 0..<n {
                while cursor < filled.count && filled[cursor] < i { cursor += 1 }
                let anchor = (cursor / stride) * stride
                if let known = cache[anchor] {
                    width[i] = known
                    continue
                }
                let lower = max(0, anchor - ColumnModel.window)
                let upper = min(filled.count, anchor + ColumnModel.window)
                let sample = filled[lower..<upper].map { lines[$0].width }
                let value = ColumnModel.quantile(sample, 0.75)
                cache[anchor] = value
                width[i] = value
            }
            var mcursor = 0
            let side = 12
            for i in 0..<n {
                while mcursor < middle.count && middle[mcursor] <= i { mcursor += 1 }
                // Layout changes are only looked for where a sentence ends.
                guard lines[i].ending != .open else { continue }
                // middle[0..<mcursor] are at or before i
                let left = middle[max(0, mcursor - side)..<mcursor].map { lines[$0].width }
                let right = middle[mcursor..<min(middle.count, mcursor + side)].map { lines[$0].width }
                if left.count >= 6 { before[i] = ColumnModel.trimmedMean(left) }
                if right.count >= 6 { after[i] = ColumnModel.trimmedMean(right) }
            }
        }
        self.width = width
        self.before = before
        self.after = after
    }

    /// The mean without the two highest and two lowest values: robust to a digit-heavy or
    /// letter-spaced line, yet (unlike a median) sharpest exactly where a layout changes.
    static func trimmedMean(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let trim = sorted.count >= 8 ? 2 : (sorted.count >= 5 ? 1 : 0)
        let kept = sorted[trim..<(sorted.count - trim)]
        return kept.reduce(0, +) / Double(kept.count)
    }

    static func quantile(_ values: [Double], _ q: Double) -> Double {
        guard !values.isEmpty else { return .infinity }
        let sorted = values.sorted()
        let position = q * Double(sorted.count - 1)
        let low = Int(position.rounded(.down))
        let high = min(sorted.count - 1, low + 1)
        let fraction = position - Double(low)
        return sorted[low] * (1 - fraction) + sorted[high] * fraction
    }
}
