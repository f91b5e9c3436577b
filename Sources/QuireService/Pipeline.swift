import Foundation
import QuireDedup
import QuireTEI
import QuireText

/// The one pipeline both drivers (`quire clean`, `quire watch`) run:
/// bytes -> decode -> repair -> duplicate lookup -> TEI -> atomic commit -> index record.
///
/// A document is recorded in the duplicate index only after its TEI is durable, so the index
/// never points at a file that does not exist. Index access is serialised; the other stages
/// are pure and run concurrently.
public final class Pipeline: Sendable {
    public let configuration: Configuration
    /// The time written into every header of this run.
    public let timestamp: Date
    private let index: LockedIndex?
    /// Words of the documents already processed: evidence for Latin line-end hyphens.
    private let vocabulary: VocabularyStore?
    /// Output folders whose renames wait for one fsync at the end of a batching run; nil
    /// when each commit syncs its folder (see `init`).
    private let pendingDirectorySyncs: PendingDirectorySyncs?

    /// Opens the duplicate index in the state folder when dedup is enabled (creating the folder).
    ///
    /// With `previous` (a configuration reload), its open index is shared when the dedup settings
    /// and state folder are unchanged, so two connections never compete for one SQLite file
    /// while the previous pipeline's files are still in flight.
    ///
    /// With `batchingIndexWrites` (one-shot runs) index records are committed several at a
    /// time (`DuplicateIndex.batchWrites`), and output folders are fsynced once a batch
    /// rather than after every file (`AtomicFile.DirectorySync.deferred`): the driver must
    /// call `flushIndex()` at the end. Without the index, once at the end; with it, before
    /// every commit of the index (its `beforeCommit` hook), which may come at any later
    /// lookup: a committed record never names a file a power loss could take back, and a
    /// crash loses at most the renames and records of the open batch, together.
    public init(
        configuration: Configuration, timestamp: Date, reusingIndexOf previous: Pipeline? = nil, batchingIndexWrites: Bool = false
    ) throws(PipelineError) {
        self.configuration = configuration
        self.timestamp = timestamp
        guard configuration.dedupEnabled else {
            index = nil
            vocabulary = nil
            pendingDirectorySyncs = batchingIndexWrites ? PendingDirectorySyncs() : nil
            return
        }
        let sameState = previous?.configuration.folders.state == configuration.folders.state
        vocabulary = sameState ? previous?.vocabulary : VocabularyStore(stateDirectory: configuration.folders.state)
        if let previous, let shared = previous.index, previous.configuration.dedup == configuration.dedup, sameState {
            // The shared index commits on its owner's terms: every folder is synced at once.
            pendingDirectorySyncs = nil
            index = shared
            return
        }
        do {
            try FileManager.default.createDirectory(at: configuration.folders.state, withIntermediateDirectories: true)
            let opened = try DuplicateIndex(stateDirectory: configuration.folders.state, configuration: configuration.dedup)
            if batchingIndexWrites {
                let pending = PendingDirectorySyncs()
                try opened.batchWrites(documents: Self.indexBatch, beforeCommit: { pending.syncAll() })
                pendingDirectorySyncs = pending
            } else {
                pendingDirectorySyncs = nil
            }
            index = LockedIndex(opened)
        } catch {
            throw .index("cannot open the index in \(configuration.folders.state.path): \(error)")
        }
    }

    /// Index records per commit in a batching run: a crash loses at most this many records,
    /// all of them for TEI files no durable output links to (see `DuplicateIndex.batchWrites`).
    static let indexBatch = 64

    /// Makes a batching run durable: fsyncs the output folders it deferred, then commits the
    /// index records still pending (the index's commit syncs the folders first); a no-op
    /// otherwise.
    public func flushIndex() throws(PipelineError) {
        defer { pendingDirectorySyncs?.syncAll() }
        try index?.flush()
    }

    /// The output name for an input: `000_x.txt` -> `000_x.tei.xml`.
    public static func outputName(forInput name: String) -> String {
        if let stem = textFileStem(name) { return stem + ".tei.xml" }
        let stem = (name as NSString).deletingPathExtension
        return (stem.isEmpty ? name : stem) + ".tei.xml"
    }

    /// `name` less its `.txt`, in the case where that is all `deletingPathExtension` removes
    /// (no slash, no leading dot), without bridging to `NSString` once per file; else nil.
    private static func textFileStem(_ name: String) -> String? {
        let bytes = name.utf8
        guard bytes.count > 4, bytes.first != UInt8(ascii: "."), bytes.suffix(4).elementsEqual(".txt".utf8),
              !bytes.contains(UInt8(ascii: "/")) else { return nil }
        return String(decoding: bytes.dropLast(4), as: UTF8.self)
    }

    /// Reads, renders and commits the file at `input` into `outputDirectory`.
    /// With `followSymlinks` false a symbolic link fails as "not a regular file" (the daemon's
    /// rule); `timestamp` overrides the pipeline's for long-running drivers.
    public func process(fileAt input: URL, outputDirectory: URL, followSymlinks: Bool = true, timestamp: Date? = nil) throws(PipelineError) -> PipelineResult {
        let bytes = try InputReader.read(path: input.path, limit: configuration.daemon.maxFileSize, followSymlinks: followSymlinks)
        let name = input.lastPathComponent
        let documentName = Self.outputName(forInput: name)
        let rendered = try render(bytes: bytes, fileName: name, documentName: documentName, timestamp: timestamp)
        // A path joined as a string: `appendingPathComponent` parses a URL per file.
        let folder = outputDirectory.path
        return try commit(rendered, toPath: folder.hasSuffix("/") ? folder + documentName : folder + "/" + documentName)
    }

    /// Everything up to the commit; no file is written. `documentName` is the TEI file name
    /// other documents will link to; pass nil for inputs that are not kept (standard input).
    public func render(bytes: [UInt8], fileName: String, documentName: String?, timestamp: Date? = nil) throws(PipelineError) -> RenderedDocument {
        let source: SourceText
        do {
            source = try TextDecoder.decode(bytes: bytes, fileName: fileName, forcedEncoding: configuration.encoding)
        } catch {
            throw .decoding(error)
        }
        var repairOptions = configuration.repair
        if let vocabulary, repairOptions.knownVocabulary.isEmpty {
            repairOptions.knownVocabulary = vocabulary.snapshot()
        }
        let document = Repairer.repair(source, options: repairOptions)
        var report = DuplicateReport.none
        var blocks: [Block]?
        if let index {
            // Flattened once for the look-up and the record: `RepairedDocument.blocks` copies.
            blocks = document.blocks
            let exact = try index.exactDuplicate(sha256: source.sha256)
            // Re-cleaning the same file under the same name is a re-run, not a duplicate.
            if let exact, exact != documentName {
                if configuration.dedup.exactDuplicates == .skip {
                    return RenderedDocument(documentName: documentName, source: source, document: document,
                                            report: DuplicateReport(exactDuplicateOf: exact), tei: nil)
                }
                report = try index.findDuplicates(document: documentName ?? fileName, blocks: blocks ?? [])
                report.exactDuplicateOf = exact
            } else {
                report = try index.findDuplicates(document: documentName ?? fileName, blocks: blocks ?? [])
            }
        }
        let options = TEIOptions(diplomatic: configuration.diplomatic, timestamp: timestamp ?? self.timestamp, applicationVersion: QuireVersion.current)
        do {
            let tei = try TEIWriter.render(document, source: source, duplicates: report, options: options)
            var rendered = RenderedDocument(documentName: documentName, source: source, document: document, report: report, tei: tei)
            rendered.flattenedBlocks = blocks
            return rendered
        } catch {
            throw .rendering(String(describing: error))
        }
    }

    /// Writes the TEI atomically to `destination`, then records the document in the index.
    /// A document skipped as an exact duplicate writes nothing.
    public func commit(_ rendered: RenderedDocument, to destination: URL) throws(PipelineError) -> PipelineResult {
        try commit(rendered, toPath: destination.path)
    }

    private func commit(_ rendered: RenderedDocument, toPath destination: String) throws(PipelineError) -> PipelineResult {
        guard let tei = rendered.tei else { return PipelineResult(rendered, outputPath: nil) }
        do {
            try AtomicFile.write(tei.bytes, toPath: destination, directorySync: pendingDirectorySyncs.map { .deferred($0) } ?? .immediately)
        } catch {
            throw .commit(error)
        }
        if let index, let name = rendered.documentName {
            try index.record(document: name, sha256: rendered.source.sha256, blocks: rendered.flattenedBlocks ?? rendered.document.blocks, report: rendered.report)
        }
        if rendered.documentName != nil {
            vocabulary?.learn(from: rendered.document)
        }
        return PipelineResult(rendered, outputPath: destination)
    }
}

/// A rendered document waiting to be committed.
public struct RenderedDocument: Sendable {
    public var documentName: String?
    public var source: SourceText
    public var document: RepairedDocument {
        didSet { flattenedBlocks = nil }
    }
    /// `document.blocks` as the index look-up saw them, kept for the record; nil when not
    /// computed or when `document` changed since.
    var flattenedBlocks: [Block]?
    public var report: DuplicateReport
    /// Nil when the input was skipped as an exact duplicate.
    public var tei: TEIOutput?
}

/// What happened to one input, for the one-line report per file.
public struct PipelineResult: Sendable {
    /// The committed TEI file; nil when skipped or when the TEI went elsewhere (standard output).
    public var output: URL? { outputPath.map { URL(fileURLWithPath: $0, isDirectory: false) } }
    /// `output` as a path: the one-line report needs no `URL`.
    public var outputPath: String?
    public var encoding: TextEncoding
    public var blockCount: Int
    /// Blocks linked to a block of an earlier document.
    public var duplicateBlockCount: Int
    /// Characters XML forbids that were dropped.
    public var droppedCharacters: Int
    /// The earlier TEI file with byte-identical input, if any.
    public var identicalTo: String?
    /// True when no TEI was produced because the input is an exact duplicate.
    public var skipped: Bool

    public init(_ rendered: RenderedDocument, output: URL?) {
        self.init(rendered, outputPath: output?.path)
    }

    init(_ rendered: RenderedDocument, outputPath: String?) {
        self.outputPath = outputPath
        encoding = rendered.source.encoding
        // Counted per division: `RepairedDocument.blocks` copies every block into a new array.
        blockCount = rendered.document.divisions.reduce(0) { $0 + $1.blocks.count }
        duplicateBlockCount = rendered.report.links.count
        droppedCharacters = rendered.tei?.droppedCharacters ?? 0
        identicalTo = rendered.report.exactDuplicateOf
        skipped = rendered.tei == nil
    }
}

/// The duplicate index behind a lock: SQLite access from concurrent pipeline runs is serialised,
/// and errors become `PipelineError.index`.
private final class LockedIndex: Sendable {
    private let lock = NSLock()
    private let index: DuplicateIndex

    init(_ index: DuplicateIndex) { self.index = index }

    private func locked<T>(_ body: () throws -> T) throws(PipelineError) -> T {
        lock.lock()
        defer { lock.unlock() }
        do { return try body() } catch { throw .index(String(describing: error)) }
    }

    func exactDuplicate(sha256: String) throws(PipelineError) -> String? {
        try locked { try index.exactDuplicate(sha256: sha256) }
    }

    func findDuplicates(document: String, blocks: [Block]) throws(PipelineError) -> DuplicateReport {
        try locked { try index.findDuplicates(document: document, blocks: blocks) }
    }

    func record(document: String, sha256: String, blocks: [Block], report: DuplicateReport) throws(PipelineError) {
        try locked { try index.record(document: document, sha256: sha256, blocks: blocks, report: report) }
    }

    func flush() throws(PipelineError) {
        try locked { try index.flush() }
    }
}
