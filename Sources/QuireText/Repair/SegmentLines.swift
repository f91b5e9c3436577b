/// The source lines a segment joins, as indices into the document's lines, in reading order.
///
/// Nearly every block's lines follow one another (a paragraph, a heading, a furniture line):
/// those are held as the first index and the count, with no memory of their own. Only a block
/// that skips a line (page furniture inside a paragraph, a title continued below a mark) keeps
/// an array, made when the first line is skipped. (An array a segment, reserved for sixteen
/// lines, cost an allocation and a free a block: about 1 instruction a byte of Chinese.)
struct SegmentLines: RandomAccessCollection, ExpressibleByArrayLiteral {
    /// The first line of a consecutive run, and how many lines it holds (when `spread` is nil).
    private var start = 0
    private var run = 0
    /// The lines, once they stopped being consecutive.
    private var spread: [Int]? = nil

    /// A segment of one line.
    init(_ line: Int) {
        start = line
        run = 1
    }

    init(arrayLiteral elements: Int...) {
        for line in elements { append(line) }
    }

    @inline(__always)
    var startIndex: Int { 0 }

    @inline(__always)
    var endIndex: Int { count }

    /// (Given, not derived: the collection's own `count` measured the distance generically.)
    @inline(__always)
    var count: Int { spread?.count ?? run }

    @inline(__always)
    subscript(position: Int) -> Int {
        if let spread { return spread[position] }
        precondition(UInt(bitPattern: position) < UInt(bitPattern: run), "index out of range")
        return start &+ position
    }

    /// Walks a consecutive run by counting, the others through their array.
    @inline(__always)
    func makeIterator() -> Iterator {
        Iterator(line: start, end: start &+ run, spread: spread?.makeIterator())
    }

    struct Iterator: IteratorProtocol {
        fileprivate var line: Int
        fileprivate let end: Int
        fileprivate var spread: IndexingIterator<[Int]>?

        @inline(__always)
        mutating func next() -> Int? {
            if spread != nil { return spread!.next() }
            guard line < end else { return nil }
            line &+= 1
            return line &- 1
        }
    }

    /// Adds `line` after the others.
    @inline(__always)
    mutating func append(_ line: Int) {
        if spread == nil, run > 0, line == start &+ run {
            run &+= 1
            return
        }
        appendApart(line)
    }

    /// `append` where the lines are not (or not yet) a run the new one extends.
    private mutating func appendApart(_ line: Int) {
        if spread == nil {
            if run == 0 {
                start = line
                run = 1
                return
            }
            var lines: [Int] = []
            lines.reserveCapacity(run + 8)
            lines.append(contentsOf: start..<(start + run))
            spread = lines
        }
        spread!.append(line)
    }
}
