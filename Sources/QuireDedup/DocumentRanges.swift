/// Which recorded document holds a block id. A document's blocks have consecutive ids and
/// later documents get higher ones, so the live documents form a list of disjoint ranges
/// sorted by first id; a block of a forgotten or re-recorded document falls in none (its
/// lingering band entries are ignored, as the SQL lookup ignored them). 24 bytes a document.
struct DocumentRanges: Sendable {
    private var firsts: [Int64] = []
    private var lasts: [Int64] = []
    private var documents: [Int64] = []

    var count: Int { documents.count }

    /// Adds a document's range; ranges are usually added in increasing order (an append).
    mutating func insert(document: Int64, blocks: ClosedRange<Int64>) {
        let index = insertionPoint(blocks.lowerBound)
        firsts.insert(blocks.lowerBound, at: index)
        lasts.insert(blocks.upperBound, at: index)
        documents.insert(document, at: index)
    }

    mutating func remove(blocks: ClosedRange<Int64>) {
        let index = insertionPoint(blocks.lowerBound)
        guard index < firsts.count, firsts[index] == blocks.lowerBound else { return }
        firsts.remove(at: index)
        lasts.remove(at: index)
        documents.remove(at: index)
    }

    func document(holding block: Int64) -> Int64? {
        entry(holding: block)?.document
    }

    /// The document holding `block`, and the first and last blocks of its range.
    func entry(holding block: Int64) -> (document: Int64, first: Int64, last: Int64)? {
        let index = insertionPoint(block + 1) - 1
        guard index >= 0, block <= lasts[index] else { return nil }
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
