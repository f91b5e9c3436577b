import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Moves inputs out of the inbox once their fate is durable.
enum FileMover {
    /// Renames `source` into `folder`, keeping its name or, if that is taken, the first free
    /// `<stem>-2.<ext>`, `<stem>-3.<ext>`, ... so an earlier input is never overwritten.
    /// Falls back to copy, fsync and unlink across file systems. Returns the destination.
    @discardableResult
    static func move(_ source: URL, into folder: URL) throws(WatchError) -> URL {
        try move(source, to: freeName(for: source.lastPathComponent, in: folder))
    }

    /// Renames `source` to `destination` (same rules as `move(_:into:)`, without the free-name search).
    @discardableResult
    static func move(_ source: URL, to destination: URL) throws(WatchError) -> URL {
        let folder = destination.deletingLastPathComponent()
        if rename(source.path, destination.path) == 0 {
            AtomicFile.syncDirectory(folder.path)
            AtomicFile.syncDirectory(source.deletingLastPathComponent().path)
            return destination
        }
        guard errno == EXDEV else { throw .system("rename(\(source.path), \(destination.path))", errno) }
        if FileIdentity(path: source.path)?.isSymbolicLink == true {
            // Recreate the link itself: copying would read whatever it points at.
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: source.path),
                  symlink(target, destination.path) == 0 else {
                throw .system("symlink(\(destination.path))", errno)
            }
        } else {
            try copyDurably(source, to: destination)
        }
        guard unlink(source.path) == 0 else { throw .system("unlink(\(source.path))", errno) }
        AtomicFile.syncDirectory(source.deletingLastPathComponent().path)
        return destination
    }

    private static func copyDurably(_ source: URL, to destination: URL) throws(WatchError) {
        do {
            let bytes = [UInt8](try Data(contentsOf: source))
            try AtomicFile.write(bytes, to: destination)
        } catch {
            throw .system("copy \(source.path) to \(destination.path)", EIO)
        }
    }

    static func delete(_ source: URL) throws(WatchError) {
        guard unlink(source.path) == 0 || errno == ENOENT else { throw .system("unlink(\(source.path))", errno) }
        AtomicFile.syncDirectory(source.deletingLastPathComponent().path)
    }

    static func freeName(for name: String, in folder: URL) -> URL {
        var candidate = folder.appendingPathComponent(name)
        let stem = (name as NSString).deletingPathExtension
        let ext = (name as NSString).pathExtension
        var counter = 2
        var info = stat()
        while lstat(candidate.path, &info) == 0 {
            candidate = folder.appendingPathComponent(ext.isEmpty ? "\(stem)-\(counter)" : "\(stem)-\(counter).\(ext)")
            counter += 1
        }
        return candidate
    }
}
