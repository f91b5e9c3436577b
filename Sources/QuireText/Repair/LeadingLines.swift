// What is set for a document's first lines only, and holds for no line past them: the
// segmenter's front matter and official marks, which most documents have none of. Each holds
// only as many lines as it sets: an array of a value for every line of the document cost an
// allocation and a fill a document.

/// Kinds set for a document's first lines, nil for every line past them: the front matter
/// `SpeechFrontMatter` finds.
struct LeadingKinds {
    private var kinds: [BlockKind?] = []

    /// No line has a kind.
    var isEmpty: Bool { kinds.isEmpty }

    /// The kind of line `line`, nil past the lines set.
    @inline(__always)
    subscript(line: Int) -> BlockKind? {
        get { line < kinds.count ? kinds[line] : nil }
        set {
            if kinds.count <= line { kinds.append(contentsOf: repeatElement(nil, count: line + 1 - kinds.count)) }
            kinds[line] = newValue
        }
    }
}

/// Flags set for a document's first lines, false for every line past them: the official marks
/// (`Segmenter.officialMark`), and the closing lines that end a name (`Segmenter.nameTails`,
/// at the end of a document, but in few documents at all).
struct LeadingFlags {
    private var flags: [Bool] = []

    /// Whether line `line` is flagged; false past the lines set.
    @inline(__always)
    subscript(line: Int) -> Bool {
        get { line < flags.count && flags[line] }
        set {
            if flags.count <= line {
                // (Cleared past the lines set: nothing to keep.)
                guard newValue else { return }
                flags.append(contentsOf: repeatElement(false, count: line + 1 - flags.count))
            }
            flags[line] = newValue
        }
    }
}
