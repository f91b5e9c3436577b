import Foundation
import Testing
@testable import QuireService
#if canImport(Glibc)
import Glibc
#endif

@Suite("Watcher parts")
struct WatchPartsTests {
    /// Builds the kernel's record layout by hand: 16-byte header, then the NUL-padded name.
    static func record(watch: Int32, mask: UInt32, cookie: UInt32 = 0, name: String, padTo: Int = 16) -> [UInt8] {
        var nameBytes = Array(name.utf8)
        if !nameBytes.isEmpty {
            nameBytes.append(0)
            while nameBytes.count % padTo != 0 { nameBytes.append(0) }
        }
        var bytes: [UInt8] = []
        for value in [UInt32(bitPattern: watch), mask, cookie, UInt32(nameBytes.count)] {
            withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
        }
        return bytes + nameBytes
    }

    @Test func parsesConsecutiveRecordsWithPaddedNames() {
        let buffer = Self.record(watch: 1, mask: UInt32(IN_CLOSE_WRITE), name: "a.txt")
            + Self.record(watch: 1, mask: UInt32(IN_MOVED_TO), cookie: 7, name: "文件 with spaces.txt")
            + Self.record(watch: 1, mask: UInt32(IN_Q_OVERFLOW), name: "")
        let events = buffer.withUnsafeBytes { InotifyEvent.parse($0) }
        #expect(events.map(\.name) == ["a.txt", "文件 with spaces.txt", ""])
        #expect(events[1].cookie == 7)
        #expect(events[1].has(IN_MOVED_TO))
        #expect(events[2].has(IN_Q_OVERFLOW))
    }

    @Test func ignoresATruncatedTrailingRecord() {
        let whole = Self.record(watch: 1, mask: UInt32(IN_CLOSE_WRITE), name: "a.txt")
        let buffer = whole + Array(Self.record(watch: 1, mask: UInt32(IN_CLOSE_WRITE), name: "b.txt").prefix(20))
        let events = buffer.withUnsafeBytes { InotifyEvent.parse($0) }
        #expect(events.map(\.name) == ["a.txt"])
    }

    @Test(arguments: [".hidden.txt", ".#lock", "upload.part", "x.tmp", "notes.txt~", ".a.tei.xml.tmp-123456"])
    func temporaryNamesAreIgnored(name: String) {
        #expect(InboxNames.isIgnored(name))
    }

    @Test(arguments: ["a.txt", "报告 2022.txt", "scan.png", "no-extension"])
    func ordinaryNamesAreInputs(name: String) {
        #expect(!InboxNames.isIgnored(name))
    }

    @Test func journalRoundTripsAndSurvivesReopening() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        do {
            let journal = try Journal(folder: folder.url)
            try journal.set("a.txt", identity: "1:2:3", state: .processing)
            try journal.set("a.txt", identity: "1:2:3", state: .committed, detail: "a.tei.xml")
            try journal.set("b.txt", identity: "4:5:6", state: .failed, detail: "not text")
        }
        let reopened = try Journal(folder: folder.url)
        #expect(try reopened.entries() == [
            Journal.Entry(name: "a.txt", identity: "1:2:3", state: .committed),
            Journal.Entry(name: "b.txt", identity: "4:5:6", state: .failed),
        ])
        try reopened.remove("a.txt")
        #expect(try reopened.entry(for: "a.txt") == nil)
        #expect(try folder.names() .contains("journal.sqlite"))
    }

    @Test func fileIdentityChangesWithContentAndSeesLinks() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Data("one".utf8).write(to: folder.file("a.txt"))
        let first = try #require(FileIdentity(path: folder.file("a.txt").path))
        try Data("two, longer".utf8).write(to: folder.file("a.txt"))
        let second = try #require(FileIdentity(path: folder.file("a.txt").path))
        #expect(first.key != second.key)
        #expect(first.isRegularFile)
        try FileManager.default.createSymbolicLink(atPath: folder.file("link").path, withDestinationPath: "/etc/passwd")
        let link = try #require(FileIdentity(path: folder.file("link").path))
        #expect(link.isSymbolicLink && !link.isRegularFile)
    }

    @Test func freeNamesNeverOverwrite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(FileMover.freeName(for: "a.txt", in: folder.url).lastPathComponent == "a.txt")
        try Data().write(to: folder.file("a.txt"))
        try Data().write(to: folder.file("a-2.txt"))
        #expect(FileMover.freeName(for: "a.txt", in: folder.url).lastPathComponent == "a-3.txt")
    }

    @Test(arguments: [("64MiB", 64 << 20), ("500 KB", 500 << 10), ("1G", 1 << 30), ("123", 123)])
    func byteSizesParse(text: String, bytes: Int) {
        #expect(ByteSize.parse(text) == bytes)
    }

    @Test func reloadDescribesWhatChanged() {
        let old = Configuration.defaults(baseDirectory: URL(fileURLWithPath: "/x"))
        var new = old
        new.diplomatic = true
        new.daemon.concurrency = old.daemon.concurrency + 1
        let changes = ConfigurationChanges.describe(from: old, to: new)
        #expect(changes.contains("tei.diplomatic: false -> true"))
        #expect(changes.count == 2)
        #expect(ConfigurationChanges.describe(from: old, to: old).isEmpty)
    }

    @Test func notifierSendsDatagramsToAnAbstractSocket() throws {
        let name = "quire-test-\(UUID().uuidString.prefix(8))"
        let receiver = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        defer { close(receiver) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let path: [UInt8] = [0] + Array(name.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: path) }
        let length = socklen_t(MemoryLayout<sa_family_t>.size + path.count)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(receiver, $0, length) }
        }
        try #require(bound == 0)
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": "@\(name)"])
        #expect(notifier.notify("READY=1\nSTATUS=idle"))
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = recv(receiver, &buffer, buffer.count, Int32(MSG_DONTWAIT))
        #expect(count > 0)
        #expect(String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self) == "READY=1\nSTATUS=idle")
        #expect(!SystemdNotifier(environment: [:]).notify("READY=1"))
    }

    @Test func watchdogIntervalIsHalfOfWhatSystemdAsks() {
        #expect(SystemdNotifier.watchdogInterval(environment: ["WATCHDOG_USEC": "30000000"]) == 15)
        #expect(SystemdNotifier.watchdogInterval(environment: ["WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "1"]) == nil)
        #expect(SystemdNotifier.watchdogInterval(environment: [:]) == nil)
    }
}
