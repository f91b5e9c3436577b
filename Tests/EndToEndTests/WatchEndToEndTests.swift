import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `quire watch` run as systemd would run it: the real binary, real signals, real inotify.
@Suite("quire watch, end to end", .serialized)
struct WatchEndToEndTests {
    static let text = try! Data(contentsOf: Workspace.fixtures.appendingPathComponent("traditional-utf8.txt"))

    /// A workspace whose configuration disables dedup (the daemon is under test, not dedup).
    func workspace(_ extra: String = "") throws -> Workspace {
        let workspace = try Workspace(dedup: false)
        try workspace.write("Config/quire.toml", "[dedup]\nenabled = false\n\(extra)")
        return workspace
    }

    /// Drops `name` the way `mv` within one file system does: written elsewhere, then renamed in.
    func move(_ data: Data, as name: String, into workspace: Workspace) throws {
        let staging = workspace.url("staging-\(UUID().uuidString)")
        try data.write(to: staging)
        try FileManager.default.moveItem(at: staging, to: workspace.url("Inbox/\(name)"))
    }

    func inboxIsEmpty(_ workspace: Workspace) -> Bool {
        workspace.names(in: "Inbox").allSatisfy { $0.hasPrefix(".") }
    }

    @Test func copiedAndMovedFilesBecomeTEIAndLeaveTheInbox() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.write("Inbox/already there.txt", Array(Self.text))
        let daemon = try Daemon(in: workspace)
        #expect(daemon.waitForLog("watching"))
        try FileManager.default.copyItem(at: Workspace.fixtures.appendingPathComponent("traditional-big5.txt"), to: workspace.url("Inbox/copied.txt"))
        try move(Self.text, as: "moved 文件.txt", into: workspace)
        try workspace.write("Inbox/.hidden.txt", Array(Self.text))
        try workspace.write("Inbox/upload.txt.part", Array(Self.text))
        let expected = ["already there.tei.xml", "copied.tei.xml", "moved 文件.tei.xml", "upload.tei.xml"]
        // A partial upload is picked up only once renamed to its final name.
        #expect(waitUntil(timeout: 30) { workspace.names(in: "Outbox").count == 3 })
        #expect(workspace.exists("Inbox/upload.txt.part"))
        try FileManager.default.moveItem(at: workspace.url("Inbox/upload.txt.part"), to: workspace.url("Inbox/upload.txt"))
        #expect(waitUntil(timeout: 30) { workspace.names(in: "Outbox") == expected })
        #expect(waitUntil(timeout: 30) { workspace.names(in: "Processed").count == 4 })
        #expect(workspace.names(in: "Inbox") == [".hidden.txt"])
        #expect(workspace.names(in: "Processed") == ["already there.txt", "copied.txt", "moved 文件.txt", "upload.txt"])
        daemon.send(SIGTERM)
        #expect(daemon.exitStatus(within: 30) == 0)
    }

    @Test func badFilesGoToFailedWithTheirReason() throws {
        let workspace = try workspace("[daemon]\nmax_file_size = \"1KiB\"\n")
        defer { workspace.remove() }
        try FileManager.default.createDirectory(at: workspace.url("Inbox/sub"), withIntermediateDirectories: true)
        try workspace.write("Inbox/sub/ignored.txt", Array(Self.text))
        let daemon = try Daemon(in: workspace)
        #expect(daemon.waitForLog("watching"))
        let fixtures = Workspace.fixtures
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("image.png"), to: workspace.url("Inbox/scan.png"))
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("latin1.txt"), to: workspace.url("Inbox/latin1.txt"))
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("sample-utf8.txt"), to: workspace.url("Inbox/huge.txt"))
        try FileManager.default.createSymbolicLink(atPath: workspace.url("Inbox/link.txt").path, withDestinationPath: "/etc/passwd")
        try move(Data([0x41, 0x0A]), as: "line\nbreak.txt", into: workspace)  // a good one, with a newline in its name
        #expect(waitUntil(timeout: 30) { workspace.names(in: "Failed").count == 8 })
        #expect(waitUntil(timeout: 30) { workspace.names(in: "Processed") == ["line\nbreak.txt"] })
        let reasons = try ["scan.png", "latin1.txt", "huge.txt", "link.txt"].map { try workspace.text("Failed/\($0).error.txt") }
        #expect(reasons[0].contains("not text (PNG image)"))
        #expect(reasons[1].contains("invalid UTF-8 at byte 3"))
        #expect(reasons[2].contains("too large"))
        #expect(reasons[3].contains("symbolic link"))
        // The link itself was moved, not the file it points to.
        let moved = try FileManager.default.destinationOfSymbolicLink(atPath: workspace.url("Failed/link.txt").path)
        #expect(moved == "/etc/passwd")
        #expect(workspace.exists("Inbox/sub/ignored.txt"))
        #expect(workspace.names(in: "Outbox") == ["line\nbreak.tei.xml"])
        daemon.send(SIGTERM)
        #expect(daemon.exitStatus(within: 30) == 0)
    }

    @Test func aBurstIsProcessedCompletely() throws {
        let workspace = try workspace("[daemon]\nconcurrency = 2\n")
        defer { workspace.remove() }
        let daemon = try Daemon(in: workspace)
        #expect(daemon.waitForLog("watching"))
        // 300 by default to keep CI short; QUIRE_BURST=1000 for the full burst.
        let count = Int(ProcessInfo.processInfo.environment["QUIRE_BURST"] ?? "") ?? 300
        for index in 0..<count { try move(Self.text, as: String(format: "burst-%04d.txt", index), into: workspace) }
        #expect(waitUntil(timeout: 240) { workspace.names(in: "Processed").count == count })
        #expect(workspace.names(in: "Outbox").count == count)
        #expect(inboxIsEmpty(workspace))
        daemon.send(SIGTERM)
        #expect(daemon.exitStatus(within: 30) == 0)
    }

    @Test func killDashNineLosesNothing() throws {
        let workspace = try workspace("[daemon]\nconcurrency = 2\n")
        defer { workspace.remove() }
        let names = (0..<150).map { String(format: "k-%04d.txt", $0) }
        let first = try Daemon(in: workspace)
        #expect(first.waitForLog("watching"))
        for name in names { try move(Self.text, as: name, into: workspace) }
        #expect(waitUntil(timeout: 120) { workspace.names(in: "Processed").count >= 20 })
        first.send(SIGKILL)
        _ = first.exitStatus(within: 30)
        let second = try Daemon(in: workspace)
        #expect(waitUntil(timeout: 240) { workspace.names(in: "Processed").count + workspace.names(in: "Failed").count >= names.count })
        second.send(SIGTERM)
        #expect(second.exitStatus(within: 30) == 0)
        // Exactly once: every input in Processed, each with its TEI; nothing left, nothing doubled.
        #expect(workspace.names(in: "Processed") == names)
        #expect(workspace.names(in: "Failed").isEmpty)
        #expect(workspace.names(in: "Outbox") == names.map { $0.replacingOccurrences(of: ".txt", with: ".tei.xml") })
        #expect(inboxIsEmpty(workspace))
        for name in workspace.names(in: "Outbox").prefix(150) {
            #expect(teiBody(try workspace.text("Outbox/\(name)")) != nil, "\(name) is complete")
        }
    }

    @Test func sigtermDrainsAndARestartFinishesTheRest() throws {
        let workspace = try workspace("[daemon]\nconcurrency = 1\n")
        defer { workspace.remove() }
        let names = (0..<40).map { String(format: "t-%03d.txt", $0) }
        for name in names { try workspace.write("Inbox/\(name)", Array(Self.text)) }
        let daemon = try Daemon(in: workspace)
        #expect(waitUntil(timeout: 60) { !workspace.names(in: "Processed").isEmpty })
        daemon.send(SIGTERM)
        #expect(daemon.exitStatus(within: 30) == 0)
        #expect(daemon.output.contains("stopping"))
        // Everything processed has its output; nothing is in two places.
        let processed = Set(workspace.names(in: "Processed"))
        let waiting = Set(workspace.names(in: "Inbox"))
        #expect(processed.isDisjoint(with: waiting))
        #expect(processed.union(waiting) == Set(names))
        #expect(Set(workspace.names(in: "Outbox")) == Set(processed.map { $0.replacingOccurrences(of: ".txt", with: ".tei.xml") }))
        let again = try Daemon(in: workspace)
        #expect(waitUntil(timeout: 120) { workspace.names(in: "Processed").count == names.count })
        again.send(SIGINT)
        #expect(again.exitStatus(within: 30) == 0)
    }

    @Test func sighupReloadsAGoodConfigurationAndKeepsTheOldOneOnError() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let daemon = try Daemon(in: workspace)
        #expect(daemon.waitForLog("watching"))
        try workspace.write("Config/quire.toml", "[dedup]\nenabled = false\n[tei]\ndiplomatic = true\n")
        daemon.send(SIGHUP)
        #expect(daemon.waitForLog("configuration reloaded"))
        #expect(daemon.output.contains("tei.diplomatic: false -> true"))
        // The sample has paragraphs wrapped over several lines: diplomatic output marks them.
        try move(Data(contentsOf: Workspace.fixtures.appendingPathComponent("sample-utf8.txt")), as: "after-good.txt", into: workspace)
        #expect(waitUntil(timeout: 30) { workspace.exists("Outbox/after-good.tei.xml") })
        #expect(try workspace.text("Outbox/after-good.tei.xml").contains("<lb"))

        try workspace.write("Config/quire.toml", "[dedup]\nenabled = false\n[tei]\ndiplomatic = maybe\n")
        daemon.send(SIGHUP)
        #expect(daemon.waitForLog("configuration reload failed"))
        try move(Self.text, as: "after-bad.txt", into: workspace)
        #expect(waitUntil(timeout: 30) { workspace.exists("Outbox/after-bad.tei.xml") })
        #expect(daemon.process.isRunning)
        daemon.send(SIGTERM)
        #expect(daemon.exitStatus(within: 30) == 0)
    }

    @Test func notifiesReadyStatusAndStoppingOverADatagramSocket() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let socket = try NotifySocket()
        let daemon = try Daemon(in: workspace, environment: [
            "NOTIFY_SOCKET": socket.path, "JOURNAL_STREAM": "8:1234", "WATCHDOG_USEC": "200000",
        ])
        let ready = socket.messages(until: "READY=1", timeout: 30)
        #expect(ready.contains { $0.contains("READY=1") && $0.contains("STATUS=") })
        #expect(socket.messages(until: "WATCHDOG=1", timeout: 30).contains("WATCHDOG=1"))
        try move(Self.text, as: "n.txt", into: workspace)
        let status = socket.messages(until: "processed 1", timeout: 30)
        #expect(status.contains { $0.contains("STATUS=") && $0.contains("processed 1") })
        daemon.send(SIGTERM)
        let stopping = socket.messages(until: "STOPPING=1", timeout: 30)
        #expect(stopping.contains { $0.contains("STOPPING=1") })
        #expect(daemon.exitStatus(within: 30) == 0)
        // Under journald every line starts with a syslog priority.
        let lines = daemon.output.split(separator: "\n")
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.hasPrefix("<") })
        #expect(lines.contains { $0.hasPrefix("<6>file processed") })
    }

    @Test func folderFlagsThatFeedOutputBackExit78() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let run = try workspace.run(["watch", "--inbox", "Drop", "--outbox", "Drop/tei"])
        #expect(run.status == 78)
        #expect(run.standardError.contains("--outbox"))
    }
}
