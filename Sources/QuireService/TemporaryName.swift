#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Creates `AtomicFile`'s temporary files: `mkstemp`'s guarantee (a new file nobody else
/// holds, `O_EXCL`) without its per-file cost.
///
/// `mkstemp` asks the kernel for random bytes for every name and creates the file with mode
/// 0600, which then needed `umask` twice and `fchmod` to give the output the mode any new
/// file gets: four system calls of a write's ten. Here the six name characters come from a
/// per-process random start plus a counter, and `open` applies the umask to 0666 itself.
/// A name taken by another process (or left by a crash) is skipped with the next counter.
enum TemporaryName {
    /// `template` ends in `XXXXXX` and a NUL; the Xs are replaced by the name actually created.
    /// `next` gives the number each attempt's six characters encode (tests pass their own).
    static func create(_ template: inout [CChar], folder: String, next: () -> UInt64 = nextValue) throws(AtomicFileError) -> Int32 {
        let suffix = template.count - 7
        for _ in 0..<attempts {
            for (offset, character) in characters(next()).enumerated() {
                template[suffix + offset] = CChar(bitPattern: character)
            }
            let descriptor = template.withUnsafeBufferPointer {
                open($0.baseAddress!, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            }
            if descriptor >= 0 { return descriptor }
            if errno == EINTR || errno == EEXIST { continue }
            throw AtomicFileError(path: folder, operation: "create a temporary file in", errno: errno)
        }
        throw AtomicFileError(path: folder, operation: "create a temporary file in", errno: EEXIST)
    }

    /// Names tried before giving up, as `mkstemp` gives up after many collisions.
    private static let attempts = 1000

    /// Where this process's names start: concurrent processes writing into one folder
    /// then rarely try the same name.
    private static let start = UInt64.random(in: 0..<(1 << 36))
    private static let counter = Atomic<UInt64>(0)

    private static func nextValue() -> UInt64 {
        start &+ counter.wrappingAdd(1, ordering: .relaxed).oldValue
    }

    /// The six name characters for `value`: its low 36 bits, six at a time.
    static func characters(_ value: UInt64) -> [UInt8] {
        (0..<6).map { alphabet[Int((value >> (6 * UInt64($0))) & 63)] }
    }

    /// 64 characters safe in file names, as in `mkstemp`'s names (letters and digits) plus `-_`.
    private static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
}
