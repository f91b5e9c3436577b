import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `sd_notify(3)` without libsystemd: one datagram per message to `$NOTIFY_SOCKET`.
///
/// A name starting with `@` is an abstract socket (the `@` becomes a NUL byte). Without the
/// variable every call is a no-op, so the same binary runs under systemd and outside it.
public struct SystemdNotifier: Sendable {
    private let path: [UInt8]?

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard let socket = environment["NOTIFY_SOCKET"], !socket.isEmpty,
              socket.hasPrefix("/") || socket.hasPrefix("@") else {
            path = nil
            return
        }
        var bytes = Array(socket.utf8)
        if bytes[0] == UInt8(ascii: "@") { bytes[0] = 0 }
        path = bytes
    }

    public var isEnabled: Bool { path != nil }

    /// Sends `state` (e.g. `READY=1\nSTATUS=idle`); returns false if it could not be sent.
    @discardableResult
    public func notify(_ state: String) -> Bool {
        guard let path else { return false }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard path.count < capacity else { return false }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: path)
        }
        let length = socklen_t(MemoryLayout<sa_family_t>.size + path.count + (path[0] == 0 ? 0 : 1))
        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let message = Array(state.utf8)
        let sent = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                sendto(descriptor, message, message.count, Int32(MSG_NOSIGNAL), socketAddress, length)
            }
        }
        return sent == message.count
    }

    /// Half the watchdog interval systemd asked for, when it asked this process.
    public static func watchdogInterval(environment: [String: String] = ProcessInfo.processInfo.environment) -> Double? {
        guard let raw = environment["WATCHDOG_USEC"], let microseconds = Double(raw), microseconds > 0 else { return nil }
        if let pid = environment["WATCHDOG_PID"], pid != String(getpid()) { return nil }
        return microseconds / 2_000_000
    }
}
