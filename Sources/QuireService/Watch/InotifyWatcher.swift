import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Watches one folder for files that are complete: written and closed (`IN_CLOSE_WRITE`) or
/// moved in (`IN_MOVED_TO`), plus queue overflows and the folder's own removal.
///
/// Linux has no vnode dispatch sources, so this is inotify read through
/// `DispatchSource.makeReadSource`. The descriptor is non-blocking and drained until EAGAIN on
/// every wake-up, and it is closed in the source's cancel handler, never while the source may
/// still read it. Not Sendable: the watch service owns it and only touches it under its lock.
final class InotifyWatcher {
    enum Change: Sendable, Hashable {
        /// A file in the folder is complete and may be picked up.
        case fileReady(String)
        /// Events were lost: the folder must be scanned again.
        case overflow
        /// The folder itself was deleted, moved or unmounted.
        case folderGone
    }

    private let source: any DispatchSourceRead

    /// Starts watching `folder`; `handler` runs on `queue` with each batch of changes.
    init(folder: String, queue: DispatchQueue, handler: @escaping @Sendable ([Change]) -> Void) throws(WatchError) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw .system("inotify_init1", errno) }
        // IN_CREATE only matters for symbolic links (`ln -s`), which are never "closed after
        // writing"; they are reported so the daemon can refuse them into the failed folder.
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)
        guard inotify_add_watch(descriptor, folder, mask) >= 0 else {
            let code = errno
            close(descriptor)
            throw .system("inotify_add_watch(\(folder))", code)
        }
        source = DispatchSource.makeReadSource(fileDescriptor: descriptor, queue: queue)
        source.setEventHandler {
            let changes = Self.drain(descriptor, folder: folder)
            if !changes.isEmpty { handler(changes) }
        }
        source.setCancelHandler { close(descriptor) }
        source.resume()
    }

    func cancel() { source.cancel() }

    private static func drain(_ descriptor: Int32, folder: String) -> [Change] {
        var changes: [Change] = []
        let capacity = 64 * 1024
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer.baseAddress, capacity)
            if count < 0 {
                if errno == EINTR { continue }
                break  // EAGAIN: drained
            }
            if count == 0 { break }
            for event in InotifyEvent.parse(UnsafeRawBufferPointer(rebasing: buffer[0..<count])) {
                if event.has(IN_Q_OVERFLOW) {
                    changes.append(.overflow)
                } else if event.has(IN_DELETE_SELF) || event.has(IN_MOVE_SELF) || event.has(IN_IGNORED) || event.has(IN_UNMOUNT) {
                    changes.append(.folderGone)
                } else if !event.name.isEmpty, event.has(IN_CLOSE_WRITE) || event.has(IN_MOVED_TO) {
                    changes.append(.fileReady(event.name))
                } else if !event.name.isEmpty, event.has(IN_CREATE), FileIdentity(path: folder + "/" + event.name)?.isSymbolicLink == true {
                    changes.append(.fileReady(event.name))
                }
            }
        }
        return changes
    }
}
