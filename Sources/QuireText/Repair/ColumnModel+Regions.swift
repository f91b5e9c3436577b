/// A page that joins articles set at different widths (a newspaper page: the end of one text
/// in a wide column, the next in a narrow one) has a column estimate per region.
///
/// The sliding window of `ColumnModel` reaches 25 filled lines each way, so near a change of
/// width it mixes both articles: a narrow article's full lines look short beside the wide
/// one's and end paragraphs, a wide article's short last lines look full. Here the windows stop
/// at every clear change of width (the sharpest in its neighbourhood, as divisions are found),
/// so each region is measured by its own lines.
extension ColumnModel {
    /// A change of two ems or more between the typical widths before and after a line marks
    /// a region boundary (the sharpest within `radius` lines).
    static let regionChange = 2.0
    static let regionRadius = 12

    init(regionsOf lines: LineTable, excluded: [Bool]) {
        let whole = ColumnModel(lines: lines, excluded: excluded)
        let ends = whole.regionEnds(lines)
        guard !ends.isEmpty else {
            self = whole
            return
        }
        var width = whole.width
        var start = 0
        for end in ends + [lines.count - 1] where end >= start {
            let part = ColumnModel.widths(lines, excluded: excluded, in: start..<(end + 1))
            // A region too small to measure keeps the page's estimate.
            if part.contains(where: \.isFinite) {
                for k in start...end { width[k] = part[k - start] }
            }
            start = end + 1
        }
        self.width = width
        self.widthChange = whole.widthChange
        self.headingWidth = whole.width
    }

    /// The lines after which the column's width changes clearly.
    private func regionEnds(_ lines: LineTable) -> [Int] {
        func change(_ i: Int) -> Double { widthChange[i] }
        var ends: [Int] = []
        let n = lines.count
        for i in 0..<n where lines[i].ending != .open {
            let c = change(i)
            guard c >= ColumnModel.regionChange else { continue }
            var sharpest = true
            for k in max(0, i - ColumnModel.regionRadius)...min(n - 1, i + ColumnModel.regionRadius)
            where k != i && lines[k].ending != .open {
                let other = change(k)
                if other > c || (other == c && k < i) { sharpest = false; break }
            }
            if sharpest { ends.append(i) }
        }
        return ends
    }

}
