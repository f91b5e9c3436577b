/// The decoded text of an input: one buffer of well-formed UTF-8 and where each line lies in it.
///
/// The repairer reads each line straight out of the buffer. A `String` per line, as
/// `SourceText` once held, cost an allocation and a copy when decoding and a release after
/// repair for every line: about 13 instructions a byte of Chinese (copies 5, releases 5, the
/// growing array of strings 3), a fifth of the front half of decoding and repair. A valid
/// UTF-8 input is its own buffer (the array is shared, not copied).
struct LineBuffer: Sendable {
    /// Well-formed UTF-8. It may hold more than the lines: a byte-order mark, the terminators.
    let utf8: [UInt8]
    /// Where each line lies in `utf8`, without its terminator.
    let spans: [Range<Int>]

    init(utf8: [UInt8], spans: [Range<Int>]) {
        self.utf8 = utf8
        self.spans = spans
    }

    /// Lines given as strings (tests, and callers that build a `SourceText` by hand): the
    /// strings one after another, each its own span, whatever characters it holds.
    init(lines: [String]) {
        var utf8: [UInt8] = []
        var spans: [Range<Int>] = []
        spans.reserveCapacity(lines.count)
        for line in lines {
            let start = utf8.count
            utf8.append(contentsOf: line.utf8)
            spans.append(start..<utf8.count)
        }
        self.init(utf8: utf8, spans: spans)
    }

    /// The lines of `bytes[start...]` when that is well-formed UTF-8, else nil.
    init?(validatingUTF8 bytes: [UInt8], from start: Int = 0) {
        guard let spans = bytes.withUnsafeBufferPointer({ LineSplitter.spans(validatingUTF8: $0, from: start) }) else {
            return nil
        }
        self.init(utf8: bytes, spans: spans)
    }

    /// The lines of converter output, which is UTF-8 by construction; if it ever were not,
    /// bad sequences become U+FFFD, as `String(decoding:as:)` makes them.
    init(convertedUTF8 bytes: [UInt8]) {
        if let valid = LineBuffer(validatingUTF8: bytes) {
            self = valid
        } else {
            // A String's UTF-8 is well formed, so this validation cannot fail.
            self = LineBuffer(validatingUTF8: Array(String(decoding: bytes, as: UTF8.self).utf8))!
        }
    }

    var count: Int { spans.count }

    /// The lines as strings: one allocation each, for the public API and tests only.
    var strings: [String] {
        utf8.withUnsafeBufferPointer { buffer in
            spans.map { String(decoding: UnsafeBufferPointer(rebasing: buffer[$0]), as: UTF8.self) }
        }
    }
}

/// Equal when the lines are equal as strings (canonical equivalence, as `[String]` compares),
/// whatever terminators or byte-order mark the buffers hold.
extension LineBuffer: Hashable {
    static func == (lhs: LineBuffer, rhs: LineBuffer) -> Bool {
        lhs.count == rhs.count && lhs.strings == rhs.strings
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(strings)
    }
}
