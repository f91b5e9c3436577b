/// The LSH band table held in memory: a multimap from band key to block id, flat and open
/// addressed, so that the hundred or so lookups of a long paragraph cost a few cache lines
/// each instead of a B-tree descent in SQLite.
///
/// Each slot is one `UInt64`: 32 bits of the key's hash (its tag, `tag(_:)`) above a 32-bit block id;
/// 0 is an empty slot (block ids start at 1). A key starts probing at the slot its tag scales
/// to (tag * capacity / 2^32), so the table can grow, by any factor, without the keys. Two keys are confused when their tags agree: with
/// E entries a lookup meets a stranger with probability E / 2^32 (0.6 % per lookup at a
/// million paragraphs, 25 M entries), and the stranger is one extra candidate block that
/// alignment then discards, as with collisions of the 40-bit keys themselves.
///
/// Memory: 8 bytes a slot and one for the presence filter, grown by half at a load of 3/4,
/// so the load stays between 1/2 and 3/4: 12 to 18 bytes per band entry, 30 during the copy
/// of a growth. Below `doublingSlots`
/// (8 MB) the table grows faster: a run that starts from an empty index (`quire clean` of
/// a folder into a new state) grew it seventeen times by half to hold 95 pages, and the
/// copies and clearing were a twentieth of recording them; doubling, ten times, its
/// entries were still copied some 790,000 times for the 340,000 it held. It now quadruples
/// below a quarter of `doublingSlots` and doubles up to it (a small table's load falls to
/// 3/16 at worst, and quadrupling never passes `doublingSlots`). Loading from the
/// database sizes the table once, with the room of one growth (`init(loading:)`).
/// Deletion is not supported: forgetting a document drops the whole table, which is
/// rebuilt from SQLite on its next use.
struct BandTable: Sendable {
    private var slots: [UInt64]
    private(set) var count = 0
    /// Which tags the table may hold: a blocked Bloom filter of eight bits a slot (an eighth
    /// of the slots' memory), two bits a tag in one word (`presenceBits`): at the most entries
    /// a table holds (3/4 of its slots), about 3 % of absent tags pass. A lookup's keys are
    /// almost all new (on 95 pages of 30 KB recorded into a new index, 6,195 of 1.1 million
    /// found anything): the filter, small enough to stay in the caches, answers for them,
    /// where each probed a random slot of the table (7 % of `quire clean`'s cycles, a cache
    /// miss a key). No false negatives: what lookups find is unchanged.
    private var presence: [UInt64]

    static let maximumBlockID = Int64(UInt32.max)

    /// A table sized for `expected` entries without growing.
    init(expected: Int = 0) {
        self.init(slotCount: Self.slotCount(expected: expected))
    }

    /// A table for `expected` entries loaded at once, with the room their first growth would
    /// give (`grown(_:)`): loaded full to 3/4, it grew at the first document recorded after
    /// (`quire clean` of one page against 95 pages of 30 KB copied all 340,000 entries, 27 M
    /// instructions, beside the 24 M the page took), and it was then as large as this, having
    /// been half as large again for the copy. A process that only looks up holds the room
    /// unused (a third more than the entries need).
    init(loading expected: Int) {
        let full = Self.slotCount(expected: expected)
        self.init(slotCount: expected > 0 ? Self.grown(full) : full)
    }

    private init(slotCount: Int) {
        slots = Self.emptySlots(slotCount)
        presence = Self.emptyPresence(forSlots: slotCount)
    }

    /// Slots for `expected` entries at a load of 3/4, at least 1,024.
    private static func slotCount(expected: Int) -> Int {
        max(1024, expected / 3 * 4 + 4)
    }

    /// How many slots the table has.
    var capacity: Int { slots.count }

    /// A filter of eight bits a slot, in whole words, on huge pages as the slots are
    /// (`emptySlots`): every key of a lookup reads a random word of it, and past a few
    /// megabytes (an eighth of the slots: 37 MB at 100,000 documents) each read missed the
    /// TLB as well as the caches. A smaller filter is zeroed as before, in one fill.
    private static func emptyPresence(forSlots slots: Int) -> [UInt64] {
        let words = max(1, slots / 8)
        guard words * MemoryLayout<UInt64>.stride >= HugePages.minimumBytes else {
            return [UInt64](repeating: 0, count: words)
        }
        return emptySlots(words)
    }

    /// The filter word of a tag (by its top bits, as `home`) and its two bits there (by its
    /// low twelve bits, which the word does not depend on).
    @inline(__always)
    private static func presenceBits(_ tag: UInt64, words: Int) -> (word: Int, mask: UInt64) {
        let hash = tag >> 32
        let word = Int(truncatingIfNeeded: (hash &* UInt64(words)) >> 32)
        return (word, 1 << (hash & 63) | 1 << ((hash >> 6) & 63))
    }

    /// False when no entry has `tag`.
    @inline(__always)
    private func mayHold(_ tag: UInt64, _ presence: UnsafeBufferPointer<UInt64>) -> Bool {
        let (word, mask) = Self.presenceBits(tag, words: presence.count)
        return presence[word] & mask == mask
    }

    /// `count` empty slots (or zero words), on huge pages where the kernel offers them on
    /// request (Linux's transparent huge pages in `madvise` mode): every lookup probes a
    /// random slot, and with 4 KB pages a table of hundreds of megabytes missed the TLB on
    /// nearly every probe.
    private static func emptySlots(_ count: Int) -> [UInt64] {
        [UInt64](unsafeUninitializedCapacity: count) { buffer, initialized in
            HugePages.advise(UnsafeMutableRawBufferPointer(buffer))
            buffer.initialize(repeating: 0)
            initialized = count
        }
    }

    /// Bytes held by the slots and the presence filter.
    var bytes: Int { (slots.count + presence.count) * MemoryLayout<UInt64>.stride }

    private static let tagBits: UInt64 = 0xFFFF_FFFF_0000_0000

    /// The high half of the key times an odd constant. Band keys are hash values already
    /// (mixed once when made, `LSHBanding.key(ofBandHash:)`): one multiplication spreads
    /// them over the table, even structured ones, where a full mix per probe cost as much
    /// again (a lookup probes a thousand keys, a record 25 a paragraph, twice). In memory
    /// only: nothing stored depends on it.
    @inline(__always)
    private static func tag(_ key: Int64) -> UInt64 {
        (UInt64(bitPattern: key) &* 0x9E37_79B9_7F4A_7C15) & tagBits
    }

    /// Where probing for a slot's (or a tag's) key starts.
    @inline(__always)
    private func home(_ slot: UInt64) -> Int {
        Int(truncatingIfNeeded: ((slot >> 32) &* UInt64(slots.count)) >> 32)
    }

    @inline(__always)
    private func next(_ index: Int) -> Int {
        index + 1 == slots.count ? 0 : index + 1
    }

    /// Adds `block` under `key` unless the pair is present or the key already has
    /// `maximumBucket` blocks; returns whether it was added (the SQL table's
    /// `INSERT OR IGNORE` with its bucket bound).
    mutating func insert(key: Int64, block: Int64, maximumBucket: Int) -> Bool {
        precondition(block > 0 && block <= Self.maximumBlockID, "block id out of the band table's range")
        if (count + 1) * 4 > slots.count * 3 { grow() }
        let added = slots.withUnsafeMutableBufferPointer { slots in
            presence.withUnsafeMutableBufferPointer { Self.insert(key: key, block: block, maximumBucket: maximumBucket, slots, $0) }
        }
        if added { count += 1 }
        return added
    }

    /// `insert(key:block:maximumBucket:)` of each of `keys` in turn, for one block, appending
    /// those added to `admitted`. The table's buffers are reached once per run of keys that
    /// fit without growing, instead of once a key, whose uniqueness and bounds checks were
    /// most of an insert's 211 instructions (339,650 inserts on 95 pages of 30 KB). It grows
    /// where inserting key by key would: before a key that would find it 3/4 full.
    mutating func insert(keys: ArraySlice<Int64>, block: Int64, maximumBucket: Int, admitted: inout [Int64]) {
        insertRuns(of: keys, block: block, maximumBucket: maximumBucket) { admitted.append($0) }
    }

    /// `insert(keys:block:maximumBucket:admitted:)` without a bucket bound and without
    /// listing what was added, for loading what was admitted when it was written
    /// (`BandKeyRowRead`): the list was an append, with its checks, for every key loaded.
    mutating func insertAll(_ keys: ArraySlice<Int64>, block: Int64) {
        insertRuns(of: keys, block: block, maximumBucket: .max) { _ in }
    }

    /// The two above: `keys` inserted a run at a time, each key added passed to `added`.
    /// (Inlined into each, with its closure: an empty one costs nothing.)
    @inline(__always)
    private mutating func insertRuns(of keys: ArraySlice<Int64>, block: Int64, maximumBucket: Int, added: (Int64) -> Void) {
        precondition(block > 0 && block <= Self.maximumBlockID, "block id out of the band table's range")
        var next = keys.startIndex
        while next < keys.endIndex {
            if (count + 1) * 4 > slots.count * 3 { grow() }
            // At most this many can be added before the next growth check is due: with k
            // added, `(count + k) * 4 <= slots * 3` still holds for each of them.
            let end = min(keys.endIndex, next + max(1, slots.count * 3 / 4 - count))
            var addedCount = 0
            slots.withUnsafeMutableBufferPointer { slots in
                presence.withUnsafeMutableBufferPointer { presence in
                    for key in keys[next..<end] where Self.insert(key: key, block: block, maximumBucket: maximumBucket, slots, presence) {
                        added(key)
                        addedCount &+= 1
                    }
                }
            }
            count += addedCount
            next = end
        }
    }

    /// The probe and store of an insert, in the table's buffers; the caller counts it and
    /// grows the table beforehand.
    @inline(__always)
    private static func insert(
        key: Int64, block: Int64, maximumBucket: Int, _ slots: UnsafeMutableBufferPointer<UInt64>,
        _ presence: UnsafeMutableBufferPointer<UInt64>
    ) -> Bool {
        let tag = Self.tag(key)
        let entry = tag | UInt64(block)
        // `home(_:)` and `next(_:)`, on the buffer.
        var index = Int(truncatingIfNeeded: ((tag >> 32) &* UInt64(slots.count)) >> 32)
        var inBucket = 0
        while true {
            let slot = slots[index]
            if slot == 0 { break }
            if slot == entry { return false }
            if slot & Self.tagBits == tag {
                inBucket += 1
                if inBucket >= maximumBucket { return false }
            }
            index = index + 1 == slots.count ? 0 : index + 1
        }
        slots[index] = entry
        let (word, mask) = Self.presenceBits(tag, words: presence.count)
        presence[word] |= mask
        return true
    }

    /// Whether `key` holds fewer than `maximumBucket` blocks.
    func hasRoom(for key: Int64, maximumBucket: Int) -> Bool {
        var inBucket = 0
        forEachBlock(of: key) { _ in inBucket += 1 }
        return inBucket < maximumBucket
    }

    /// Calls `body` with each block stored under `key`.
    @inline(__always)
    func forEachBlock(of key: Int64, _ body: (Int64) -> Void) {
        let tag = Self.tag(key)
        guard presence.withUnsafeBufferPointer({ mayHold(tag, $0) }) else { return }
        var index = home(tag)
        while true {
            let slot = slots[index]
            if slot == 0 { return }
            if slot & Self.tagBits == tag { body(Int64(slot & 0xFFFF_FFFF)) }
            index = next(index)
        }
    }

    /// Calls `body` with each (index into `keys`, block) stored under the keys, key by key.
    ///
    /// A lookup's thousand keys each start at a random slot of a table far larger than the
    /// caches: probing them one after the other waits for one memory read at a time. Here the
    /// first slot of sixteen keys is read before any of them is examined, so those reads
    /// overlap, and the probing that follows finds them in the cache (their tags are kept
    /// beside them, computed once).
    /// Keys the presence filter rules out are passed over; the first slots of the next
    /// sixteen it lets through are read together.
    func forEachBlock(ofKeys keys: [Int64], _ body: (Int, Int64) -> Void) {
        let batch = 16
        slots.withUnsafeBufferPointer { slots in
        presence.withUnsafeBufferPointer { presence in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 3 * batch) { pending in
                // Per pending key: its first slot, its tag, its index in `keys`.
                var next = 0
                while next < keys.count {
                    var count = 0
                    while next < keys.count && count < batch {
                        let tag = Self.tag(keys[next])
                        if mayHold(tag, presence) {
                            pending[batch + count] = tag
                            pending[2 * batch + count] = UInt64(next)
                            pending[count] = slots[home(tag)]
                            count += 1
                        }
                        next += 1
                    }
                    for k in 0..<count {
                        let tag = pending[batch + k]
                        let index = Int(pending[2 * batch + k])
                        var slotIndex = home(tag)
                        var slot = pending[k]
                        while slot != 0 {
                            if slot & Self.tagBits == tag { body(index, Int64(slot & 0xFFFF_FFFF)) }
                            slotIndex = self.next(slotIndex)
                            slot = slots[slotIndex]
                        }
                    }
                }
            }
        }
        }
    }

    /// Reads the first slot of each key, all at once, so that inserting them afterwards
    /// finds those slots in the cache (see `forEachBlock(ofKeys:)`), and the presence-filter
    /// word each insert sets. A value made of what was read is kept (`touched`): returned and
    /// discarded, as it was, the reads were optimised away once this was inlined into
    /// `IndexStore.record`, and every insert waited for its own cache miss (7 % of `quire
    /// clean`'s cycles once lookups no longer warmed the same slots).
    mutating func touch(_ keys: some Collection<Int64>) {
        touched = slots.withUnsafeBufferPointer { slots in
            presence.withUnsafeBufferPointer { presence in
                keys.reduce(0) { sum, key in
                    let tag = Self.tag(key)
                    return sum ^ slots[home(tag)] ^ presence[Self.presenceBits(tag, words: presence.count).word]
                }
            }
        }
    }

    /// What `touch` read, folded together; never read.
    private var touched: UInt64 = 0

    /// Up to this many slots the table doubles when it grows (quadruples below a quarter of
    /// it), past it it grows by half.
    static let doublingSlots = 1 << 20

    /// The slot count a table of `slots` slots grows to.
    static func grown(_ slots: Int) -> Int {
        if slots < doublingSlots / 4 { return 4 * slots }
        return slots < doublingSlots ? 2 * slots : slots + slots / 2
    }

    private mutating func grow() {
        let old = slots
        slots = Self.emptySlots(Self.grown(old.count))
        presence = Self.emptyPresence(forSlots: slots.count)
        let words = presence.count
        for slot in old where slot != 0 {
            var index = home(slot)
            while slots[index] != 0 { index = next(index) }
            slots[index] = slot
            let (word, mask) = Self.presenceBits(slot & Self.tagBits, words: words)
            presence[word] |= mask
        }
    }
}
