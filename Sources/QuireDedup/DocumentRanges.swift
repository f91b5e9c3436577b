/// Which recorded document holds a block id. A document's blocks have consecutive ids and
/// later documents get higher ones, so the live documents form a list of disjoint ranges
/// sorted by first id; a block of a forgotten or re-recorded document falls in none (its
/// lingering band entries are ignored, as the SQL lookup ignored them). 24 bytes a document,
/// and 4 bytes for every `1 << spanShift` block ids.
///
/// Every match of a lookup asks for its document. A binary search over 100,000 documents was
/// seventeen dependent reads, the last several cache misses, and a lookup at that size scores
/// some sixty documents: 14 µs a document (perf, `quire-bench dedup` at 100,000 documents,
/// 1.5 at 10,000). Instead the ids are cut into spans of 64, and each span notes the first
/// range that reaches into it: the holder is found from there by a short forward scan
/// (documents average ten blocks: one or two steps, in one or two cache lines).
struct DocumentRanges: Sendable {
    private var firsts: [Int64] = []
    private var lasts: [Int64] = []
    private var documents: [Int64] = []
    /// For span `s` (block ids `s << spanShift` and on), the index of the first range whose
    /// last block is at or past the span's first id, or `count` when there is none; spans
    /// run up to the last block of the last range.
    private var spanStarts: [UInt32] = []
    let spanShift: Int

    init(spanShift: Int = 6) {
        precondition((0...32).contains(spanShift), "a span shift outside 0...32")
        self.spanShift = spanShift
    }

    var count: Int { documents.count }

    /// Adds a document's range; ranges are usually added in increasing order (an append).
    mutating func insert(document: Int64, blocks: ClosedRange<Int64>) {
        precondition(blocks.lowerBound >= 0, "negative block ids")
        let index = insertionPoint(blocks.lowerBound)
        let appended = index == firsts.count && (lasts.last.map { $0 < blocks.lowerBound } ?? true)
        firsts.insert(blocks.lowerBound, at: index)
        lasts.insert(blocks.upperBound, at: index)
        documents.insert(document, at: index)
        precondition(documents.count <= Int(UInt32.max), "more documents than the span index counts")
        if appended {
            // The spans past the last range so far start at the new one.
            let lastSpan = Int(blocks.upperBound >> Int64(spanShift))
            if spanStarts.count <= lastSpan {
                spanStarts.append(contentsOf: repeatElement(UInt32(index), count: lastSpan + 1 - spanStarts.count))
            }
        } else {
            rebuildSpans()
        }
    }

    mutating func remove(blocks: ClosedRange<Int64>) {
        let index = insertionPoint(blocks.lowerBound)
        guard index < firsts.count, firsts[index] == blocks.lowerBound else { return }
        firsts.remove(at: index)
        lasts.remove(at: index)
        documents.remove(at: index)
        // Ranges after it move down one; a span that started at it now starts at its successor,
        // which took its index.
        for span in spanStarts.indices where Int(spanStarts[span]) > index { spanStarts[span] -= 1 }
    }

    /// The span index made afresh (after a range is inserted before others: rare, as ids ascend).
    private mutating func rebuildSpans() {
        spanStarts.removeAll(keepingCapacity: true)
        guard let last = lasts.last else { return }
        let spans = Int(last >> Int64(spanShift)) + 1
        spanStarts.reserveCapacity(spans)
        var index = 0
        for span in 0..<spans {
            let start = Int64(span) << Int64(spanShift)
            while index < lasts.count && lasts[index] < start { index += 1 }
            spanStarts.append(UInt32(index))
        }
    }

    func document(holding block: Int64) -> Int64? {
        entry(holding: block)?.document
    }

    /// The document holding `block`, and the first and last blocks of its range.
    func entry(holding block: Int64) -> (document: Int64, first: Int64, last: Int64)? {
        guard block >= 0 else { return nil }
        let span = Int(truncatingIfNeeded: block >> Int64(spanShift))
        guard span < spanStarts.count else { return nil }
        // The holder, if any, reaches into the span: it is at or after the span's start.
        var index = Int(spanStarts[span])
        while index < lasts.count && lasts[index] < block { index += 1 }
        guard index < lasts.count, firsts[index] <= block else { return nil }
        return (documents[index], firsts[index], lasts[index])
    }

    /// The first index whose range starts at or after `value`.
    private func insertionPoint(_ value: Int64) -> Int {
        var low = 0
        var high = firsts.count
        while low < high {
            let middle = (low + high) / 2
            if firsts[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
