import Foundation

/// A general English vocabulary, loaded once on first use: the fallback evidence for line-end
/// hyphens when the document itself has not used the word.
///
/// The word list is a SwiftPM resource, but it is located by hand rather than through
/// `Bundle.module`, whose accessor stops the process when the bundle is missing — an installed
/// daemon must degrade (hyphen decisions fall back to the document's own evidence), not crash.
enum Lexicon {
    static let fileName = "english-words.txt"

    static let english: Set<String> = {
        guard let url = locate(), let data = try? Data(contentsOf: url) else { return [] }
        var words = Set<String>(minimumCapacity: 80_000)
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            words.insert(String(decoding: line, as: UTF8.self))
        }
        return words
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
