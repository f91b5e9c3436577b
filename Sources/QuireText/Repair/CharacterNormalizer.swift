/// Character-level repairs that do not depend on context: Latin ligatures expanded, soft
/// hyphens removed, full-width Latin letters and digits made half-width, and control characters
/// (which XML cannot carry and no printed page shows) dropped. Applied to each line before
/// anything measures it.
enum CharacterNormalizer {
    static let ligatures: [UInt32: String] = [
        0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st",
        0x0132: "IJ", 0x0133: "ij", 0x0152: "OE", 0x0153: "oe",
    ]

    /// Normalises one line, given as well-formed UTF-8 (read straight from the decoded text),
    /// into `out`, which has room for one scalar per byte of the line (a line never decodes to
    /// more); returns how many scalars it wrote and, measured as they were written, what
    /// a line's record (`LineFacts`) counts over them (nil when soft hyphens were taken out afterwards). A soft
    /// hyphen at the very end of the line is kept: it marks a hyphenation point, and the joiner
    /// removes it when it joins the next line.
    ///
    /// `out` is the line's place in the document's scalar buffer (`ScalarStorage`): the line
    /// is decoded where it will be read, with no array of its own and no copy.
    ///
    /// `verbatim` says the scalars are exactly those the bytes encode (nothing dropped, widened,
    /// expanded or replaced, and no soft hyphen): the bytes are then their UTF-8, which the
    /// block assembler copies instead of encoding the scalars again (`BlockAssembler`).
    static func normalize(_ utf8: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<Unicode.Scalar>,
                          classifier: ScalarClassifier, log: inout RepairLog)
        -> (count: Int, measure: LineMeasure?, verbatim: Bool) {
        precondition(out.count >= utf8.count, "no room for the line")
        // The input is valid, so the lead byte gives the length: decoding by hand is several
        // times cheaper than `unicodeScalars`.
        let (count, softHyphens, measure, verbatim) = decode(utf8, into: out, classifier: classifier, log: &log)
        guard softHyphens > 0 else { return (count, measure, verbatim) }
        let kept = keepFinalSoftHyphen(out, count: count, log: &log)
        return (kept, kept == count ? measure : nil, false)
    }

    /// What `b0 << 12 + b1 << 6 + b2` adds to the scalar a three-byte sequence `b0 b1 b2`
    /// encodes: the weighted marker bits (`E0 << 12 + 80 << 6 + 80`). For a lead of one byte
    /// (below 80) or two (C0-DF) the sum stays below this plus U+1100, for a lead of four
    /// (F0 and up) at or above it plus U+DF80, whatever bytes follow: such a sum minus the bias
    /// is never an ideograph (U+4E00-9FFF), nor, wrapping below zero, near one.
    private static let hanBias: UInt32 = 0xE0 << 12 + 0x80 << 6 + 0x80

    /// One of `，、。：；！？` (U+3001, U+3002, U+FF01, U+FF0C, U+FF1A, U+FF1B, U+FF1F): the
    /// marks `LineMeasure.addCommonCJKPunctuation` counts. (A bit a mark from U+FF01.)
    @inline(__always)
    private static func isCommonCJKPunctuation(_ v: UInt32) -> Bool {
        let fullWidth: UInt32 = 1 | 1 << 0x0B | 1 << 0x19 | 1 << 0x1A | 1 << 0x1E
        return v &- 0x3001 < 2 || v &- 0xFF01 < 0x1F && fullWidth >> (v &- 0xFF01) & 1 != 0
    }

    /// Decodes and normalises `utf8` into `out` (room for one scalar per byte), measuring what
    /// it writes; the count written, and whether every scalar was written as decoded. (The
    /// common scalars, written as they are, never touch that flag: only the rare cases below.)
    /// (Inlined into `normalize`: called, it handed back its count, flags and the line's measure
    /// through memory, ten words read back and stored again a line, 1.2 million instructions
    /// over the Chinese corpus.)
    @inline(__always)
    private static func decode(_ utf8: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<Unicode.Scalar>,
                               classifier: ScalarClassifier, log: inout RepairLog)
        -> (count: Int, softHyphens: Int, measure: LineMeasure, verbatim: Bool) {
        var written = 0, softHyphens = 0
        var verbatim = true, narrowedDigits = false
        var measure = LineMeasure()
        var i = 0
        let n = utf8.count
        // Indices stay within the line (at most its byte count), so they step with wrapping
        // arithmetic: the overflow checks were a fifth of the loop's instructions.
        while i < n {
            let lead = utf8[i]
            let v: UInt32
            if lead < 0x80 {
                v = UInt32(lead)
                i &+= 1
                if v &- 0x20 < 0x5F {  // printable ASCII
                    let scalar = Unicode.Scalar(UInt8(truncatingIfNeeded: v))
                    out[written] = scalar; written &+= 1
                    if v == 0x20 { measure.addSpace(scalar) } else { measure.addPrintableASCII(v) }
                    continue
                }
            } else if lead < 0xE0 {
                v = UInt32(lead & 0x1F) << 6 | UInt32(utf8[i &+ 1] & 0x3F)
                i &+= 2
            } else if lead < 0xF0 {
                // Three bytes summed with their positions' weights, lead, continuation and all,
                // are the scalar of a three-byte sequence plus a constant (`hanBias`): for the
                // lead here, exactly the scalar. (The sequence is whole: the text is valid.)
                v = (UInt32(lead) << 12 &+ UInt32(utf8[i &+ 1]) << 6 &+ UInt32(utf8[i &+ 2])) &- hanBias
                if v &- 0x4E00 < 0x5200 {  // common Han, U+4E00-9FFF
                    // The run of ideographs this one opens, in a loop of its own that only
                    // counts them: the measure is told once a run (with its counters in the
                    // loop, they lived in memory). (The run is counted as the distance written,
                    // not by a counter of its own: one increment a character fewer.)
                    // (The first of the run is told by the sum above, not decoded by masks
                    // first and tested after: 14 instructions a run fewer.)
                    let runStart = written
                    out[written] = unsafeBitCast(v, to: Unicode.Scalar.self); written &+= 1
                    i &+= 3
                    // The sum, for any other lead, lands outside the ideographs' range: one
                    // compare tells an ideograph, with no lead test and no masks. Two at a
                    // time while two sequences fit in the line (the loop's bound, its step and
                    // its branch back paid once a pair: 17 instructions a character before,
                    // about 13 now); the last of the line one at a time. The loop reads no byte
                    // past the line.
                    let pairLimit = n &- 5
                    var atLimit = true
                    while i < pairLimit {
                        let c0 = (UInt32(utf8[i]) << 12 &+ UInt32(utf8[i &+ 1]) << 6 &+ UInt32(utf8[i &+ 2])) &- hanBias
                        guard c0 &- 0x4E00 < 0x5200 else { atLimit = false; break }
                        out[written] = unsafeBitCast(c0, to: Unicode.Scalar.self)
                        // (Read only after an ideograph: `i + 3` then starts a sequence.)
                        let c1 = (UInt32(utf8[i &+ 3]) << 12 &+ UInt32(utf8[i &+ 4]) << 6 &+ UInt32(utf8[i &+ 5])) &- hanBias
                        guard c1 &- 0x4E00 < 0x5200 else {
                            written &+= 1; i &+= 3
                            atLimit = false
                            break
                        }
                        out[written &+ 1] = unsafeBitCast(c1, to: Unicode.Scalar.self)
                        written &+= 2; i &+= 6
                    }
                    if atLimit {
                        let lastLead = n &- 2
                        while i < lastLead {
                            let c = (UInt32(utf8[i]) << 12 &+ UInt32(utf8[i &+ 1]) << 6 &+ UInt32(utf8[i &+ 2])) &- hanBias
                            guard c &- 0x4E00 < 0x5200 else { break }
                            out[written] = unsafeBitCast(c, to: Unicode.Scalar.self); written &+= 1
                            i &+= 3
                        }
                    }
                    measure.addIdeographs(written &- runStart)
                    continue
                }
                i &+= 3
                // CJK punctuation (U+3001-303F) and full-width punctuation (U+FF01-FF0F,
                // U+FF1A-FF20), a tenth of Chinese text, need no repair: stored as they are,
                // past the switch below (which also took the full-width digits and letters).
                // `，、。：；！？`, most of them, first: told by two compares and a bit.
                if isCommonCJKPunctuation(v) {
                    // (A valid scalar by the test: not checked again, as `Unicode.Scalar(v)` did,
                    // five instructions a mark.)
                    out[written] = unsafeBitCast(v, to: Unicode.Scalar.self); written &+= 1
                    measure.addCommonCJKPunctuation(v)
                    continue
                }
                if v &- 0x3001 < 0x3F || v &- 0xFF01 < 0x0F || v &- 0xFF1A < 0x07 {
                    let scalar = Unicode.Scalar(v).unsafelyUnwrapped
                    out[written] = scalar; written &+= 1
                    measure.add(scalar, classifier)
                    continue
                }
            } else {
                v = UInt32(lead & 0x07) << 18 | UInt32(utf8[i &+ 1] & 0x3F) << 12 | UInt32(utf8[i &+ 2] & 0x3F) << 6
                    | UInt32(utf8[i &+ 3] & 0x3F)
                i &+= 4
            }
            // Whatever the cases below write (nothing, one scalar, a ligature's letters) is
            // measured after them.
            let before = written
            switch v {
            case 0xAD:
                softHyphens += 1
                out[written] = "\u{00AD}"; written += 1
            case 0x200B, 0xFEFF, 0x2060:
                // Zero-width space / BOM / word joiner: invisible, never meaningful in OCR text.
                log.record(.whitespace)
                verbatim = false
            case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
                out[written] = Unicode.Scalar(v - 0xFEE0).unsafelyUnwrapped; written += 1
                log.record(.characterWidth)
                verbatim = false
                if v <= 0xFF19 { narrowedDigits = true }
            case 0x09:
                out[written] = " "; written += 1
                verbatim = false
            case 0x00...0x1F, 0x7F, 0x80...0x9F, 0xFFFE, 0xFFFF:
                log.record(.forbiddenCharacter)
                verbatim = false
            case 0xFB00...0xFB06:
                // A ligature expands to at most three letters from at least three bytes: the
                // buffer (one slot per byte) always has room.
                if let expansion = ligatures[v] {
                    for letter in expansion.unicodeScalars { out[written] = letter; written += 1 }
                    log.record(.ligature)
                    verbatim = false
                } else {
                    out[written] = Unicode.Scalar(v).unsafelyUnwrapped; written += 1
                }
            default:
                out[written] = Unicode.Scalar(v).unsafelyUnwrapped; written += 1
            }
            for k in before..<written { measure.add(out[k], classifier) }
        }
        // A full-width decimal point or percent sign after a narrowed digit belongs to its
        // number: `３．５％` becomes `3.5%`, not `3．5％`. (A pass of its own, over the few lines
        // that held full-width digits: asked in the loop, it cost every character.)
        if narrowedDigits {
            var k = 1
            while k < written {
                let v = out[k].value
                if v == 0xFF05 || v == 0xFF0E, out[k - 1].value &- 0x30 < 10,
                   v == 0xFF05 || k + 1 < written && out[k + 1].value &- 0x30 < 10 {
                    out[k] = Unicode.Scalar(UInt8(truncatingIfNeeded: v &- 0xFEE0))
                    log.record(.characterWidth)
                }
                k += 1
            }
        }
        return (written, softHyphens, measure, verbatim)
    }

    /// Keeps only a soft hyphen that ends the line (a hyphenation point for the joiner),
    /// compacting `scalars[0..<count]` in place; returns the new count.
    private static func keepFinalSoftHyphen(_ scalars: UnsafeMutableBufferPointer<Unicode.Scalar>, count: Int,
                                            log: inout RepairLog) -> Int {
        var last = count - 1
        while last >= 0, scalars[last].layoutClass == .space { last -= 1 }
        var kept = 0
        for i in 0..<count {
            let s = scalars[i]
            if s == "\u{00AD}" && i != last { log.record(.softHyphen); continue }
            scalars[kept] = s
            kept += 1
        }
        return kept
    }

    /// A drop capital OCR read apart from the rest of its word at a line's start: `T HE fire`,
    /// `T he city`, `I T is`, `A LL the` (`THE`, `The`, `IT`, `ALL`). The joined word must be an
    /// English word, the rest all small letters or all capitals, and a capital that is a word
    /// itself (`A`, `I`, `O`) joins only a rest that is none (`A MAN`, `I am` stay). Nil where
    /// the line opens otherwise.
    static func joinDropCapital(_ line: UnsafeBufferPointer<Unicode.Scalar>, log: inout RepairLog) -> [Unicode.Scalar]? {
        var end = 2
        var lower = 0, upper = 0
        while end < line.count, line[end].value < 0x80, line[end].layoutClass == .letter {
            if line[end].value &- 0x61 < 26 { lower += 1 } else { upper += 1 }
            end += 1
        }
        let rest = end - 2
        guard rest >= 1, lower == 0 || upper == 0 else { return nil }
        // (Not the first two of letters spaced apart: `I N V E S T O R S` that stayed so.)
        if rest == 1, end + 2 < line.count, line[end] == " ", line[end + 1].layoutClass == .letter,
           line[end + 2].layoutClass != .letter { return nil }
        let capital = Character(line[0]).lowercased()
        let capitalIsWord = capital == "a" || capital == "i" || capital == "o"
        guard rest >= 2 || capitalIsWord else { return nil }
        let restWord = String(String.UnicodeScalarView(line[2..<end])).lowercased()
        // (The word list holds single letters; of them only `a`, `i`, `o` are words.)
        let restIsWord = rest >= 2 ? Lexicon.english.contains(restWord) : restWord == "a" || restWord == "i" || restWord == "o"
        guard Lexicon.english.contains(capital + restWord), !(capitalIsWord && restIsWord) else { return nil }
        log.record(.latinLetterspacing)
        return [line[0]] + Array(line[2...])
    }

    /// Closes up letter-spaced Latin words: `S P E C I A L   N O T I C E` -> `SPECIAL NOTICE`.
    /// A run needs at least four single letters separated by single spaces; wider gaps
    /// separate words.
    /// Then joins a drop capital (`joinDropCapital`): after the letter-spacing, which reads
    /// `I N V E S T O R S` whole, where a drop capital would take `I N` for `IN`.
    ///
    /// The line closed up, or nil when it has no letter-spaced word (read where it lies: handed
    /// over as a `LineScalars` and given back unchanged, every line with four letters paid a
    /// retain and a release of the document's buffer).
    static func closeLatinLetterspacing(_ line: UnsafeBufferPointer<Unicode.Scalar>, log: inout RepairLog) -> [Unicode.Scalar]? {
        if let closed = closeLetterspacedRuns(line, log: &log) {
            guard closed.count >= 4, closed[1] == " ", closed[0].value &- 0x41 < 26 else { return closed }
            return closed.withUnsafeBufferPointer { joinDropCapital($0, log: &log) } ?? closed
        }
        guard line.count >= 4, line[1] == " ", line[0].value &- 0x41 < 26 else { return nil }
        return joinDropCapital(line, log: &log)
    }

    private static func closeLetterspacedRuns(_ line: UnsafeBufferPointer<Unicode.Scalar>, log: inout RepairLog) -> [Unicode.Scalar]? {
        let n = line.count
        guard n >= 7 else { return nil }
        // Quick reject without classifying: a letter-spaced word needs four ASCII letters.
        var asciiLetters = 0
        for s in line where (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A {
            asciiLetters += 1
            if asciiLetters >= 4 { break }
        }
        guard asciiLetters >= 4 else { return nil }
        func isLetter(_ i: Int) -> Bool { i >= 0 && i < n && line[i].layoutClass == .letter }
        func isSingle(_ i: Int) -> Bool {
            isLetter(i) && !isLetter(i - 1) && !isLetter(i + 1)
        }
        // Quick reject: look for "x y z" somewhere, through the buffer (no bounds checks: this
        // scan runs over every Latin line).
        let found = { (p: UnsafeBufferPointer<Unicode.Scalar>) -> Bool in
            // Indices stay below `n`: wrapping arithmetic, no overflow checks (they were half
            // of this loop, which runs over every Latin line).
            var k = 0
            while k &+ 4 < n {
                // The two spaces first: they rule out almost every position without classifying.
                if p[k &+ 3] == " " && p[k &+ 1] == " " && isSingle(k) && isSingle(k + 2) && isSingle(k + 4) { return true }
                k &+= 1
            }
            return false
        }(line)
        guard found else { return nil }
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
