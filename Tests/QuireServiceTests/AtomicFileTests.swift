import Foundation
import Testing
@testable import QuireService

@Suite("Atomic output")
struct AtomicFileTests {
    @Test func writesTheWholeFileAndLeavesNoTemporary() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bytes = Array("<TEI/>\n".utf8)
        try AtomicFile.write(bytes, to: folder.file("a.tei.xml"))
        #expect(Array(try Data(contentsOf: folder.file("a.tei.xml"))) == bytes)
        #expect(try folder.names() == ["a.tei.xml"])
    }

    @Test func replacesAnExistingFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try AtomicFile.write(Array("old".utf8), to: folder.file("a.xml"))
        try AtomicFile.write(Array("new".utf8), to: folder.file("a.xml"))
        #expect(String(decoding: try Data(contentsOf: folder.file("a.xml")), as: UTF8.self) == "new")
        #expect(try folder.names() == ["a.xml"])
    }

    @Test func missingFolderIsAClearError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let error = #expect(throws: AtomicFileError.self) {
            try AtomicFile.write([1], to: folder.file("missing/a.xml"))
        }
        #expect(error?.errno == ENOENT)
        #expect(error?.description.contains("folder does not exist") == true)
    }

    /// Root ignores directory permissions, so as root a folder of sysfs stands in for a
    /// read-only one; otherwise a folder with mode 0555 is used.
    @Test func readOnlyFolderIsAClearErrorAndLeavesNothing() throws {
        let folder = try TemporaryFolder()
        defer {
            chmod(folder.url.path, 0o755)
            folder.remove()
        }
        let target: URL
        if geteuid() == 0 {
            target = URL(fileURLWithPath: "/sys/kernel/quire-test.xml")
            try #require(FileManager.default.fileExists(atPath: "/sys/kernel"))
        } else {
            chmod(folder.url.path, 0o555)
            target = folder.file("a.xml")
        }
        let error = #expect(throws: AtomicFileError.self) { try AtomicFile.write([1, 2, 3], to: target) }
        #expect(error?.description.contains("permission denied") == true || error?.description.contains("read-only") == true)
        #expect(!FileManager.default.fileExists(atPath: target.path))
        #expect(try folder.names().isEmpty)
    }

    /// The output gets the mode any new file gets (0666 less the umask), not the 0600 of a
    /// private temporary.
    @Test func outputHasTheModeOfANewFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try AtomicFile.write([1], to: folder.file("a.xml"))
        let plain = open(folder.file("plain").path, O_WRONLY | O_CREAT | O_EXCL, 0o666)
        try #require(plain >= 0)
        close(plain)
        func mode(_ name: String) throws -> Int {
            try #require(FileManager.default.attributesOfItem(atPath: folder.file(name).path)[.posixPermissions] as? Int)
        }
        #expect(try mode("a.xml") == mode("plain"))
    }

    /// Many writes into one folder, from several threads at once: each file whole, and no
    /// temporary left behind (names never collide, or a collision is skipped).
    @Test func concurrentWritesEachLandWhole() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let pending = PendingDirectorySyncs()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for task in 0..<4 {
                group.addTask {
                    for index in 0..<50 {
                        let sync: AtomicFile.DirectorySync = index.isMultiple(of: 2) ? .immediately : .deferred(pending)
                        try AtomicFile.write(Array("\(task)-\(index)".utf8), to: folder.file("\(task)-\(index).xml"), directorySync: sync)
                    }
                }
            }
            try await group.waitForAll()
        }
        let names = try folder.names()
        #expect(names.count == 200)
        #expect(!names.contains(where: AtomicFile.isTemporaryName))
        for name in names {
            let text = String(decoding: try Data(contentsOf: folder.file(name)), as: UTF8.self)
            #expect(text + ".xml" == name)
        }
    }

    /// A name already taken (another process's temporary, or a crash's) is skipped, and the
    /// file holding it is left alone.
    @Test func takenTemporaryNamesAreSkipped() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        func name(_ value: UInt64) -> String { ".a.xml.tmp-" + String(decoding: TemporaryName.characters(value), as: UTF8.self) }
        for value: UInt64 in [7, 8] {
            try Data("theirs".utf8).write(to: folder.file(name(value)))
        }
        var values: [UInt64] = [7, 8, 9]
        var template = Array("\(folder.url.path)/.a.xml.tmp-XXXXXX".utf8CString)
        let descriptor = try TemporaryName.create(&template, folder: folder.url.path, next: { values.removeFirst() })
        close(descriptor)
        #expect(String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self) == folder.file(name(9)).path)
        #expect(values.isEmpty)
        for value: UInt64 in [7, 8] {
            #expect(String(decoding: try Data(contentsOf: folder.file(name(value))), as: UTF8.self) == "theirs")
        }
        #expect(Set(TemporaryName.characters(1 << 36 - 1)).count == 1)
    }

    /// A deferred write is complete and visible at once; its folder waits for `syncAll`.
    @Test func deferredDirectorySyncWaitsForTheBatch() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let pending = PendingDirectorySyncs()
        #expect(pending.isEmpty)
        try AtomicFile.write(Array("one".utf8), to: folder.file("a.xml"), directorySync: .deferred(pending))
        #expect(String(decoding: try Data(contentsOf: folder.file("a.xml")), as: UTF8.self) == "one")
        #expect(!pending.isEmpty)
        try AtomicFile.write(Array("two".utf8), to: folder.file("b.xml"))
        #expect(!pending.isEmpty)
        pending.syncAll()
        #expect(pending.isEmpty)
        #expect(try folder.names() == ["a.xml", "b.xml"])
    }

    @Test func staleTemporariesAreRemoved() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Data("partial".utf8).write(to: folder.file(".a.tei.xml.tmp-Ab12Cd"))
        try Data("keep".utf8).write(to: folder.file("a.tei.xml"))
        #expect(AtomicFile.removeStaleTemporaries(in: folder.url) == 1)
        #expect(try folder.names() == ["a.tei.xml"])
    }
}
