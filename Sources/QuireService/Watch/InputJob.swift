import Foundation
import Logging

/// What became of one inbox file.
enum JobOutcome: Sendable {
    case processed
    case failed
    /// Vanished, or already handled in this form (journal says done or failed).
    case skipped
}

/// Takes one inbox file through the pipeline and out of the inbox, journaling each step so
/// that a crash at any point is repaired by running the job again.
struct InputJob: Sendable {
    let name: String
    let configuration: Configuration
    let pipeline: Pipeline
    let journal: Journal
    let logger: Logger

    private var input: URL { configuration.folders.inbox.appendingPathComponent(name) }

    func run() -> JobOutcome {
        do {
            return try runJournaled()
        } catch {
            logger.error("journal error", metadata: ["file": "\(name)", "error": "\(error)"])
            return .skipped
        }
    }

    private func runJournaled() throws(WatchError) -> JobOutcome {
        guard let identity = FileIdentity(path: input.path) else {
            try journal.remove(name)
            return .skipped
        }
        if let entry = try journal.entry(for: name), entry.identity == identity.key {
            switch entry.state {
            case .done, .failed: return .skipped
            case .committed: return try finishSuccess(identity: identity, detail: "output already committed")
            case .processing: break  // interrupted: redo from the input
            }
        }
        guard identity.isRegularFile else {
            let reason = identity.isSymbolicLink ? "a symbolic link (links are not followed)" : "not a regular file"
            return try fail(identity: identity, reason: reason)
        }
        try journal.set(name, identity: identity.key, state: .processing)
        let result: PipelineResult
        do {
            let timestamp = (try? Timestamp.current()) ?? Date()
            result = try pipeline.process(fileAt: input, outputDirectory: configuration.folders.outbox,
                                          followSymlinks: false, timestamp: timestamp)
        } catch {
            return try fail(identity: identity, reason: error.reason)
        }
        let detail = result.skipped
            ? "identical to \(result.identicalTo ?? "an earlier input"), no new TEI"
            : "\(result.output?.lastPathComponent ?? "?") (\(result.blockCount) blocks, \(result.duplicateBlockCount) duplicates)"
        try journal.set(name, identity: identity.key, state: .committed, detail: detail)
        return try finishSuccess(identity: identity, detail: detail)
    }

    private func finishSuccess(identity: FileIdentity, detail: String) throws(WatchError) -> JobOutcome {
        switch configuration.daemon.processedPolicy {
        case .move:
            try FileManager.default.createDirectory(at: configuration.folders.processed)
            try FileMover.move(input, into: configuration.folders.processed)
            try journal.remove(name)
        case .delete:
            try FileMover.delete(input)
            try journal.remove(name)
        case .keep:
            try journal.set(name, identity: identity.key, state: .done, detail: detail)
        }
        logger.info("file processed", metadata: ["file": "\(name)", "output": "\(detail)"])
        return .processed
    }

    /// Writes `<name>.error.txt` into the failed folder, then moves the input beside it.
    private func fail(identity: FileIdentity, reason: String) throws(WatchError) -> JobOutcome {
        let failed = configuration.folders.failed
        try FileManager.default.createDirectory(at: failed)
        let destination = FileMover.freeName(for: name, in: failed)
        let report = "\(name): \(reason)\n"
        do {
            try AtomicFile.write(Array(report.utf8), to: failed.appendingPathComponent(destination.lastPathComponent + ".error.txt"))
            try FileMover.move(input, to: destination)
            try journal.remove(name)
        } catch {
            // Could not move it away: remember this exact file as failed so it is not retried in a loop.
            try journal.set(name, identity: identity.key, state: .failed, detail: reason)
            logger.error("cannot move failed file", metadata: ["file": "\(name)", "error": "\(error)"])
        }
        logger.error("file failed", metadata: ["file": "\(name)", "reason": "\(reason)"])
        return .failed
    }
}

private extension FileManager {
    func createDirectory(at url: URL) throws(WatchError) {
        do { try createDirectory(at: url, withIntermediateDirectories: true) } catch {
            throw .system("mkdir(\(url.path))", EACCES)
        }
    }
}
