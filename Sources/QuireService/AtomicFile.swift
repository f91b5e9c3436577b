import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be committed. Nothing is left behind in any case.
public struct AtomicFileError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    /// The failing step (`create a temporary file in`, `write`, `rename`, ...).
    public var operation: String
    public var errno: Int32

    public var description: String {
        let reason: String
        switch errno {
        case EACCES, EPERM: reason = "permission denied (is the folder read-only?)"
        case EROFS: reason = "read-only file system"
        case ENOSPC: reason = "no space left on device"
        case ENOENT: reason = "folder does not exist"
        default: reason = String(cString: strerror(errno))
        }
        return "cannot \(operation) \(path): \(reason)"
    }
}

/// All-or-nothing file writes: readers of the destination see the old file or the whole new
/// one, never a prefix, even if the process is killed or the machine loses power mid-write.
///
/// The bytes go to `.<name>.tmp-XXXXXX` in the destination's own folder (same file system,
/// so the rename is atomic), are fsynced, renamed over the destination, and the folder is
/// fsynced so that the rename itself is durable. Temporary names start with a dot and contain
/// `.tmp-`, so watchers skip them and `removeStaleTemporaries` can find them after a crash.
public enum AtomicFile {
    /// The marker every temporary name contains.
    public static let temporaryMarker = ".tmp-"

    /// When the folder of a finished write is fsynced.
    public enum DirectorySync: Sendable {
        /// Before `write` returns: the new name is durable on return (the safe default).
        case immediately
        /// By `PendingDirectorySyncs.syncAll()`, once for a whole batch of files.
        ///
        /// The trade-off: the file's bytes are still fsynced before the rename, so no reader
        /// and no crash ever sees a partial file; but until the folder is synced, a power
        /// loss (not a killed process) may undo the rename, leaving the old file or none.
        /// Callers may defer only where nothing that outlives a power loss depends on the
        /// new name in the meantime: `quire clean` (the inputs stay where they are, and a
        /// re-run writes the files again), which with the duplicate index syncs the folders
        /// before each commit of index records (`DuplicateIndex.batchWrites(beforeCommit:)`).
        case deferred(PendingDirectorySyncs)
    }

    public static func write(_ bytes: [UInt8], to destination: URL, directorySync: DirectorySync = .immediately) throws(AtomicFileError) {
        try write(bytes, toPath: destination.path, directorySync: directorySync)
    }

    /// `write(_:to:)` for a file-system path, which saves the `URL` round trip per file.
    public static func write(_ bytes: [UInt8], toPath path: String, directorySync: DirectorySync = .immediately) throws(AtomicFileError) {
        let (folder, name) = split(path)
        var temporary = Array("\(folder)/.\(name)\(temporaryMarker)XXXXXX".utf8CString)
        let descriptor = try TemporaryName.create(&temporary, folder: folder)
        var committed = false
        defer {
            if !committed { _ = temporary.withUnsafeBufferPointer { unlink($0.baseAddress!) } }
        }
        do {
            defer { close(descriptor) }
            try writeAll(bytes, to: descriptor, path: path)
            guard fsync(descriptor) == 0 else {
                throw AtomicFileError(path: path, operation: "flush", errno: errno)
            }
        }
        guard temporary.withUnsafeBufferPointer({ rename($0.baseAddress!, path) }) == 0 else {
            throw AtomicFileError(path: path, operation: "rename a temporary file to", errno: errno)
        }
        committed = true
        switch directorySync {
        case .immediately: syncDirectory(folder)
        case .deferred(let pending): pending.add(folder)
        }
    }

    /// `/a/b/c.xml` -> (`/a/b`, `c.xml`); a file at the root has the folder `/`, whose
    /// temporaries are then named `//.c.xml.tmp-…` (the same file as `/.c.xml.tmp-…`).
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return (".", path) }
        let folder = slash == path.startIndex ? "/" : String(path[..<slash])
        return (folder, String(path[path.index(after: slash)...]))
    }

    /// Makes a completed rename or unlink in `folder` durable. Best effort: some file
    /// systems refuse fsync on directories, and the data itself is already safe.
    /// Never inlined, so that profiles tell the folder's fsync from the file's.
    @inline(never)
    public static func syncDirectory(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    /// Deletes temporaries left by a process that died mid-write; returns how many.
    @discardableResult
    public static func removeStaleTemporaries(in folder: URL) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var removed = 0
        for name in names where isTemporaryName(name) {
            if unlink(folder.appendingPathComponent(name).path) == 0 { removed += 1 }
        }
        return removed
    }

    /// True for names `write` uses for its temporaries.
    public static func isTemporaryName(_ name: String) -> Bool {
        name.hasPrefix(".") && name.contains(temporaryMarker)
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(AtomicFileError) {
        let failure = WholeWrite.write(bytes, to: descriptor)
        if failure != 0 { throw AtomicFileError(path: path, operation: "write", errno: failure) }
    }
}
