/// Whether a line ends a sentence, a clause, or nothing.
enum LineEnding: Equatable {
    /// 。！？… or . ! ?, possibly followed by closing quotes or brackets.
    case sentence
    /// ；：; : — often the end of a lead-in or list entry, sometimes just a wrap.
    case clause
    /// Anything else: the line is cut mid-sentence, or it is a heading, label or signature.
    case open
}

/// The script a line (or a block) is mostly written in.
enum LineScript: Equatable {
    case cjk, latin, neutral

    /// Chinese when Han characters are at least a third as many as letters, else Latin when
    /// there are letters at all.
    init(han: Int, letters: Int) {
        if han > 0 && han * 3 >= letters { self = .cjk } else if letters > 0 { self = .latin } else { self = .neutral }
    }
}

/// What the segmenter knows about one non-blank source line, computed once, as plain values:
/// one record a line in its document's `LineTable`, which holds them all in one block of memory.
///
/// The line's scalars are named by where they lie (`storage`, `scalarOffset`, `count`), not held:
/// a record holds no reference, so the table's records are one allocation a document, written
/// and freed as plain memory (see `LineTable`).
struct LineFacts {
    /// 1-based line number in the source.
    var number: Int
    /// Leading white space in ems (an ideographic space counts 1, an ASCII space 0.5), beyond
    /// the margin every line of the file shares (see `Repairer.removeCommonMargin`).
    var indent: Double
    /// Blank source lines between this line and the previous non-blank one.
    var blankLinesBefore: Int
    /// Printed width of the content in ems.
    var width: Double
    var hanCount: Int
    var letterCount: Int
    /// See `LineProfile.sourceUTF8`.
    var sourceUTF8: Range<Int>
    /// The scalars: `count` of them from `scalarOffset` in the table's storage number `storage`,
    /// which `start` points at (the table holds the storage: see `LineProfile.withScalars`).
    var storage: Int
    var scalarOffset: Int
    var count: Int
    var start: UnsafePointer<Unicode.Scalar>
    var first: Unicode.Scalar
    var last: Unicode.Scalar
    var ending: LineEnding
    var script: LineScript
    var isLetterspaced: Bool
    var hasSpace: Bool
    var hasSentenceMark: Bool
    var hasFullWidthSentencePunctuation: Bool
    var hasHalfWidthMark: Bool
    var hasWideScalar: Bool
    var hasIdeographicSpace: Bool
    var endsMidClause: Bool

    /// The facts of `scalars` (which must not be empty), the part of the table's storage number
    /// `storage` from `offset`, measured as they were decoded (from `sourceUTF8`, when they are
    /// exactly what those bytes of the decoded text encode). Read as a buffer: a `LineScalars`
    /// made for each line cost a retain and a release of the document's buffer.
    init(number: Int, scalars: UnsafeBufferPointer<Unicode.Scalar>, storage: Int, offset: Int, indent: Double,
         blankLinesBefore: Int, measure: LineMeasure, sourceUTF8: Range<Int>) {
        precondition(!scalars.isEmpty, "an empty line")
        self.number = number
        self.sourceUTF8 = sourceUTF8
        self.storage = storage
        self.scalarOffset = offset
        self.count = scalars.count
        self.start = UnsafePointer(scalars.baseAddress.unsafelyUnwrapped)
        self.indent = indent
        self.blankLinesBefore = blankLinesBefore
        self.width = measure.width
        self.hanCount = measure.han
        self.letterCount = measure.letters
        self.script = LineScript(han: measure.han, letters: measure.letters)
        self.isLetterspaced = measure.isLetterspaced
        self.hasSpace = measure.spaces > 0
        self.hasSentenceMark = measure.sentenceMarks > 0
        self.hasFullWidthSentencePunctuation = measure.fullWidthSentencePunctuation > 0
        self.hasHalfWidthMark = measure.halfWidthMarks > 0
        self.hasWideScalar = measure.wideScalars > 0
        self.hasIdeographicSpace = measure.ideographicSpaces > 0
        self.first = scalars[0]
        let last = scalars[scalars.count - 1]
        self.last = last
        if last.value &- 0x4E00 < 0x5200 {
            // An ideograph (most Chinese lines end in one) is no mark: it ends no sentence or
            // clause and opens or closes nothing. Answered without the calls below (a line's
            // ending cost 60 instructions a line, 1 % of all repair work on Chinese text).
            self.endsMidClause = false
            self.ending = .open
        } else {
            self.endsMidClause = LineProfile.endsMidClause(last) && !LineProfile.endsClosingQuote(scalars)
            self.ending = LineProfile.ending(of: scalars)
        }
    }

    /// Measures `scalars` (which must not be empty) itself.
    static func measure(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> LineMeasure {
        var measure = LineMeasure()
        // The class table read once, not at every scalar past ASCII: the read's initialisation
        // check was a call in the loop, and around it the loop kept its counters in memory.
        let classifier = ScalarClassifier()
        for scalar in scalars { measure.add(scalar, classifier) }
        return measure
    }
}

/// One non-blank source line: its document's `LineTable` and where its record lies there.
/// Everything the segmenter needs to know about the line is read from that record.
///
/// A view, not an object of its own: a class instance a line cost an allocation when the line
/// was profiled and a free when the document was done with (about 14 instructions a byte of
/// Chinese, of 92). (A struct holding the facts themselves, tried earlier, was copied through
/// its value witness wherever a line was taken out of the array; this one is a reference and
/// a pointer, passed in two registers.)
struct LineProfile {
    /// The line's table, which keeps `record` alive.
    let table: LineTable
    /// The line's record in `table`.
    private let record: UnsafePointer<LineFacts>

    /// Made by `LineTable`'s subscript, which checked that `record` is one of the table's.
    @inline(__always)
    init(table: LineTable, facts record: UnsafePointer<LineFacts>) {
        self.table = table
        self.record = record
    }

    /// The line's facts, copied.
    var facts: LineFacts { record.pointee }

    /// A line of a table of its own (tests, and the few lines made after a document's lines
    /// were profiled): measures `scalars`, which must not be empty.
    init(number: Int, scalars: [Unicode.Scalar], indent: Double, blankLinesBefore: Int) {
        self.init(number: number, scalars: LineScalars(scalars), indent: indent, blankLinesBefore: blankLinesBefore)
    }

    /// A line of a table of its own: measures `scalars`, which must not be empty.
    init(number: Int, scalars: LineScalars, indent: Double, blankLinesBefore: Int) {
        var builder = LineTable.Builder()
        builder.append(number: number, scalars: scalars, indent: indent, blankLinesBefore: blankLinesBefore)
        self = builder.finish()[0]
    }

    /// 1-based line number in the source.
    @inline(__always)
    var number: Int { record.pointee.number }

    /// The line's content, trimmed, after character-level normalisation: its part of the
    /// document's scalar buffer (see `LineScalars`).
    @inline(__always)
    var scalars: LineScalars { table.scalars(of: record) }

    /// The line's scalars as a buffer, for the length of `body`: read where they lie, with no
    /// `LineScalars` made (which holds its buffer: a retain and a release each time a pass took
    /// a line's scalars). The view holds the table, and the table the buffer.
    @inline(__always)
    func withScalars<R>(_ body: (UnsafeBufferPointer<Unicode.Scalar>) throws -> R) rethrows -> R {
        try withExtendedLifetime(table) { try body(UnsafeBufferPointer(start: record.pointee.start, count: record.pointee.count)) }
    }

    /// Leading white space in ems beyond the common margin (`LineFacts.indent`).
    @inline(__always)
    var indent: Double { record.pointee.indent }
    /// Blank source lines between this line and the previous non-blank one.
    @inline(__always)
    var blankLinesBefore: Int { record.pointee.blankLinesBefore }
    /// Printed width of the content in ems.
    @inline(__always)
    var width: Double { record.pointee.width }
    @inline(__always)
    var hanCount: Int { record.pointee.hanCount }
    @inline(__always)
    var letterCount: Int { record.pointee.letterCount }
    @inline(__always)
    var ending: LineEnding { record.pointee.ending }
    /// Justified line: its CJK characters are separated by spaces.
    @inline(__always)
    var isLetterspaced: Bool { record.pointee.isLetterspaced }
    /// Some white space (class `.space`) stands inside the line: counted as it was measured,
    /// so that the signature test rejects most Chinese lines without scanning them for one.
    @inline(__always)
    var hasSpace: Bool { record.pointee.hasSpace }
    /// The line holds a full-width sentence-final mark (。！？…), counted as it was measured.
    @inline(__always)
    var hasSentenceMark: Bool { record.pointee.hasSentenceMark }
    /// The line holds full-width sentence punctuation (，。；！？：), counted as it was measured.
    @inline(__always)
    var hasFullWidthSentencePunctuation: Bool { record.pointee.hasFullWidthSentencePunctuation }
    /// The line holds a half-width mark that Chinese prose would print full-width
    /// (`! ( ) , : ; ?`, and `. "` that may be a full stop or quotes), counted as it was measured.
    @inline(__always)
    var hasHalfWidthMark: Bool { record.pointee.hasHalfWidthMark }
    /// The line holds a scalar from U+2E80 up (CJK), counted as it was measured.
    @inline(__always)
    var hasWideScalar: Bool { record.pointee.hasWideScalar }
    /// The line holds an ideographic space (U+3000), counted as it was measured.
    @inline(__always)
    var hasIdeographicSpace: Bool { record.pointee.hasIdeographicSpace }
    /// Where the line's own UTF-8 lies in the decoded text (`LineBuffer.utf8`), when its scalars
    /// are exactly what those bytes encode; empty otherwise (a line is never empty). The block
    /// assembler copies these bytes instead of encoding the scalars again.
    @inline(__always)
    var sourceUTF8: Range<Int> { record.pointee.sourceUTF8 }

    /// `LinePatterns.hasSentencePunctuation(scalars)`: answered without a scan for most Chinese
    /// lines, which hold full-width sentence punctuation; the others are scanned.
    @inline(__always)
    var hasSentencePunctuation: Bool {
        hasFullWidthSentencePunctuation || LinePatterns.hasSentencePunctuation(scalars)
    }

    /// Indented as a paragraph's first line: by an em or more, or by any space before CJK
    /// text. A single space before a digit or a Latin word is spacing damage, not indentation.
    @inline(__always)
    var isIndented: Bool {
        indent >= 1 || (indent > 0 && !first.layoutClass.isAlphanumeric)
    }

    /// The first and last scalars (a profiled line is never empty), stored like `script`.
    @inline(__always)
    var first: Unicode.Scalar { record.pointee.first }
    @inline(__always)
    var last: Unicode.Scalar { record.pointee.last }
    @inline(__always)
    var count: Int { record.pointee.count }

    /// Stored, not computed: the segmenter asks it of a line a dozen times.
    @inline(__always)
    var script: LineScript { record.pointee.script }

    /// True when the line ends with a character after which a Chinese line can only be continued:
    /// a comma, an enumeration comma, an opening bracket or quote.
    @inline(__always)
    var endsMidClause: Bool { record.pointee.endsMidClause }

    fileprivate static func ending(of scalars: UnsafeBufferPointer<Unicode.Scalar>) -> LineEnding {
        var index = scalars.count - 1
        // (`Tabak.“`: a German closing quote, `“` right after the sentence's point, closes too.)
        while index > 0, scalars[index].isClosingMark
            || ((scalars[index] == "\u{201C}" || scalars[index] == "\u{2018}") && LineProfile.isLatinPoint(scalars[index - 1])) {
            index -= 1
        }
        var scalar = scalars[index]
        if scalar == "\u{2014}" {
            // `他还说——”`: speech broken off by a dash, inside its closing quotation mark, ends there.
            if index < scalars.count - 1, scalars[index + 1] == "\u{201D}" || scalars[index + 1] == "\u{300D}" { return .sentence }
            // `useless.—`: a dash after the sentence's point still ends it.
            if index > 0, scalars[index - 1].isSentenceFinal, scalars[index - 1] != "…" {
                index -= 1
                scalar = scalars[index]
            }
        }
        // `citizen.*`, `said.**`: a footnote's reference mark after the sentence's point too.
        if Footnotes.isReferenceMark(scalar) {
            var k = index
            while k > 0, k > index - 3, scalars[k] == scalar { k -= 1 }
            if scalars[k].isSentenceFinal, k < index {
                index = k
                scalar = scalars[k]
            }
        }
        if scalar.isSentenceFinal {
            // "3." or "No." at a line end is a number or abbreviation, not a sentence end.
            if scalar == "." && index > 0 {
                let before = scalars[index - 1]
                if before.isDigit && index == scalars.count - 1 && scalars.count <= 4 { return .open }
                // `Mr.` / `Stevens`, `James T.` / `Brady`: a title or an initial goes on to a name.
                if index == scalars.count - 1 && LineProfile.endsWithNamePrefix(scalars, dot: index) { return .open }
            }
            return .sentence
        }
        if scalar.isClauseFinal { return .clause }
        // `…。（王勃《送杜少府之任蜀州》）`: marks stripped after a bracket (the rare path).
        if index < scalars.count - 1, scalars[scalars.count - 1] == "）", bracketFollowsSentence(scalars) { return .sentence }
        return .open
    }

    /// The line ends in a bracket opened right after a sentence's end: a source or an author
    /// cited after the sentence (`…。（王勃《送杜少府之任蜀州》）`, `…。（完）`), which the
    /// sentence's mark ends. (Out of line: asked of lines ending in `）`.)
    @inline(never)
    static func bracketFollowsSentence(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        var depth = 0, k = scalars.count - 1
        while k > 0 {
            if scalars[k] == "）" { depth += 1 } else if scalars[k] == "（" {
                depth -= 1
                if depth == 0 { return scalars[k - 1] == "。" || scalars[k - 1] == "！" || scalars[k - 1] == "？" }
            }
            k -= 1
        }
        return false
    }

    /// Abbreviated titles that stand before a name, never at the end of a sentence.
    static let namePrefixes: Set<String> = [
        "Mr", "Mrs", "Messrs", "Mme", "Mlle", "Dr", "St", "Hon", "Rev", "Gen", "Col", "Capt", "Lieut", "Maj",
        "Gov", "Sen", "Rep", "Prof", "Sgt", "Herr", "Frau",
        // Abbreviations that stand before a number (`It graded No.` / `2`).
        "No", "Nos", "Vol", "Art", "Fig", "Sec", "pp",
    ]

    /// The word before the final `.` at `dot` is a title (`Mr.`) or a single capital (an initial),
    /// standing as a word of its own (`U.S.` is not).
    static func endsWithNamePrefix(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, dot: Int) -> Bool {
        var start = dot
        while start > 0, scalars[start - 1].layoutClass == .letter, dot - start < 8 { start -= 1 }
        let length = dot - start
        guard length >= 1, start == 0 || scalars[start - 1].layoutClass == .space else { return false }
        if length == 1 { return scalars[start].isUppercaseLetter }
        return namePrefixes.contains(String(scalars: UnsafeBufferPointer(rebasing: scalars[start..<dot])))
    }

    /// A run of four or more dots: the leaders of a price list or a table of contents.
    var hasLeaderDots: Bool {
        var run = 0
        for s in scalars {
            run = s == "." || s == "…" ? run + 1 : 0
            if run >= 4 { return true }
        }
        return false
    }

    /// `„Tirol“`, `Tabak.“`: a `“` or `‘` glued to the word or point before it closes a German
    /// quotation; it opens nothing.
    fileprivate static func endsClosingQuote(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        let n = scalars.count
        guard n >= 2, scalars[n - 1] == "\u{201C}" || scalars[n - 1] == "\u{2018}" else { return false }
        return scalars[n - 2].layoutClass == .letter || isLatinPoint(scalars[n - 2])
    }

    /// `.`, `!` or `?` (not the Chinese `。`, after which `“` opens the next sentence).
    private static func isLatinPoint(_ s: Unicode.Scalar) -> Bool { s == "." || s == "!" || s == "?" }

    fileprivate static func endsMidClause(_ last: Unicode.Scalar) -> Bool {
        switch last.value {
        case 0xFF0C, 0x3001, 0x2C: return true
        default: return last.isOpeningMark
        }
    }

    /// The text as a String (for pattern checks on short lines). Encoded by hand: appending
    /// the scalars to a `String.UnicodeScalarView` took the standard library's generic path,
    /// about 9,000 instructions a line.
    var text: String { String(scalars: scalars) }
}
