/// Verse in a newspaper column: a poem between the news, each line of it printed as a line of
/// its own (`Beneath the elms the old house stands,` / `  Its windows dim with years;`). Read
/// as prose, its lines were joined two by two at every comma and open end.
///
/// What tells verse from prose is that a line opens with a capital where the line before ended
/// no sentence: prose goes on in lower case (`…the old house` / `stands in the…`), verse starts
/// each line with a capital whatever the line before ended with. Lists of names, advertisements
/// in Title Case and German nouns do that too, so the lines must also rhyme (`stands` /
/// `hands`, `years` / `tears`): only rhymed verse is told.
enum Verse {
    /// Which lines are verse: runs of four lines or more (blank lines between stanzas allowed)
    /// in Latin script, each opening with a capital and not set in capitals, none ending in a
    /// hyphen, most of them of three words or more, where at least half of the lines after the
    /// first (and two at least) open with a capital after a line that ended no sentence, and
    /// at least half of the lines rhyme with one of the two lines after or before them. Nil
    /// where there are none, as in nearly every document.
    static func lines(_ lines: LineTable, furniture: [Bool]) -> [Bool]? {
        var verse: [Bool]? = nil
        var start = 0
        while start < lines.count {
            guard opensVerseLine(lines, start), !furniture[start] else { start += 1; continue }
            var end = start + 1
            while end < lines.count, !furniture[end], opensVerseLine(lines, end), lines[end].blankLinesBefore <= 1 { end += 1 }
            // The run start..<end, read further only when long enough and capitals follow open
            // ends in it; then split where a line is set in capitals (a headline, not verse).
            if end - start >= 4, capitalsAfterOpenEnds(lines, start..<end) >= 2 {
                var from = start
                for k in start...end where k == end || Segmenter.isAllCapitals(lines[k]) {
                    if k - from >= 4, isVerse(lines, from..<k) {
                        if verse == nil { verse = [Bool](repeating: false, count: lines.count) }
                        for m in from..<k { verse![m] = true }
                    }
                    from = k + 1
                }
            }
            start = end
        }
        return verse
    }

    private static func capitalsAfterOpenEnds(_ lines: LineTable, _ run: Range<Int>) -> Int {
        var count = 0
        for k in run.dropFirst() where lines[k - 1].ending != .sentence { count += 1 }
        return count
    }

    private static func isVerse(_ lines: LineTable, _ run: Range<Int>) -> Bool {
        let capitalAfterOpen = capitalsAfterOpenEnds(lines, run)
        var wordy = 0
        for k in run where wordCount(lines[k]) >= 3 { wordy += 1 }
        return capitalAfterOpen >= 2 && capitalAfterOpen * 2 >= run.count - 1 && wordy * 4 >= run.count * 3
            && rhymingLines(lines, run) * 2 >= run.count
    }

    /// A Latin line that may be a verse line: it opens with a capital (perhaps after a quotation
    /// mark), does not end in a hyphen, and is not long. (Whether it is set in capitals is asked
    /// only of a long enough run.) (The line read through the array: a line handed over cost a
    /// retain and a release, for every line of a document.)
    @inline(__always)
    private static func opensVerseLine(_ lines: LineTable, _ i: Int) -> Bool {
        // (The first scalar first: most lines of prose go on in lower case.)
        let first = lines[i].first.value
        guard first &- 0x41 < 26 || first == 0x22 || first == 0x27 || first == 0x201C || first == 0x2018
                || first &- 0xC0 < 0x190, lines[i].script == .latin,
              lines[i].count >= 8, lines[i].count <= 70, !lines[i].last.isLineEndHyphen else { return false }
        return opensWithCapital(lines[i])
    }

    private static func opensWithCapital(_ line: LineProfile) -> Bool {
        let s = line.scalars
        var k = 0
        if s[0] == "\"" || s[0] == "\u{201C}" || s[0] == "'" || s[0] == "\u{2018}" { k = 1 }
        return k < s.count && s[k].isUppercaseLetter
    }

    /// How many lines of the run rhyme with a line one or two after or before them: their last
    /// words, of three letters or more, differ and end alike from their last sounded vowel
    /// (`stands` / `hands`, `far` / `star`, `heart` / `part`, `stone` / `bone`).
    private static func rhymingLines(_ lines: LineTable, _ run: Range<Int>) -> Int {
        let words = run.map { lastWord(lines[$0]) }
        let keys = words.map(rhymeKey)
        var rhymes = [Bool](repeating: false, count: words.count)
        for a in words.indices {
            for b in (a + 1)..<min(words.count, a + 3) where words[a].count >= 3 && words[b].count >= 3
                && words[a] != words[b] && keys[a].count >= 2 && keys[a] == keys[b] {
                rhymes[a] = true
                rhymes[b] = true
            }
        }
        return rhymes.filter { $0 }.count
    }

    /// The word from its last vowel on, a final silent `e` passed over (`stone`: `one`).
    private static func rhymeKey(_ word: [UInt32]) -> ArraySlice<UInt32> {
        func isVowel(_ v: UInt32) -> Bool { v == 0x61 || v == 0x65 || v == 0x69 || v == 0x6F || v == 0x75 || v == 0x79 }
        var end = word.count
        if end >= 3, word[end - 1] == 0x65, !isVowel(word[end - 2]) { end -= 2 }
        var k = end - 1
        while k >= 0, !isVowel(word[k]) { k -= 1 }
        return k >= 0 ? word[k...] : word[...]
    }

    /// The line's last word, its letters lower-cased.
    private static func lastWord(_ line: LineProfile) -> [UInt32] {
        let s = line.scalars
        var end = s.count
        while end > 0, s[end - 1].layoutClass != .letter { end -= 1 }
        var start = end
        while start > 0, s[start - 1].layoutClass == .letter { start -= 1 }
        return s[start..<end].map { $0.properties.lowercaseMapping.unicodeScalars.first?.value ?? $0.value }
    }

    private static func wordCount(_ line: LineProfile) -> Int {
        var words = 0, inWord = false
        for s in line.scalars {
            let letter = s.layoutClass == .letter
            if letter && !inWord { words += 1 }
            inWord = letter
        }
        return words
    }
}
