/// An entry of a reference list in the Chinese national standard's form (GB/T 7714:
/// `[1] 王立新. 数字贸易发展报告（2022）[M]. 北京：中国商务出版社，2022.`). Its points, commas and
/// spaces are the standard's, not OCR's: the entry keeps its ASCII full stops (which Chinese
/// prose would read as `。` misread) and the spaces its author set after them and after its
/// number, where Chinese prose closes every space beside a Han character.
enum ReferenceEntry {
    /// Codes of the document types the standard marks (`[M]` a book, `[J]` a journal article,
    /// `[EB/OL]` an online resource…).
    static let typeCodes: [[Unicode.Scalar]] = [
        "M", "J", "C", "N", "D", "R", "S", "P", "A", "G", "Z", "DB", "CP", "EB",
        "EB/OL", "J/OL", "M/OL", "N/OL", "DB/OL", "C/OL", "D/OL", "R/OL",
    ].map { Array($0.unicodeScalars) }

    /// The block's lines open with its number in brackets and a space (`[1] `, `［12］ `), and
    /// one of them holds a document-type code (`[M]`, `[J]`, `[EB/OL]`).
    static func opens(_ lines: [LineScalars]) -> Bool {
        guard let first = lines.first, first.count >= 5, first[0] == "[" || first[0] == "［" else { return false }
        var k = 1
        while k < first.count, first[k].layoutClass == .digit { k += 1 }
        guard k > 1, k + 1 < first.count, first[k] == "]" || first[k] == "］", first[k + 1].layoutClass == .space else { return false }
        return lines.contains(where: holdsTypeCode)
    }

    /// A journal article's affiliations under its author line (`（1. 商务部国际贸易经济合作研究院，
    /// 北京 100710；2. 对外经济贸易大学，北京 100029）`), set in the same standard's manner: its
    /// numbers' points and spaces and the space before each postal code are the author's. The
    /// block opens with a bracket, a number, a point and a space before Han, closes its bracket,
    /// and holds a postal code (six digits after a space).
    static func opensAffiliations(_ lines: [LineScalars]) -> Bool {
        guard let first = lines.first, let last = lines.last, first.count >= 6, first[0] == "（" || first[0] == "(",
              last[last.count - 1] == "）" || last[last.count - 1] == ")" else { return false }
        var k = 1
        while k < first.count, first[k].layoutClass == .digit { k += 1 }
        guard k > 1, k + 2 < first.count, first[k] == ".", first[k + 1].layoutClass == .space,
              first[k + 2].layoutClass == .han else { return false }
        return lines.contains { line in
            var run = 0
            for (m, c) in line.enumerated() {
                if c.layoutClass == .digit { run += 1; continue }
                if run == 6, m - 7 >= 0, line[m - 7].layoutClass == .space { return true }
                run = 0
            }
            return run == 6 && line.count >= 7 && line[line.count - 7].layoutClass == .space
        }
    }

    private static func holdsTypeCode(_ line: LineScalars) -> Bool {
        var k = 0
        while k < line.count {
            guard line[k] == "[" else { k += 1; continue }
            var end = k + 1
            while end < line.count, end - k <= 6, line[end] != "]" { end += 1 }
            if end < line.count, line[end] == "]",
               typeCodes.contains(where: { $0.count == end - k - 1 && $0.elementsEqual(line[(k + 1)..<end]) }) { return true }
            k = end
        }
        return false
    }

    /// An entry of a reference list goes on past a line that ends open or with a clause's mark
    /// (`… DOI:` / `10.1177/…`, `… Urban` / `History, 2020…`) into one that opens with no
    /// entry's number: the entry ends with its full stop, and the next opens with `[n]`.
    /// (Asked of blocks opening with `[`.)
    @inline(never)
    static func goesOn(_ start: LineProfile, _ i: LineProfile, _ j: LineProfile) -> Bool {
        guard i.ending != .sentence, j.first != "[", j.first != "［" else { return false }
        return LinePatterns.itemLabelLength(start) != nil
    }

    /// The entry's text: each run of spaces one space; a line junction nothing beside Chinese
    /// (a CJK character or mark on either side, or a closing ASCII mark after it), one space
    /// between Latin words, nothing where the line was cut inside a word.
    static func assemble(_ buffer: [Unicode.Scalar], log: inout RepairLog) -> (text: String, breaks: [LineBreakMark]) {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(buffer.count)
        var breaks: [LineBreakMark] = []
        var i = 0
        let n = buffer.count
        while i < n {
            let s = buffer[i]
            guard s.layoutClass == .space || Junction.isJunction(s) else { out.append(s); i += 1; continue }
            var j = i, spaces = 0, junction = false, tight = false
            while j < n, buffer[j].layoutClass == .space || Junction.isJunction(buffer[j]) {
                if buffer[j] == Junction.tight { tight = true; junction = true }
                else if buffer[j] == Junction.open { junction = true }
                else { spaces += 1 }
                j += 1
            }
            i = j
            guard let left = out.last, j < n else {
                if spaces > 0 { log.record(.whitespace) }
                continue
            }
            let right = buffer[j]
            let keep: Bool
            if junction && spaces == 0 {
                // (Nor between two digits: a number the line cut, `（2021—20` / `35年）`.)
                keep = !tight && !left.layoutClass.isCJK && !right.layoutClass.isCJK && !BlockAssembler.isClosingASCIIMark(right)
                    && !(left.isDigit && right.isDigit)
            } else {
                keep = true
                if spaces > 1 || junction { log.record(.whitespace) }
            }
            if keep { out.append(" ") }
            if junction { breaks.append(LineBreakMark(offset: out.count, cutsWord: !keep)) }
        }
        return (String(scalars: out), breaks)
    }
}
