import Foundation

/// A general English vocabulary, loaded once on first use: the fallback evidence for line-end
/// hyphens when the document itself has not used the word.
///
/// The word list is a SwiftPM resource, but it is located by hand rather than through
/// `Bundle.module`, whose accessor stops the process when the bundle is missing — an installed
/// daemon must degrade (hyphen decisions fall back to the document's own evidence), not crash.
enum Lexicon {
    static let fileName = "english-words.txt"

    /// Loaded as the file's bytes and the offsets of its lines, searched by bisection: building
    /// a `Set<String>` of 75,000 words (a `Data` slice, a `String` and a hash each) cost about
    /// 270 M instructions, 0.1 s, at every start of a process that met an English hyphen.
    static let english: WordList = {
        guard let url = locate(), let data = try? Data(contentsOf: url) else { return WordList(bytes: []) }
        return WordList(bytes: [UInt8](data))
    }()

    /// Where the list may be: `QUIRE_DATA_DIR`, a `*_QuireText.resources` bundle beside the
    /// executable (SwiftPM's layout, also what the install script copies), then the system
    /// data folders.
    static func locate() -> URL? {
        let manager = FileManager.default
        var folders: [URL] = []
        if let dir = ProcessInfo.processInfo.environment["QUIRE_DATA_DIR"] {
            folders.append(URL(fileURLWithPath: dir))
        }
        var executableDirs = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL {
            executableDirs.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        for dir in executableDirs {
            let bundles = (try? manager.contentsOfDirectory(atPath: dir.path))?
                .filter { $0.hasSuffix("_QuireText.resources") }.sorted() ?? []
            folders.append(contentsOf: bundles.map { dir.appendingPathComponent($0) })
        }
        folders.append(URL(fileURLWithPath: "/usr/local/share/quire"))
        folders.append(URL(fileURLWithPath: "/usr/share/quire"))
        return folders.map { $0.appendingPathComponent(fileName) }.first { manager.isReadableFile(atPath: $0.path) }
    }
}

/// A word list held as one byte buffer and the start of each line, in byte order.
struct WordList: Sendable {
    private let bytes: [UInt8]
    /// Start and end (exclusive) of each word in `bytes`, sorted by the words' bytes.
    private let ranges: [(start: Int32, end: Int32)]

    var count: Int { ranges.count }

    /// One word a line (`\n`-separated, empty lines skipped). The list ships sorted; a list
    /// that is not is sorted here, so `contains` can bisect either way.
    init(bytes: [UInt8]) {
        self.bytes = bytes
        var ranges: [(start: Int32, end: Int32)] = []
        ranges.reserveCapacity(bytes.count / 8)
        var start = 0
        for (i, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            if i > start { ranges.append((Int32(start), Int32(i))) }
            start = i + 1
        }
        if bytes.count > start { ranges.append((Int32(start), Int32(bytes.count))) }
        let isSorted = ranges.indices.dropFirst().allSatisfy { Self.compare(bytes, ranges[$0 - 1], bytes, ranges[$0]) <= 0 }
        self.ranges = isSorted ? ranges : ranges.sorted { Self.compare(bytes, $0, bytes, $1) < 0 }
    }

    func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { key in
            var low = 0, high = ranges.count
            while low < high {
                let mid = (low + high) >> 1
                let order = bytes.withUnsafeBufferPointer { Self.compare($0, ranges[mid], key) }
                if order == 0 { return true }
                if order < 0 { low = mid + 1 } else { high = mid }
            }
            return false
        }
    }

    /// Byte order of `bytes[range]` against `key`: negative, zero or positive.
    private static func compare(_ bytes: UnsafeBufferPointer<UInt8>, _ range: (start: Int32, end: Int32), _ key: UnsafeBufferPointer<UInt8>) -> Int {
        let length = Int(range.end - range.start)
        var i = 0
        while i < length && i < key.count {
            let a = bytes[Int(range.start) + i], b = key[i]
            if a != b { return a < b ? -1 : 1 }
            i += 1
        }
        return length - key.count
    }

    private static func compare(_ a: [UInt8], _ ra: (start: Int32, end: Int32), _ b: [UInt8], _ rb: (start: Int32, end: Int32)) -> Int {
        b.withUnsafeBufferPointer { b in
            a.withUnsafeBufferPointer { a in
                compare(a, ra, UnsafeBufferPointer(rebasing: b[Int(rb.start)..<Int(rb.end)]))
            }
        }
    }
}
