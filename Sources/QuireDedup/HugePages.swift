#if canImport(Glibc)
import Glibc
#endif

/// Asks the kernel to back large, randomly accessed memory with huge pages.
enum HugePages {
    /// Below this, the TLB covers the memory anyway.
    static let minimumBytes = 4 << 20

    /// Advises the whole pages inside `memory`, before they are first touched. Only a hint:
    /// where the kernel does not offer huge pages (or on other systems) nothing changes.
    static func advise(_ memory: UnsafeMutableRawBufferPointer) {
        #if os(Linux)
        guard memory.count >= minimumBytes, let base = memory.baseAddress else { return }
        let page = 4096
        let start = (Int(bitPattern: base) + page - 1) & ~(page - 1)
        let end = (Int(bitPattern: base) + memory.count) & ~(page - 1)
        guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(pointer, end - start, MADV_HUGEPAGE)
        #endif
    }
}
