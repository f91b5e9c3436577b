import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the watcher knows about an inbox entry without reading it.
struct FileIdentity: Sendable, Hashable {
    /// `inode:size:mtime-ns`: changes when the file is replaced or rewritten.
    var key: String
    var isRegularFile: Bool
    var isSymbolicLink: Bool

    /// `lstat`s `path`: a symbolic link is reported as such, never followed.
    init?(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        let type = info.st_mode & S_IFMT
        isRegularFile = type == S_IFREG
        isSymbolicLink = type == S_IFLNK
        key = "\(info.st_ino):\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }
}
