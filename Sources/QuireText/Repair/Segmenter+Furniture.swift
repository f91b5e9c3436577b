/// Page furniture: page numbers, running heads repeated across pages, a page line inside a
/// hyphenated word, a running head printed once beside a page number.
extension Segmenter {
    static func findFurniture(_ lines: LineTable) -> [Bool] {
        let n = lines.count
        var result = [Bool](filledWith: false, count: n)
        // Running-header candidates by their fingerprint, in line order: grouped below by a sort.
        // (A dictionary of index arrays cost its table, an array a key and their growth, about
        // 1,500 instructions a candidate line.)
        var candidates: [(fingerprint: UInt64, line: Int)] = []
        // The sets read once, not at every line (each read of a static checked its
        // initialisation, a call a line).
        let pageNumberScalars = LinePatterns.pageNumberScalars, continuationEnders = LinePatterns.continuationEnders
        let chromeInitials = WebPageMarks.chromeInitials
        for i in 0..<n {
            // A front matter's page number in small Roman numerals (`i`, `- iv -`, `Ⅲ`), set
            // apart from the text (indented or after a blank line).
            if lines[i].count <= 9, lines[i].indent >= 4 || lines[i].blankLinesBefore > 0,
               LinePatterns.mayOpenRomanPageNumber(lines[i].first), LinePatterns.isRomanPageNumber(lines[i].scalars) {
                result[i] = true
                continue
            }
            // Each line read through the array, not bound: a binding cost a retain and a release.
            // (A page number's first scalar, the line being trimmed, is a digit or one of its marks.)
            // (Or a titled page form, `语文试题　第1页（共6页）`: a short line with a space, ending as one.)
            if lines[i].count <= 20 && (lines[i].first.isDigit || pageNumberScalars.contains(lines[i].first))
                || lines[i].count <= 28 && lines[i].hasSpace && (lines[i].last == "页" || lines[i].last == "）"),
               LinePatterns.isPageNumber(lines[i].scalars) {
                // A bare number followed by 年/月/% ... is a wrapped fragment of a date or amount.
                let bare = lines[i].scalars.allSatisfy { $0.isDigit }
                // Not with blank lines on both sides after a line ending in a digit (the page
                // turned inside a date: `…8月20` / `2` / `日…`), nor set apart by two or more blank
                // lines each side (`…发展接` / `2` / `多易处…`): a page number, as a wrapped
                // fragment never stands so far from its neighbours.
                let blanksAround = i + 1 < n ? min(lines[i].blankLinesBefore, lines[i + 1].blankLinesBefore) : 0
                let pageTurnsInNumber = blanksAround >= 2 || (blanksAround >= 1 && i > 0 && lines[i - 1].last.isDigit)
                let nextStartsUnit = i + 1 < n && LinePatterns.numberFollowers.contains(lines[i + 1].first) && !pageTurnsInNumber
                let previousOpen = i > 0 && lines[i - 1].ending == .open && !lines[i - 1].last.isDigit
                if !(bare && (nextStartsUnit || (previousOpen && lines[i].count == 4))) {
                    result[i] = true
                    continue
                }
            }
            // A newspaper's masthead line (`2022年9月17日 星期六    人民日报    第 3 版`), even printed once.
            if lines[i].ending == .open, NewspaperMarks.isMasthead(lines[i]) {
                result[i] = true
                continue
            }
            // A Latin newspaper's page head (`THE EVENING HERALD.      PAGE 4.`), even printed once.
            // (Its ends asked through the array first: most lines of prose open or end in a small letter.)
            if lines[i].script == .latin, lines[i].first.value &- 0x30 < 43, lines[i].last.value &- 0x61 >= 26, lines[i].hasSpace,
               NewspaperMarks.isLatinPageHead(lines[i]) {
                result[i] = true
                continue
            }
            // A web page's controls (`【字体：大 中 小】 【打印本页】`), copied with its text.
            if lines[i].first == "【" || lines[i].first == "[", WebPageMarks.isPageControls(lines[i]) {
                result[i] = true
                continue
            }
            // Running-header candidates: short lines that neither end nor break off a sentence.
            // (Headers are short, or carry a date or page number.)
            guard lines[i].ending == .open, !lines[i].endsMidClause, lines[i].count >= 4, lines[i].count <= 80 else { continue }
            // A web page's breadcrumb, share line and footer (`首页 > 政务公开 > 通知公告`, `分享到：
            // 微信 微博`, `主办单位：… ICP备案号：…`), which end no sentence either.
            if lines[i].script == .cjk, chromeInitials.contains(lines[i].first), WebPageMarks.isPageChrome(lines[i].scalars) {
                result[i] = true
                continue
            }
            // Sentence punctuation rules a header out: most Chinese lines are answered so, unscanned.
            // (Asked before the scan below, which read every long line with a space: 1 % of all
            // repair work on Chinese text; and before the set of continuation enders, a lookup
            // for most Chinese lines, which end in a Han character.)
            if lines[i].hasFullWidthSentencePunctuation { continue }
            if continuationEnders.contains(lines[i].last) { continue }
            // Over 40 scalars only a header set in two parts (a run of spaces inside) qualifies.
            // (A wide gap is white space: a line without any, as its measure counted, has none.)
            if lines[i].count > 40 && !(lines[i].hasSpace
                && LinePatterns.hasWideGap(lines[i].scalars, mayHoldIdeographicSpace: lines[i].hasIdeographicSpace)) { continue }
            // Visible scalars, a digit, sentence punctuation: one pass, not three. A Han
            // character (most scalars here) is visible and neither of the others: one compare.
            var visible = 0, hasDigit = false, hasSentencePunctuation = false
            lines[i].scalars.withUnsafeBufferPointer { scalars in
                for s in scalars {
                    let v = s.value
                    if v &- 0x4E00 < 0x5200 { visible &+= 1; continue }
                    if s.layoutClass != .space { visible &+= 1 }
                    if v >= 0x30 && v <= 0x39 { hasDigit = true }
                    if LinePatterns.isSentencePunctuation(s) { hasSentencePunctuation = true; break }
                }
            }
            if !hasSentencePunctuation && visible >= 4 && visible <= 40 && (lines[i].count <= 16 || hasDigit) {
                // (Room for sixteen at the first: grown from one a doubling at a time, the array
                // was reallocated twice a document on average.)
                if candidates.capacity == 0 { candidates.reserveCapacity(16) }
                candidates.append((Segmenter.fingerprint(lines[i].scalars), i))
            }
        }
        // A running header: the same short line three or more times, far apart. A header set in
        // two parts with a wide gap between them (`国务院公报 2023·第18号      国务院部门文件`)
        // is unmistakable at any distance.
        // (Each group ends up in line order, as the lines were found; groups are disjoint and
        // each marks only its own lines, so the order they are taken in does not matter.)
        if candidates.count >= 3 {
            candidates.sort { $0.fingerprint < $1.fingerprint || ($0.fingerprint == $1.fingerprint && $0.line < $1.line) }
        }
        var groupStart = 0
        while groupStart < candidates.count, candidates.count >= 3 {
            var groupEnd = groupStart + 1
            while groupEnd < candidates.count, candidates[groupEnd].fingerprint == candidates[groupStart].fingerprint { groupEnd += 1 }
            defer { groupStart = groupEnd }
            guard groupEnd - groupStart >= 3 else { continue }
            let group = candidates[groupStart..<groupEnd].map(\.line)
            // Fingerprints can collide: keep the lines equal to the first one.
            let reference = group[0]
            let referenceText = Segmenter.visible(lines[reference])
            let indices = group.filter { Segmenter.visible(lines[$0]) == referenceText }
            guard indices.count >= 3 else { continue }
            let spread = indices.last! - indices.first!
            let twoParts = LinePatterns.hasWideGap(lines[reference].scalars)
            if spread >= (twoParts ? 3 : 10) * (indices.count - 1) {
                // The file's first line is its title, even when the running head repeats it;
                // unless it is itself set as a header, in two parts.
                for i in indices where (i > 0 || twoParts) && !LinePatterns.isSignatureLine(lines[i].scalars) { result[i] = true }
            }
        }
        // A running head or foot with its page number on the same line (`散文卷 · 第二辑      57`).
        PageLines.mark(lines, furniture: &result)
        // A page line (`2   THE EVENING STAR`) between the two halves of a hyphenated word.
        // (The line before is asked first, without binding three lines: a retain and a release each.)
        for i in 1..<max(1, n - 1) where !result[i] && lines[i - 1].script == .latin {
            let line = lines[i], before = lines[i - 1], after = lines[i + 1]
            guard before.script == .latin, before.last.isLineEndHyphen, after.first.isLowercaseLetter,
                  line.scalars.contains(where: { $0.isDigit }), Segmenter.visibleCount(line) <= 40,
                  !line.scalars.contains(where: { $0.isLowercaseLetter }) else { continue }
            result[i] = true
        }
        // Beside a page number, a running head printed once: the document's title again, or a
        // dated head (`经济参考 2023年10月21日 星期六`) that falls inside a sentence.
        // Only beside a page number, itself furniture: a file with none (most) needs no look.
        guard result.contains(true) else { return result }
        let title = n > 0 ? Segmenter.visible(lines[0]) : []
        // (A line of more than 80 scalars or with sentence punctuation is no such head, whatever
        // stands beside it: asked first, from its record, most Chinese lines are passed by without
        // a look at their neighbours.)
        for i in 1..<max(1, n) where !result[i] && lines[i].ending == .open && !lines[i].endsMidClause
            && lines[i].count <= 80 && !lines[i].hasFullWidthSentencePunctuation {
            // Cheapest test first: most lines have no page number beside them. (A plain loop:
            // `first(where:)` over the range cost a closure call a neighbour.)
            var besidePage: Int? = nil
            var j = max(0, i - 2)
            while j <= min(n - 1, i + 2) {
                if j != i && result[j] && LinePatterns.isPageNumber(lines[j].scalars) { besidePage = j; break }
                j += 1
            }
            // (The line bound only now: bound first, every line paid a retain and a release.)
            guard let page = besidePage else { continue }
            let line = lines[i]
            guard line.count <= 80, !line.hasSentencePunctuation else { continue }
            let visible = Segmenter.visible(line)
            guard visible.count <= 40 else { continue }
            if visible == title || Segmenter.shortensTitle(visible, title) {
                // Not a signing body that also heads the text (`江城市人民政府`).
                if !LinePatterns.isSignatureLine(line.scalars) { result[i] = true }
                continue
            }
            // A short head right after the page number, with a sentence cut at the page's last
            // full line going on after it (`…实施` / `— 12 —` / `政府工作报告` / `制造业…`): no
            // heading stands inside a sentence.
            // (A head with figures is the dated head's, below: a bare date there may be a closer's.)
            if page == i - 1, visible.count >= 4, visible.count <= 12, !line.scalars.contains(where: { $0.isDigit }),
               Segmenter.pageTurnsAround(lines, result, page: page, head: i) {
                result[i] = true
                continue
            }
            // The dated head right after the page number, with the sentence going on across both;
            // or a masthead's date with its weekday (`经济参考 2023年10月21日 星期六`) anywhere.
            guard page == i - 1, line.scalars.contains(where: { $0.isDigit }),
                  let before = (0..<page).last(where: { !result[$0] }), lines[before].script == .cjk,
                  i + 1 < n, lines[before].ending != .sentence || Segmenter.namesAWeekday(line) else { continue }
            // A bare date after a signature, with the page turning between them, is the
            // closer's date (the signature line never ends a sentence either).
            if LinePatterns.isDateLine(line.scalars), LinePatterns.isSignatureLine(lines[before].scalars) { continue }
            result[i] = true
        }
        // A running head set in two parts (`中华人民共和国国务院公报      2022年第27号`) found beside
        // a page number is furniture wherever else it stands, the file's first line included:
        // a short extract may print it only twice.
        var twoPartHeads: [LineScalars] = []
        for i in 0..<n where result[i] && lines[i].hasSpace && !LinePatterns.isPageNumber(lines[i].scalars)
            && LinePatterns.hasWideGap(lines[i].scalars) {
            twoPartHeads.append(Segmenter.visible(lines[i]))
        }
        if !twoPartHeads.isEmpty {
            for i in 0..<n where !result[i] && lines[i].hasSpace && lines[i].ending == .open
                && twoPartHeads.contains(Segmenter.visible(lines[i])) && LinePatterns.hasWideGap(lines[i].scalars) {
                result[i] = true
            }
        }
        return result
    }

    /// A running head that prints the title shortened, as a report's inner pages do
    /// (`农业农村经济运行情况分析` under `2023年全省农业农村经济运行情况分析`): a run of the title
    /// of six characters at least and half the title's length. (A heading set after a page
    /// number seldom repeats so much of the title, and a numbered one never does.)
    static func shortensTitle(_ visible: LineScalars, _ title: LineScalars) -> Bool {
        let n = visible.count, m = title.count
        guard n >= 6, n < m, n * 2 >= m else { return false }
        for start in 0...(m - n) where title[start] == visible[0] {
            var k = 1
            while k < n && title[start + k] == visible[k] { k += 1 }
            if k == n { return true }
        }
        return false
    }

    /// The line before page number `page` is a Chinese line cut inside a sentence (open, a Han
    /// character last, twelve characters or more), and the line after the head at `head` goes on
    /// from it (Chinese, flush, a Han character first).
    static func pageTurnsAround(_ lines: LineTable, _ furniture: [Bool], page: Int, head: Int) -> Bool {
        var before = page - 1
        while before >= 0, furniture[before] { before -= 1 }
        guard before >= 0, head + 1 < lines.count, lines[before].script == .cjk, lines[before].ending == .open,
              lines[before].last.layoutClass == .han, lines[before].count >= 12 else { return false }
        let after = head + 1
        return lines[after].script == .cjk && !lines[after].isIndented && lines[after].first.layoutClass == .han
    }

    static let weekdays = ScalarSet("一二三四五六日天")

    /// The line holds a weekday, `星期六` or `周六`, as a newspaper's running head does.
    static func namesAWeekday(_ line: LineProfile) -> Bool {
        let s = line.scalars
        for k in 1..<max(1, s.count) where weekdays.contains(s[k]) {
            if s[k - 1] == "周" || (k >= 2 && s[k - 1] == "期" && s[k - 2] == "星") { return true }
        }
        return false
    }

    /// The line's scalars without its white space: what a repeated line is compared by. (A line
    /// without white space, as its measure counted, is its own scalars, shared, not filtered.)
    static func visible(_ line: LineProfile) -> LineScalars {
        line.hasSpace ? LineScalars(line.scalars.filter { $0.layoutClass != .space }) : line.scalars
    }

    /// How many scalars `visible` would keep, without building the array.
    static func visibleCount(_ line: LineProfile) -> Int {
        guard line.hasSpace else { return line.count }
        var count = 0
        for s in line.scalars where s.layoutClass != .space { count += 1 }
        return count
    }

    /// FNV-1a over the non-space scalars: a cheap key for spotting repeated lines.
    static func fingerprint(_ scalars: LineScalars) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for s in scalars where s.layoutClass != .space {
            hash = (hash ^ UInt64(s.value)) &* 0x100_0000_01b3
        }
        return hash
    }
}
