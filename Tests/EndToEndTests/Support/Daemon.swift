import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A running `quire watch`, started in a workspace, with its log in a file.
final class Daemon {
    let process = Process()
    let logURL: URL
    private let log: FileHandle

    init(in workspace: Workspace, arguments: [String] = [], environment: [String: String] = [:]) throws {
        logURL = workspace.url("daemon-\(UUID().uuidString.prefix(8)).log")
        _ = FileManager.default.createFile(atPath: logURL.path, contents: nil)
        log = try FileHandle(forWritingTo: logURL)
        process.executableURL = QuireBinary.url
        process.arguments = ["watch"] + arguments
        process.currentDirectoryURL = workspace.root
        var env = ProcessInfo.processInfo.environment
        for key in ["SOURCE_DATE_EPOCH", "NOTIFY_SOCKET", "JOURNAL_STREAM", "WATCHDOG_USEC", "WATCHDOG_PID"] {
            env.removeValue(forKey: key)
        }
        env.merge(environment) { $1 }
        process.environment = env
        process.standardOutput = log
        process.standardError = log
        try process.run()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }
        try? log.close()
    }

    var output: String { (try? String(contentsOf: logURL, encoding: .utf8)) ?? "" }

    func send(_ signal: Int32) { kill(process.processIdentifier, signal) }

    /// Waits for the process to exit; nil if it is still running after `timeout` seconds.
    func exitStatus(within timeout: Double) -> Int32? {
        guard waitUntil(timeout: timeout, { !self.process.isRunning }) else { return nil }
        process.waitUntilExit()
        return process.terminationStatus
    }

    func waitForLog(_ text: String, timeout: Double = 30) -> Bool {
        waitUntil(timeout: timeout) { self.output.contains(text) }
    }
}

/// Polls `condition` every 20 ms until it holds or `timeout` seconds pass. A deadline for
/// waiting, never a measurement: generous timeouts keep slow CI machines from failing.
@discardableResult
func waitUntil(timeout: Double, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if condition() { return true }
        usleep(20_000)
    }
    return condition()
}

/// A Unix datagram socket standing in for systemd's notification socket.
final class NotifySocket {
    let path: String
    private let descriptor: Int32

    init() throws {
        path = "/tmp/quire-notify-\(UUID().uuidString.prefix(8)).sock"
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in raw.copyBytes(from: Array(path.utf8) + [0]) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard descriptor >= 0, bound == 0 else { throw POSIXError(.EADDRINUSE) }
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit {
        close(descriptor)
        unlink(path)
    }

    /// Every datagram received until one contains `text` or `timeout` seconds pass.
    func messages(until text: String, timeout: Double) -> [String] {
        var received: [String] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        waitUntil(timeout: timeout) {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count > 0 { received.append(String(decoding: buffer[0..<count], as: UTF8.self)) }
            return received.contains { $0.contains(text) }
        }
        return received
    }
}
