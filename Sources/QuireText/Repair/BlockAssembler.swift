/// Builds one block's text from its source lines: joins them at junctions, makes half-width
/// punctuation inside Chinese prose full-width, and resolves every run of white space (letter-
/// spacing, CJK/digit gaps, line junctions) — recording where the source lines ended.
struct BlockAssembler {
    let options: RepairOptions
    let hyphenation: LazyHyphenationEvidence
    /// The decoded text that the lines' `sourceUTF8` ranges lie in (`LineBuffer.utf8`); empty
    /// when the lines were not profiled from it, and then no line's bytes are copied.
    let sourceUTF8: [UInt8]

    init(options: RepairOptions, hyphenation: LazyHyphenationEvidence, sourceUTF8: [UInt8] = []) {
        self.options = options
        self.hyphenation = hyphenation
        self.sourceUTF8 = sourceUTF8
    }

    struct Result {
        var text: String
        var breaks: [LineBreakMark]
    }

    /// - Parameter latin: the block is Latin-script prose (more letters than three times its Han
    ///   characters); marks that both scripts use (“ ” ‘ ’ — …) then keep Latin spacing.
    /// - Parameters:
    ///   - indices: the block's source lines, as indices into `profiles`. (Read in place: an
    ///     array of the lines' scalar arrays a block cost an allocation and a retain a line.)
    ///   - buffer: room for the joined lines, kept from block to block by the caller (a fresh
    ///     array a block was a large allocation and its release each time); its contents on
    ///     entry do not matter.
    ///   - utf8: room for the resolved text's UTF-8, kept likewise; the result's text is made
    ///     from it (see `UTF8Writer`).
    ///   - verbatim: room for the block's `VerbatimLine`s, kept likewise.
    ///   - marks: room for where the block's marks stand (see below), kept likewise (an array a
    ///     block, and its growth, cost about 250 instructions a block with marks).
    func assemble(_ indices: SegmentLines, of profiles: LineTable, kind: BlockKind, latin: Bool = false,
                  buffer: inout [Unicode.Scalar], utf8: inout [UInt8], verbatim verbatimLines: inout [VerbatimLine],
                  marks: inout [Int], log: inout RepairLog) -> Result {
        var total = 0
        // Whether a line holds a mark `widenPunctuation` could widen, and CJK for it to stand
        // in: the joins below add neither (a junction is a control character, a line-end
        // hyphen stays a hyphen, only soft hyphens go).
        var halfWidthMarks = false, wideScalars = false
        // Whether every line is its own UTF-8 in the source, with no white space in it, and
        // every junction a plain one (see `assembleVerbatim`).
        var verbatim = !sourceUTF8.isEmpty
        // (Positions counted by hand, here and below: the enumerated sequence's iterator is a
        // call a line wherever this function outgrows the size at which it is inlined.)
        var position = 0
        for index in indices {
            defer { position += 1 }
            total += profiles[index].count + 1
            if profiles[index].hasHalfWidthMark { halfWidthMarks = true }
            if profiles[index].hasWideScalar { wideScalars = true }
            if profiles[index].hasSpace || profiles[index].sourceUTF8.isEmpty { verbatim = false }
            if position > 0 && !BlockAssembler.joinsPlainly(after: profiles[indices[position - 1]].last) { verbatim = false }
        }
        // The first line, which the checks of one-line blocks and of a block's opening read.
        let first: LineScalars = indices.first.map { profiles[$0].scalars } ?? []
        let oneLine = indices.count == 1
        let firstHasSpace = indices.first.map { profiles[$0].hasSpace } ?? false
        // An entry of a reference list (`[1] 王立新. …[M]. 北京：…`) keeps its points and spaces,
        // a form's line with blanks to fill in stands as printed (`姓　　名：______`): asked out
        // of line, of blocks that open with `[` or end like a form's line.
        let rare = !latin && firstHasSpace && (first.first == "[" || first.first == "［"
                || (first.first == "（" || first.first == "(") && first.count > 6 && first[1].layoutClass == .digit)
            || oneLine && FormLines.mayEndFormLine(profiles[indices[0]])
        let asIs = rare ? BlockAssembler.asIsLayout(indices, of: profiles, latin: latin) : nil
        // (Without both, the pass would change nothing, after a look at every scalar.)
        let widens = options.fullWidthPunctuation && halfWidthMarks && wideScalars && asIs == nil
        // A line of several fields (`发布时间：…    来源：…`) keeps a gap between each two.
        let fieldGaps = oneLine && !latin && firstHasSpace ? WebPageMarks.fieldGaps(profiles[indices[0]]) : nil
        let layout = asIs ?? fieldGaps.map { Layout.fields(gaps: $0) }
            ?? BlockAssembler.layout(first: first, kind: kind, latin: latin, oneLine: oneLine, hasLines: !indices.isEmpty,
                                     firstHasSpace: firstHasSpace)
        if verbatim, !widens, case .plain = layout {
            return assembleVerbatim(indices, of: profiles, kind: kind, latin: latin, utf8: &utf8, log: &log)
        }
        buffer.removeAll(keepingCapacity: true)
        // (Asked first: the kept buffer nearly always has room, and the call that finds so cost
        // 180 instructions a block.)
        if buffer.capacity < total { buffer.reserveCapacity(total) }
        verbatimLines.removeAll(keepingCapacity: true)
        // Where the marks `widenPunctuation` may widen stand in `buffer`: found as the lines are
        // joined, in only the lines whose measure counted one (a third of Chinese lines), where
        // a pass over the joined block read every scalar. A junction changes or removes only a
        // hyphen, never a mark, so the positions hold.
        if !marks.isEmpty { marks.removeAll(keepingCapacity: true) }
        // (Each line read where it lies, `withScalars`: its `LineScalars` cost a retain and a
        // release of the document's buffer a line.)
        position = 0
        for index in indices {
            defer { position += 1 }
            if position > 0 {
                log.record(.lineJoin)
                appendJunction(to: &buffer, next: profiles[index], log: &log)
                // `（CO` / `P27）`, `Initia` / `tive`: in Chinese text a word processor may wrap a
                // Latin word anywhere, with no hyphen. (Two numbers are left to the spacing rules.)
                // (Asked here, not in `appendJunction`: there it made the junction too large for
                // its appends to be inlined, a call each, 0.3 instructions a byte of Chinese.)
                // (The lines' stored ends asked first: a junction only ever changes a hyphen.)
                if !latin, BlockAssembler.isASCIIAlphanumeric(profiles[index].first),
                   case let last = profiles[indices[position - 1]].last, BlockAssembler.isASCIIAlphanumeric(last),
                   !last.isDigit || !profiles[index].first.isDigit,
                   buffer.last == Junction.open, cutsLatinWord(buffer.dropLast(), profiles[index].scalars) {
                    buffer[buffer.count - 1] = Junction.tight
                }
            }
            if widens && profiles[index].hasHalfWidthMark {
                profiles[index].withScalars { BlockAssembler.collectMarks($0, at: buffer.count, into: &marks) }
            } else if !profiles[index].hasSpace && !profiles[index].sourceUTF8.isEmpty && !sourceUTF8.isEmpty
                        && BlockAssembler.keepsEnd(profiles[index].last) {
                // No gap inside (so one run of text), no mark to widen, and an end that no
                // junction changes: the line stays as the source has it.
                verbatimLines.append(VerbatimLine(start: buffer.count, count: profiles[index].count,
                                                  source: profiles[index].sourceUTF8))
            }
            // Copied as a block, through its buffer (the generic path went scalar by scalar).
            profiles[index].withScalars { buffer.append(contentsOf: $0) }
        }
        // One junction between each two lines: a break mark each at most.
        let joins = Swift.max(0, indices.count - 1)
        // A soft hyphen kept for a junction that never came (the block's last line) goes.
        while buffer.last == "\u{00AD}" {
            buffer.removeLast()
            log.record(.softHyphen)
        }
        if widens && !marks.isEmpty {
            widenPunctuation(&buffer, marks: marks, latin: latin, log: &log)
        }
        // An issuing number (`京政办发 [2023] 2 号`) has no space anywhere in it.
        if kind == .heading, oneLine, first.last == "号", OfficialMark.isIssuingNumber(first) {
            let before = buffer.count
            buffer.removeAll { $0.layoutClass == .space }
            if buffer.count < before {
                log.record(.whitespace)
                verbatimLines.removeAll()
            }
        }
        if kind == .signature, verbatimLines.isEmpty { BlockAssembler.removeNamePad(&buffer, layout: layout, log: &log) }
        switch layout {
        case .keptGap(let gap, let spacingKind):
            return resolveSpacing(buffer, joins: joins, into: &utf8, kind: spacingKind, latin: latin, keptGap: gap,
                                  verbatim: verbatimLines, log: &log)
        case .fields(let gaps):
            return assembleFields(buffer, gaps: gaps, utf8: &utf8, kind: kind, latin: latin, log: &log)
        case .asPrinted, .reference:
            return BlockAssembler.assembleAsIs(buffer, layout: layout, log: &log)
        case .byline(let namesFrom, let roleFirst):
            let resolved = NewspaperMarks.resolvedByline(buffer, namesFrom: namesFrom, roleFirst: roleFirst, log: &log)
            return Result(text: String(scalars: resolved), breaks: [])
        case .plain:
            // A caption's closing photo credit keeps the space between its role and the name
            // (`图为会议现场。 新华社记者 黄敬文摄`: `…现场。新华社记者 黄敬文摄`).
            if !latin, buffer.last == "摄", let gap = NewspaperMarks.photoCreditGap(buffer) {
                return resolveSpacing(buffer, joins: joins, into: &utf8, kind: kind, latin: latin, keptGap: (gap, " "),
                                      verbatim: verbatimLines, log: &log)
            }
            return resolveSpacing(buffer, joins: joins, into: &utf8, kind: kind, latin: latin, verbatim: verbatimLines, log: &log)
        }
    }

    /// How a block's gaps are resolved, decided from its first line alone.
    private enum Layout {
        /// By the rules, as `kind` (which a letter-spaced signature line changes) says, except
        /// one gap that stays as the scalar given.
        case keptGap((at: Int, as: Unicode.Scalar), kind: BlockKind)
        /// A reporter's byline, a page editor's line or a line of names, whose names begin at
        /// `namesFrom` after a label, or after a role (`NewspaperMarks.resolvedByline`).
        case byline(namesFrom: Int, roleFirst: Bool)
        /// A line of several fields: each field by the rules, one ideographic space at each of
        /// `gaps` between them.
        case fields(gaps: [Int])
        /// An entry of a reference list (`ReferenceEntry`): its spaces as the author set them.
        case reference
        /// A form's line with blanks to fill in (`FormLines`): as printed.
        case asPrinted
        /// By the rules alone.
        case plain
    }

    /// - Parameter firstHasSpace: the first line holds white space (as its measure counted).
    ///   Every kept gap, and a byline's, is white space in it: without any, there is nothing to
    ///   tell (the tests of the gaps read the line, each of them, for every block).
    private static func layout(first: LineScalars, kind: BlockKind, latin: Bool, oneLine: Bool, hasLines: Bool,
                               firstHasSpace: Bool) -> Layout {
        guard firstHasSpace else { return .plain }
        // A letter-spaced signature line keeps one space, at its wide gap before the name; its
        // other gaps close like any letter-spacing.
        if kind == .signature, oneLine,
           let gap = LinePatterns.letterspacedNameGap(first) ?? LinePatterns.spacedOfficeNameGap(first)
            ?? LinePatterns.paddedNameGap(first) {
            return .keptGap((gap, " "), kind: .paragraph)
        }
        // A headline in two parallel phrases keeps the gap between them.
        if oneLine, !latin, kind == .title || kind == .heading, let gap = NewspaperMarks.parallelHeadlineGap(first) {
            return .keptGap((gap, first[gap]), kind: kind)
        }
        // A reporter's byline keeps a space between its role and each name.
        if oneLine, !latin, NewspaperMarks.isByline(first) { return .byline(namesFrom: 0, roleFirst: true) }
        // So does a page editor's line after its label (`本版责编：王 伟 李 明`), and a field
        // of people's names (`出席人员：王 伟  李 明  张小强`).
        if oneLine, !latin, let namesFrom = NewspaperMarks.editorNamesStart(first) ?? WebPageMarks.personNamesStart(first) {
            return .byline(namesFrom: namesFrom, roleFirst: false)
        }
        // And a line of names alone, some padded (`王 伟  李 明  张小强  赵 刚`).
        if oneLine, !latin, NameLines.isPaddedNames(first) { return .byline(namesFrom: 0, roleFirst: false) }
        if hasLines, let labelGap = BlockAssembler.articleLabelGap(first) ?? BlockAssembler.newsDatelineGap(first) {
            return .keptGap((labelGap, "\u{3000}"), kind: kind)
        }
        // A one-line block in two fields keeps one ideographic space between them: the width
        // the author set, and no ASCII space that would read as letter-spacing.
        if !latin && oneLine, let gap = TwoFieldLine.gap(first) { return .keptGap((gap, "\u{3000}"), kind: kind) }
        return .plain
    }

    // MARK: - Junctions

    /// (`next` handed over as its view: its scalars are taken only where a hyphen is decided.)
    private func appendJunction(to buffer: inout [Unicode.Scalar], next: LineProfile, log: inout RepairLog) {
        guard let last = buffer.last else {
            buffer.append(Junction.open)
            return
        }
        // A line ending in a Han character or any other scalar from U+3000 up (most Chinese
        // lines) is no hyphen, no Fraktur `=`, no soft hyphen and no address: an open junction,
        // as the tests below find after asking each.
        if last.value >= 0x3000 {
            buffer.append(Junction.open)
            return
        }
        let first = next.first
        if last == "\u{00AD}" {
            buffer.removeLast()
            log.record(.softHyphen)
            buffer.append(Junction.tight)
            return
        }
        // `Kathreiner=` / `Preis`: the Fraktur double hyphen written `=` between letters, decided
        // like any line-end hyphen and kept as written where it stays.
        if last == "=", buffer.count >= 2, buffer[buffer.count - 2].layoutClass == .letter, first.layoutClass == .letter {
            let headStart = trailingWordStart(buffer.dropLast())
            let head = String(scalars: buffer[headStart..<(buffer.count - 1)])
            switch hyphenation.evidence.decide(head: head, tail: leadingWord(next.scalars), language: hyphenation.language) {
            case .split:
                buffer.removeLast()
                log.record(.dehyphenation)
            case .compound: break
            case .suspended:
                buffer.append(Junction.open)
                return
            }
            buffer.append(Junction.tight)
            return
        }
        if last.isLineEndHyphen {
            // `¬` and `⸗` are how OCR engines write a hyphen at a line end (Fraktur especially);
            // `¬` is the hyphenation sign itself.
            let marksSplit = last == "¬"
            if last != "-" { buffer[buffer.count - 1] = "-" }
            let beforeHyphen = buffer.count >= 2 ? buffer[buffer.count - 2] : " "
            // `$86,-` / `500`: a number cut after its thousands comma.
            if beforeHyphen == ",", buffer.count >= 3, buffer[buffer.count - 3].isDigit,
               first.isDigit {
                buffer.removeLast()
                log.record(.dehyphenation)
                buffer.append(Junction.tight)
                return
            }
            guard beforeHyphen.layoutClass == .letter || beforeHyphen.isDigit else {
                // `would not--` / `indeed`: a dash typed as two hyphens after a word clings to
                // it and to the next word, as `—` does (`could not--pay` inside the line).
                if beforeHyphen == "-", buffer.count >= 3, buffer[buffer.count - 3].layoutClass == .letter,
                   first.layoutClass == .letter {
                    buffer.append(Junction.tight)
                    return
                }
                buffer.append(Junction.open)  // a dash standing alone: " -" keeps its spacing
                return
            }
            if beforeHyphen.layoutClass == .letter && first.layoutClass == .letter {
                let headStart = trailingWordStart(buffer.dropLast())
                let head = String(scalars: buffer[headStart..<(buffer.count - 1)])
                let continuesCompound = headStart > 0 && buffer[headStart - 1].isLineEndHyphen
                let tail = leadingWord(next.scalars)
                switch hyphenation.evidence.decide(head: head, tail: tail, marksSplit: marksSplit,
                                                   continuesCompound: continuesCompound, language: hyphenation.language) {
                case .split:
                    buffer.removeLast()
                    log.record(.dehyphenation)
                case .compound:
                    break
                case .suspended:
                    buffer.append(Junction.open)
                    return
                }
            }
            buffer.append(Junction.tight)
            return
        }
        // `https://gjj.jiang` / `cheng.gov.cn`: an address cut by the layout has no space in it.
        if first.layoutClass == .letter || first.isDigit, BlockAssembler.continuesAddress(buffer, next: first) {
            buffer.append(Junction.tight)
            return
        }
        buffer.append(Junction.open)
    }

    /// `HyphenationEvidence.cutsWordWithoutHyphen` of the Latin runs either side of a junction.
    @inline(never)
    private func cutsLatinWord(_ buffer: ArraySlice<Unicode.Scalar>, _ next: LineScalars) -> Bool {
        var headStart = buffer.endIndex
        while headStart > buffer.startIndex, BlockAssembler.isASCIIAlphanumeric(buffer[headStart - 1]) { headStart -= 1 }
        var tailEnd = 0
        while tailEnd < next.count, BlockAssembler.isASCIIAlphanumeric(next[tailEnd]) { tailEnd += 1 }
        return hyphenation.evidence.cutsWordWithoutHyphen(head: String(scalars: buffer[headStart...]),
                                                          tail: String(scalars: next[..<tailEnd]))
    }

    @inline(__always)
    static func isASCIIAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v &- 0x30 < 10 || (v | 0x20) &- 0x61 < 26
    }

    /// The next line, opening with `first`, goes on with the address `buffer` ends in. (Not
    /// after a point before a capital: a sentence ends there, as after a market report's price,
    /// `No. 3, 43@44c.` / `OATS—No. 2 white`; addresses are written in lower case.)
    @inline(__always)
    static func continuesAddress(_ buffer: [Unicode.Scalar], next first: Unicode.Scalar) -> Bool {
        (first.layoutClass == .letter || first.isDigit) && !(buffer.last == "." && first.isUppercaseLetter)
            && endsInAddress(buffer)
    }

    /// The text ends in a web or mail address: its last run of ASCII non-space characters holds
    /// `://`, `@`, or a dot between two lower-case letters (`data.jiang`, `www.gov`), which prose
    /// never has (`U.S.`, `e.g.` and `3.5` do not count).
    static func endsInAddress(_ buffer: [Unicode.Scalar]) -> Bool {
        var start = buffer.count
        while start > 0, buffer[start - 1].isASCII, buffer[start - 1].value > 0x20 { start -= 1 }
        guard buffer.count - start >= 4 else { return false }
        let token = buffer[start...]
        func isLower(_ s: Unicode.Scalar) -> Bool { s.value >= 0x61 && s.value <= 0x7A }
        var previous: Unicode.Scalar = " "
        var index = token.startIndex
        while index < token.endIndex {
            let s = token[index]
            if s == "@" { return true }
            if s == ":", index + 2 < token.endIndex, token[index + 1] == "/", token[index + 2] == "/" { return true }
            if s == ".", isLower(previous), index + 1 < token.endIndex, isLower(token[index + 1]) { return true }
            previous = s
            index += 1
        }
        return false
    }

    /// Where the letters that end `scalars` begin.
    private func trailingWordStart(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
        var index = scalars.endIndex
        while index > scalars.startIndex, scalars[index - 1].layoutClass == .letter { index -= 1 }
        return index
    }

    private func leadingWord(_ scalars: LineScalars) -> String {
        var end = 0
        while end < scalars.count, scalars[end].layoutClass == .letter { end += 1 }
        return String(scalars: scalars[..<end])
    }

    // MARK: - Punctuation width

    /// The full-width form of a half-width mark that Chinese prose writes full-width
    /// (`, ; : ? ! ( )`), or nil. A switch, not a dictionary: it runs on every scalar.
    @inline(__always)
    private static func fullWidth(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s.value {
        case 0x21, 0x28, 0x29, 0x2C, 0x3A, 0x3B, 0x3F: return Unicode.Scalar(s.value + 0xFEE0)
        default: return nil
        }
    }

    @inline(__always)
    private static func isHalfWidthMark(_ s: Unicode.Scalar) -> Bool { fullWidth(s) != nil }

    /// Appends where `line`'s marks that `widenPunctuation` may change will stand, the line
    /// being placed at `offset`: only the marks can change, so the passes visit them, not
    /// every scalar (three passes over the whole block were 3.5 % of all repair work on
    /// Chinese text). Every such mark is below U+0040: anything else is passed by one compare.
    @inline(__always)  // (outlined when the assembler grew: a call a line)
    private static func collectMarks(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, at offset: Int, into marks: inout [Int]) {
        guard let base = scalars.baseAddress else { return }
        let n = scalars.count
        @inline(__always) func collect(_ i: Int) {
            let s = base[i]
            guard s.value < 0x40, BlockAssembler.isHalfWidthMark(s) || s == "." || s == "\"" else { return }
            // Room for several at the first: grown from one a doubling at a time, the
            // array was reallocated once a block on average. (The caller keeps it.)
            if marks.capacity == 0 { marks.reserveCapacity(16) }
            marks.append(offset + i)
        }
        // Four scalars at a time, by one vector compare, and those four one by one only where
        // one of them is below U+0040 (the Han text between marks is passed by).
        let raw = UnsafeRawPointer(base)
        let below = SIMD4<UInt32>(repeating: 0x40)
        var i = 0
        while i &+ 4 <= n {  // below the count: no overflow checks
            if any(raw.loadUnaligned(fromByteOffset: i &* 4, as: SIMD4<UInt32>.self) .< below) {
                collect(i); collect(i &+ 1); collect(i &+ 2); collect(i &+ 3)
            }
            i &+= 4
        }
        while i < n {
            collect(i)
            i &+= 1
        }
    }

    private static func isChinese(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar.layoutClass.isCJK
    }

    /// Half-width `, ; : ? ! ( )` become full-width where they stand in Chinese prose. Numbers
    /// (`1,000`, `3:2`) and Latin text keep ASCII. One scalar for one, so offsets do not move.
    /// A sentence mark that ends a Chinese block after a number or a Latin token (`合计100%!`)
    /// is Chinese punctuation too.
    /// - Parameter marks: where the block's half-width marks, points and double quotes stand,
    ///   in order (see `collectMarks`).
    private func widenPunctuation(_ buffer: inout [Unicode.Scalar], marks: [Int], latin: Bool, log: inout RepairLog) {
        // Nothing to widen without Chinese in the block, or without half-width marks.
        guard buffer.contains(where: { $0.value >= 0x2E80 }) else { return }
        let n = buffer.count
        func neighbour(_ i: Int, step: Int) -> Unicode.Scalar? {
            var j = i + step
            while j >= 0 && j < n {
                let s = buffer[j]
                if s.layoutClass != .space && !Junction.isJunction(s) { return s }
                j += step
            }
            return nil
        }
        // A point after Chinese text that ends it (`加强合作.会议认为`, `…等.` at the block's end) is
        // a full stop OCR read half-width: not a decimal point, an abbreviation's (`U.S.`), or
        // an ellipsis (`...`), whose neighbours are digits, letters or points.
        func widenFullStop(at i: Int) -> Bool {
            guard !latin, buffer[i] == "." else { return false }
            if i > 0 && buffer[i - 1] == "." || i + 1 < n && buffer[i + 1] == "." { return false }
            guard let left = neighbour(i, step: -1),
                  left.layoutClass == .han || left == "）" || left == "》" || left == "”" || left == "」" || left == "%" else { return false }
            if let right = neighbour(i, step: 1) {
                guard right.layoutClass == .han || right.layoutClass == .cjkPunctuation || right == "\u{201D}" || right == "\"" else { return false }
            }
            buffer[i] = "。"
            return true
        }
        // Brackets and ASCII double quotes are paired only where the block holds one (most hold
        // neither): the pairing's arrays, even empty, cost a release each at the end.
        // `handled` stays empty where no pair was found.
        var handled: [Bool] = []
        if marks.contains(where: { buffer[$0] == "(" || buffer[$0] == ")" || buffer[$0] == "\"" }) {
            // Pair brackets first: a pair is Chinese if its content or its outside is.
            var stack: [Int] = []
            var pairs: [(Int, Int)] = []
            for i in marks {
                if buffer[i] == "(" { stack.append(i) }
                else if buffer[i] == ")", let open = stack.popLast() { pairs.append((open, i)) }
            }
            // ASCII double quotes pair in order: a pair in Chinese prose (`他说:"我们要继续努力."`)
            // becomes “ ”. An odd count leaves them all as they are: which one is unmatched is unknown.
            // (Gathered only where the block holds one: an array a block cost an allocation.)
            let quotes = marks.contains { buffer[$0] == "\"" } ? marks.filter { buffer[$0] == "\"" } : []
            var quotePairs: [(Int, Int)] = []
            if quotes.count >= 2 && quotes.count % 2 == 0 {
                for k in stride(from: 0, to: quotes.count, by: 2) { quotePairs.append((quotes[k], quotes[k + 1])) }
            }
            for (open, close) in quotePairs {
                var chinese = BlockAssembler.isChinese(neighbour(open, step: -1)) || BlockAssembler.isChinese(neighbour(close, step: 1))
                if !chinese {
                    for k in (open + 1)..<close where buffer[k].layoutClass == .han { chinese = true; break }
                }
                if chinese {
                    buffer[open] = "\u{201C}"; buffer[close] = "\u{201D}"
                    log.record(.punctuationWidth, count: 2)
                }
            }
            // (None made for a block without pairs: even an empty one was an allocation.)
            handled = pairs.isEmpty ? [] : [Bool](filledWith: false, count: n)
            for (open, close) in pairs {
                var chinese = BlockAssembler.isChinese(neighbour(open, step: -1)) || BlockAssembler.isChinese(neighbour(close, step: 1))
                if !chinese {
                    for k in (open + 1)..<close where buffer[k].layoutClass == .han { chinese = true; break }
                }
                handled[open] = true; handled[close] = true
                if chinese {
                    buffer[open] = "（"; buffer[close] = "）"
                    log.record(.punctuationWidth, count: 2)
                }
            }
        }
        // Two passes: a mark may stand in Chinese only because of a neighbour that the first
        // pass widens (`（RCEP),造福`: the comma first, then the bracket). The second only where
        // the first widened some mark: otherwise it reads the same block and decides the same.
        for _ in 0..<2 {
        var widened = false
        for i in marks {
            let s = buffer[i]
            if s == "." {
                if widenFullStop(at: i) {
                    log.record(.punctuationWidth)
                    widened = true
                }
                continue
            }
            guard let wide = BlockAssembler.fullWidth(s), handled.isEmpty || !handled[i] else { continue }
            let left = neighbour(i, step: -1), right = neighbour(i, step: 1)
            let leftDigit = left?.isDigit == true, rightDigit = right?.isDigit == true
            if leftDigit && rightDigit { continue }  // 1,000  3:2
            if s == "(" || s == ")" {
                // An unpaired bracket follows its neighbours.
                if BlockAssembler.isChinese(left) || BlockAssembler.isChinese(right) {
                    buffer[i] = wide
                    log.record(.punctuationWidth)
                    widened = true
                }
                continue
            }
            let endsChineseBlock = right == nil && !latin && (s == "!" || s == "?" || s == ";")
            // After a percentage in Chinese prose (`增长率为3.0%,2024年`): no number goes on past `%`.
            let afterPercent = left == "%" && !latin && (s == "," || s == ";" || s == ":")
            if BlockAssembler.isChinese(left) || BlockAssembler.isChinese(right) || endsChineseBlock || afterPercent {
                buffer[i] = wide
                log.record(.punctuationWidth)
                widened = true
            }
        }
        if !widened { break }
        }
    }

    // MARK: - Spacing

    /// Where the gap after an article or chapter label (`第一条　为了…`, `第二章　总则`) starts
    /// in the block's first line, when the source has one. Chinese statutes print that gap as
    /// an ideographic space: it is kept as one, whatever the extraction made of it, rather than
    /// closed like letter-spacing. So do standards and contracts after a clause numbered by
    /// levels (`4.2.1　充电桩…`, `4.3　电气性能`).
    static func articleLabelGap(_ line: LineScalars) -> Int? {
        guard line.first == "第" || line.count > 3 && line[0].value &- 0x30 < 10 && (line[1] == "." || line[2] == "."),
              let label = LinePatterns.itemLabelLength(line), label < line.count,
              line[label].layoutClass == .space else { return nil }
        // (A label of one level, `1. `, runs into its text as Chinese prints it: only a number
        // by levels, a point before a digit, keeps its gap.)
        if line.first != "第", !(0..<(label - 1)).contains(where: { line[$0] == "." && line[$0 + 1].value &- 0x30 < 10 }) { return nil }
        var end = label
        while end < line.count, line[end].layoutClass == .space { end += 1 }
        guard end < line.count, line[end].layoutClass.isCJK else { return nil }
        return label
    }

    /// Where the gap after a news dateline that opens a paragraph (`本报北京3月5日电  国务院…`,
    /// `新华社北京11月1日电　记者…`) starts. Newspapers print an em space between the dateline
    /// and the story; it is kept as an ideographic space, not closed like letter-spacing.
    static func newsDatelineGap(_ line: LineScalars) -> Int? {
        var k = 2
        while k < min(line.count - 1, 30) {
            // A Han character other than 电 and 讯 is neither a mark nor a space: next.
            if line[k].value &- 0x4E00 < 0x5200, line[k] != "电", line[k] != "讯" { k += 1; continue }
            if line[k] == "电" || line[k] == "讯" {
                guard line[k - 1] == "日" || (line[k] == "讯" && line[k - 1] == "报"),
                      line[k + 1].layoutClass == .space else { return nil }
                var end = k + 1
                while end < line.count, line[end].layoutClass == .space { end += 1 }
                guard end < line.count, line[end].layoutClass.isCJK else { return nil }
                return k + 1
            }
            if LinePatterns.isSentencePunctuation(line[k]) { return nil }
            // OCR spaces around the dateline's numbers (`北京 3 月 5 日电`) are no gap yet.
            if line[k].layoutClass == .space, !line[k - 1].isDigit, !line[k + 1].isDigit {
                return nil
            }
            k += 1
        }
        return nil
    }

    /// A line of several fields: each field by the rules, one ideographic space at each of
    /// `gaps` between them, as between the two fields of a `TwoFieldLine`: the width the author
    /// set, and no ASCII space that would read as letter-spacing. (Not inlined: every block's
    /// assembly keeps its own calls inlined.)
    @inline(never)
    private func assembleFields(_ buffer: [Unicode.Scalar], gaps: [Int], utf8: inout [UInt8], kind: BlockKind, latin: Bool,
                                log: inout RepairLog) -> Result {
        var text = ""
        var from = 0
        for end in gaps + [buffer.count] {
            var start = from, stop = end
            while start < stop, buffer[start].layoutClass == .space { start += 1 }
            while stop > start, buffer[stop - 1].layoutClass == .space { stop -= 1 }
            if from > 0 {
                let gap: Unicode.Scalar = "\u{3000}"
                if stop > start { text.unicodeScalars.append(gap) }
                var gapEnd = from
                while gapEnd < end, buffer[gapEnd].layoutClass == .space { gapEnd += 1 }
                if gapEnd - from != 1 || buffer[from] != gap { log.record(.whitespace) }
            }
            text += resolveSpacing(Array(buffer[start..<stop]), joins: 0, into: &utf8, kind: kind, latin: latin, log: &log).text
            from = end
        }
        return Result(text: text, breaks: [])
    }

    /// - Parameter keptGap: a gap that stays, as the scalar given, whatever the rules say of it.
    /// - Parameter utf8: room for the output's bytes, grown here when the block needs more;
    ///   its contents on entry do not matter.
    /// - Parameter joins: how many lines were joined (a junction each), which is how many line
    ///   breaks the result marks at most.
    /// - Parameter verbatim: lines of `buffer` that stand as the source has them, in order; each
    ///   holds no gap, and the buffer's end or a junction follows it.
    private func resolveSpacing(_ buffer: [Unicode.Scalar], joins: Int, into utf8: inout [UInt8], kind: BlockKind,
                                latin: Bool, keptGap: (at: Int, as: Unicode.Scalar)? = nil,
                                verbatim: [VerbatimLine] = [], log: inout RepairLog) -> Result {
        // Two copies of the pass (one each way of `Copying`): the test at every run start, and
        // the values it keeps, cost English text (whose runs are words, and whose lines hold
        // spaces, so that none is copied) 2 instructions a byte.
        if verbatim.isEmpty {
            return resolveSpacing(buffer, joins: joins, into: &utf8, kind: kind, latin: latin, keptGap: keptGap,
                                  verbatim: verbatim, copying: EncodesEveryLine.self, log: &log)
        }
        return resolveSpacing(buffer, joins: joins, into: &utf8, kind: kind, latin: latin, keptGap: keptGap,
                              verbatim: verbatim, copying: CopiesVerbatimLines.self, log: &log)
    }

    private func resolveSpacing<Copying: VerbatimCopying>(
        _ buffer: [Unicode.Scalar], joins: Int, into utf8: inout [UInt8], kind: BlockKind, latin: Bool,
        keptGap: (at: Int, as: Unicode.Scalar)?, verbatim: [VerbatimLine], copying: Copying.Type, log: inout RepairLog
    ) -> Result {

        var breaks: [LineBreakMark] = []
        // A mark a junction at most: reserved as many, not grown a doubling at a time (a guess
        // from the block's length grew it in blocks of short lines), and none for a block of
        // one line (most headings and closing lines), which has no junction.
        if joins > 0 { breaks.reserveCapacity(joins) }
        // Every gap shrinks to at most one space, so the output never outgrows the input: room
        // for the input's scalars is room enough. The kept buffer only grows (its bytes need
        // no clearing: only what is written is read).
        let room = UTF8Writer.capacity(forScalars: buffer.count)
        if utf8.count < room { utf8.append(contentsOf: repeatElement(0, count: room - utf8.count)) }
        let text = utf8.withUnsafeMutableBufferPointer { bytes in
            buffer.withUnsafeBufferPointer { input -> String in sourceUTF8.withUnsafeBufferPointer { source -> String in
                var out = UTF8Writer(bytes)
                // The last two scalars written, which the rules read (`out` holds bytes). (No
                // closure captures `out` or these: a captured variable was checked for exclusive
                // access at every run, 4 instructions a byte of Chinese.)
                var last: Unicode.Scalar = " ", beforeLast: Unicode.Scalar = " "
                let n = input.count
                // Asked only at a lone ideographic space, and answered once a block: a block of
                // many such gaps must not be scanned once per gap.
                var letterspaced: Bool? = nil
                func blockIsLetterspaced() -> Bool { BlockAssembler.answered(&letterspaced) { BlockAssembler.isLetterspaced(input) } }
                // Asked the same way: a table's row (`TableCells`) keeps its lone ideographic spaces.
                var tableRow: Bool? = nil
                func blockIsTableRow() -> Bool { BlockAssembler.answered(&tableRow) { TableCells.isRow(input) } }
                let keptAt = keptGap?.at ?? -1  // one compare a scalar, not an optional unwrap
                // Gaps closed between two Han characters, counted here and recorded once: a
                // record per gap (an array element made unique each time) cost more than the gap.
                var closedHanGaps = 0
                // Whether a space between two Han characters closes (as the gap rule below says):
                // everywhere but in a signature, a title or a heading. (Asked only outside Latin
                // prose, whose every word is a run: there the gap rule decides them, as before.)
                let closesSpacedHan = !latin && kind != .signature && kind != .title && kind != .heading
                // The first of `verbatim` that may start at or after the current position, and
                // where it starts.
                var nextVerbatim = 0
                var nextVerbatimStart = verbatim.first?.start ?? Int.max
                defer { log.record(.letterspacing, count: closedHanGaps) }
                var i = 0
                while i < n {
                    let s = input[i]
                    if i == keptAt, let keptGap {
                        var j = i
                        while j < n, input[j].layoutClass == .space { j += 1 }
                        if j - i != 1 || s != keptGap.as { log.record(.whitespace) }
                        out.append(keptGap.as)
                        beforeLast = last
                        last = keptGap.as
                        i = j
                        continue
                    }
                    if !BlockAssembler.isGap(s) {
                        // A run of text is encoded whole, in one pass that also finds its end:
                        // scalar by scalar, through the captured count, every scalar of every
                        // block paid a store and a reload. The run stops at the block's end, or
                        // at the kept gap when it lies ahead.
                        let limit = keptAt > i ? Swift.min(keptAt, n) : n
                        // A line as the source has it, which this run is (a run starts after a
                        // gap, and the line holds none): its bytes copied.
                        // (One compare a run, against where the next such line starts: English
                        // text, whose runs are words and whose lines hold spaces, pays no more.)
                        if Copying.copies, i >= nextVerbatimStart, let line = BlockAssembler.verbatimLine(at: i, in: verbatim, next: &nextVerbatim) {
                            nextVerbatimStart = nextVerbatim < verbatim.count ? verbatim[nextVerbatim].start : Int.max
                            let end = i + line.count
                            precondition(line.source.upperBound <= source.count, "a line outside the source")
                            if end <= limit, end == n || BlockAssembler.isGap(input[end]) {
                                assert(input[i..<end].elementsEqual(String(decoding: source[line.source], as: UTF8.self).unicodeScalars),
                                       "a verbatim line changed")
                                out.appendVerbatim(UnsafeBufferPointer(rebasing: source[line.source]), scalars: line.count)
                                beforeLast = line.count >= 2 ? input[end - 2] : last
                                last = input[end - 1]
                                i = end
                                continue
                            }
                        }
                        var end = out.appendRun(input, from: i, limit: limit, until: BlockAssembler.isGap)
                        // Letter-spaced Chinese (`中 国 人 民`): a lone ASCII space between two
                        // Han characters of the main block closes (the gap rule below), and the
                        // run goes on past it here, not through a gap's and a run's start each
                        // (about 60 instructions a gap). (Only in the pass that copies lines,
                        // where Chinese letter-spacing nearly always is: in the other, English
                        // text's, the pass outgrew the size at which `keepsSpace` is inlined.
                        // And asked first of the flag, which Latin prose has off.)
                        if Copying.copies, closesSpacedHan, end &+ 1 < limit, input[end] == " ",
                           input[end &- 1].value &- 0x4E00 < 0x5200, input[end &+ 1].value &- 0x4E00 < 0x5200 {
                            var runStart = i
                            repeat {
                                closedHanGaps &+= 1
                                runStart = end &+ 1
                                end = out.appendRun(input, from: runStart, limit: limit, until: BlockAssembler.isGap)
                            } while end &+ 1 < limit && input[end] == " " && input[end &- 1].value &- 0x4E00 < 0x5200
                                && input[end &+ 1].value &- 0x4E00 < 0x5200
                            // (The scalar before the last written: the Han character before the
                            // last closed space, where the last part holds one scalar.)
                            beforeLast = end - runStart >= 2 ? input[end - 2] : input[runStart - 2]
                        } else {
                            beforeLast = end - i >= 2 ? input[end - 2] : last
                        }
                        last = input[end - 1]
                        i = end
                        continue
                    }
                    // The commonest gap of Latin text: one space between printable ASCII
                    // characters, which `keepsSpace` keeps and nothing counts (except before
                    // `%` and after a point in Chinese prose, which `keepsSpace` may close).
                    if s == " ", out.scalarCount > 0, i + 1 < n {
                        let l = last.value, r = input[i + 1].value
                        if l > 0x20 && l < 0x7F && r > 0x20 && r < 0x7F && (latin || (r != 0x25 && l != 0x2E)) {
                            // `2 0 2 3 年`, `0 2 7 - 8 5 6 7`: a number letter-spaced with the
                            // Chinese around it closes up like the Han characters do.
                            if !latin, BlockAssembler.mayBeSpacedNumeral(l, r),
                               BlockAssembler.closesSpacedNumeral(input, gapAt: i, letterspaced: &letterspaced) {
                                log.record(.letterspacing)
                                i += 1
                                continue
                            }
                            out.append(s)
                            beforeLast = last
                            last = s
                            i += 1
                            continue
                        }
                    }
                    var j = i
                    var spaces = 0, junctions = 0, tight = false
                    while j < n, BlockAssembler.isGap(input[j]) {
                        if input[j] == Junction.tight { tight = true; junctions += 1 } else if input[j] == Junction.open { junctions += 1 } else { spaces += 1 }
                        j += 1
                    }
                    i = j
                    guard out.scalarCount > 0, j < n else {
                        // Leading or trailing: drop (a junction there can only come from an empty line).
                        if spaces > 0 { log.record(.whitespace) }
                        continue
                    }
                    let left = last, right = input[j]
                    // The commonest gap of Chinese text: a line junction or letter-spacing between
                    // two Han characters of the main block, which closes whatever the block
                    // (`keepsSpace`), except a space in a signature, title or heading, and except
                    // the author's lone ideographic space (below). Decided without the rules.
                    if left.value &- 0x4E00 < 0x5200, right.value &- 0x4E00 < 0x5200,
                       spaces == 0 || (kind != .signature && kind != .title && kind != .heading
                                       && !(junctions == 0 && spaces == 1 && input[j - 1] == "\u{3000}")) {
                        if spaces > 0 { closedHanGaps &+= 1 }
                        if junctions > 0 { breaks.append(LineBreakMark(offset: out.scalarCount, cutsWord: true)) }
                        continue
                    }
                    // A blank to fill in between brackets, and the space between a date and its
                    // time (`BlockAssembler.printedGap`): asked past one compare, a wide scalar on
                    // the left (Latin text's gaps answer there).
                    if left.value > 0x3000, junctions == 0, spaces > 0,
                       let printed = BlockAssembler.printedGap(input, left: left, gapEnd: j, spaces: spaces) {
                        if printed { for k in (j - spaces)..<j { out.append(input[k]) } } else { out.append(" ") }
                        beforeLast = last
                        last = printed ? input[j - 1] : " "
                        continue
                    }
                    // One ideographic space beside Han text, in a block that is not letter-spaced,
                    // is the author's (`江城市人民政府　海州市人民政府…`, `联系人：张明　电话：…`):
                    // OCR letter-spacing and justification put ASCII spaces, never this one. In a
                    // table's row it parts cells, whatever they hold (`TableCells`).
                    if spaces == 1, junctions == 0, input[j - 1] == "\u{3000}", !latin, kind != .signature,
                       (left.layoutClass == .han || right.layoutClass == .han) && !blockIsLetterspaced() || blockIsTableRow() {
                        out.append("\u{3000}")
                        beforeLast = last
                        last = "\u{3000}"
                        continue
                    }
                    let soFar = out  // (a copy of the writer: what it has written stays put)
                    let keep = !tight && keepsSpace(
                        left: left, right: right, beforeLeft: out.scalarCount >= 2 ? beforeLast : nil,
                        hasSpace: spaces > 0, kind: kind, latin: latin, soFar: { soFar.scalars() })
                    if spaces > 0 {
                        let l = left.layoutClass, r = right.layoutClass
                        if !keep {
                            if l == .han && r == .han { log.record(.letterspacing) }
                            else if l.isCJK || r.isCJK { log.record(.cjkSpacing) }
                            else { log.record(.whitespace) }
                        } else if spaces > 1 || junctions > 0 {
                            log.record(.whitespace)
                        }
                    }
                    if keep {
                        out.append(" ")
                        beforeLast = last
                        last = " "
                    }
                    if junctions > 0 {
                        breaks.append(LineBreakMark(offset: out.scalarCount, cutsWord: !keep))
                    }
                }
                return out.string()
            } }
        }
        return Result(text: text, breaks: breaks)
    }

    /// A form's line as printed, its ends trimmed; a reference entry by `ReferenceEntry`.
    /// (Not inlined, as `asIsLayout`.)
    @inline(never)
    private static func assembleAsIs(_ buffer: [Unicode.Scalar], layout: Layout, log: inout RepairLog) -> Result {
        guard case .asPrinted = layout else {
            let entry = ReferenceEntry.assemble(buffer, log: &log)
            return Result(text: entry.text, breaks: entry.breaks)
        }
        var start = 0, end = buffer.count
        while start < end, buffer[start].layoutClass == .space { start += 1 }
        while end > start, buffer[end - 1].layoutClass == .space { end -= 1 }
        return Result(text: String(scalars: buffer[start..<end]), breaks: [])
    }

    /// `.asPrinted` for a form's line (`FormLines`), `.reference` for an entry of a reference
    /// list or a journal's affiliations (`ReferenceEntry`), nil for any other block. (Not inlined:
    /// asked only of blocks that open with `[` or a bracket with a space inside, or end like a form's line, and every block's assembly keeps its own calls
    /// inlined.)
    @inline(never)
    private static func asIsLayout(_ indices: SegmentLines, of profiles: LineTable, latin: Bool) -> Layout? {
        guard let first = indices.first else { return nil }
        if indices.count == 1, FormLines.isFormLine(profiles[first]) { return .asPrinted }
        guard !latin, profiles[first].hasSpace else { return nil }
        var lines: [LineScalars] = []
        for index in indices { lines.append(profiles[index].scalars) }
        return ReferenceEntry.opens(lines) || ReferenceEntry.opensAffiliations(lines) ? .reference : nil
    }

    /// Takes out the pad of a signature's two-character name (`twoCharacterNamePad`), where no
    /// kept gap lies past it (whose place would move).
    @inline(never)
    private static func removeNamePad(_ buffer: inout [Unicode.Scalar], layout: Layout, log: inout RepairLog) {
        guard let pad = twoCharacterNamePad(buffer) else { return }
        switch layout {
        case .keptGap(let gap, _): guard gap.at < pad.lowerBound else { return }
        case .plain: break
        case .fields, .byline, .reference, .asPrinted: return
        }
        buffer.removeSubrange(pad)
        log.record(.letterspacing)
    }

    /// Where a signature's line ends in a two-character name padded to the width of three
    /// (`审判员　　王　明`), the pad: the spaces between the name's two Han characters, with a
    /// space before the first. The pad is layout; the name is `王明`.
    static func twoCharacterNamePad(_ buffer: [Unicode.Scalar]) -> Range<Int>? {
        let n = buffer.count
        guard n >= 5, buffer[n - 1].layoutClass == .han else { return nil }
        var k = n - 2
        while k > 0, buffer[k].layoutClass == .space { k -= 1 }
        guard k < n - 2, k >= 1, buffer[k].layoutClass == .han, buffer[k - 1].layoutClass == .space else { return nil }
        return (k + 1)..<(n - 1)
    }

    /// `. , ; : ! ? )`: ASCII marks that close up to what they follow.
    static func isClosingASCIIMark(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "," || s == ";" || s == ":" || s == "!" || s == "?" || s == ")"
    }

    /// Han characters separated by spaces at least three times: the block was letter-spaced.
    static func isLetterspaced(_ text: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        var spaced = 0
        var k = 1
        while k + 1 < text.count {
            if text[k].layoutClass == .space, text[k - 1].layoutClass == .han {
                var end = k
                while end < text.count, text[end].layoutClass == .space { end += 1 }
                if end < text.count, text[end].layoutClass == .han {
                    spaced += 1
                    if spaced >= 3 { return true }
                }
                k = end
            } else {
                k += 1
            }
        }
        return false
    }

    /// Digits and the marks inside numbers, dates, times and telephone numbers, one of them a
    /// digit: the only ASCII pair whose single space letter-spacing may have put in Chinese text.
    @inline(__always)
    static func mayBeSpacedNumeral(_ l: UInt32, _ r: UInt32) -> Bool {
        func isDigit(_ v: UInt32) -> Bool { v &- 0x30 < 10 }
        func isNumberMark(_ v: UInt32) -> Bool { v == 0x2D || v == 0x2E || v == 0x2F || v == 0x3A }  // - . / :
        return (isDigit(l) && (isDigit(r) || isNumberMark(r))) || (isNumberMark(l) && isDigit(r))
    }

    /// `isSpacedNumeral`, with the block's letter-spacing asked only where the run says
    /// nothing, and kept in `letterspaced` (the spacing loop's own cached answer): asked afresh
    /// at every gap, a block of spaced digits without Han was scanned whole at each of them.
    /// One call out of the spacing loop, and a rare one: the check costs the loop 1.1–1.2 M
    /// instructions on the Chinese corpus documents (callgrind; 0.4 % of `Repairer.repair`),
    /// mostly in how the compiler then lays the loop out; taken out of the block before the
    /// loop instead, in every block with a short or letter-spaced Chinese line, it cost 4.3 M.
    @inline(never)
    static func closesSpacedNumeral(_ text: UnsafeBufferPointer<Unicode.Scalar>, gapAt i: Int, letterspaced: inout Bool?) -> Bool {
        if let spaced = isSpacedNumeral(text, gapAt: i) { return spaced }
        if let letterspaced { return letterspaced }
        let answer = isLetterspaced(text)
        letterspaced = answer
        return answer
    }

    /// Tokens `isSpacedNumeral` reads on each side of a gap at most: enough for a date's Han
    /// (`2 0 2 3 年`), and a bound, so that a long letter-spaced run costs a few reads a gap, not
    /// a walk to its end at every gap (quadratic: a letter-spaced 5 MB line took 212 s).
    static let spacedRunReach = 6

    static func isSpacedNumeral(_ text: UnsafeBufferPointer<Unicode.Scalar>, gapAt i: Int) -> Bool? {
        let n = text.count
        guard i >= 1, i + 1 < n, !isGap(text[i - 1]) else { return false }
        // The token at `k` is one scalar: a gap, Han or full-width mark (or the block's edge)
        // on each side.
        func isBoundary(_ k: Int) -> Bool {
            k < 0 || k >= n || isGap(text[k]) || text[k].value >= 0x3000
        }
        func isSingle(_ k: Int) -> Bool { isBoundary(k - 1) && isBoundary(k + 1) }
        guard isSingle(i - 1), isSingle(i + 1) else { return false }
        // The run of one-scalar tokens a single space apart around the gap.
        // (At most `spacedRunReach` tokens each side.)
        var tokens = 2, han = false
        var k = i - 1, read = 0
        while read < spacedRunReach, k >= 2, text[k - 1] == " ", !isGap(text[k - 2]), isSingle(k - 2) {
            k -= 2
            read += 1
            tokens += 1
            if text[k].value &- 0x4E00 < 0x5200 { han = true }
        }
        let runStart = k
        k = i + 1
        read = 0
        while read < spacedRunReach, k + 2 < n, text[k + 1] == " ", !isGap(text[k + 2]), isSingle(k + 2) {
            k += 2
            read += 1
            tokens += 1
            if text[k].value &- 0x4E00 < 0x5200 { han = true }
        }
        // An equation's terms (`x - 2 = 0`) are set apart by their author, not by letter-spacing.
        // (Its sign looked for only now, in a run that would close.)
        if han && tokens >= 4 || tokens >= 2 + spacedRunReach {
            for m in runStart...k where text[m] == "=" { return false }
        }
        // (A run reaching the bound on one side is letter-spacing whatever it holds: a long
        // spaced telephone number closes throughout, not only near the Han around it.)
        return (han && tokens >= 4) || tokens >= 2 + spacedRunReach ? true : nil
    }

    /// A gap (`spaces` of white space ending at `gapEnd`, no line junction) that stays whatever
    /// the spacing rules say: true where it stands as printed, a blank to fill in between
    /// brackets (`是（　　）（3分）`; one space where the blank is ASCII spaces, `(  )`); false where it stays one space, between a date and the
    /// clock time after it (`2024年4月1日 16:03`, a web page's or an e-mail's header; not where
    /// the date itself is letter-spaced, `5 日 17:00`); nil for any other gap.
    @inline(never)
    static func printedGap(_ input: UnsafeBufferPointer<Unicode.Scalar>, left: Unicode.Scalar, gapEnd j: Int, spaces: Int) -> Bool? {
        // (Ideographic spaces as printed; ASCII ones, which no two in a block may be, one space.)
        if left == "（" { return input[j] == "）" ? !input[(j - spaces)..<j].contains(" ") : nil }
        if left == "日", input[j].value &- 0x30 < 10, isClockTime(input, at: j), j - spaces >= 2, input[j - spaces - 2] != " " {
            return false
        }
        return nil
    }

    /// `slot`'s answer, asked of `ask` the first time only: a block's facts asked at some of its
    /// gaps, answered once a block.
    @inline(__always)
    static func answered(_ slot: inout Bool?, _ ask: () -> Bool) -> Bool {
        if let slot { return slot }
        let answer = ask()
        slot = answer
        return answer
    }

    /// A clock time at `k` (`16:03`, `9:30`), then the text's end or anything but a digit.
    static func isClockTime(_ text: UnsafeBufferPointer<Unicode.Scalar>, at k: Int) -> Bool {
        var i = k
        while i < text.count, i - k < 2, text[i].value &- 0x30 < 10 { i += 1 }
        guard i > k, i + 2 < text.count, text[i] == ":" || text[i] == "：",
              text[i + 1].value &- 0x30 < 10, text[i + 2].value &- 0x30 < 10 else { return false }
        return i + 3 == text.count || text[i + 3].value &- 0x30 >= 10
    }

    /// White space or a line junction: what the spacing pass resolves.
    @inline(__always)
    private static func isGap(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        // Every space and junction is at most U+3000: Han, full-width punctuation and the rest
        // above it answer with one compare, ASCII with four (the class table cost more).
        if v > 0x3000 { return false }
        if v < 0x80 { return v == 0x20 || v == 0x09 || Junction.isJunction(s) }
        return s.layoutClass == .space
    }

    /// Quotation marks, the em dash, the ellipsis and the middle dot belong to Latin typography too. In Latin
    /// prose a gap beside one of them is decided by the Latin word on its other side, not by the
    /// Chinese rule that closes every gap at full-width punctuation (`said “no” to` must not
    /// become `said“no”to`). Nil when neither side is such a mark, or the other side is Chinese.
    static func latinSharedMarkSpace(left: Unicode.Scalar, right: Unicode.Scalar, beforeLeft: Unicode.Scalar?,
                                     hasSpace: Bool) -> Bool? {
        let leftShared = isSharedMark(left), rightShared = isSharedMark(right)
        guard leftShared || rightShared else { return nil }
        let other = leftShared ? (rightShared ? nil : right) : left
        if let other, other.layoutClass.isCJK { return nil }
        // A space the source has (inside a line) is the author's.
        if hasSpace { return true }
        // A line break beside the mark: the mark's own shape says which side it clings to.
        switch left.value {
        case 0x201C, 0x2018:                               // “ ‘ open the next word,
            // unless glued to the word before: German closes with them (`„Tirol“` / `ist`).
            guard let beforeLeft, beforeLeft != " " else { return false }
            return beforeLeft.layoutClass == .letter || beforeLeft.isSentenceFinal || beforeLeft == ","
        case 0x201D, 0x2019: if !rightShared { return true }  // ” ’ close the previous one
        case 0x2014, 0x2026: return beforeLeft == " "      // `said —` / `and`: a spaced dash
        default: break
        }
        switch right.value {
        case 0x201D, 0x2019: return false                  // `the ‘best` / `’ one`
        case 0x201C, 0x2018: return true
        case 0x2014, 0x2026: return false                  // `said` / `—and`: the dash clings
        default: return nil
        }
    }

    @inline(__always)
    private static func isSharedMark(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x201C, 0x201D, 0x2018, 0x2019, 0x2014, 0x2026: return true  // “ ” ‘ ’ — …
        case 0xB7: return true                                             // · (`Monday · 6 p.m.`)
        default: return false
        }
    }

    /// Whether a gap between `left` and `right` is a real space. `hasSpace` is false for a bare
    /// line break; `latin` says the block is Latin-script prose.
    @inline(__always)  // (outlined, the English gaps it decides cost a call each)
    func keepsSpace(left: Unicode.Scalar, right: Unicode.Scalar, beforeLeft: Unicode.Scalar?, hasSpace: Bool,
                            kind: BlockKind, latin: Bool, soFar: () -> [Unicode.Scalar]) -> Bool {
        let l = left.layoutClass, r = right.layoutClass
        if latin, let shared = BlockAssembler.latinSharedMarkSpace(left: left, right: right, beforeLeft: beforeLeft, hasSpace: hasSpace) {
            return shared
        }
        if !latin && !hasSpace && (l == .digit || r == .digit || right == "%") {
            // A bare line break beside a digit in Chinese text cut a number or a token
            // (`达到1143` / `670亿元`, `增长9.1` / `%`, `COP` / `27`): Chinese typesetting puts
            // no space there, so the break stands for none.
            return false
        }
        if l == .cjkPunctuation || r == .cjkPunctuation { return false }
        // `…制度型开放[J]` / `. 国际贸易问题`: a line that opens with a closing ASCII mark
        // attaches to the line before it, in Chinese text as in Latin.
        if !latin && !hasSpace && BlockAssembler.isClosingASCIIMark(right) { return false }
        // `失业率5. 5%`: OCR spaced a decimal point in Chinese prose, which writes decimals solid.
        if !latin && left == "." && r == .digit && beforeLeft?.isDigit == true { return false }
        // `增长 5.2 %`: Chinese prose sets a percentage solid (French `5 %` is Latin text).
        // So a temperature (`6～8 ℃`).
        if !latin && l == .digit && (right == "%" || right == "‰" || right == "℃" || right == "℉") { return false }
        if l == .han && r == .han {
            guard hasSpace else { return false }
            switch kind {
            case .signature:
                return true
            case .title, .heading:
                // `第一章 总则`, `一、 总则`: the space after a label is the author's.
                let before = soFar()
                return LinePatterns.itemLabelLength(LineScalars(before + [right])) == before.count
            default:
                return false
            }
        }
        if (l == .han && r == .digit) || (l == .digit && r == .han) { return false }
        if (l == .han && r == .letter) || (l == .letter && r == .han) {
            switch options.cjkLatinSpacing {
            case .none: return false
            case .space: return true
            case .keep: return hasSpace
            }
        }
        if l == .han || r == .han {
            // CJK against ASCII punctuation or symbols: `议 "` , `% 的`.
            if right == "\"" || left == "\"" || right == "'" { return hasSpace }
            return false
        }
        return true
    }
}
