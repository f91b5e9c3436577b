import QuireText

/// What the index knows of one block of the document being checked: its shingles in full,
/// their 32-bit stored form, and its MinHash sketch.
struct BlockFingerprint: Sendable {
    /// Position in the document's block list.
    var position: Int
    var id: String
    /// How many distinct 64-bit shingle hashes the block has.
    var shingleCount: Int
    /// Sorted distinct stored values (the high 32 bits of each shingle hash).
    var values: [UInt32]
    /// Enough shingles to be looked up on its own.
    var isLong: Bool
    /// A title or heading: short, and written from the same few words across documents
    /// (`The council criticised … reconstruction`), so it is linked only on its own merit.
    var isHeading: Bool
    /// MinHash sketches of the first and second half of the shingles in text order, then of
    /// their union, the block's sketch, in one array (see `withSketches`). Each half alone
    /// finds an earlier source that printed the block as two paragraphs, whose halves are
    /// each only half similar to the whole. A slice of one array that holds every block's
    /// of the document (`Fingerprinter.fingerprints(of:)`): an array made through the
    /// standard library's generic path costs some 900 instructions (a metadata lookup under
    /// a lock and a malloc), three of them a block were 25 M instructions on 95 pages of
    /// 30 KB, beside their frees.
    var sketches: ArraySlice<UInt64>

    /// Calls `body` with the block's sketch and those of its first and second halves.
    func withSketches<R>(
        _ body: (_ sketch: UnsafeBufferPointer<UInt64>, _ first: UnsafeBufferPointer<UInt64>, _ second: UnsafeBufferPointer<UInt64>) -> R
    ) -> R {
        sketches.withUnsafeBufferPointer { all in
            let bins = all.count / 3
            return body(
                UnsafeBufferPointer(rebasing: all[(2 * bins)...]), UnsafeBufferPointer(rebasing: all[..<bins]),
                UnsafeBufferPointer(rebasing: all[bins..<(2 * bins)]))
        }
    }
}

/// A block as the index stores it: its identity and its (possibly sampled) stored values.
struct StoredBlock: Sendable, Hashable {
    var rowID: Int64
    var xmlID: String
    /// Sorted distinct stored values; when `sampled`, only those passing the sample rule.
    var values: [UInt32]
    var sampled: Bool
}

/// Turns blocks into fingerprints and fingerprints into what is stored, by one configuration.
struct Fingerprinter: Sendable {
    let configuration: DedupConfiguration
    let shingler: Shingler
    let minHash: OnePermutationMinHash
    /// `configuration.shingleSampling` as a test.
    let sample: SampleRule
    /// `configuration.linkedKinds` as a mask.
    let linkedKinds: KindMask

    init(configuration: DedupConfiguration) {
        self.configuration = configuration
        self.shingler = configuration.shingler
        self.minHash = OnePermutationMinHash(binCount: configuration.hashCount)
        self.sample = SampleRule(sampling: configuration.shingleSampling)
        self.linkedKinds = KindMask(configuration.linkedKinds)
    }

    /// Fingerprints of the blocks that take part (linked kinds with at least one shingle).
    func fingerprints(of blocks: [Block]) -> [BlockFingerprint] {
        fingerprintsAndValues(of: blocks).fingerprints
    }

    /// `fingerprints(of:)`, and the fingerprinted blocks' values as the lookup's
    /// `AlignmentQuery` reads them (`DocumentValues`, which the blocks' values are taken from).
    ///
    /// Each block is folded and shingled into buffers made once for all the blocks: folded
    /// text is needed only until the block's shingles are made, the shingles (the document's,
    /// in text order) until its values are, and an array for each, made through the standard
    /// library's generic path (a metadata lookup under a lock and a malloc, some 800
    /// instructions) and freed again, cost more than folding a short paragraph.
    func fingerprintsAndValues(of blocks: [Block]) -> (fingerprints: [BlockFingerprint], values: DocumentValues) {
        var result: [BlockFingerprint] = []
        result.reserveCapacity(blocks.count)
        // At most a value per UTF-8 byte (`TextFolding.fold`), a shingle per value; and one
        // more, so that a block's free space is never empty.
        // The kinds asked once a block, by index: iterating the blocks copied each (a retain
        // and release of its text and id) for each of the three passes.
        var isLinked = [Bool](repeating: false, count: blocks.count)
        var longest = 1
        var total = 1
        for position in blocks.indices where linkedKinds.contains(blocks[position].kind) {
            isLinked[position] = true
            let bytes = blocks[position].text.utf8.count
            longest = max(longest, bytes)
            total += bytes
        }
        let scalarBuffer = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: longest)
        let shingleBuffer = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: total)
        defer {
            scalarBuffer.deallocate()
            shingleBuffer.deallocate()
        }
        var shingleStarts = [0]
        // Every block's three sketches in one array, sliced per block once it is written: an
        // array per block, made through the standard library's generic path, cost some 900
        // instructions and a free (14,345 of them on 95 pages of 30 KB).
        let bins = minHash.binCount
        let stride = 3 * bins
        let allSketches = [UInt64](unsafeUninitializedCapacity: stride * blocks.count) { storage, written in
            for position in blocks.indices where isLinked[position] {
                let free = UnsafeMutableBufferPointer(rebasing: shingleBuffer[shingleStarts[result.count]...])
                let shingles = UnsafeMutableBufferPointer(rebasing: free[..<orderedShingles(of: blocks[position].text, scalarBuffer, free)])
                guard !shingles.isEmpty else { continue }
                let middle = shingles.count / 2
                // This block's thirds: the first half's sketch, the second's, their union's.
                let first = storage.baseAddress! + result.count * stride
                let second = first + bins
                let union = second + bins
                minHash.clear(UnsafeMutableBufferPointer(start: first, count: 2 * bins))
                minHash.lower(UnsafeMutableBufferPointer(start: first, count: bins), by: UnsafeBufferPointer(rebasing: shingles[..<middle]))
                minHash.lower(UnsafeMutableBufferPointer(start: second, count: bins), by: UnsafeBufferPointer(rebasing: shingles[middle...]))
                // Through the thirds' base pointers: checked index arithmetic was 14
                // instructions a bin, 1.8 million bins on 95 pages of 30 KB.
                for bin in 0..<bins { union[bin] = min(first[bin], second[bin]) }
                shingleStarts.append(shingleStarts[result.count] + shingles.count)
                // Values and counts are filled in below, from the document's one sort.
                let kind = blocks[position].kind
                result.append(BlockFingerprint(
                    position: position, id: blocks[position].id, shingleCount: 0, values: [], isLong: false,
                    isHeading: kind == .title || kind == .heading, sketches: []))
            }
            written = result.count * stride
        }
        let values = DocumentValues.make(
            shingles: UnsafeBufferPointer(rebasing: shingleBuffer[..<shingleStarts[result.count]]), shingleStarts: shingleStarts)
        for index in result.indices {
            result[index].sketches = allSketches[(index * stride)..<((index + 1) * stride)]
            result[index].values = values.values(of: index)
            result[index].shingleCount = values.shingleCounts[index]
            result[index].isLong = values.shingleCounts[index] >= configuration.minimumShingles
        }
        return (result, values)
    }

    /// The shingles of `text` in text order, repeats included, as `shingler` makes them
    /// (`Shingler.orderedShingles(of:)`), written into `shingles` by way of `scalars` (each
    /// at least `text.utf8.count` long, and 1): how many.
    private func orderedShingles(
        of text: String, _ scalars: UnsafeMutableBufferPointer<UInt32>, _ shingles: UnsafeMutableBufferPointer<UInt64>
    ) -> Int {
        let folded = TextFolding.fold(text, into: scalars)
        let written = UnsafeBufferPointer(rebasing: scalars[..<folded.count])
        let mostlyCJK = FoldedText.isMostlyCJK(cjkCount: folded.cjkCount, letterCount: folded.letterCount)
        if mostlyCJK || shingler.latinUnit == .characters {
            return Shingler.characterShingles(written, size: mostlyCJK ? shingler.cjkSize : shingler.latinSize, into: shingles)
        }
        // Word shingles, at most one a word: not on the path of CJK text or the default.
        let words = Shingler.wordShingles(Array(written), size: shingler.latinSize)
        _ = shingles.initialize(fromContentsOf: words)
        return words.count
    }

    /// The sample rule, a function of the stored value alone so both sides apply it alike.
    @inline(__always)
    func inSample(_ value: UInt32) -> Bool {
        sample.keeps(value)
    }

    /// What the index keeps of a block: every value of a short block, a sample of a long one.
    func stored(_ fingerprint: BlockFingerprint) -> (values: [UInt32], sampled: Bool) {
        let values = fingerprint.values
        guard values.count > configuration.fullShingleLimit, configuration.shingleSampling > 1 else {
            return (values, false)
        }
        // One pass without a branch into a buffer as long as the block (`inSample`, written
        // out): `filter` grew its result value by value, 3 % of recording a document.
        let sample = sample
        let kept = [UInt32](unsafeUninitializedCapacity: values.count) { kept, written in
            var count = 0
            for value in values {
                kept[count] = value
                count += sample.keeps(value) ? 1 : 0
            }
            written = count
        }
        return (kept, true)
    }
}
