/// Lines copied into a block's text as the source holds them.
///
/// A line that normalising left as it was (`LineProfile.sourceUTF8`) and that holds no white
/// space is one run of text for the spacing pass, and its UTF-8 is already in the decoded text:
/// its bytes are copied, not encoded again from its scalars. Joined into the scalar buffer and
/// encoded, such lines cost 6 instructions a byte of Chinese; copied, about a fifth of that.
/// Whatever a junction, the widening of punctuation or a kept gap would change is not copied.
extension BlockAssembler {
    /// Whether `resolveSpacing` looks for lines to copy: a type each way, so that the pass is
    /// compiled twice, once without the look.
    protocol VerbatimCopying { static var copies: Bool { get } }
    enum EncodesEveryLine: VerbatimCopying { static var copies: Bool { false } }
    enum CopiesVerbatimLines: VerbatimCopying { static var copies: Bool { true } }

    /// The line of `lines` (in order of `start`) that starts at `position`, if any, from
    /// `next` on; `next` is left at the first line that starts after `position`.
    static func verbatimLine(at position: Int, in lines: [VerbatimLine], next: inout Int) -> VerbatimLine? {
        while next < lines.count && lines[next].start < position { next += 1 }
        guard next < lines.count, lines[next].start == position else { return nil }
        next += 1
        return lines[next - 1]
    }

    /// A line that stands in the joined buffer as the source holds it: from `start`, `count`
    /// scalars, which are the UTF-8 `source` of `sourceUTF8` encodes. `resolveSpacing` copies
    /// those bytes for it instead of encoding the scalars (17 instructions a Han character).
    struct VerbatimLine {
        var start: Int
        var count: Int
        var source: Range<Int>
    }

    /// No junction after a line ending in `last` changes that end (`appendJunction` takes off
    /// or rewrites only a soft hyphen, a line-end hyphen or the Fraktur `=`; a soft hyphen
    /// ending the block goes too).
    @inline(__always)
    static func keepsEnd(_ last: Unicode.Scalar) -> Bool {
        last != "\u{00AD}" && last != "=" && !last.isLineEndHyphen
    }

    /// A line ending in `last` is joined to the next by a plain `Junction.open`, with nothing
    /// changed at its end (`appendJunction`): not after a soft hyphen or a line-end hyphen, nor
    /// after ASCII (`=`, or the end of a web address).
    @inline(__always)
    static func joinsPlainly(after last: Unicode.Scalar) -> Bool {
        last.value >= 0x80 && last != "\u{00AD}" && !last.isLineEndHyphen
    }

    /// The text of a block whose lines are each their own UTF-8 in the source (`sourceUTF8`)
    /// with no white space inside, joined plainly, with no punctuation to widen and no gap
    /// kept: what `resolveSpacing` makes of the joined lines, made from the source's bytes.
    /// The only gaps are the junctions, each resolved as `resolveSpacing` resolves a lone
    /// `Junction.open`; each line is copied whole. (Joined into the scalar buffer, each line
    /// was copied, and its scalars encoded again: 6 instructions a byte of Chinese.)
    func assembleVerbatim(_ indices: SegmentLines, of profiles: LineTable, kind: BlockKind, latin: Bool,
                           utf8: inout [UInt8], log: inout RepairLog) -> Result {
        var breaks: [LineBreakMark] = []
        let joins = Swift.max(0, indices.count - 1)
        if joins > 0 { breaks.reserveCapacity(joins) }
        // The lines' bytes, a space at each junction at most, and the slack of a scalar store.
        var bytes = 0
        for index in indices { bytes += profiles[index].sourceUTF8.count }
        let room = bytes + joins + 4
        if utf8.count < room { utf8.append(contentsOf: repeatElement(0, count: room - utf8.count)) }
        let text = utf8.withUnsafeMutableBufferPointer { room in
            sourceUTF8.withUnsafeBufferPointer { source -> String in
                var out = UTF8Writer(room)
                // The last two scalars written, as `resolveSpacing` keeps them.
                var last: Unicode.Scalar = " ", beforeLast: Unicode.Scalar = " "
                for (position, index) in indices.enumerated() {
                    if position > 0 {
                        log.record(.lineJoin)
                        let left = last, right = profiles[index].first
                        if left.value &- 0x4E00 < 0x5200, right.value &- 0x4E00 < 0x5200 {
                            // Two Han characters: closed, whatever the block.
                            breaks.append(LineBreakMark(offset: out.scalarCount, cutsWord: true))
                        } else {
                            let soFar = out  // (a copy of the writer: what it has written stays put)
                            let keep = keepsSpace(
                                left: left, right: right, beforeLeft: out.scalarCount >= 2 ? beforeLast : nil,
                                hasSpace: false, kind: kind, latin: latin, soFar: { soFar.scalars() })
                            if keep {
                                out.append(" ")
                                beforeLast = last
                                last = " "
                            }
                            breaks.append(LineBreakMark(offset: out.scalarCount, cutsWord: !keep))
                        }
                    }
                    let count = profiles[index].count, range = profiles[index].sourceUTF8
                    precondition(range.upperBound <= source.count, "a line outside the source")
                    out.appendVerbatim(UnsafeBufferPointer(rebasing: source[range]), scalars: count)
                    beforeLast = count >= 2 ? profiles[index].scalars[count - 2] : last
                    last = profiles[index].last
                }
                return out.string()
            }
        }
        return Result(text: text, breaks: breaks)
    }
}
