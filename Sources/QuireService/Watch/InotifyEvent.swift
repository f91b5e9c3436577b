#if canImport(Glibc)
import Glibc
#endif

/// One decoded `struct inotify_event`.
struct InotifyEvent: Sendable, Hashable {
    var watch: Int32
    var mask: UInt32
    var cookie: UInt32
    /// The file name inside the watched folder; empty for events about the folder itself.
    var name: String

    func has(_ flag: Int32) -> Bool { mask & UInt32(bitPattern: flag) != 0 }

    /// Decodes a buffer filled by `read(2)` on an inotify descriptor.
    ///
    /// Each record is a 16-byte header (wd, mask, cookie, len) followed by `len` bytes of
    /// NUL-padded name; records are not aligned for Swift's loads, so every field is read
    /// with an unaligned load. A truncated trailing record (which the kernel never produces)
    /// is ignored rather than read past the end.
    static func parse(_ buffer: UnsafeRawBufferPointer) -> [InotifyEvent] {
        let headerSize = 16
        var events: [InotifyEvent] = []
        var offset = 0
        while offset + headerSize <= buffer.count {
            let watch = buffer.loadUnaligned(fromByteOffset: offset, as: Int32.self)
            let mask = buffer.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
            let cookie = buffer.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self)
            let length = Int(buffer.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
            let nameStart = offset + headerSize
            guard nameStart + length <= buffer.count else { break }
            let nameBytes = buffer[nameStart..<(nameStart + length)].prefix { $0 != 0 }
            events.append(InotifyEvent(watch: watch, mask: mask, cookie: cookie, name: String(decoding: nameBytes, as: UTF8.self)))
            offset = nameStart + length
        }
        return events
    }
}
