import QuireText

/// A set of block kinds as a bit mask (`DedupConfiguration.linkedKinds`, which fingerprinting
/// asks about every block). A `Set<BlockKind>` hashes the kind's raw string on every ask:
/// three asks a block were 46,000 string hashes on 94 pages of 30 KB, 0.2 M instructions a
/// page, a twelfth of fingerprinting.
struct KindMask: Sendable, Hashable {
    private let bits: UInt32

    init(_ kinds: Set<BlockKind>) {
        bits = kinds.reduce(0) { $0 | Self.bit($1) }
    }

    @inline(__always)
    func contains(_ kind: BlockKind) -> Bool {
        bits & Self.bit(kind) != 0
    }

    /// One bit per kind: a switch, which the compiler keeps exhaustive as kinds are added.
    @inline(__always)
    static func bit(_ kind: BlockKind) -> UInt32 {
        switch kind {
        case .title: 1 << 0
        case .heading: 1 << 1
        case .paragraph: 1 << 2
        case .item: 1 << 3
        case .signature: 1 << 4
        case .date: 1 << 5
        case .dateline: 1 << 6
        case .furniture: 1 << 7
        case .note: 1 << 8
        }
    }
}
