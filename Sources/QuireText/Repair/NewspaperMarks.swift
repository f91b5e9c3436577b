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
        line.count >= 6 && line.count <= 80 && line.hasSpace && isSpacedMasthead(line)
    }

    /// `isMasthead` past its first tests.
    private static func isSpacedMasthead(_ line: LineProfile) -> Bool {
        guard LinePatterns.hasWideGap(line.scalars, mayHoldIdeographicSpace: line.hasWideScalar),
              !line.hasSentencePunctuation else { return false }
        return Segmenter.namesAWeekday(line) || namesAPage(line.scalars)
    }

    /// `第3版`, `第 03 版`, `第三版`: a newspaper page's number.
    static func namesAPage(_ s: LineScalars) -> Bool {
        var k = 0
        while k < s.count {
            if s[k] == "第" {
                var m = k + 1, digits = 0
                while m < s.count, s[m] == " " { m += 1 }
                while m < s.count, s[m].layoutClass == .digit || LinePatterns.chineseDigits.contains(s[m]) { m += 1; digits += 1 }
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

    /// `isByline(line.scalars)`.
    @inline(__always)
    static func isByline(_ line: LineProfile) -> Bool {
        line.count >= 4 && line.count <= 40 && isBylineInitial(line.first) && isByline(line.scalars)
    }

    /// `bylineInitials.contains(s)` by four compares: the set, a lazy global, cost a
    /// `swift_once` each time the join decision asked it of a line. (A test keeps the two equal.)
    @inline(__always)
    static func isBylineInitial(_ s: Unicode.Scalar) -> Bool {
        s == "本" || s == "新" || s == "记" || s == "通"
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

    /// The page editor's line: `本版责编：…`, `责任编辑：…`, `（责任编辑：…）`.
    static func isEditorLine(_ s: LineScalars) -> Bool {
        var k = 0
        if k < s.count, s[k] == "（" || s[k] == "(" { k += 1 }
        if s.count >= k + 5, s[k] == "本", s[k + 1] == "版" { k += 2 }
        guard s.count >= k + 3, s[k] == "责" else { return false }
        if s[k + 1] == "编" { return s[k + 2] == "：" || s[k + 2] == ":" }
        return s.count >= k + 5 && s[k + 1] == "任" && s[k + 2] == "编" && s[k + 3] == "辑" && (s[k + 4] == "：" || s[k + 4] == ":")
    }

    /// The roles a byline names (`本报记者 刘慧 李强`, `新华社记者 黄敬文`).
    static let bylineRoles: [[Unicode.Scalar]] = ["本报记者", "本报特约记者", "本报通讯员", "新华社记者", "记者", "通讯员", "本报评论员"]
        .map { Array($0.unicodeScalars) }
    static let bylineInitials = ScalarSet("本新记通")

    /// A reporter's byline on a line of its own: a role, then names, in Han characters and
    /// spaces only (`本报记者  刘 慧  李 强`).
    static func isByline(_ s: LineScalars) -> Bool {
        guard s.count >= 4, s.count <= 40, bylineInitials.contains(s[0]),
              let role = bylineRoles.first(where: { s.starts(with: $0) }),
              role.count < s.count, s[role.count].layoutClass == .space else { return false }
        var han = 0
        for c in s[role.count...] {
            if c.layoutClass == .han { han += 1 } else if c.layoutClass != .space { return false }
        }
        return han >= 2 && han <= 24
    }

    /// A byline's text with its spacing resolved: the names stay apart by one space, a name's
    /// own letter-spacing closes (two single Han characters one space apart are one name; a
    /// wider gap, or a name of several characters, stands between names).
    static func resolvedByline(_ s: [Unicode.Scalar], log: inout RepairLog) -> [Unicode.Scalar] {
        // The runs of non-space scalars, and the gap before each (its width, and whether it
        // held anything but one ASCII space).
        var tokens: [ArraySlice<Unicode.Scalar>] = []
        var wide: [Bool] = []
        var k = 0
        while k < s.count {
            var start = k
            while start < s.count, s[start].layoutClass == .space { start += 1 }
            guard start < s.count else { break }
            var end = start
            while end < s.count, s[end].layoutClass != .space { end += 1 }
            wide.append(start - k != 1 || s[k] != " ")
            tokens.append(s[start..<end])
            k = end
        }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        for (index, token) in tokens.enumerated() {
            if index > 0 {
                if !wide[index] && token.count == 1 && tokens[index - 1].count == 1 {
                    log.record(.letterspacing)
                } else {
                    if wide[index] { log.record(.whitespace) }
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
    static let sectionInitials = ScalarSet(String(String.UnicodeScalarView(sectionNames.compactMap(\.first))))

    static let sectionNames: Set<LineScalars> = Set([
        "要闻", "国内", "国际", "时评", "评论", "社论", "观点", "理论", "经济", "财经", "产经", "金融", "社会",
        "文化", "体育", "科技", "教育", "法治", "民生", "综合", "视点", "专题", "副刊", "地方", "区域", "新闻",
        "深度", "关注", "环球", "健康", "生态", "军事", "政治", "党建", "读者来信", "人民论坛", "国际论坛", "图片新闻",
        "要聞", "國內", "國際", "時評", "評論", "觀點", "理論", "經濟", "財經", "社會", "文化", "體育", "科技",
        "教育", "綜合", "專題", "新聞",
    ].map { LineScalars(Array($0.unicodeScalars)) })
}
