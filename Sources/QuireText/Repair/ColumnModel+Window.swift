/// The column pass's window counted per half em. Every width is a whole number of half ems
/// (`LineMeasure`), so a histogram holds the window exactly: a line enters and leaves by one
/// increment, and a quantile is read by one walk from the widest filled bucket. (Kept sorted
/// instead, by a binary search and a move of the array's tail per line, the window was half of
/// the column pass.) `ColumnModel.widths` checks that the widths are whole half ems and few
/// enough buckets, and `ColumnModel.slideCounting` keeps the counts.
enum HalfEmWindow {
    /// At most this many buckets (a line some thousands of ems wide falls back to `SortedWindow`).
    static let maximumSpan = 4096

    /// The width's bucket: its half ems.
    @inline(__always)
    static func bucket(_ width: Double) -> Int { Int(width * 2) }

    /// The width a bucket stands for: the same double `LineMeasure.width` gives for its half ems.
    @inline(__always)
    static func width(_ bucket: Int) -> Double { Double(bucket) * 0.5 }

    /// The quantile `q` of the `count` widths that `counts` holds per half em from `lowest`
    /// (infinite when there are none).
    @inline(__always)
    static func quantile(of counts: UnsafeBufferPointer<Int>, count: Int, lowest: Int, _ q: Double) -> Double {
        guard count > 0 else { return .infinity }
        // Found from the widest bucket down: the upper quartile lies among the full lines, a
        // few buckets from the top, where a walk up from the narrowest passed every short
        // line's bucket first. `above` counts the widths in the buckets above `bucket`; the
        // `rank`th smallest is the `count - 1 - rank`th from the top (the walk goes back up
        // for `low + 1` when that lies in a bucket above).
        var bucket = counts.count - 1, above = 0
        return ColumnModel.quantile(count: count, q) { rank in
            let fromTop = count - 1 - rank
            while above > fromTop {
                bucket += 1
                above -= counts[bucket]
            }
            while above + counts[bucket] <= fromTop {
                above += counts[bucket]
                bucket -= 1
            }
            return HalfEmWindow.width(bucket + lowest)
        }
    }
}

/// The sliding window of line widths whose upper quartile `ColumnModel` takes as the column's
/// width, for widths `HalfEmWindow` cannot count: kept in ascending order, a width entering and
/// leaving by a binary search and a move, so the window's quantile needs no sort.
struct SortedWindow {
    private(set) var values: [Double]

    init(capacity: Int) {
        values = []
        values.reserveCapacity(capacity)
    }

    mutating func insert(_ value: Double) {
        values.insert(value, at: position(of: value))
    }

    /// Removes one occurrence of `value`, which must be in the window.
    mutating func remove(_ value: Double) {
        values.remove(at: position(of: value))
    }

    /// The quantile `q` of the widths in the window (infinite when it is empty).
    func quantile(_ q: Double) -> Double { ColumnModel.quantile(sorted: values, q) }

    /// The first index whose value is not less than `value`.
    private func position(of value: Double) -> Int {
        var low = 0, high = values.count
        while low < high {
            let mid = (low + high) >> 1
            if values[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
