/// A document's blocks as stored in its one `blockSet` row: two blobs, little-endian.
///
/// Until session 13 every block had a row of its own (`block`, still read for indexes written
/// before): `quire clean` of pages of 30 KB inserted 150 rows a page, a twentieth of all its
/// work, where SQLite writes one row of a few dozen overflow pages for far less. Lookups read
/// a candidate's blocks all at once anyway; the one block of a sole match is found through
/// the header without decoding the others.
///
/// `blocks`: a u32 block count n; n headers of four u32 (ordinal, flags with bit 0 set for a
/// sampled block, xml:id length in bytes, value count); the xml:ids' UTF-8, back to back; the
/// stored values (u32 each), back to back.
///
/// `keys`: a u32 block count n; n u32 key counts; the band keys admitted for the blocks,
/// `BandKeyCoding.width` bytes each, back to back (read alone, and first, when the band
/// table is loaded: it is the row's first blob, so the values' pages are not read for it).
enum BlockSetCoding {
    static let headerWords = 4

    /// Builds a document's two blobs block by block.
    struct Writer {
        private var headers: [UInt32] = []
        private var text: [UInt8] = []
        private var values: [UInt32] = []
        private var keyCounts: [UInt32] = []
        private var keyBytes: [UInt8] = []
        private(set) var count = 0

        mutating func append(ordinal: Int, xmlID: String, sampled: Bool, values blockValues: [UInt32], keys: [Int64]) {
            let textStart = text.count
            text.append(contentsOf: xmlID.utf8)
            // One at a time: an array literal of the four was made and freed for each block.
            headers.append(UInt32(truncatingIfNeeded: ordinal))
            headers.append(sampled ? 1 : 0)
            headers.append(UInt32(truncatingIfNeeded: text.count - textStart))
            headers.append(UInt32(truncatingIfNeeded: blockValues.count))
            values.append(contentsOf: blockValues)
            keyCounts.append(UInt32(truncatingIfNeeded: keys.count))
            if !keys.isEmpty {
                // Encoded on the stack and appended in one copy (as the block rows did).
                let length = keys.count * BandKeyCoding.width
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { bytes in
                    BandKeyCoding.encode(keys, into: UnsafeMutableRawBufferPointer(bytes))
                    keyBytes.append(contentsOf: bytes)
                }
            }
            count += 1
        }

        /// The `blocks` blob.
        func blocksBlob() -> [UInt8] {
            var blob: [UInt8] = []
            blob.reserveCapacity(4 * (1 + headers.count + values.count) + text.count)
            Self.append([UInt32(truncatingIfNeeded: count)], to: &blob)
            Self.append(headers, to: &blob)
            blob.append(contentsOf: text)
            Self.append(values, to: &blob)
            return blob
        }

        /// The `keys` blob.
        func keysBlob() -> [UInt8] {
            var blob: [UInt8] = []
            blob.reserveCapacity(4 * (1 + keyCounts.count) + keyBytes.count)
            Self.append([UInt32(truncatingIfNeeded: count)], to: &blob)
            Self.append(keyCounts, to: &blob)
            blob.append(contentsOf: keyBytes)
            return blob
        }

        private static func append(_ words: [UInt32], to blob: inout [UInt8]) {
            #if _endian(little)
            words.withUnsafeBytes { blob.append(contentsOf: $0) }
            #else
            words.map(\.littleEndian).withUnsafeBytes { blob.append(contentsOf: $0) }
            #endif
        }
    }

    /// The blocks of a `blocks` blob whose ids (`firstBlock` for the first, then one more a
    /// block) are in `range`, appended to `blocks` in order. A blob shorter than its header
    /// says is damaged: `nil` then.
    static func decode(
        _ raw: UnsafeRawBufferPointer, firstBlock: Int64, in range: ClosedRange<Int64>, into blocks: inout [StoredBlock]
    ) -> Void? {
        guard raw.count >= 4 else { return nil }
        let count = Int(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
        let headersEnd = 4 * (1 + headerWords * count)
        guard headersEnd <= raw.count else { return nil }
        // Inside the headers, checked above.
        func word(_ index: Int) -> Int {
            Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * index, as: UInt32.self)))
        }
        var textOffset = headersEnd
        var valueOffset = headersEnd
        for k in 0..<count { valueOffset += word(1 + headerWords * k + 2) }
        for k in 0..<count {
            let header = 1 + headerWords * k
            let textLength = word(header + 2)
            let valueCount = word(header + 3)
            defer {
                textOffset += textLength
                valueOffset += 4 * valueCount
            }
            let id = firstBlock + Int64(k)
            if id < range.lowerBound { continue }
            if id > range.upperBound { break }
            guard valueOffset + 4 * valueCount <= raw.count, textOffset + textLength <= raw.count else { return nil }
            let xmlID = String(decoding: UnsafeRawBufferPointer(rebasing: raw[textOffset..<(textOffset + textLength)]), as: UTF8.self)
            let start = valueOffset
            let values = [UInt32](unsafeUninitializedCapacity: valueCount) { values, written in
                for index in 0..<valueCount {
                    values[index] = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: start + 4 * index, as: UInt32.self))
                }
                written = valueCount
            }
            blocks.append(StoredBlock(rowID: id, xmlID: xmlID, values: values, sampled: word(header + 1) & 1 != 0))
        }
        return ()
    }

    /// Calls `body` with each block's id and band keys from a `keys` blob, in order, skipping
    /// blocks without keys (as block rows without keys were skipped). A blob shorter than its
    /// counts say is damaged: `nil` then.
    static func forEachBlockKeys(
        _ raw: UnsafeRawBufferPointer, firstBlock: Int64, _ body: (Int64, ArraySlice<Int64>) throws -> Void
    ) rethrows -> Void? {
        guard raw.count >= 4 else { return nil }
        let count = Int(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
        var offset = 4 * (1 + count)
        guard offset <= raw.count else { return nil }
        var keys: [Int64] = []
        for k in 0..<count {
            let keyCount = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * (1 + k), as: UInt32.self)))
            guard keyCount > 0 else { continue }
            let length = keyCount * BandKeyCoding.width
            guard offset + length <= raw.count else { return nil }
            keys.removeAll(keepingCapacity: true)
            BandKeyCoding.decode(UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + length)]), into: &keys)
            try body(firstBlock + Int64(k), keys[...])
            offset += length
        }
        return ()
    }
}
