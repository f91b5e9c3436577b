/// Estimates, for every line, the width of the column it was set in. A file can hold several
/// widths (a newspaper page with two articles, an appendix in another layout), so the estimate
/// is local: the upper quartile of the widths of nearby lines that do not end a sentence —
/// those are the lines the layout filled, plus indented first lines below them.
struct ColumnModel {
    /// Reference column width per line (indexed like the profiles).
    let width: [Double]
    /// How much the typical width of nearby "middle" lines before each line differs from that
    /// after it, for spotting layout changes (`sides`); 0 where either is unknown. (One array
    /// of the differences, which is all that is read: two of optional widths cost two fills
    /// of a line's 16 bytes each, and a mean on either side where only both are used.)
    let widthChange: [Double]
    /// The width headings are measured against: `width`, except where a region opens (see
    /// `init(regionsOf:excluded:)`).
    let headingWidth: [Double]

    static let window = 25

    init(lines: LineTable, excluded: [Bool]) {
        // The filled lines found once for both passes (each found them again, a pass over
        // every line).
        let filled = ColumnModel.filledLines(lines, excluded: excluded, in: 0..<lines.count)
        let width = ColumnModel.widths(lines, filled: ColumnModel.measuring(filled, of: lines), in: 0..<lines.count)
        widthChange = ColumnModel.sides(lines, filled: filled.lines)
        self.width = width
        self.headingWidth = width
    }

    /// Lines set to fill the column: not excluded, not ending a sentence or clause, more than
    /// one scalar.
    @inline(__always)
    static func isFilled(_ lines: LineTable, _ excluded: [Bool], _ i: Int) -> Bool {
        !excluded[i] && lines[i].ending == .open && lines[i].count > 1
    }

    /// The column width of every line in `range`, measured by the filled lines of `range` only
    /// (indexed from `range.lowerBound`); all infinite when fewer than five lines are filled.
    /// A region of the page is measured in place: a copy of its lines cost a retain and a
    /// release a line, and a whole model (with `before` and `after`, which a region never
    /// reads) a region.
    static func widths(_ lines: LineTable, excluded: [Bool], in range: Range<Int>) -> [Double] {
        widths(lines, filled: measuring(filledLines(lines, excluded: excluded, in: range), of: lines), in: range)
    }

    /// The filled lines of a range, and the width below which they are short lines of their own
    /// (`measuring`), if any.
    struct FilledLines {
        var lines: [Int]
        var shortBelow: Double?
    }

    /// The indices of the lines of `range` that were set to fill the column (`isFilled`), in
    /// order. (The lines that end a sentence are summed in the same pass, for `shortBelow`.)
    static func filledLines(_ lines: LineTable, excluded: [Bool], in range: Range<Int>) -> FilledLines {
        var filled: [Int] = []
        // Most lines of prose are filled lines: reserved, not grown a doubling at a time.
        filled.reserveCapacity(range.count)
        var filledSum = 0.0, sentenceSum = 0.0, sentences = 0
        for i in range where !excluded[i] {
            if lines[i].ending == .open {
                if lines[i].count > 1 {
                    filled.append(i)
                    filledSum += lines[i].width
                }
            } else if lines[i].ending == .sentence {
                sentenceSum += lines[i].width
                sentences &+= 1
            }
        }
        let short = filled.count >= 5 && sentences >= 5
            && filledSum * Double(sentences) < 0.5 * sentenceSum * Double(filled.count)
        return FilledLines(lines: filled, shortBelow: short ? 0.5 * sentenceSum / Double(sentences) : nil)
    }

    /// The filled lines the column is measured by. Where the lines with no final mark are on
    /// average less than half as wide as those that end a sentence (`shortBelow`), most of them
    /// are not lines the layout filled but short lines of their own: a chat's or a script's
    /// speaker names (`林小满` over each message), sound cues, a list of names. Measured as the
    /// column, they made every line read as full, and the whole text ran together. Those
    /// narrower than half the sentence lines' average are left out: what is left (a long
    /// message cut by the column) still measures it. (The layout-change pass, `sides`, reads
    /// them all.)
    static func measuring(_ filled: FilledLines, of lines: LineTable) -> [Int] {
        guard let limit = filled.shortBelow else { return filled.lines }
        return filled.lines.filter { lines[$0].width >= limit }
    }

    /// `widths(_:excluded:in:)`, given the filled lines of `range` (`filledLines`).
    private static func widths(_ lines: LineTable, filled: [Int], in range: Range<Int>) -> [Double] {
        var width = [Double](filledWith: .infinity, count: range.count)
        // Too few filled lines to speak of a column: every width is unknown (infinite).
        guard filled.count >= 5 else { return width }
        // The window's widths are counted per half em when they span few enough (always, but
        // for a file with a line thousands of ems wide), else kept in a sorted array. Each
        // filled line's bucket is found once here: the window's steps then add and subtract
        // counts, where each entry and exit read the line's width from the table and converted
        // it again (with the array's checks, half of this pass).
        var lowest = Int.max, highest = Int.min, whole = true
        var buckets: [Int] = []
        buckets.reserveCapacity(filled.count)
        for index in filled {
            let lineWidth = lines[index].width
            let bucket = HalfEmWindow.bucket(lineWidth)
            lowest = min(lowest, bucket)
            highest = max(highest, bucket)
            if HalfEmWindow.width(bucket) != lineWidth { whole = false }
            buckets.append(bucket)
        }
        if whole && highest - lowest < HalfEmWindow.maximumSpan {
            slideCounting(over: filled, buckets: buckets, lowest: lowest, highest: highest, in: range, into: &width)
        } else {
            var window = SortedWindow(capacity: 2 * ColumnModel.window + 1)
            slide(&window, over: filled, of: lines, in: range, into: &width)
        }
        return width
    }

    /// How often `slide` computes the quantile: every this many filled lines.
    private static var quantileStride: Int { 8 }

    /// The 0.75 quantile of the widths of the filled lines within `window` filled lines of each
    /// line, as `width`. The window moves by one filled line at a time, so its quantile changes
    /// slowly: it is computed every `stride` positions and reused in between, and the window
    /// slides (a few insertions and removals per step), so the whole pass is linear in the lines.
    /// (The anchor a line reads only moves forward: the last quantile computed is the only one
    /// read again.)
    private static func slide(_ window: inout SortedWindow, over filled: [Int], of lines: LineTable,
                              in range: Range<Int>, into width: inout [Double]) {
        var lastSlot = -1, lastValue = 0.0
        var windowLower = 0, windowUpper = 0
        var cursor = 0
        for i in range {
            while cursor < filled.count && filled[cursor] < i { cursor += 1 }
            let slot = cursor / quantileStride
            if slot != lastSlot {
                let anchor = slot * quantileStride
                let lower = max(0, anchor - ColumnModel.window)
                let upper = min(filled.count, anchor + ColumnModel.window)
                // Anchors only move forward, so the window only slides forward.
                while windowUpper < upper { window.insert(lines[filled[windowUpper]].width); windowUpper += 1 }
                while windowLower < lower { window.remove(lines[filled[windowLower]].width); windowLower += 1 }
                lastSlot = slot
                lastValue = window.quantile(0.75)
            }
            width[i - range.lowerBound] = lastValue
        }
    }

    /// `slide` over a histogram of the filled lines' half-em `buckets` (from `lowest` to
    /// `highest`): the same steps and the same quantile (`HalfEmWindow.quantile(of:...)`), with
    /// the counts, the lines and the widths read through their buffers (the window's every
    /// step through its array checked the index and that the array was not shared).
    private static func slideCounting(over filled: [Int], buckets: [Int], lowest: Int, highest: Int,
                                      in range: Range<Int>, into width: inout [Double]) {
        var counts = [Int](filledWith: 0, count: highest - lowest + 1)
        counts.withUnsafeMutableBufferPointer { counts in
            filled.withUnsafeBufferPointer { filled in
                buckets.withUnsafeBufferPointer { buckets in
                    width.withUnsafeMutableBufferPointer { width in
                        var lastSlot = -1, lastValue = 0.0
                        var windowLower = 0, windowUpper = 0
                        var cursor = 0
                        for i in range {
                            while cursor < filled.count && filled[cursor] < i { cursor += 1 }
                            let slot = cursor / quantileStride
                            if slot != lastSlot {
                                let anchor = slot * quantileStride
                                let lower = max(0, anchor - ColumnModel.window)
                                let upper = min(filled.count, anchor + ColumnModel.window)
                                while windowUpper < upper { counts[buckets[windowUpper] - lowest] += 1; windowUpper += 1 }
                                while windowLower < lower { counts[buckets[windowLower] - lowest] -= 1; windowLower += 1 }
                                lastSlot = slot
                                lastValue = HalfEmWindow.quantile(of: UnsafeBufferPointer(counts), count: windowUpper - windowLower,
                                                                  lowest: lowest, 0.75)
                            }
                            width[i - range.lowerBound] = lastValue
                        }
                    }
                }
            }
        }
    }

    /// How much the typical widths of the middle lines (filled lines after a filled line) before
    /// and after each line that ends a sentence or clause differ; 0 where either side has too
    /// few middle lines, at other lines, and everywhere when fewer than five lines are filled.
    /// (`filled`: the filled lines of the whole text, `filledLines`.)
    static func sides(_ lines: LineTable, filled: [Int]) -> [Double] {
        let n = lines.count
        var change = [Double](filledWith: 0, count: n)
        guard filled.count >= 5 else { return change }
        var middle: [Int] = []
        middle.reserveCapacity(filled.count)
        for i in filled where i > 0 && lines[i - 1].ending == .open { middle.append(i) }
        var mcursor = 0
        let side = 12
        // The middle lines' widths, gathered once: each sentence end reads up to 24 of them.
        let middleWidths = middle.map { lines[$0].width }
        // The means last taken, by the cursor that placed their windows: sentence ends with no
        // middle line between them (short paragraphs) read the same windows again.
        var lastBefore = (cursor: -1, mean: 0.0), lastAfter = (cursor: -1, mean: 0.0)
        for i in 0..<n {
            while mcursor < middle.count && middle[mcursor] <= i { mcursor += 1 }
            // Layout changes are only looked for where a sentence ends.
            guard lines[i].ending != .open else { continue }
            // middle[0..<mcursor] are at or before i; both sides need six.
            guard mcursor >= 6, middle.count - mcursor >= 6 else { continue }
            if lastBefore.cursor != mcursor {
                lastBefore = (mcursor, ColumnModel.trimmedMean(middleWidths[max(0, mcursor - side)..<mcursor]))
            }
            if lastAfter.cursor != mcursor {
                lastAfter = (mcursor, ColumnModel.trimmedMean(middleWidths[mcursor..<min(middle.count, mcursor + side)]))
            }
            change[i] = abs(lastBefore.mean - lastAfter.mean)
        }
        return change
    }

    /// The mean without the two highest and two lowest values: robust to a digit-heavy or
    /// letter-spaced line, yet (unlike a median) sharpest exactly where a layout changes.
    static func trimmedMean(_ values: ArraySlice<Double>) -> Double {
        // Sum minus the extremes, found by one scan (no sort, no copy). Widths are multiples of
        // half an em, so these sums are exact and equal to summing the sorted middle.
        let count = values.count
        let trim = count >= 8 ? 2 : (count >= 5 ? 1 : 0)
        var total = 0.0
        var low1 = Double.infinity, low2 = Double.infinity, high1 = -Double.infinity, high2 = -Double.infinity
        // The two lowest and two highest kept by minima and maxima, without branches: the same
        // four values as `if v < low1 { low2 = low1; low1 = v } else if v < low2 { low2 = v }`
        // and its mirror (26 instructions a value). Each written `a < b ? a : b`, the form of
        // one `minsd` (or `maxsd`): `Swift.min` and `max` keep the other operand on a tie, which
        // took a compare and three logical operations each. Widths are never NaN or -0.
        values.withUnsafeBufferPointer { values in
            for v in values {
                total += v
                let upper = low1 > v ? low1 : v
                low2 = upper < low2 ? upper : low2
                low1 = v < low1 ? v : low1
                let lower = high1 < v ? high1 : v
                high2 = lower > high2 ? lower : high2
                high1 = v > high1 ? v : high1
            }
        }
        if trim >= 1 { total -= low1 + high1 }
        if trim >= 2 { total -= low2 + high2 }
        return total / Double(count - 2 * trim)
    }

    /// The quantile of values already in ascending order, interpolated between neighbours.
    static func quantile<C: RandomAccessCollection>(sorted: C, _ q: Double) -> Double where C.Element == Double, C.Index == Int {
        guard !sorted.isEmpty else { return .infinity }
        return quantile(count: sorted.count, q) { sorted[sorted.startIndex + $0] }
    }

    /// The quantile `q` of `count` values, the `rank`th smallest given by `value(rank)`: the two
    /// values around the position, interpolated (one formula for every window, so that they agree
    /// to the last bit).
    @inline(__always)
    static func quantile(count: Int, _ q: Double, value: (Int) -> Double) -> Double {
        let position = q * Double(count - 1)
        let low = Int(position.rounded(.down))
        let high = min(count - 1, low + 1)
        let fraction = position - Double(low)
        return value(low) * (1 - fraction) + value(high) * fraction
    }
}
