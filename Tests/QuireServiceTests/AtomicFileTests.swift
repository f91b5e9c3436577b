import Foundation
import Testing
import QuireService

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

    @Test func staleTemporariesAreRemoved() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Data("partial".utf8).write(to: folder.file(".a.tei.xml.tmp-Ab12Cd"))
        try Data("keep".utf8).write(to: folder.file("a.tei.xml"))
        #expect(AtomicFile.removeStaleTemporaries(in: folder.url) == 1)
        #expect(try folder.names() == ["a.tei.xml"])
    }
}
