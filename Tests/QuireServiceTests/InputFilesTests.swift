import Foundation
import Testing
import QuireService

@Suite("Input files")
struct InputFilesTests {
    /// Builds a tree and returns the files `textFiles(under:)` finds, relative to the root.
    private func found(in folder: TemporaryFolder) -> [String] {
        let prefix = folder.url.standardizedFileURL.path + "/"
        return InputFiles.textFiles(under: folder.url).map { String($0.path.dropFirst(prefix.count)) }
    }

    private func write(_ name: String, in folder: TemporaryFolder) throws {
        let url = folder.file(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: url)
    }

    @Test func everyTextFileBelowTheFolderInByteOrder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in ["b.txt", "a/z.txt", "a/b/c.TXT", "B.txt", "é.txt", "a.txt.bak", "notes.md", "a/.hidden.txt", ".cache/x.txt", "a/b c.txt"] {
            try write(name, in: folder)
        }
        // Byte order of the relative paths: upper case before lower case, `é` after ASCII.
        #expect(found(in: folder) == ["B.txt", "a/b c.txt", "a/b/c.TXT", "a/z.txt", "b.txt", "é.txt"])
    }

    @Test func linksToFilesAreFollowedButNotLinksToFolders() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try write("sub/real.txt", in: folder)
        try FileManager.default.createSymbolicLink(atPath: folder.file("link.txt").path, withDestinationPath: folder.file("sub/real.txt").path)
        // A link back to the root would make a walk that follows folder links run forever.
        try FileManager.default.createSymbolicLink(atPath: folder.file("sub/loop").path, withDestinationPath: folder.url.path)
        #expect(found(in: folder) == ["link.txt", "sub/real.txt"])
    }

    @Test func pathsAreCollectedInTheOrderGiven() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try write("d/2.txt", in: folder)
        try write("d/1.txt", in: folder)
        try write("single.txt", in: folder)
        let inputs = InputFiles.collect(["single.txt", "-", "d", "nothing.txt"], workingDirectory: folder.url)
        let root = folder.url.standardizedFileURL.path
        #expect(inputs == [
            .file(URL(fileURLWithPath: root + "/single.txt")), .standardInput,
            .file(URL(fileURLWithPath: root + "/d/1.txt")), .file(URL(fileURLWithPath: root + "/d/2.txt")),
            .missing("nothing.txt"),
        ])
    }
}
