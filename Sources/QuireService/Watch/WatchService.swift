import Dispatch
import Foundation
import Logging
import Synchronization

/// `quire watch`: the drop-folder daemon.
///
/// One serial control queue receives inotify batches, signals and timers; files are processed
/// on a concurrent queue, at most `daemon.concurrency` at a time. Mutable state lives in one
/// `Mutex`, so the type is Sendable by construction. The promises (DESIGN.md): a file is taken
/// only once complete; its output appears atomically; it leaves the inbox only after its output
/// is durable; after `kill -9` the journal says what to redo; SIGTERM drains; SIGHUP reloads.
public final class WatchService: Sendable {
    /// Reads the configuration again for SIGHUP (the same file and flags as at start).
    public typealias Reloader = @Sendable () throws(ConfigurationError) -> Configuration

    private struct State: ~Copyable {
        var configuration: Configuration
        var pipeline: Pipeline
        var pending: [String] = []
        var pendingSet: Set<String> = []
        var inFlight: Set<String> = []
        /// Names that changed again while in flight: looked at once more afterwards.
        var recheck: Set<String> = []
        var processed = 0
        var failed = 0
        var stopping = false
        var exitStatus: Int32 = 0
        var watcher: InotifyWatcher?
        var sources: [RetainedSource] = []
    }

    private let state: Mutex<State>
    private let control = DispatchQueue(label: "quire.watch.control")
    private let workers = DispatchQueue(label: "quire.watch.work", attributes: .concurrent)
    private let journal: Journal
    private let logger: Logger
    private let notifier: SystemdNotifier
    private let reloader: Reloader

    public init(configuration: Configuration, logger: Logger, notifier: SystemdNotifier = SystemdNotifier(), reloader: @escaping Reloader) throws {
        let pipeline = try Pipeline(configuration: configuration, timestamp: Date())
        journal = try Journal(folder: configuration.folders.state)
        state = Mutex(State(configuration: configuration, pipeline: pipeline))
        self.logger = logger
        self.notifier = notifier
        self.reloader = reloader
    }

    /// Recovers from an earlier run, starts watching, scans the inbox and reports READY.
    /// Returns once running; the caller then parks the main thread (`dispatchMain()`).
    public func start() throws {
        let folders = state.withLock { $0.configuration.folders }
        for folder in [folders.inbox, folders.outbox, folders.processed, folders.failed, folders.state] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        var stale = 0
        for folder in [folders.outbox, folders.processed, folders.failed] {
            stale += AtomicFile.removeStaleTemporaries(in: folder)
        }
        if stale > 0 { logger.notice("removed stale temporary files", metadata: ["count": "\(stale)"]) }
        try forgetVanishedEntries(inbox: folders.inbox)

        // Created under the lock so that the non-Sendable watcher never leaves the state.
        try state.withLock { state in
            state.watcher = try InotifyWatcher(folder: folders.inbox.path, queue: control) { [weak self] changes in
                self?.handle(changes)
            }
        }
        installSignalHandlers()
        installWatchdog()
        control.sync { scan(reason: "startup") }
        logger.notice("watching", metadata: [
            "inbox": "\(folders.inbox.path)", "outbox": "\(folders.outbox.path)",
            "concurrency": "\(state.withLock { $0.configuration.daemon.concurrency })",
        ])
        notifier.notify("READY=1\n\(statusLine())")
    }

    // MARK: - Intake

    private func handle(_ changes: [InotifyWatcher.Change]) {
        var ready: [String] = []
        for change in changes {
            switch change {
            case .fileReady(let name): ready.append(name)
            case .overflow:
                logger.warning("inotify queue overflowed; rescanning the inbox")
                scan(reason: "overflow")
            case .folderGone:
                logger.critical("the inbox was removed or moved away; stopping")
                stop(signal: "inbox gone", exitStatus: 1)
                return
            }
        }
        enqueue(ready)
    }

    /// Queues every file in the inbox (sorted by name), as after a start or an overflow.
    private func scan(reason: String) {
        let inbox = state.withLock { $0.configuration.folders.inbox }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: inbox.path)) ?? []).sorted()
        let files = names.filter { name in
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: inbox.appendingPathComponent(name).path, isDirectory: &isDirectory)
            return !(exists && isDirectory.boolValue && FileIdentity(path: inbox.appendingPathComponent(name).path)?.isSymbolicLink == false)
        }
        logger.debug("scanning the inbox", metadata: ["reason": "\(reason)", "entries": "\(files.count)"])
        enqueue(files)
    }

    private func enqueue(_ names: [String]) {
        state.withLock { state in
            guard !state.stopping else { return }
            for name in names where !InboxNames.isIgnored(name) && !name.contains("/") {
                if state.inFlight.contains(name) {
                    state.recheck.insert(name)
                } else if state.pendingSet.insert(name).inserted {
                    state.pending.append(name)
                }
            }
        }
        pump()
    }

    /// Starts queued files while there is capacity.
    private func pump() {
        let jobs: [InputJob] = state.withLock { state in
            var jobs: [InputJob] = []
            while !state.stopping, state.inFlight.count < state.configuration.daemon.concurrency, !state.pending.isEmpty {
                let name = state.pending.removeFirst()
                state.pendingSet.remove(name)
                state.inFlight.insert(name)
                jobs.append(InputJob(name: name, configuration: state.configuration, pipeline: state.pipeline, journal: journal, logger: logger))
            }
            return jobs
        }
        for job in jobs {
            workers.async { [self] in
                let outcome = job.run()
                control.async { self.finished(job.name, outcome) }
            }
        }
    }

    private func finished(_ name: String, _ outcome: JobOutcome) {
        let drained: Bool = state.withLock { state in
            state.inFlight.remove(name)
            switch outcome {
            case .processed: state.processed += 1
            case .failed: state.failed += 1
            case .skipped: break
            }
            if state.recheck.remove(name) != nil, !state.stopping, state.pendingSet.insert(name).inserted {
                state.pending.append(name)
            }
            return state.stopping && state.inFlight.isEmpty
        }
        notifier.notify(statusLine())
        if drained { exitNow() }
        pump()
    }

    // MARK: - Signals, reload, watchdog

    private func installSignalHandlers() {
        let queue = control
        state.withLock { state in
            for (number, name) in [(SIGTERM, "SIGTERM"), (SIGINT, "SIGINT"), (SIGHUP, "SIGHUP")] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
                source.setEventHandler { [weak self] in
                    if number == SIGHUP { self?.reload() } else { self?.stop(signal: name, exitStatus: 0) }
                }
                source.resume()
                state.sources.append(RetainedSource(source))
            }
        }
    }

    private func installWatchdog() {
        guard let interval = SystemdNotifier.watchdogInterval() else { return }
        let queue = control
        state.withLock { [notifier] state in
            let timer = DispatchSource.makeTimerSource(queue: queue)
            timer.schedule(deadline: .now() + interval, repeating: interval)
            timer.setEventHandler { notifier.notify("WATCHDOG=1") }
            timer.resume()
            state.sources.append(RetainedSource(timer))
        }
    }

    /// Stops intake, lets in-flight files finish (bounded by `drain_timeout`), then exits.
    private func stop(signal: String, exitStatus: Int32) {
        let (inFlight, timeout, alreadyStopping) = state.withLock { state -> (Int, Double, Bool) in
            let was = state.stopping
            state.stopping = true
            state.exitStatus = max(state.exitStatus, exitStatus)
            state.watcher?.cancel()
            state.watcher = nil
            state.pending.removeAll()
            state.pendingSet.removeAll()
            return (state.inFlight.count, state.configuration.daemon.drainTimeout, was)
        }
        guard !alreadyStopping else { return }
        logger.notice("stopping", metadata: ["signal": "\(signal)", "in-flight": "\(inFlight)"])
        notifier.notify("STOPPING=1\n\(statusLine())")
        if inFlight == 0 { exitNow() }
        control.asyncAfter(deadline: .now() + timeout) { [self] in
            let left = state.withLock { $0.inFlight.count }
            logger.warning("drain timeout; unfinished files stay in the inbox for the next start", metadata: ["in-flight": "\(left)"])
            exitNow()
        }
    }

    private func exitNow() -> Never {
        let (status, processed, failed) = state.withLock { ($0.exitStatus, $0.processed, $0.failed) }
        logger.notice("stopped", metadata: ["processed": "\(processed)", "failed": "\(failed)"])
        exit(status)
    }

    private func reload() {
        let new: Configuration
        do {
            new = try reloader()
        } catch {
            logger.error("configuration reload failed; keeping the old configuration", metadata: ["error": "\(error)"])
            return
        }
        let old = state.withLock { $0.configuration }
        var applied = new
        if new.folders != old.folders {
            logger.warning("folder changes take effect after a restart")
            applied.folders = old.folders
        }
        let changes = ConfigurationChanges.describe(from: old, to: applied)
        guard !changes.isEmpty else {
            logger.notice("configuration reloaded; nothing changed")
            return
        }
        let pipeline: Pipeline
        do {
            pipeline = try Pipeline(configuration: applied, timestamp: Date(), reusingIndexOf: state.withLock { $0.pipeline })
        } catch {
            logger.error("configuration reload failed; keeping the old configuration", metadata: ["error": "\(error.reason)"])
            return
        }
        state.withLock { state in
            state.configuration = applied
            state.pipeline = pipeline
        }
        logger.notice("configuration reloaded", metadata: ["changes": "\(changes.joined(separator: "; "))"])
        pump()
    }

    // MARK: - Recovery and status

    /// Drops journal entries for files that are no longer in the inbox (moved before the
    /// journal caught up, or removed by someone else).
    private func forgetVanishedEntries(inbox: URL) throws {
        for entry in try journal.entries() where FileIdentity(path: inbox.appendingPathComponent(entry.name).path) == nil {
            try journal.remove(entry.name)
        }
    }

    private func statusLine() -> String {
        state.withLock { state in
            "STATUS=queue \(state.pending.count), in flight \(state.inFlight.count), processed \(state.processed), failed \(state.failed)"
        }
    }
}

/// Keeps a dispatch source alive for the life of the service.
///
/// `@unchecked Sendable` because libdispatch objects are thread-safe by design (every
/// operation on a source may be called from any thread), but the Linux Dispatch overlay does
/// not annotate its source types as Sendable. Nothing here mutates after `init`.
private struct RetainedSource: @unchecked Sendable {
    let source: any DispatchSourceProtocol
    init(_ source: any DispatchSourceProtocol) { self.source = source }
}
