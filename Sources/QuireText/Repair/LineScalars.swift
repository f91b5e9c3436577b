/// One line's scalars, indexed from zero like an array: a window on a buffer that the lines of
/// a document share.
///
/// `Repairer.profileLines` decodes every line's scalars one after another into one buffer for
/// the whole document (`ScalarStorage`). An array of its own for each line cost an allocation
/// when the line was profiled, a copy out of the decoder's scratch buffer, and a free when the
/// document was done with: about 7 instructions a byte of Chinese. The window holds the
/// shared buffer (one reference, as the line's own array was) and where the line lies in it.
///
/// Indices run from zero to `count`, whatever part of the buffer the line holds, so code that
/// reads `line[0]` or `line[line.count - 1]` reads the line as it read an array. A slice keeps
/// the line's indices (`Slice<LineScalars>`), as an array's slice keeps the array's.
struct LineScalars: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
    /// (Read by `LineTable`, which records where a line lies rather than holding its scalars.)
    let storage: ScalarStorage
    /// Where the line starts in `storage`.
    let offset: Int
    let count: Int

    /// The scalars of `storage` from `offset`, `count` of them, which must lie inside it.
    init(_ storage: ScalarStorage, offset: Int, count: Int) {
        precondition(offset >= 0 && count >= 0 && offset + count <= storage.capacity, "a line outside its buffer")
        self.storage = storage
        self.offset = offset
        self.count = count
    }

    /// A line that `LineTable` recorded, which checked it lay inside `storage` when it was appended.
    @inline(__always)
    init(unchecked storage: ScalarStorage, offset: Int, count: Int) {
        self.storage = storage
        self.offset = offset
        self.count = count
    }

    /// The scalars at `range` of this line (which must lie inside it), as a line of their own
    /// in the same buffer: where side-by-side columns are cut apart (`ColumnSplitter`).
    func window(_ range: Range<Int>) -> LineScalars {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "a window outside the line")
        return LineScalars(storage, offset: offset + range.lowerBound, count: range.count)
    }

    /// A copy of `array` (tests, and the few lines that are changed after they are read).
    init(_ array: [Unicode.Scalar]) {
        let storage = array.withUnsafeBufferPointer { ScalarStorage($0) }
        self.init(storage, offset: 0, count: array.count)
    }

    init(arrayLiteral elements: Unicode.Scalar...) {
        self.init(elements)
    }

    @inline(__always)
    var startIndex: Int { 0 }

    @inline(__always)
    var endIndex: Int { count }

    /// Bounds-checked as an array's subscript is, against the line's own part of the buffer.
    @inline(__always)
    subscript(position: Int) -> Unicode.Scalar {
        precondition(UInt(bitPattern: position) < UInt(bitPattern: count), "index out of range")
        return storage.base[offset &+ position]
    }

    /// Walks the line by pointer: through the subscript, each step checked its bound and
    /// read the buffer's address again.
    @inline(__always)
    func makeIterator() -> Iterator {
        Iterator(storage: storage, position: UnsafePointer(storage.base + offset),
                 end: UnsafePointer(storage.base + offset + count))
    }

    struct Iterator: IteratorProtocol {
        /// Keeps the scalars that `position` points into alive.
        fileprivate let storage: ScalarStorage
        fileprivate var position: UnsafePointer<Unicode.Scalar>
        fileprivate let end: UnsafePointer<Unicode.Scalar>

        @inline(__always)
        mutating func next() -> Unicode.Scalar? {
            guard position < end else { return nil }
            defer { position += 1 }
            return position.pointee
        }
    }

    /// The line's scalars as a buffer, as `Array.withUnsafeBufferPointer` gives them.
    @inline(__always)
    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Unicode.Scalar>) throws -> R) rethrows -> R {
        try withExtendedLifetime(storage) { try body(UnsafeBufferPointer(start: storage.base + offset, count: count)) }
    }

    /// Lets the standard library copy and compare the line as a block, as it does an array
    /// (`append(contentsOf:)`, `Array(_:)`): element by element, through the subscript, a
    /// block's lines were copied at twice the cost.
    @inline(__always)
    func withContiguousStorageIfAvailable<R>(_ body: (UnsafeBufferPointer<Unicode.Scalar>) throws -> R) rethrows -> R? {
        try withUnsafeBufferPointer(body)
    }

    /// A copy in an array of its own.
    var array: [Unicode.Scalar] { withUnsafeBufferPointer { Array($0) } }

    /// Equal when the scalars are, wherever they lie.
    static func == (lhs: LineScalars, rhs: LineScalars) -> Bool {
        lhs.withUnsafeBufferPointer { l in rhs.withUnsafeBufferPointer { r in l.elementsEqual(r) } }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        withUnsafeBufferPointer { for scalar in $0 { hasher.combine(scalar) } }
    }
}

/// The scalars of a document's lines, one after another, in one allocation that the lines'
/// `LineScalars` share.
///
/// The one place where the repair holds memory of its own. An array would do, but a line read
/// through an array slice paid two bounds checks and the offset arithmetic on every scalar,
/// and the document's lines were copied into it from a scratch buffer and then again into the
/// lines' own storage; here each line is decoded in place (`writing(at:count:_:)`).
///
/// Each part is written once, while the document's lines are profiled, before any line that
/// reads it exists, and never changed after; `Repairer.profileLines` does all the writing on
/// one thread, before the lines are shared. That is what makes it `Sendable`.
final class ScalarStorage: @unchecked Sendable {
    /// `capacity` scalars; of them, what has been written.
    let base: UnsafeMutablePointer<Unicode.Scalar>
    let capacity: Int

    /// Room for `capacity` scalars, unwritten. (Scalars are plain values: a part that is never
    /// written is never read, and nothing needs to be destroyed.)
    init(capacity: Int) {
        self.capacity = capacity
        // Never a zero-sized allocation: an empty document still gets a valid pointer.
        base = UnsafeMutablePointer<Unicode.Scalar>.allocate(capacity: max(1, capacity))
    }

    /// A copy of `scalars`.
    convenience init(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        self.init(capacity: scalars.count)
        if let source = scalars.baseAddress { base.initialize(from: source, count: scalars.count) }
    }

    /// Lets `body` write the part from `offset`, `count` scalars long. Only before a line that
    /// reads the part is made.
    @inline(__always)
    func writing<R>(at offset: Int, count: Int, _ body: (UnsafeMutableBufferPointer<Unicode.Scalar>) throws -> R) rethrows -> R {
        precondition(offset >= 0 && count >= 0 && offset + count <= capacity, "writing outside the buffer")
        return try body(UnsafeMutableBufferPointer(start: base + offset, count: count))
    }

    deinit {
        base.deallocate()
    }
}

extension Slice where Base == LineScalars {
    /// The slice's scalars as a buffer.
    @inline(__always)
    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Unicode.Scalar>) throws -> R) rethrows -> R {
        try base.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[startIndex..<endIndex])) }
    }
}
