import Foundation
import QuireText
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Latin-script words of the documents Quire has already processed, kept in the state
/// folder (`vocabulary.txt`, one word per line, append-only) so that a later document's
/// line-end hyphens can be resolved by how earlier documents printed the same word.
///
/// Reads happen once at start; each committed document appends only the words that are new.
/// A damaged or missing file just means less evidence, never an error that stops a run.
public final class VocabularyStore: Sendable {
    public static let fileName = "vocabulary.txt"
    /// Enough for a large archive's vocabulary, bounded so the file and the set stay small.
    public static let capacity = 500_000

    private let url: URL
    private let words: Mutex<Set<String>>

    public init(stateDirectory: URL) {
        url = stateDirectory.appendingPathComponent(Self.fileName)
        var loaded = Set<String>()
        if let data = try? Data(contentsOf: url) {
            for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty && line.count < 64 {
                loaded.insert(String(decoding: line, as: UTF8.self))
            }
        }
        words = Mutex(loaded)
    }

    /// The words known now, for `RepairOptions.knownVocabulary`.
    public func snapshot() -> Set<String> {
        words.withLock { $0 }
    }

    /// Remembers the words of a committed document (Latin-script documents only: Chinese text
    /// has no line-end hyphens to resolve).
    public func learn(from document: RepairedDocument) {
        guard document.language != "zh" else { return }
        let candidates = Vocabulary.collect(from: document)
        words.withLock { known in
            guard known.count < Self.capacity else { return }
            // Filtered by look-up: `candidates.subtracting(known)` walked the whole vocabulary
            // for every document, a cost that grew with the archive (a third of `learn` after
            // 381 English documents).
            let new = candidates.filter { $0.count < 64 && !known.contains($0) }.sorted()
            guard !new.isEmpty else { return }
            known.formUnion(new)
            // Under the lock: concurrent documents append whole lines, never interleaved.
            Self.append(new, to: url)
        }
    }

    /// One `write(2)` in append mode (created if missing): `FileHandle` cost more per document
    /// than the write itself.
    private static func append(_ fresh: [String], to url: URL) {
        let bytes = Array((fresh.joined(separator: "\n") + "\n").utf8)
        let descriptor = open(url.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        WholeWrite.write(bytes, to: descriptor)
    }
}
