/// The closing blocks of a text: signatures, dates, datelines, a letter's close.
extension Segmenter {
    /// The kind of closing line `lines[i]` is, if any. Inlined, and each check called only when
    /// the line's first or last scalar allows it: it runs on every line. (The line is read
    /// through the array, not taken out of it: a line taken out, or handed over, cost a retain
    /// and a release besides the check. A profiled line is trimmed, so `first` and `last` are
    /// visible.)
    @inline(__always)
    static func closerKind(_ lines: LineTable, _ i: Int) -> BlockKind? {
        let first = lines[i].first, last = lines[i].last
        if first == "（" || first == "(", LinePatterns.isDatelineLine(lines[i].scalars) { return .dateline }
        // A line with Han characters is a date only as the Chinese form, digits and 年月日 alone:
        // sentence punctuation (which its measure counted) rules it out unscanned.
        // (The flags asked before the sets, whose every read checks their initialisation.)
        if lines[i].count <= 40, !(lines[i].hanCount > 0 && lines[i].hasFullWidthSentencePunctuation), LinePatterns.mayOpenDate(first),
           LinePatterns.isDateLine(lines[i].scalars) { return .date }
        // A signature ends in a Han character or a bracket, whatever spacing it has. Without
        // white space it must end like an office or body, and it holds no sentence punctuation
        // (`isSignatureLine` rejects the rest): asked here first, from what the line's measure
        // counted, most lines of Chinese prose are answered without a scan.
        if lines[i].script != .latin, lines[i].count <= 80, last == "）" || last.layoutClass == .han,
           !lines[i].hasFullWidthSentencePunctuation, lines[i].hasSpace || LinePatterns.signatureSuffixEnds.contains(last),
           LinePatterns.isSignatureLine(lines[i].scalars) { return .signature }
        if last == "分", LinePatterns.isClockTimeLine(lines[i].scalars) { return .date }
        // (A valediction is 5 to 40 scalars long and opens with one of its words: asked first,
        // from the line's record, of every Latin line.)
        if lines[i].script == .latin, lines[i].count >= 5, lines[i].count <= 40, LinePatterns.mayOpenValediction(first),
           LinePatterns.isLatinValediction(lines[i].scalars) { return .signature }
        if lines[i].script == .latin && lines[i].last == "." && LatinLetterClose.isPlaceAndDate(lines[i]) { return .dateline }
        // A party to an agreement signing (`For the Republic of India`).
        if lines[i].script == .latin, first == "F" || first == "O", LatinPartySignature.isParty(lines[i]) { return .signature }
        return nil
    }

    /// One to three Han characters and nothing else: what a narrow column leaves of a name.
    static func isNameTail(_ line: LineProfile) -> Bool {
        line.count <= 3 && line.scalars.allSatisfy { $0.layoutClass == .han }
    }

    /// Line `name`, two to four Han characters, names the signer under `office`, a line that
    /// ends in `代表` (a party's representative, or its plenipotentiary, `全权代表`) in a treaty's
    /// signature block.
    static func namesTheRepresentative(_ office: LineProfile, _ name: LineProfile) -> Bool {
        office.count >= 2 && office.count <= 12 && office.last == "表" && office.scalars[office.count - 2] == "代"
            && name.count >= 2 && name.count <= 4 && name.hanCount == name.count
    }

    /// After a valediction (`Yours respectfully,`), the writer's name and style: up to three
    /// short lines that start with a capital and end no clause or sentence in lower case (a name
    /// in capitals may end in a comma), more while
    /// each before ends in a comma (`WM. H. JONES,` / `R. S. BROWN,` / … / `Committee.`).
    static func signsAfterValediction(_ line: LineProfile) -> Bool {
        line.script == .latin && line.count <= 40 && line.first.isUppercaseLetter
            && (line.ending != .clause && !line.endsMidClause || line.last == "," && Segmenter.isAllCapitals(line))
    }

    /// One of the four lines before `i` opens an attachment list (`附件：1．…`).
    static func followsAttachmentList(_ lines: LineTable, _ i: Int) -> Bool {
        for k in stride(from: i - 1, through: max(0, i - 4), by: -1) {
            let s = lines[k].scalars
            if s.count >= 3, s[0] == "附", s[1] == "件", s[2] == "：" || s[2] == ":" || s[2].isDigit { return true }
        }
        return false
    }

    /// Runs of closing lines that follow a finished sentence. A run counts only when it is
    /// unmistakable: it holds a date or dateline, or at least two signature lines, or it ends the file.
    static func findClosers(_ lines: LineTable, furniture: [Bool], nameTails: inout LeadingFlags) -> [BlockKind?] {
        let n = lines.count
        var result = [BlockKind?](filledWith: nil, count: n)
        // Where the text has begun: a signing body and date above it are a byline, not a closer.
        let firstSentenceEnd = lines.firstIndex { $0.ending == .sentence } ?? n
        var i = 0
        while i < n {
            guard !furniture[i] else { i += 1; continue }
            // A letter's close: the writer's name over the place and date it was written.
            // The place may take two lines (`Farm on the National Pike, in Ohio, three` / `miles
            // from Wheeling, July 12, 1866.`): the second is joined to the first.
            if lines[i].script == .latin, LatinLetterClose.isSignedName(lines[i]), i > 0, lines[i - 1].ending == .sentence, i + 1 < n,
               !furniture[i + 1] {
                if LatinLetterClose.endsWithDate(lines[i + 1]) {
                    result[i] = .signature
                    result[i + 1] = .dateline
                    i += 2
                    continue
                }
                if i + 2 < n, !furniture[i + 2], lines[i + 1].ending == .open, !lines[i + 1].last.isLineEndHyphen,
                   LatinLetterClose.endsWithDate(lines[i + 2]) {
                    result[i] = .signature
                    result[i + 1] = .dateline
                    result[i + 2] = .dateline
                    nameTails[i + 2] = true
                    i += 3
                    continue
                }
            }
            // A Chinese line holding sentence punctuation is none of the closing lines, unless
            // it opens with a bracket (a dateline) or ends in `分` (a clock time): the tests of
            // `closerKind` each need one of those, or no such punctuation, or a Latin line.
            // Asked here first, from the record: most lines of Chinese prose, each a call before.
            if lines[i].script == .cjk, lines[i].hasFullWidthSentencePunctuation, lines[i].last != "分",
               lines[i].first != "（", lines[i].first != "(" { i += 1; continue }
            guard let kind = closerKind(lines, i) else { i += 1; continue }
            // The run must start after a complete sentence (or at the very start).
            var previous = i - 1
            while previous >= 0 && furniture[previous] { previous -= 1 }
            let afterSentence = previous < 0 || lines[previous].ending == .sentence || result[previous] != nil
                || (lines[previous].count <= 8 && LinePatterns.isEndMark(lines[previous].scalars))
                // (A story's credit in brackets, `（本报记者 陈晓 刘洋）`, ends it as a sentence would.)
                || (lines[previous].last == "）" && NewspaperMarks.isByline(lines[previous].scalars))
            var kinds: [(Int, BlockKind)] = [(i, kind)]
            var j = i + 1
            var afterValediction = 0
            while j < n {
                if furniture[j] { j += 1; continue }
                if let k = closerKind(lines, j) {
                    kinds.append((j, k))
                } else if let last = kinds.last, last.1 == .signature, !nameTails[last.0],
                          lines[last.0].script == .cjk, lines[last.0].scalars.contains(" "),
                          isNameTail(lines[j]) {
                    kinds.append((j, .signature))
                    nameTails[j] = true
                } else if let last = kinds.last, last.1 == .signature, Segmenter.namesTheRepresentative(lines[last.0], lines[j])
                            || lines[j].script == .latin && LatinPartySignature.isParty(lines[last.0]) && LatinPartySignature.isName(lines[j]) {
                    // A party's representative named under the word (`代表` / `王毅`).
                    kinds.append((j, .signature))
                } else if afterValediction < 3 || afterValediction < 8 && lines[kinds.last!.0].last == ",",
                          LinePatterns.isLatinValediction(lines[kinds.last!.0].scalars) || (afterValediction > 0),
                          !(lines[kinds.last!.0].last == "." && lines[j].blankLinesBefore > 0),
                          signsAfterValediction(lines[j]) {
                    // (A name ending in a point, then a blank line: the close is over, and the
                    // next headline, `REPORT OF THE COMMITTEE.`, is not the writer's style.)
                    // (Past three lines only while the names go on, each ending in a comma: a
                    // committee's members over the word `Committee.`)
                    kinds.append((j, .signature))
                    afterValediction += 1
                } else {
                    break
                }
                j += 1
            }
            let signatures = kinds.filter { $0.1 == .signature }.count
            let hasDate = kinds.contains { $0.1 != .signature }
            let endsFile = j >= n
            // A signing body over its date, set apart by a blank line or pushed to the right, closes
            // the text even after a line that ends no sentence: an attachment list (`附件：1.…` /
            // `2.…`) stands between the last sentence and the signature in official documents.
            // (Not under the title, before the text has begun: that is a byline and its date.)
            // (In a flat extraction, with neither, the attachment list itself says so.)
            let setApart = lines[i].blankLinesBefore > 0 || lines[i].indent >= 8 || followsAttachmentList(lines, i)
            let signedAndDated = kind == .signature && hasDate && kinds.count <= 4
                && firstSentenceEnd < i
            if (afterSentence || (setApart && signedAndDated)) && (hasDate || signatures >= 2 || endsFile) {
                for (index, k) in kinds { result[index] = k }
            } else {
                for (index, _) in kinds { nameTails[index] = false }
            }
            if result[i] == nil && kind == .dateline {
                result[i] = .dateline
                j = i + 1
            }
            i = j
        }
        return result
    }
}
