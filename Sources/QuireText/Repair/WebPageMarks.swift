/// What a Chinese web page copied as text prints around an article: its metadata fields
/// (`来源：商务部网站`, `发布时间：2022-11-03 17:30`; an official letter's heading fields too,
/// `受文者：…`, `發文字號：…`) and the page's own controls
/// (`【字体：大 中 小】 【打印本页】`). Government and news sites print them above the text, each
/// on a line of its own, and a flat copy gives no blank line or indent to keep them apart from
/// the first paragraph: they are recognised by what they say.
enum WebPageMarks {
    /// Field names a page prints above or below an article. (Not `附件`, an attachment list,
    /// nor `记者`, which opens an interview's question.)
    static let fieldNames: [[Unicode.Scalar]] = [
        "来源", "信息来源", "稿件来源", "文章来源", "發布時間", "發布日期", "來源",
        "发布时间", "发布日期", "发布机构", "发文机关", "成文日期", "索引号", "主题分类", "发文字号",
        "作者", "编辑", "审核", "校对", "浏览次数", "点击数", "阅读量", "字号", "时间", "日期",
        // An official letter's heading fields and distribution (Taiwan's 函: `受文者：`,
        // `發文字號：`, `正本：`), and the contact lines of any notice.
        "地址", "联系人", "聯絡人", "联系电话", "聯絡電話", "电话", "電話", "传真", "傳真", "邮编", "电子邮箱",
        "電子信箱", "受文者", "發文日期", "發文字號", "速別", "正本", "副本", "抄本",
        // Minutes of a meeting: where, who chaired, who attended, who took them.
        "地点", "地點", "会议时间", "会议地点", "主持人", "主持", "出席", "出席人员", "参会人员", "参加人员",
        "列席", "列席人员", "记录人", "记录", "紀錄",
        // A journal article's front matter: its classification, identifiers and dates.
        "中图分类号", "文献标识码", "文章编号", "收稿日期", "修回日期",
        // An e-mail printed with its header.
        "发件人", "收件人", "抄送", "发送时间", "主题", "寄件者", "收件者", "寄件日期", "主旨",
    ].map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }  // longest first: `出席人员` before `出席`
    static let fieldInitials = ScalarSet(String(String.UnicodeScalarView(fieldNames.map { $0[0] })))

    /// A colon among the first scalars, where a short label ends (`主旨：`, `来源：`, `Note:`):
    /// what a field line, or any labelled line, opens with.
    static func opensWithLabel(_ s: LineScalars) -> Bool {
        for k in 1..<max(1, min(s.count, 7)) where s[k] == "：" || s[k] == ":" { return true }
        return false
    }

    /// The line opens with a metadata field, `来源：…`, and holds no sentence end: a field line,
    /// or several fields on one line (`来源：商务部网站  发布时间：2022-11-03`).
    static func isFieldLine(_ line: LineProfile) -> Bool {
        let s = line.scalars
        // (Several fields on one line, parted by white space, may run longer.)
        guard s.count >= 4, s.count <= (line.hasSpace ? 100 : 60), !line.hasSentenceMark else { return false }
        // The colon first: asked of every line, and most lines hold none among their first
        // scalars, where a field name (at most four characters and a space) ends.
        guard opensWithLabel(s), fieldInitials.contains(s[0]) else { return false }
        guard let name = fieldNames.first(where: { s.starts(with: $0) }) else { return false }
        var k = name.count
        while k < s.count, s[k] == " " || s[k] == "\u{3000}" { k += 1 }
        return k + 1 < s.count && (s[k] == "：" || s[k] == ":")
    }

    /// Where a line of several fields (`发布时间：2023-12-01 09:30    来源：市政府办公室`) has a gap
    /// before a field of its own: the start of each run of white space followed by a field name
    /// and its colon. Nil unless the line is a field line (`isFieldLine`) with at least one.
    /// The gaps part fields the author set apart, and stay where letter-spacing would close them.
    static func fieldGaps(_ line: LineProfile) -> [Int]? {
        guard line.hasSpace, fieldInitials.contains(line.first), isFieldLine(line) else { return nil }
        let s = line.scalars
        var gaps: [Int] = []
        var k = 1
        while k < s.count {
            guard s[k] == " " || s[k] == "\u{3000}" else { k += 1; continue }
            let gap = k
            while k < s.count, s[k] == " " || s[k] == "\u{3000}" { k += 1 }
            guard k < s.count, fieldInitials.contains(s[k]),
                  let name = fieldNames.first(where: { name in k + name.count <= s.count && s[k..<(k + name.count)].elementsEqual(name) })
            else { continue }
            var colon = k + name.count
            while colon < s.count, s[colon] == " " || s[colon] == "\u{3000}" { colon += 1 }
            if colon + 1 < s.count, s[colon] == "：" || s[colon] == ":" { gaps.append(gap) }
        }
        return gaps.isEmpty ? nil : gaps
    }

    /// Field names whose value is people's names (`出席人员：王 伟  李 明`).
    static let personFieldNames: [[Unicode.Scalar]] = [
        "作者", "编辑", "审核", "校对", "联系人", "聯絡人", "主持人", "主持", "出席", "出席人员", "参会人员", "参加人员",
        "列席", "列席人员", "缺席人员", "请假人员", "记录人", "记录", "紀錄",
    ].map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

    /// Where the names of a field of people begin (after its colon), when its value is names
    /// alone, Han words of at most four characters with a gap between some: the gaps then
    /// part names or pad them (`王 伟  李 明  张小强`), and resolve as a byline's
    /// (`NewspaperMarks.resolvedByline`). Nil for any other line.
    static func personNamesStart(_ s: LineScalars) -> Int? {
        guard s.count >= 6, s.count <= 60, fieldInitials.contains(s[0]),
              let name = personFieldNames.first(where: { s.starts(with: $0) }) else { return nil }
        var k = name.count
        while k < s.count, s[k] == " " || s[k] == "\u{3000}" { k += 1 }
        guard k + 1 < s.count, s[k] == "：" || s[k] == ":" else { return nil }
        let namesFrom = k + 1
        var word = 0, gaps = 0
        for j in namesFrom..<s.count {
            let c = s[j].layoutClass
            if c == .han {
                word += 1
                if word > 4 { return nil }
            } else if c == .space {
                if word > 0 { gaps += 1 }
                word = 0
            } else {
                return nil
            }
        }
        return gaps > 0 && word > 0 ? namesFrom : nil
    }

    /// Words of a page's controls: font size, print, close, share.
    static let controlWords: [[Unicode.Scalar]] = ["字体", "字號", "字号", "打印", "关闭", "關閉", "分享", "收藏"]
        .map { Array($0.unicodeScalars) }

    /// The line is only the page's controls in square brackets: `【字体：大 中 小】 【打印本页】`.
    static func isPageControls(_ line: LineProfile) -> Bool {
        let s = line.scalars
        guard s.count >= 4, s.count <= 60, s[0] == "【" || s[0] == "[", s[s.count - 1] == "】" || s[s.count - 1] == "]" else {
            return false
        }
        var k = 0
        var sawControl = false
        while k < s.count {
            if s[k] == " " || s[k] == "\u{3000}" { k += 1; continue }
            guard s[k] == "【" || s[k] == "[" else { return false }
            guard let close = s[k...].firstIndex(where: { $0 == "】" || $0 == "]" }) else { return false }
            let inside = s[(k + 1)..<close]
            if controlWords.contains(where: { inside.starts(with: $0) }) { sawControl = true }
            k = close + 1
        }
        return sawControl
    }

    // MARK: - The page's own chrome

    /// What the site prints around every page: where the page stands in the site (`首页 > 政务公开
    /// > 通知公告`), the share and QR-code lines, and the footer with its registration numbers.
    private static let breadcrumbOpeners: [[Unicode.Scalar]] = ["首页", "当前位置", "您的位置", "您现在的位置", "首頁", "目前位置"]
        .map { Array($0.unicodeScalars) }
    private static let chromeOpeners: [[Unicode.Scalar]] = ["分享到", "扫一扫", "掃一掃", "版权所有", "版權所有", "网站标识码"]
        .map { Array($0.unicodeScalars) }
    private static let footerOpeners: [[Unicode.Scalar]] = ["主办单位", "承办单位", "主辦單位", "承辦單位"].map { Array($0.unicodeScalars) }
    private static let registrationMarks: [[Unicode.Scalar]] = ["ICP", "网站标识码", "备案", "備案", "版权所有"].map { Array($0.unicodeScalars) }
    /// The first scalars of the lines `isPageChrome` recognises: most lines are answered by one probe.
    static let chromeInitials = ScalarSet("首当您目分扫掃版网主承")

    /// The line is the web page's chrome, copied with the article: a breadcrumb (an opener and a
    /// `>` between the levels), a share or QR-code line, a copyright line, or the site's footer
    /// (`主办单位：… 网站标识码：… ICP备案号：…`, the organiser named with a registration number:
    /// an organiser alone, `主办单位：江城市文化局`, is an event notice's field).
    static func isPageChrome(_ s: LineScalars) -> Bool {
        guard s.count >= 3, s.count <= 100, chromeInitials.contains(s[0]) else { return false }
        if breadcrumbOpeners.contains(where: { s.starts(with: $0) }) {
            return s.contains { $0 == ">" || $0 == "＞" || $0 == "»" || $0 == "›" || $0 == "→" }
        }
        if chromeOpeners.contains(where: { s.starts(with: $0) }) { return true }
        if footerOpeners.contains(where: { s.starts(with: $0) }) {
            return registrationMarks.contains { mark in
                s.indices.contains { k in k + mark.count <= s.count && s[k..<(k + mark.count)].elementsEqual(mark) }
            }
        }
        return false
    }
}
