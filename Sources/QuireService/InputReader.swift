import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one input file whole, refusing what must not be read.
enum InputReader {
    /// Reads `path` into memory after checking, on the open descriptor, that it is a regular
    /// file no larger than `limit` (a huge file fails without being read). With
    /// `followSymlinks` false the final path component must not be a symbolic link, so a
    /// link dropped into the inbox cannot make the daemon read a file outside it.
    static func read(path: String, limit: Int, followSymlinks: Bool) throws(PipelineError) -> [UInt8] {
        var flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK
        if !followSymlinks { flags |= O_NOFOLLOW }
        let descriptor = open(path, flags)
        guard descriptor >= 0 else {
            let code = errno
            if code == ELOOP { throw .notRegularFile(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(code)))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .notRegularFile(path: path) }
        let size = Int(info.st_size)
        guard size <= limit else { throw .tooLarge(path: path, size: size, limit: limit) }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + filled, size - filled)
            }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw .unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }  // the file shrank while being read
            filled += count
        }
        bytes.removeSubrange(filled...)
        return bytes
    }
}
