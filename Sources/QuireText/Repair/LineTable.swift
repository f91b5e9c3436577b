/// The non-blank lines of a document, in reading order, addressed by index: what every pass of
/// the repair reads (`Segmenter`, `BlockAssembler`, the pattern tests).
///
/// One object a document that the passes share, so that a line is named by its index and
/// handed over as `lines[i]`.
final class LineTable: RandomAccessCollection {
    private let profiles: [LineProfile]

    init(_ profiles: [LineProfile]) {
        self.profiles = profiles
    }

    @inline(__always)
    var startIndex: Int { 0 }

    @inline(__always)
    var endIndex: Int { profiles.count }

    @inline(__always)
    subscript(index: Int) -> LineProfile { profiles[index] }
}
