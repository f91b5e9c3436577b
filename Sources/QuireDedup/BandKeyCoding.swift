import Foundation

/// A block's band keys as stored in its row: 5 little-endian bytes each, since keys are
/// 40-bit (see `LSHBanding.keys`), so 125 bytes for a long block at 25 bands.
enum BandKeyCoding {
    static let width = 5

    static func encode(_ keys: [Int64]) -> Data {
        var data = Data(count: keys.count * width)
        data.withUnsafeMutableBytes { encode(keys, into: $0) }
        return data
    }

    /// Writes the encoding of `keys` into `raw`, which holds `keys.count * width` bytes.
    static func encode(_ keys: [Int64], into raw: UnsafeMutableRawBufferPointer) {
        precondition(raw.count >= keys.count * width, "a buffer too small for the keys")
        guard var out = raw.baseAddress else { return }
        // Four bytes and one per key, little-endian, unaligned: byte by byte through the
        // checked `index * width + byte`, a key cost 18 instructions.
        for key in keys {
            let value = UInt64(bitPattern: key)
            out.storeBytes(of: UInt32(truncatingIfNeeded: value).littleEndian, as: UInt32.self)
            out.storeBytes(of: UInt8(truncatingIfNeeded: value >> 32), toByteOffset: 4, as: UInt8.self)
            out += width
        }
    }

    /// Appends the keys encoded in `raw` to `keys` (trailing bytes short of a key are
    /// ignored, as `decode(_:)` ignores them).
    static func decode(_ raw: UnsafeRawBufferPointer, into keys: inout [Int64]) {
        let count = raw.count / width
        keys.reserveCapacity(keys.count + count)
        for index in 0..<count {
            let offset = index &* width
            let low = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
            let high = UInt64(raw.load(fromByteOffset: offset &+ 4, as: UInt8.self))
            keys.append(Int64(bitPattern: high << 32 | low))
        }
    }

    static func decode(_ data: Data) -> [Int64] {
        data.withUnsafeBytes { raw in
            stride(from: 0, to: raw.count - width + 1, by: width).map { offset in
                var value: UInt64 = 0
                for byte in 0..<width { value |= UInt64(raw[offset + byte]) << (8 * byte) }
                return Int64(bitPattern: value)
            }
        }
    }
}
