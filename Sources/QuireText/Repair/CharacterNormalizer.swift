/// Character-level repairs that do not depend on context: Latin ligatures expanded, soft
/// hyphens removed, full-width Latin letters and digits made half-width, and control characters
/// (which XML cannot carry and no printed page shows) dropped. Applied to each line before
/// anything measures it.
enum CharacterNormalizer {
    static let ligatures: [UInt32: String] = [
        0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st",
        0x0132: "IJ", 0x0133: "ij", 0x0152: "OE", 0x0153: "oe",
    ]

    /// Normalises one line. A soft hyphen at the very end of the line is kept: it marks a
    /// hyphenation point, and the joiner removes it when it joins the next line.
    static func normalize(_ line: String, log: inout RepairLog) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(line.utf8.count)  // an upper bound, known without decoding
        var softHyphens = 0
        for scalar in line.unicodeScalars {
            let v = scalar.value
            if v >= 0x20 && v < 0x7F { out.append(scalar); continue }  // printable ASCII
            if v >= 0x4E00 && v <= 0x9FFF { out.append(scalar); continue }  // common Han
            switch v {
            case 0xAD:
                softHyphens += 1
                out.append(scalar)
            case 0x200B, 0xFEFF, 0x2060:
                // Zero-width space / BOM / word joiner: invisible, never meaningful in OCR text.
                log.record(.whitespace)
            case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
                out.append(Unicode.Scalar(v - 0xFEE0)!)
                log.record(.characterWidth)
            case 0x09:
                out.append(" ")
            case 0x00...0x1F, 0x7F, 0x80...0x9F, 0xFFFE, 0xFFFF:
                log.record(.forbiddenCharacter)
            case 0xFB00...0xFB06, 0x132, 0x133, 0x152, 0x153:
                if v >= 0xFB00, let expansion = ligatures[v] {
                    out.append(contentsOf: expansion.unicodeScalars)
                    log.record(.ligature)
                } else {
                    out.append(scalar)
                }
            default:
                out.append(scalar)
            }
        }
        if softHyphens > 0 {
            // Keep only a soft hyphen that ends the line (a hyphenation point for the joiner).
            var last = out.count - 1
            while last >= 0, out[last].layoutClass == .space { last -= 1 }
            var kept: [Unicode.Scalar] = []
            kept.reserveCapacity(out.count)
            for (i, s) in out.enumerated() {
                if s == "\u{00AD}" && i != last { log.record(.softHyphen); continue }
                kept.append(s)
            }
            out = kept
        }
        return out
    }

    /// Closes up letter-spaced Latin words: `S P E C I A L   N O T I C E` -> `SPECIAL NOTICE`.
    /// A run needs at least four single letters separated by single spaces; wider gaps
    /// separate words.
    static func closeLatinLetterspacing(_ line: [Unicode.Scalar], log: inout RepairLog) -> [Unicode.Scalar] {
        let n = line.count
        guard n >= 7 else { return line }
        // Quick reject without classifying: a letter-spaced word needs four ASCII letters.
        var asciiLetters = 0
        for s in line where (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A {
            asciiLetters += 1
            if asciiLetters >= 4 { break }
        }
        guard asciiLetters >= 4 else { return line }
        func isLetter(_ i: Int) -> Bool { i >= 0 && i < n && line[i].layoutClass == .letter }
        func isSingle(_ i: Int) -> Bool {
            isLetter(i) && !isLetter(i - 1) && !isLetter(i + 1)
        }
        // Quick reject: look for "x y z" somewhere.
        var found = false
        var k = 0
        while k + 4 < n {
            if isSingle(k) && line[k + 1] == " " && isSingle(k + 2) && line[k + 3] == " " && isSingle(k + 4) { found = true; break }
            k += 1
        }
        guard found else { return line }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(n)
        var i = 0
        while i < n {
            // Try to read a run of single letters separated by single spaces (words split by 2+ spaces).
            if isSingle(i) {
                var letters = 1
                var j = i + 1
                var words: [[Unicode.Scalar]] = [[line[i]]]
                while j < n {
                    var spaces = 0
                    while j + spaces < n && line[j + spaces] == " " { spaces += 1 }
                    guard spaces > 0, isSingle(j + spaces) else { break }
                    if spaces == 1 { words[words.count - 1].append(line[j + spaces]) } else { words.append([line[j + spaces]]) }
                    letters += 1
                    j += spaces + 1
                }
                if letters >= 4 && words.allSatisfy({ $0.count >= 2 }) {
                    for (w, word) in words.enumerated() {
                        if w > 0 { out.append(" ") }
                        out.append(contentsOf: word)
                    }
                    log.record(.latinLetterspacing, count: letters - words.count)
                    i = j
                    continue
                }
            }
            out.append(line[i])
            i += 1
        }
        return out
    }
}
