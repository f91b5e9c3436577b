import Foundation

/// The lines a Chinese newspaper page prints around its articles: the masthead line
/// (`2022年9月17日 星期六    人民日报    第 3 版`), the jump to another page at the end of an
/// article's first part (`（下转第二版）`), a photo's credit (`新华社记者 黄敬文摄`) and the
/// page editor's line (`本版责编：王伟`). Each is complete on its own: read into the prose
/// around it, it would merge an article with its masthead, its caption or the next article.
enum NewspaperMarks {
    /// A masthead or running line set in parts with wide gaps that names a weekday or a page
    /// (`第 3 版`, `第03版`): page furniture wherever it stands, even printed once.
    /// (Its first tests inlined where it is asked, of every line: most lines fail them.)
    @inline(__always)
    static func isMasthead(_ line: LineProfile) -> Bool {
        // (A wide gap is white space: a line without any, as its measure counted, has none.)
        // (Nor sentence punctuation, which the measure counted too: asked here, most Chinese
        // lines with a space hold a comma, and each was a call.)
        line.count >= 6 && line.count <= 80 && line.hasSpace && !line.hasFullWidthSentencePunctuation
            && isSpacedMasthead(line)
    }

    /// `isMasthead` past its first tests.
    private static func isSpacedMasthead(_ line: LineProfile) -> Bool {
        // (Full-width sentence punctuation, which the line's measure counted, asked before the
        // scan for a wide gap: most Chinese lines with a space hold a comma, and each was read
        // whole, 1 % of all repair work on Chinese text.)
        guard !line.hasFullWidthSentencePunctuation,
              LinePatterns.hasWideGap(line.scalars, mayHoldIdeographicSpace: line.hasIdeographicSpace),
              !line.hasSentencePunctuation else { return false }
        return Segmenter.namesAWeekday(line) || namesAPage(line.scalars)
    }

    /// A Latin newspaper's page head, set in capitals in two parts or more with wide gaps, one
    /// at either end the page's number: `THE EVENING HERALD.      PAGE 4.`, `4      THE
    /// EVENING STAR`, `PAGE 2    THE DAILY NEWS, MONDAY, JUNE 3, 1890.`
    static func isLatinPageHead(_ line: LineProfile) -> Bool {
        // (Cheap tests first, from the stored ends and the second scalar: a line of prose opens
        // with a small letter, or a capital and a small one.)
        guard line.count >= 10, line.count <= 100, line.hasSpace, !line.first.isLowercaseLetter, !line.last.isLowercaseLetter,
              !line.scalars[1].isLowercaseLetter,
              LinePatterns.hasWideGap(line.scalars, mayHoldIdeographicSpace: false), Segmenter.isAllCapitals(line) else { return false }
        let parts = line.text.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard parts.count >= 2, let first = parts.first, let last = parts.last else { return false }
        // (A point after the number only at the line's end, `PAGE 4.`: before the capitals it is
        // a clause's number over its heading, `1.    DEFINITIONS AND INTERPRETATION`.)
        func isPageNumber(_ part: String, pointAllowed: Bool) -> Bool {
            var p = part
            if pointAllowed, p.hasSuffix(".") { p.removeLast() }
            if p.hasPrefix("PAGE ") { p.removeFirst(5) }
            return !p.isEmpty && p.count <= 3 && p.allSatisfy(\.isASCII) && p.allSatisfy(\.isNumber)
        }
        return isPageNumber(first, pointAllowed: false) || isPageNumber(last, pointAllowed: true)
    }

    /// `第3版`, `第 03 版`, `第三版`: a newspaper page's number.
    static func namesAPage(_ s: LineScalars) -> Bool {
        var k = 0
        while k < s.count {
            if s[k] == "第" {
                var m = k + 1, digits = 0
                while m < s.count, s[m] == " " { m += 1 }
                while m < s.count, s[m].isDigit || LinePatterns.isChineseNumeral(s[m]) { m += 1; digits += 1 }
                while m < s.count, s[m] == " " { m += 1 }
                if digits > 0, digits <= 3, m < s.count, s[m] == "版" { return true }
            }
            k += 1
        }
        return false
    }

    // The line tests the join decision asks of every pair of lines, answered first from what the
    // profile stores (its length, its first and last scalars), which rules out nearly every
    // line: handing a line's scalars to a test cost a retain and a release of the document's
    // buffer, and the tests together 3 instructions a byte of Chinese.

    /// `endsWithJump(line.scalars)`.
    @inline(__always)
    static func endsWithJump(_ line: LineProfile) -> Bool {
        line.count >= 5 && (line.last == "）" || line.last == ")") && endsWithJump(line.scalars)
    }

    /// `endsWithPhotoCredit(line.scalars)`.
    @inline(__always)
    static func endsWithPhotoCredit(_ line: LineProfile) -> Bool {
        line.count >= 4 && line.last == "摄" && endsWithPhotoCredit(line.scalars)
    }

    /// `isEditorLine(line.scalars)`: the line opens with `（`, `(`, `本` or `责`.
    @inline(__always)
    static func isEditorLine(_ line: LineProfile) -> Bool {
        let first = line.first
        return (first == "责" || first == "本" || first == "（" || first == "(") && isEditorLine(line.scalars)
    }

    /// `isByline(line.scalars)`, asked only of short lines with a gap and no punctuation or
    /// Latin letter (which a byline never holds, and a letter-spaced line of prose nearly always).
    @inline(__always)
    static func isByline(_ line: LineProfile) -> Bool {
        line.count >= 4 && line.count <= 40 && line.hasSpace && !line.hasFullWidthSentencePunctuation && line.letterCount == 0
            && isByline(line.scalars)
    }

    /// The line ends by sending the reader to another page: `（下转第二版）`, `（转第4版）`,
    /// `（下转 2 版）`. The article's part on this page ends there.
    static func endsWithJump(_ s: LineScalars) -> Bool {
        guard s.count >= 5, s[s.count - 1] == "）" || s[s.count - 1] == ")", s[s.count - 2] == "版" else { return false }
        // The bracket's opening, at most ten scalars back, followed by `转` or `下转`.
        var k = s.count - 3
        while k >= max(0, s.count - 12) {
            if s[k] == "（" || s[k] == "(" {
                var m = k + 1
                if m < s.count, s[m] == "下" { m += 1 }
                return m < s.count && s[m] == "转"
            }
            k -= 1
        }
        return false
    }

    /// The line is a note that the article goes on from another page: `（上接第一版）`,
    /// `（接第2版）`, `(紧接第 1 版)`. It opens the part on this page and heads nothing.
    static func isContinuedFrom(_ s: LineScalars) -> Bool {
        guard s.count >= 5, s.count <= 14, s[0] == "（" || s[0] == "(",
              s[s.count - 1] == "）" || s[s.count - 1] == ")", s[s.count - 2] == "版" else { return false }
        var m = 1
        if s[m] == "上" || s[m] == "紧" { m += 1 }
        return s[m] == "接"
    }

    /// A Latin newspaper's jump line, alone on its line: `(Continued on Page 4, Column 3)`,
    /// `CONTINUED ON PAGE FOUR`, `Continued from First Page.` It ends the article's part on
    /// this page (or opens the part continued here) and is no sentence of it.
    static func isLatinJumpLine(_ s: LineScalars) -> Bool {
        guard s.count >= 16, s.count <= 60 else { return false }
        var k = s[0] == "(" || s[0] == "[" ? 1 : 0
        // Letters compared lower-cased, in place: most lines starting with `C` fail at once.
        func word(_ text: StaticString) -> Bool {
            let bytes = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
            guard k + bytes.count <= s.count else { return false }
            for (offset, byte) in bytes.enumerated() where s[k + offset].value | 0x20 != UInt32(byte) { return false }
            k += bytes.count
            return true
        }
        guard word("continued ") else { return false }
        let mark = k
        if word("on ") || word("from ") {
            let after = k
            if word("page") || word("the ") { return true }
            k = after
            return word("first page")
        }
        k = mark
        return false
    }

    /// A photo's credit at the end of its caption: `记者` or `摄影`, then a name and `摄`
    /// (`新华社记者 黄敬文摄`, `本报记者 王伟摄`), within the last twelve characters.
    static func endsWithPhotoCredit(_ s: LineScalars) -> Bool {
        guard s.count >= 4, s[s.count - 1] == "摄" else { return false }
        var k = s.count - 2
        while k >= max(1, s.count - 12) {
            if s[k] == "者" && s[k - 1] == "记" { return true }
            if LinePatterns.isSentencePunctuation(s[k]) { return false }
            k -= 1
        }
        return false
    }

    /// Where the gap between a closing photo credit's role and its name lies
    /// (`…现场。 新华社记者 黄敬文摄`: the space after `记者`). The credit follows the
    /// caption's last sentence mark: a role of at most eight Han characters ending in `记者`,
    /// then a name of two to four (perhaps letter-spaced) and `摄`, not `拍摄`. Nil otherwise
    /// (`图为记者 在现场拍摄` is prose with a stray space).
    static func photoCreditGap(_ s: [Unicode.Scalar]) -> Int? {
        guard s.count >= 6, s[s.count - 1] == "摄", s[s.count - 2] != "拍" else { return nil }
        // The name: Han characters and spaces back to the gap after the role.
        var name = 0
        var k = s.count - 2
        while k >= 2, s[k].layoutClass == .han || s[k].layoutClass == .space {
            if s[k].layoutClass == .han { name += 1 }
            if s[k].layoutClass == .space, s[k - 1] == "者", s[k - 2] == "记" { break }
            k -= 1
        }
        guard k >= 2, s[k].layoutClass == .space, (2...4).contains(name) else { return nil }
        var gap = k
        while gap > 0, s[gap - 1].layoutClass == .space { gap -= 1 }
        // The role, back from `记者` to the caption's sentence mark.
        var r = gap - 1
        while r >= 0, s[r].layoutClass == .han, gap - r <= 8 { r -= 1 }
        while r >= 0, s[r].layoutClass == .space { r -= 1 }
        guard r >= 0, s[r] == "。" || s[r] == "！" || s[r] == "？" || s[r] == "）" else { return nil }
        return gap
    }

    /// The page editor's line: `本版责编：…`, `责任编辑：…`, `（责任编辑：…）`.
    static func isEditorLine(_ s: LineScalars) -> Bool { editorNamesStart(s) != nil }

    /// Where an editor line's names begin: after the colon of its label.
    static func editorNamesStart(_ s: LineScalars) -> Int? {
        var k = 0
        if k < s.count, s[k] == "（" || s[k] == "(" { k += 1 }
        if s.count >= k + 5, s[k] == "本", s[k + 1] == "版" { k += 2 }
        guard s.count >= k + 3, s[k] == "责" else { return nil }
        if s[k + 1] == "编" { return s[k + 2] == "：" || s[k + 2] == ":" ? k + 3 : nil }
        return s.count >= k + 5 && s[k + 1] == "任" && s[k + 2] == "编" && s[k + 3] == "辑" && (s[k + 4] == "：" || s[k + 4] == ":") ? k + 5 : nil
    }

    /// The words a byline's role ends with (`本报记者`, `人民日报记者`, `本报通讯员`, `实习生`).
    static let bylineRoleEndings: [[Unicode.Scalar]] = ["记者", "通讯员", "评论员", "实习生"].map { Array($0.unicodeScalars) }

    /// A reporter's byline on a line of its own: a role, then names, in Han characters and
    /// spaces only (`本报记者  刘 慧  李 强`, `人民日报记者 王浩`), perhaps in brackets
    /// (`（本报记者 刘 毅）`, the credit at an article's end), perhaps a photo's credit
    /// (`新华社记者 方 喆 摄`).
    static func isByline(_ s: LineScalars) -> Bool {
        guard s.count >= 4, s.count <= 40 else { return false }
        var start = 0, end = s.count
        if s[0] == "（" || s[0] == "(" {
            guard s[end - 1] == "）" || s[end - 1] == ")" else { return false }
            start = 1
            end -= 1
        }
        // The role: the Han characters before the first gap, ending in a role's word.
        var gap = start
        while gap < end, s[gap].layoutClass == .han { gap += 1 }
        guard gap < end, gap - start >= 2, gap - start <= 10, s[gap].layoutClass == .space,
              let role = bylineRoleEndings.first(where: { role in
                  role.count <= gap - start && role.indices.allSatisfy { s[gap - role.count + $0] == role[$0] }
              }) else { return false }
        // Whose reporter: none, this paper's (`本报…`), or a paper's, an agency's or a
        // station's (`人民日报`, `新华社`, `央视台`), a special or trainee one (`特约`, `见习`).
        let prefix = gap - role.count - start
        if prefix > 0, s[start] != "本", !bylineOwnerEnds.contains(s[gap - role.count - 1]) { return false }
        // Then names: words of at most four Han characters (five with a photo's `摄`).
        var han = 0, word = 0
        for k in gap..<end {
            let c = s[k].layoutClass
            if c == .han {
                han += 1
                word += 1
                if word > 5 || word == 5 && s[k] != "摄" { return false }
            } else if c == .space {
                word = 0
            } else {
                return false
            }
        }
        return han >= 2 && han <= 24
    }

    /// The last character of a byline role's owner: a paper, an agency, a station, a site, a
    /// journal; a special, trainee or chief reporter.
    static let bylineOwnerEnds = ScalarSet("报社台网刊站约习席")

    /// A byline's text with its spacing resolved: the role and each name stay apart by one
    /// space, and a name's own letter-spacing closes. Single Han characters standing apart
    /// (`刘`, `慧`, `毅）`) are parts of names, as no Chinese name is one character:
    /// - where the gaps between them differ, the narrow ones are inside names and the wide ones
    ///   between (`刘 慧  李 强`: 刘慧, 李强);
    /// - where they are all alike, two or three make one name, and an even run of four or more
    ///   is names of two (`王 浩 李 欣`: 王浩, 李欣: the padding a two-character name gets to
    ///   stand as wide as a three-character one); an odd run of five or more closes whole.
    /// A photo's credit mark (`摄`) after the names stays apart (`新华社记者 方喆 摄`).
    /// - Parameters:
    ///   - namesFrom: where the names begin when a label runs into them
    ///     (`本版责编：王 伟 李 明`); the label stays as it is.
    ///   - roleFirst: at `namesFrom` 0, the first word is the role (a line of names alone has none).
    static func resolvedByline(_ s: [Unicode.Scalar], namesFrom: Int = 0, roleFirst: Bool = true,
                               log: inout RepairLog) -> [Unicode.Scalar] {
        // The runs of non-space scalars, the width of the gap before each (an ideographic space
        // counts two) and whether that gap was anything but one ASCII space.
        var tokens: [ArraySlice<Unicode.Scalar>] = []
        var width: [Int] = []
        var plain: [Bool] = []
        var k = namesFrom
        while k < s.count {
            var start = k
            var w = 0
            while start < s.count, s[start].layoutClass == .space {
                w += s[start] == "\u{3000}" ? 2 : 1
                start += 1
            }
            guard start < s.count else { break }
            var end = start
            while end < s.count, s[end].layoutClass != .space { end += 1 }
            width.append(w)
            plain.append(start - k == 1 && s[k] == " ")
            tokens.append(s[start..<end])
            k = end
        }
        let n = tokens.count
        let firstName = namesFrom == 0 && roleFirst ? 1 : 0
        // A name's part: one Han character, brackets aside; not the role, not the credit mark.
        let credit = n > firstName + 1 && tokens[n - 1].filter { $0 != "）" && $0 != ")" } == ["摄"]
        let single = tokens.indices.map { i in
            i >= firstName && !(credit && i == n - 1) && tokens[i].reduce(0) { $0 + ($1.layoutClass == .han ? 1 : 0) } == 1
        }
        // Which gaps close (the gap before token i; before the first token after a label, always).
        var closes = [Bool](repeating: false, count: n)
        if namesFrom > 0 && n > 0 { closes[0] = true }
        var i = firstName
        while i < n {
            guard single[i] else { i += 1; continue }
            var j = i
            while j + 1 < n, single[j + 1] { j += 1 }
            // The run i...j; its inner gaps are before i+1...j.
            let length = j - i + 1
            if length >= 2 {
                let inner = width[(i + 1)...j]
                let narrowest = inner.min()!, widest = inner.max()!
                for g in (i + 1)...j {
                    if narrowest != widest {
                        closes[g] = width[g] < widest
                    } else if length <= 3 || length % 2 == 1 {
                        closes[g] = true
                    } else {
                        closes[g] = (g - i) % 2 == 1
                    }
                }
            }
            i = j + 1
        }
        var out = Array(s[..<namesFrom])
        out.reserveCapacity(s.count)
        for (index, token) in tokens.enumerated() {
            if width[index] > 0 {
                if closes[index] {
                    log.record(index == 0 ? .whitespace : .letterspacing)
                } else {
                    if !plain[index] { log.record(.whitespace) }
                    out.append(" ")
                }
            }
            out.append(contentsOf: token)
        }
        return out
    }

    /// Where a headline in two parallel phrases (`保持战略定力 推进务实合作`, `坚定信心　实干担当`)
    /// has its one gap: Han characters only on each side, four or more, the two sides within
    /// two characters of each other. The space between the phrases is the headline's own; a
    /// stray OCR space falls anywhere (`关于加强安全生产 工作的通知`: 8 and 5, and a document
    /// type ends it). Nil otherwise.
    static func parallelHeadlineGap(_ s: LineScalars) -> Int? {
        guard s.count >= 9, s.count <= 33 else { return nil }
        var gap: Int? = nil
        for k in 0..<s.count {
            let c = s[k]
            if c.layoutClass == .space {
                guard gap == nil, k > 0, c == " " || c == "\u{3000}" else { return nil }
                gap = k
            } else if c.layoutClass != .han {
                return nil
            }
        }
        guard let gap, gap + 1 < s.count, s[gap + 1].layoutClass == .han else { return nil }
        let left = gap, right = s.count - gap - 1
        guard left >= 4, right >= 4, abs(left - right) <= 2, !Segmenter.endsWithDocumentType(s) else { return nil }
        return gap
    }

    /// The section a newspaper page belongs to, printed above its first headline (`要闻`,
    /// `国际`, `评论`): a label of its own, not the start of the headline under it.
    static func isSectionLabel(_ line: LineProfile) -> Bool {
        guard line.count >= 2, line.count <= 8, line.script == .cjk else { return false }
        return sectionNames.contains(Segmenter.visible(line))
    }

    /// The first characters of `sectionNames`: a line (trimmed, so its first scalar is its
    /// visible text's first) that opens with none is no section label, told without building
    /// and hashing its visible text (asked of every short line, several times).
    static let sectionInitials = ScalarSet(String(String.UnicodeScalarView(sectionNames.compactMap { $0.first })))

    static let sectionNames: Set<LineScalars> = Set([
        "要闻", "国内", "国际", "时评", "评论", "社论", "观点", "理论", "经济", "财经", "产经", "金融", "社会",
        "文化", "体育", "科技", "教育", "法治", "民生", "综合", "视点", "专题", "副刊", "地方", "区域", "新闻",
        "深度", "关注", "环球", "健康", "生态", "军事", "政治", "党建", "读者来信", "人民论坛", "国际论坛", "图片新闻",
        "要聞", "國內", "國際", "時評", "評論", "觀點", "理論", "經濟", "財經", "社會", "文化", "體育", "科技",
        "教育", "綜合", "專題", "新聞",
    ].map { LineScalars(Array($0.unicodeScalars)) })
}
