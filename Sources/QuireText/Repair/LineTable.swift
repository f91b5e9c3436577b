/// The non-blank lines of a document, in reading order, addressed by index: what every pass of
/// the repair reads (`Segmenter`, `BlockAssembler`, the pattern tests). `lines[i]` is a view of
/// line `i` (`LineProfile`) that reads its facts from here.
///
/// The facts are stored by the table, a record a line in one block of memory (`LineFacts`,
/// plain values), with the buffers the lines' scalars lie in: a document's lines cost a few
/// allocations, not one a line. (A class instance a line cost about 9 instructions a byte of
/// Chinese to allocate and 5.5 to free, of 92 for the whole repair.) A table does not change
/// once it is shared: a pass that changes lines (`ColumnSplitter`) makes a new one, and
/// `Repairer.removeCommonMargin` changes indents only in a table nothing else holds.
final class LineTable: RandomAccessCollection {
    /// One record a line, `count` of them.
    ///
    /// Memory of the table's own (`records`), not an array: a line's view (`LineProfile`)
    /// points at its record, so that reading a fact is one load, as it was from a line's
    /// object. (Through an array, each read checked the index again and found the array's
    /// buffer: the accessors grew, and the compiler stopped inlining the line tests that read
    /// them, 6 instructions a byte of Chinese.) The views hold the table, which holds the memory.
    private let facts: UnsafeMutablePointer<LineFacts>
    /// The number of lines.
    let count: Int
    /// Owns `facts`.
    private let records: LineRecords
    /// The buffers the lines' scalars lie in (`LineFacts.storage` indexes it): nearly always
    /// one, the document's (`Repairer.profileLines`).
    private let storages: ContiguousArray<ScalarStorage>

    fileprivate init(records: LineRecords, count: Int, storages: ContiguousArray<ScalarStorage>) {
        self.records = records
        self.facts = records.base
        self.count = count
        self.storages = storages
    }

    @inline(__always)
    var startIndex: Int { 0 }

    @inline(__always)
    var endIndex: Int { count }

    /// Line `index`'s view: the one bounds check of every read of the line's facts through it.
    @inline(__always)
    subscript(index: Int) -> LineProfile {
        precondition(UInt(bitPattern: index) < UInt(bitPattern: count), "index out of range")
        return LineProfile(table: self, facts: facts + index)
    }

    /// The scalars of the line `record` describes (a record of this table).
    @inline(__always)
    func scalars(of record: UnsafePointer<LineFacts>) -> LineScalars {
        LineScalars(unchecked: storages[record.pointee.storage], offset: record.pointee.scalarOffset,
                    count: record.pointee.count)
    }

    /// Applies `indent` to each line's indent: in place when nothing else holds the table (no
    /// view of its lines is left), as when the document's lines were just profiled; otherwise
    /// in a copy.
    static func changeIndents(of table: inout LineTable, _ indent: (Double) -> Double) {
        if !isKnownUniquelyReferenced(&table) {
            var copy = Builder(capacity: table.count)
            copy.append(contentsOf: table)
            table = copy.finish()
        }
        for i in 0..<table.count { table.facts[i].indent = indent(table.facts[i].indent) }
    }

    /// Collects lines into a table: the lines of a document as they are profiled, or lines
    /// gathered from other tables. Not copyable: the records it writes become the table's.
    struct Builder: ~Copyable {
        /// The records' memory (`records.base`, kept here too, as is its capacity: the appends
        /// read them from the builder, not from the object).
        private let records: LineRecords
        private var base: UnsafeMutablePointer<LineFacts>
        private var capacity: Int
        private(set) var count = 0
        private var storages: ContiguousArray<ScalarStorage> = []
        /// Where each storage stands in `storages`, once there is more than one.
        private var storageIndex: [ObjectIdentifier: Int] = [:]

        /// Room for `capacity` lines to start with.
        init(capacity: Int = 0) {
            records = LineRecords(capacity: capacity)
            base = records.base
            self.capacity = records.capacity
        }

        var isEmpty: Bool { count == 0 }

        /// Appends a line whose scalars, `count` of them from `offset` in `storage` (which must
        /// hold them; not none), were measured as they were decoded (`sourceUTF8` as
        /// `LineProfile.sourceUTF8`). The document's lines are appended so, as they are
        /// decoded: no `LineScalars` is made for them.
        mutating func append(number: Int, in storage: ScalarStorage, offset: Int, count: Int, indent: Double,
                             blankLinesBefore: Int, measure: LineMeasure, sourceUTF8: Range<Int> = 0..<0) {
            precondition(offset >= 0 && count > 0 && offset + count <= storage.capacity, "a line outside its buffer")
            let slot = index(of: storage)
            append(LineFacts(number: number, scalars: UnsafeBufferPointer(start: storage.base + offset, count: count),
                             storage: slot, offset: offset, indent: indent, blankLinesBefore: blankLinesBefore,
                             measure: measure, sourceUTF8: sourceUTF8))
        }

        /// Appends a line, measuring `scalars` (which must not be empty).
        mutating func append(number: Int, scalars: LineScalars, indent: Double, blankLinesBefore: Int) {
            let measure = scalars.withUnsafeBufferPointer { LineFacts.measure($0) }
            append(number: number, in: scalars.storage, offset: scalars.offset, count: scalars.count, indent: indent,
                   blankLinesBefore: blankLinesBefore, measure: measure)
        }

        /// Appends a line of another table as it is.
        mutating func append(_ line: LineProfile) {
            var record = line.facts
            record.storage = index(of: line.table.storages[record.storage])
            append(record)
        }

        mutating func append<Lines: Sequence<LineProfile>>(contentsOf lines: Lines) {
            for line in lines { append(line) }
        }

        @inline(__always)
        private mutating func append(_ record: LineFacts) {
            if count == capacity {
                records.grow()
                base = records.base
                capacity = records.capacity
            }
            (base + count).initialize(to: record)
            count += 1
        }

        /// The index of `storage` in `storages`, added if it is not there yet.
        @inline(__always)
        private mutating func index(of storage: ScalarStorage) -> Int {
            if let last = storages.last, last === storage { return storages.count - 1 }
            return add(storage)
        }

        private mutating func add(_ storage: ScalarStorage) -> Int {
            if storages.isEmpty {
                storages.append(storage)
                return 0
            }
            if storageIndex.isEmpty {
                for (i, known) in storages.enumerated() { storageIndex[ObjectIdentifier(known)] = i }
            }
            if let known = storageIndex[ObjectIdentifier(storage)] { return known }
            storages.append(storage)
            storageIndex[ObjectIdentifier(storage)] = storages.count - 1
            return storages.count - 1
        }

        /// The table of the lines appended: their records are its own, not copied.
        consuming func finish() -> LineTable {
            LineTable(records: records, count: count, storages: storages)
        }
    }
}

/// The memory of a table's records: grown by its builder while lines are appended, freed with
/// the table. (Records are plain values: nothing needs to be destroyed, and growing moves bytes.)
private final class LineRecords {
    private(set) var base: UnsafeMutablePointer<LineFacts>
    private(set) var capacity: Int

    init(capacity: Int) {
        // (Never a zero-sized allocation: an empty table still gets a valid pointer.)
        self.capacity = Swift.max(1, capacity)
        base = UnsafeMutablePointer<LineFacts>.allocate(capacity: self.capacity)
    }

    /// Twice the room, the records written so far (all of `capacity`, when it is full) moved there.
    func grow() {
        let larger = UnsafeMutablePointer<LineFacts>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: capacity)
        base.deallocate()
        base = larger
        capacity *= 2
    }

    deinit {
        base.deallocate()
    }
}
