import Foundation

/// Recognisers for the lines that carry structure rather than prose: numbered items, dates,
/// datelines, signatures, page furniture. They look only at short lines or a line's first few
/// characters, so their cost does not grow with the length of a paragraph.
enum LinePatterns {
    static let bullets = ScalarSet("•·▪◦●■□◆◇※")

    /// Bullets that open an item whatever the line before ended with (`• street sweeping; and` /
    /// `• traffic signal maintenance.`): those from U+2022 to U+25FF, asked by range first (Han
    /// characters, letters and digits lie outside it). Not the middle dot (U+00B7), which a
    /// narrow column may also put at a line's start inside a name (`阿兰` / `·维克托`).
    @inline(__always)
    static func opensItemAlways(_ first: Unicode.Scalar) -> Bool {
        first.value &- 0x2022 < 0x5DE && bullets.contains(first)
    }

    /// A sub-item of a slide or an outline: a dash (`–` or `-`), a space, then Chinese
    /// (`– 高频事项“掌上办”比例不低于90%`). Chinese prose sets its dashes doubled and with no
    /// space (`——`), so this opens an item whatever the line before ended with. (Out of line:
    /// asked only of lines opening with a dash.)
    @inline(never)
    static func opensDashItem(_ line: LineScalars) -> Bool {
        line.count > 3 && line[1] == " " && line[2].layoutClass == .han
    }

    /// The Chinese numerals `〇零一二三四五六七八九十百千两`, by value: as a set (a lazy global),
    /// each read checked its initialisation, a call to `swift_once` (33,000 from the join
    /// decision's first-scalar test over the Chinese corpus, 9,000 from the label scan).
    @inline(__always)
    static func isChineseNumeral(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        // 〇 零 一 二 三 四 五 六 七 八 九 十 百 千 两
        case 0x3007, 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E,
             0x5343, 0x4E24:
            return true
        default:
            return false
        }
    }

    /// The length in scalars of a numbering label at the start of `line` (`七、`, `（一）`,
    /// `第三条`, `1.`, `(a)`, `①`), or nil. A label must be followed by text.
    ///
    /// Inlined, so that the commonest answer costs no call: most lines open with a Han
    /// character that is neither a numeral nor `第`, and have no label (every other label
    /// opens with a digit, a bracket, a circled number or a bullet). The segmenter asks this
    /// of most lines two or three times.
    @inline(__always)
    static func itemLabelLength(_ line: LineScalars) -> Int? {
        guard let first = line.first else { return nil }
        if first.value &- 0x4E00 < 0x5200, first != "第", !isChineseNumeral(first) { return nil }
        return line.withUnsafeBufferPointer { labelLength($0) }
    }

    /// `itemLabelLength(line.scalars)`, its first test asked of the first scalar the profile
    /// stores: most lines (those that open with a Han character no label starts with) are
    /// answered without their scalars, which cost a retain and a release to hand over.
    @inline(__always)
    static func itemLabelLength(_ line: LineProfile) -> Int? {
        mayOpenLabel(line.first) ? line.withScalars { labelLength($0) } : nil
    }

    /// Whether a line opening with `first` may open with a label: not when `first` is a Han
    /// character other than `第` and the numerals (`itemLabelLength`'s first test). Asked by a
    /// caller before it hands over a line (a retain and a release), of most lines in vain.
    @inline(__always)
    static func mayOpenLabel(_ first: Unicode.Scalar) -> Bool {
        !(first.value &- 0x4E00 < 0x5200 && first != "第" && !isChineseNumeral(first))
    }

    /// `itemLabelLength` past its first test. (Reads a buffer: a line's scalars lent where they
    /// lie, `LineProfile.withScalars`, where a `LineScalars` handed over cost a retain and a release.)
    private static func labelLength(_ line: UnsafeBufferPointer<Unicode.Scalar>) -> Int? {
        guard let first = line.first else { return nil }
        let n = line.count
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
        // ① … ⑳, ⑴ …, ⒈ …
        if (0x2460...0x24FF).contains(first.value) || (0x2776...0x2793).contains(first.value) {
            return n > 1 ? 1 : nil
        }
        // 一、 二十一、
        if isChineseNumeral(first) {
            var i = 0
            while i < n, i < 4, isChineseNumeral(line[i]) { i += 1 }
            // OCR engines letter-space labels too: `一 、`.
            while i < n, i < 6, line[i] == " " { i += 1 }
            if i < n, line[i] == "、" || line[i] == "．" { return i + 1 < n ? i + 1 : nil }
            return nil
        }
        // [5] ［12］ — an entry of a reference list, before a space or Chinese.
        if first == "[" || first == "［" {
            var i = 1
            while i < n, i < 4, isDigit(line[i]) { i += 1 }
            guard i > 1, i + 1 < n, line[i] == "]" || line[i] == "］",
                  line[i + 1] == " " || line[i + 1].layoutClass == .han else { return nil }
            return i + 1
        }
        // 第三条 第十二章 第一节 第二部分
        if first == "第" {
            var i = 1
            while i < n, i < 6, isChineseNumeral(line[i]) || isDigit(line[i]) || line[i] == " " { i += 1 }
            guard i > 1, i < n else { return nil }
            if "条章节编款部".unicodeScalars.contains(line[i]) { return i + 1 }
            return nil
        }
        // （一） (一) （1） (1) (a)
        if first == "（" || first == "(" {
            var i = 1, digits = 0
            // `（ 一 ）`: spaces inside the brackets are OCR letter-spacing.
            // (A small Roman numeral, `(iv)`, as a contract numbers its sub-items.)
            while i < n, i < 8, isChineseNumeral(line[i]) || isDigit(line[i]) || line[i] == " "
                    || (i == 1 && line[i].isLowercaseLetter && line[i].isASCII)
                    || (i > 1 && i < 6 && (line[i] == "i" || line[i] == "v" || line[i] == "x") && line[1].value &- 0x69 < 16) {
                if line[i] != " " { digits += 1 }
                i += 1
            }
            guard digits > 0, i < n, line[i] == "）" || line[i] == ")" else { return nil }
            return i + 1 < n ? i + 1 : nil
        }
        // 1. 1、 1) 12．  (but not 1.5 or 2022年)
        if isDigit(first) {
            var i = 0
            while i < n, i < 3, isDigit(line[i]) { i += 1 }
            // `4.2  外观与结构`, `4.2.1 充电桩…`, `12.2 Subject to…`: a clause numbered by levels.
            if i < n, line[i] == ".", i + 1 < n, isDigit(line[i + 1]) { return decimalClauseLabel(line, from: i) }
            guard i < n, ".、．)）".unicodeScalars.contains(line[i]) else { return nil }
            let next = i + 1
            guard next < n, !isDigit(line[next]) else { return nil }
            return next
        }
        // A. B． — an exam's options, before Chinese (`A.迫不及待　再接再励`).
        if first.value &- 0x41 < 8, n > 3, line[1] == "." || line[1] == "．" || line[1] == "、", line[2].layoutClass == .han {
            return 2
        }
        // a) b. — only before a space, to keep words like "a." rare false positives out
        if first.isASCII, first.isLowercaseLetter, n > 3, line[1] == ")" || line[1] == ".", line[2] == " " {
            return 2
        }
        // bullets
        // (A middle dot only with a space after it: `·维克托` is the rest of a name, `阿兰·维克托`.)
        if (bullets.contains(first) && (first != "·" || (n > 1 && line[1] == " ")))
            || ((first == "-" || first == "*" || first == "–") && n > 2 && line[1] == " ") {
            return 1
        }
        return nil
    }

    /// A clause number of two to four levels (`4.2`, `4.2.1`, `12.2.`) at a line's start, from its
    /// first point at `i`: its length, where a gap follows and then text that is no unit or
    /// small letter (`3.5 万`, `12.2 million` are numbers going on). Standards, contracts and
    /// tenders number their clauses so.
    private static func decimalClauseLabel(_ line: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Int? {
        let n = line.count
        var i = start, levels = 1
        while i + 1 < n, line[i] == ".", line[i + 1].value &- 0x30 < 10, levels < 4 {
            var digits = 0
            i += 1
            while i < n, line[i].value &- 0x30 < 10 { i += 1; digits += 1 }
            guard digits <= 3 else { return nil }
            levels += 1
        }
        if i < n, line[i] == "." { i += 1 }
        let end = i
        var gap = 0
        while i < n, line[i] == " " || line[i] == "\u{3000}" { i += 1; gap += 1 }
        guard gap > 0, i < n else { return nil }
        let next = line[i]
        if next.value &- 0x30 < 10 || next.isLowercaseLetter || numberFollowers.contains(next) || next == "%" { return nil }
        return end
    }

    /// The ordinal of a line that opens with a Chinese enumerating phrase (`一是`, `二是`, … `十是`),
    /// the way a report opens each point of a list set as paragraphs; nil otherwise.
    static func enumeratorOrdinal(_ line: LineScalars) -> Int? {
        line.withUnsafeBufferPointer { enumeratorOrdinal($0) }
    }

    /// `enumeratorOrdinal` of a line's scalars lent as a buffer (`LineProfile.withScalars`).
    static func enumeratorOrdinal(_ line: UnsafeBufferPointer<Unicode.Scalar>) -> Int? {
        guard line.count >= 3, line[1] == "是", let n = ordinals.firstIndex(of: line[0]) else { return nil }
        // `一是一，二是二`: a phrase, not a list.
        guard !isSentencePunctuation(line[2]), line[2] != "、" else { return nil }
        return n + 1
    }

    /// The line ends with a quotation's attribution: a closing quote, a few words naming the
    /// speaker, and a full stop (`…有奔头。”李大伯笑着说。`, `…”他说。`). News and feature
    /// writing ends a paragraph there; a new speaker or a new point follows.
    static func endsWithAttribution(_ line: LineScalars) -> Bool {
        line.withUnsafeBufferPointer { endsWithAttribution($0) }
    }

    /// `endsWithAttribution` of a line's scalars lent as a buffer (`LineProfile.withScalars`).
    static func endsWithAttribution(_ line: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        guard line.count >= 4, line[line.count - 1] == "。" else { return false }
        var k = line.count - 2
        let stop = max(0, line.count - 13)
        while k > stop {
            let scalar = line[k]
            // A Han character of the main block (most of the words read back over) is no quote
            // and no mark: passed by one compare, not the three tests below.
            if scalar.value &- 0x4E00 < 0x5200 { k -= 1; continue }
            if scalar == "”" || scalar == "」" { return k < line.count - 2 && endsWithSpeechVerb(line[(k + 1)..<(line.count - 1)]) }
            if isSentencePunctuation(scalar) || scalar.isClosingMark || scalar.isOpeningMark { return false }
            k -= 1
        }
        return false
    }

    /// `说`, `道` (`笑道`), or a two-character verb of saying (`表示`, `指出`, …): what makes the
    /// words after a closing quote an attribution rather than the rest of a sentence (`“一带一路”倡议`).
    private static func endsWithSpeechVerb(_ tail: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> Bool {
        guard let last = tail.last else { return false }
        if last == "说" || last == "道" { return true }
        guard tail.count >= 2 else { return false }
        let pair = String(String.UnicodeScalarView(tail.suffix(2)))
        return speechVerbs.contains(pair)
    }

    private static let speechVerbs: Set<String> = ["表示", "指出", "介绍", "认为", "坦言", "感慨", "强调", "回忆", "解释", "透露", "告诉"]

    private static let ordinals: [Unicode.Scalar] = Array("一二三四五六七八九十".unicodeScalars)

    /// A line that is only a date: `2022 年 11 月 1 日`, `二〇二二年十一月一日`, `November 1, 2022`.
    /// Whether a line whose first visible scalar is `first` may be a date line: most short
    /// Chinese lines open with a Han character that is no numeral, so no Chinese date (it opens
    /// with a numeral) and no Latin one (it has no Han). Answered before any scan.
    @inline(__always)
    static func mayOpenDate(_ first: Unicode.Scalar) -> Bool {
        !(first.value &- 0x4E00 < 0x5200 && !isChineseNumeral(first))
    }

    static func isDateLine(_ line: LineScalars) -> Bool {
        guard line.count <= 40 else { return false }
        var first = 0
        while first < line.count, line[first].layoutClass == .space { first += 1 }
        if first < line.count, !mayOpenDate(line[first]) { return false }
        if isChineseDate(line) { return true }
        // Latin dates need four digits in a row and no Han; only then run the (slow) regex.
        var run = 0, longest = 0
        for s in line {
            if s.layoutClass == .han { return false }
            run = s.isDigit ? run + 1 : 0
            longest = max(longest, run)
        }
        guard longest == 4, line.count <= 30 else { return false }
        return isLatinDate(String(scalars: line))
    }

    static let monthNames: Set<String> = [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
        "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
    ]

    /// `November 1, 2022`, `1 Nov. 2022`, `November 2022`, `2022-11-01`.
    static func isLatinDate(_ text: String) -> Bool {
        let tokens = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," })
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
            .filter { !$0.isEmpty }
        func isDay(_ t: String) -> Bool { (1...2).contains(t.count) && t.allSatisfy(\.isASCII) && t.allSatisfy(\.isNumber) }
        func isYear(_ t: String) -> Bool { t.count == 4 && t.allSatisfy(\.isASCII) && t.allSatisfy(\.isNumber) }
        func isMonth(_ t: String) -> Bool { monthNames.contains(t) }
        switch tokens.count {
        case 1:
            let parts = tokens[0].split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            return parts.count == 3 && isYear(parts[0]) && parts[1].count == 2 && isDay(parts[1]) && parts[2].count == 2 && isDay(parts[2])
        case 2:
            return isMonth(tokens[0]) && isYear(tokens[1])
        case 3:
            return (isMonth(tokens[0]) && isDay(tokens[1]) && isYear(tokens[2])) || (isDay(tokens[0]) && isMonth(tokens[1]) && isYear(tokens[2]))
        default:
            return false
        }
    }

    /// `YYYY年M月D日` with Arabic or Chinese numerals and any spacing, scanned by hand: this runs
    /// on every short line, where a regex would dominate the cost of repair.
    static func isChineseDate(_ line: LineScalars) -> Bool {
        let n = line.count
        var i = 0
        // The year's first numeral, after any space, decides most lines: asked first (this test
        // runs on every line of every document).
        while i < n, line[i].layoutClass == .space { i += 1 }
        guard i < n, isNumeral(line[i]) else { return false }
        // (A cursor passed by `inout`, not closures capturing `i`: captured, every access to it
        // was an exclusivity check once the scanners grew too large to inline.)
        guard number(line, &i, max: 4), i >= 2, expect(line, &i, "年"), number(line, &i, max: 3), expect(line, &i, "月")
        else { return false }
        skipSpace(line, &i)
        if i == n { return true }
        guard number(line, &i, max: 3), expect(line, &i, "日") || expect(line, &i, "號") || expect(line, &i, "号") else { return false }
        skipSpace(line, &i)
        if i == n { return true }
        // The weekday press releases and newspapers print after the date: `（星期四）`, `周四`.
        let bracketed = expect(line, &i, "（") || expect(line, &i, "(")
        if expect(line, &i, "星") {
            guard expect(line, &i, "期") else { return false }
        } else if !expect(line, &i, "周") && !expect(line, &i, "週") {
            return false
        }
        guard i < n, weekdays.contains(line[i]) else { return false }
        i += 1
        if bracketed, !(expect(line, &i, "）") || expect(line, &i, ")")) { return false }
        skipSpace(line, &i)
        return i == n
    }

    @inline(__always)
    private static func isNumeral(_ s: Unicode.Scalar) -> Bool { s.isDigit || isChineseNumeral(s) }

    @inline(__always)
    private static func skipSpace(_ line: LineScalars, _ i: inout Int) {
        while i < line.count, line[i].layoutClass == .space { i += 1 }
    }

    /// Up to `max` numerals after any space; they may be letter-spaced like the rest of the
    /// line (`2 0 2 3 年`), which is asked only where a space follows a numeral.
    private static func number(_ line: LineScalars, _ i: inout Int, max: Int) -> Bool {
        skipSpace(line, &i)
        let n = line.count, start = i
        while i < n, i - start < max, isNumeral(line[i]) { i += 1 }
        guard i > start else { return false }
        var numerals = i - start
        while numerals < max, i + 1 < n, line[i] == " ", isNumeral(line[i + 1]) {
            i += 2
            numerals += 1
        }
        return true
    }

    /// `unit` after any space.
    private static func expect(_ line: LineScalars, _ i: inout Int, _ unit: Unicode.Scalar) -> Bool {
        skipSpace(line, &i)
        guard i < line.count, line[i] == unit else { return false }
        i += 1
        return true
    }

    private static let weekdays: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "日", "天"]


    /// The mark that ends a press release or an agency story: `完`, `（完）`, `-完-`, `【完】`,
    /// `（全文完）`. What follows it (the release's date and time) closes the text.
    static func isEndMark(_ line: LineScalars) -> Bool {
        guard line.count <= 8 else { return false }
        // What is left besides brackets, dashes and spaces, read without an array.
        var core: (Unicode.Scalar, Unicode.Scalar, Unicode.Scalar) = (" ", " ", " ")
        var count = 0
        for s in line where s.layoutClass != .space {
            switch s {
            case "（", "）", "(", ")", "-", "—", "【", "】", "[", "]", "－": continue
            default:
                guard count < 3 else { return false }
                switch count {
                case 0: core.0 = s
                case 1: core.1 = s
                default: core.2 = s
                }
                count += 1
            }
        }
        return (count == 1 && core.0 == "完") || (count == 3 && core.0 == "全" && core.1 == "文" && core.2 == "完")
    }

    /// A release time under its date: `香港時間15時30分`, `北京时间 9时05分`.
    static func isClockTimeLine(_ line: LineScalars) -> Bool {
        guard line.count <= 16, line.count >= 4, line[line.count - 1] == "分" else { return false }
        let visible = line.filter { $0.layoutClass != .space }
        var i = 0
        // An optional place and `时间`/`時間` before the clock.
        if let t = visible.firstIndex(where: { $0 == "时" || $0 == "時" }), t + 1 < visible.count, visible[t + 1] == "间" || visible[t + 1] == "間" {
            guard visible[..<t].allSatisfy({ $0.layoutClass == .han }) else { return false }
            i = t + 2
        }
        func digits() -> Int {
            let start = i
            while i < visible.count, visible[i].isDigit { i += 1 }
            return i - start
        }
        guard (1...2).contains(digits()), i < visible.count, visible[i] == "时" || visible[i] == "時" || visible[i] == ":" else { return false }
        i += 1
        guard digits() == 2, i == visible.count - 1 else { return false }
        return true
    }

    /// A news-agency dateline standing on its own line: `（新华社北京11月1日电）`.
    static func isDatelineLine(_ line: LineScalars) -> Bool {
        guard line.count >= 4, line.count <= 50 else { return false }
        let first = line[0], last = line[line.count - 1]
        guard first == "（" || first == "(", last == "）" || last == ")" else { return false }
        var k = line.count - 2
        while k > 0, line[k].layoutClass == .space { k -= 1 }
        return line[k] == "电" || line[k] == "讯"
    }

    /// Offices and bodies that sign Chinese official texts.
    static let signatureSuffixes: [String] = [
        "部长", "总理", "主席", "总统", "首相", "书记", "大使", "代表", "主任", "秘书长", "委员长", "院长",
        "局长", "厅长", "省长", "市长", "县长", "区长", "校长", "会长", "理事长", "董事长", "总经理", "总裁",
        "国王", "女王", "亲王", "总督", "议长", "外长", "国务卿", "部", "委员会", "人民政府", "政府",
        "办公厅", "办公室", "国务院", "法院", "检察院", "人民代表大会", "常务委员会", "外交部", "签字",
        // Signing bodies below the government: bureaus, departments, centres, associations.
        "局", "厅", "委", "署", "中心", "协会", "联合会", "公司", "集团", "银行", "大学", "学院", "研究院", "研究所", "管委会",
        // Units, stations, offices and societies (`江城市消防救援支队`, `城关派出所`, `江城日报社`),
        // and their traditional forms.
        // (Whole words: `所`, `会`, `处` alone end prose lines cut by the column, `…经济合作所`.)
        "支队", "大队", "总队", "中队", "派出所", "事务所", "站", "馆", "报社", "出版社", "通讯社", "杂志社",
        "办事处", "小组", "学会", "商会", "基金会", "理事会", "医院", "科学院", "设计院",
        "隊", "館", "辦事處", "委員會", "協會", "聯合會", "辦公室", "醫院",
        // An office named short (`江城市文明办`, `市政府办`, `区委网信办`).
        "办",
        // A court's bench and clerks sign its judgments (`审判员　　王　明`, `书记员　　陈　静`).
        "审判长", "审判员", "陪审员", "书记员", "法官助理", "执行员", "審判長", "審判員", "陪審員", "書記員",
    ]

    static let sentencePunctuation = ScalarSet("，。；！？：,;!?")

    /// `sentencePunctuation.contains(s)` as a few compares (，。；！？：,;!?): asked of every
    /// scalar of short lines by half a dozen passes, where the set, a lazy global, cost a
    /// `swift_once` and a search per scalar. A Han character is answered by the third compare.
    @inline(__always)
    static func isSentencePunctuation(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        // ! , ; ? as bits of the first 64 code points.
        if v < 0x40 { return (UInt64(1) << UInt64(v)) & 0x8800_1002_0000_0000 != 0 }
        if v == 0x3002 { return true }
        // ！ ， ： ； ？ as bits of U+FF01...U+FF20.
        let w = v &- 0xFF01
        return w < 32 && (UInt32(1) << w) & 0x4600_0801 != 0
    }

    /// The line holds sentence punctuation (`isSentencePunctuation`) anywhere.
    static func hasSentencePunctuation(_ line: LineScalars) -> Bool {
        line.withUnsafeBufferPointer { scalars in
            for s in scalars where isSentencePunctuation(s) { return true }
            return false
        }
    }

    /// A line that reads as a signature: an office (`印度共和国外交部长`), an office and a name
    /// (`印度共和国外交部长 苏杰生`), or a signing body.
    static func isSignatureLine(_ line: LineScalars) -> Bool {
        // `江 城 市 市 长   李 志 远`: OCR letter-spacing, with a wider gap before the name.
        if line.count <= 80, line.count > 6, line[1] == " " || line[2] == " ", let gap = letterspacedNameGap(line) {
            var compact = line[..<gap].filter { $0.layoutClass != .space }
            compact.append(" ")
            compact += line[gap...].filter { $0.layoutClass != .space }
            return isSignatureLine(LineScalars(compact))
        }
        guard line.count >= 2, line.count <= 40, let last = line.last, last.layoutClass == .han || last == "）" else { return false }
        // Cheap rejection first: without a space, the line must end like an office or body.
        // (Every space is at most U+3000: a Han character is answered by one compare.)
        if !signatureSuffixEnds.contains(last)
            && !line.contains(where: { $0.value <= 0x3000 && $0.layoutClass == .space }) { return false }
        // One pass over the line: the office is the first run of non-space scalars, the name
        // everything after it (spaces left out). No sentence punctuation anywhere.
        var officeStart = -1, officeEnd = -1
        var nameCount = 0, nameIsHan = true, officeIsHan = true
        let punctuated = line.withUnsafeBufferPointer { scalars -> Bool in
            for i in 0..<scalars.count {
                let s = scalars[i]
                // A Han character of the main block: no punctuation or space, and Han whether
                // it belongs to the office or the name.
                if s.value &- 0x4E00 < 0x5200 {
                    if officeStart < 0 { officeStart = i }
                    if officeEnd >= 0 { nameCount += 1 }
                    continue
                }
                if isSentencePunctuation(s) { return true }
                let c = s.layoutClass
                if c == .space {
                    if officeStart >= 0 && officeEnd < 0 { officeEnd = i }
                    continue
                }
                if officeStart < 0 { officeStart = i }
                if officeEnd < 0 {
                    if !(c == .han || s == "（" || s == "）") { officeIsHan = false }
                } else {
                    nameCount += 1
                    if !(c == .han || s == "·" || s == "•") { nameIsHan = false }
                }
            }
            return false
        }
        if punctuated { return false }
        if officeEnd < 0 { officeEnd = line.count }
        guard officeStart >= 0, officeEnd - officeStart >= 2,
              hasSignatureSuffix(line[officeStart..<officeEnd]) else { return spacedOfficeNameGap(line) != nil }
        if nameCount == 0 {
            return officeIsHan && !isDateLine(line)
        }
        // office + name: the name is a short run of Han (2-8, with a middle dot for foreign names).
        return (nameCount >= 2 && nameCount <= 8 && nameIsHan) || spacedOfficeNameGap(line) != nil
    }

    /// `俄罗斯 联邦政府总理 米舒斯京`: OCR left a stray space or two inside the office, each a
    /// single space between Han characters. The name is what follows the line's last gap and the
    /// office everything before it, read without those spaces. Returns where that last gap
    /// starts (the one space the line keeps); for an office alone with its stray spaces
    /// (`中华人民共和 国国务院总理`), `line.count`: no space is kept. Nil for any other line.
    static func spacedOfficeNameGap(_ line: LineScalars) -> Int? {
        if let gap = spacedOfficeAndNameGap(line) { return gap }
        // An office alone: every space is a stray, and the line without them is an office. OCR
        // that letter-spaces every line (`中 华 人 民 共 和 国 国 务 院 总 理`) leaves many.
        guard line.count <= 64 else { return nil }
        // The strays counted first, and the office (the line without them) built only for a
        // line that passes: built scalar by scalar for every signature block's line, it cost
        // an array grown a doubling at a time each (most such lines hold no stray at all).
        var strays = 0
        for k in 0..<line.count where line[k].layoutClass == .space {
            guard line[k] == " ", k > 0, k + 1 < line.count, line[k - 1].layoutClass == .han,
                  line[k + 1].layoutClass == .han else { return nil }
            strays += 1
        }
        let officeCount = line.count - strays
        let letterspaced = strays * 2 >= officeCount - 1
        guard strays >= 1, strays <= 2 || letterspaced, officeCount <= 30 else { return nil }
        let office = LineScalars(LinePatterns.withoutSpaces(line, from: 0, to: line.count, room: officeCount))
        guard itemLabelLength(office) == nil, isSignatureLine(office) else { return nil }
        return line.count
    }

    /// `line[start..<end]` without its white space, in an array reserved for `room` scalars
    /// (once: `filter` grew its array a doubling at a time, about 1,000 instructions a
    /// signature's letter-spaced line).
    private static func withoutSpaces(_ line: LineScalars, from start: Int, to end: Int, room: Int) -> [Unicode.Scalar] {
        var kept: [Unicode.Scalar] = []
        kept.reserveCapacity(room)
        line.withUnsafeBufferPointer { scalars in
            for k in start..<end where scalars[k].layoutClass != .space { kept.append(scalars[k]) }
        }
        return kept
    }

    private static func spacedOfficeAndNameGap(_ line: LineScalars) -> Int? {
        guard let lastSpace = line.lastIndex(where: { $0.layoutClass == .space }), lastSpace + 1 < line.count else { return nil }
        var gapStart = lastSpace
        while gapStart > 0, line[gapStart - 1].layoutClass == .space { gapStart -= 1 }
        guard gapStart > 0 else { return nil }
        // (Strays counted before the office is built, as below.)
        var strays = 0
        for k in 0..<gapStart where line[k].layoutClass == .space {
            guard line[k] == " ", k > 0, line[k - 1].layoutClass == .han, line[k + 1].layoutClass == .han else { return nil }
            strays += 1
        }
        guard strays >= 1, strays <= 2 else { return nil }
        var office = LinePatterns.withoutSpaces(line, from: 0, to: gapStart, room: gapStart - strays + line.count - lastSpace)
        office.append(" ")
        line.withUnsafeBufferPointer { office.append(contentsOf: $0[(lastSpace + 1)...]) }
        guard isSignatureLine(LineScalars(office)) else { return nil }
        return gapStart
    }

    /// `市长 王 伟`: an office, then a two- or three-character name letter-spaced as a short
    /// name is padded to stand as wide as a long one, every gap in it one space. Returns where
    /// the gap before the name starts (the one space the line keeps). Nil for any other line.
    static func paddedNameGap(_ line: LineScalars) -> Int? {
        guard line.count >= 6, line.count <= 40, line[line.count - 1].layoutClass == .han else { return nil }
        // Back over the name: single Han characters, one space apart.
        var k = line.count - 1
        var parts = 1
        while k >= 2, line[k - 1] == " ", line[k - 2].layoutClass == .han,
              k - 3 < 0 || line[k - 3].layoutClass == .space {
            parts += 1
            k -= 2
        }
        // `k` is the name's first character; the office ends before the gap in front of it.
        guard parts == 2 || parts == 3, k >= 3 else { return nil }
        var gap = k - 1
        guard line[gap].layoutClass == .space else { return nil }
        while gap > 0, line[gap - 1].layoutClass == .space { gap -= 1 }
        guard gap >= 2, line[gap - 1].layoutClass == .han, line[gap - 2].layoutClass == .han else { return nil }
        return gap
    }

    /// In a letter-spaced line (single spaces between most CJK characters), where the last
    /// wider gap (two spaces or more, or an ideographic space) between two Han characters
    /// starts: the gap between an office and a name. Nil for any other line.
    static func letterspacedNameGap(_ line: LineScalars) -> Int? {
        var singles = 0, tight = 0, gap: Int? = nil
        // Each scalar classified once, read through the buffer, with the class of the one before
        // it carried along: asked up to three times a scalar, the classes cost 2,000 instructions
        // a letter-spaced line, which the signature test asks about on every such line.
        line.withUnsafeBufferPointer { line in
            let n = line.count
            guard n > 1 else { return }
            var previous = line[0].layoutClass
            var k = 1
            while k < n {
                let c = line[k].layoutClass
                guard c == .space else {
                    if c == .han && previous == .han { tight += 1 }
                    previous = c
                    k += 1
                    continue
                }
                var end = k + 1
                while end < n, line[end].layoutClass == .space { end += 1 }
                if end < n, previous == .han, line[end].layoutClass == .han {
                    if end - k == 1 && line[k] == " " { singles += 1 } else { gap = k }
                }
                previous = .space
                k = end
            }
        }
        guard let gap, singles >= 2, singles > tight else { return nil }
        return gap
    }

    /// Two spaces in a row, or an ideographic space, inside a trimmed line: a line set in two
    /// parts (a running head, a title and a name). Compared by value, not by class: it runs on
    /// every long line.
    ///
    /// - Parameter mayHoldIdeographicSpace: false when the line is known to hold no scalar from
    ///   U+2E80 up (`LineProfile.hasWideScalar`): then only double spaces are looked for, and
    ///   every second scalar is enough to find one (one of the two stands at an even index).
    ///   A scalar-by-scalar loop cost 500 instructions every English line with a space that
    ///   the page furniture pass asks about (a masthead? a running head over 40 scalars?):
    ///   15 instructions a byte of English.
    @inline(never)  // (inlined into the furniture pass, it made that pass's own loop dearer)
    static func hasWideGap(_ line: LineScalars, mayHoldIdeographicSpace: Bool = true) -> Bool {
        guard mayHoldIdeographicSpace else {
            return line.withUnsafeBufferPointer { scalars in
                var k = 0
                let n = scalars.count
                while k < n {
                    if scalars[k] == " ", k > 0 && scalars[k - 1] == " " || k + 1 < n && scalars[k + 1] == " " { return true }
                    k &+= 2
                }
                return false
            }
        }
        var previousSpace = false
        for s in line {
            if s == "\u{3000}" || (s == " " && previousSpace) { return true }
            previousSpace = s == " "
        }
        return false
    }

    /// The closing formulas of letters to the editor and official letters in English.
    static let latinValedictions: Set<String> = [
        "yours", "yours truly", "yours respectfully", "yours faithfully", "yours sincerely", "yours very truly",
        "very truly yours", "very respectfully yours", "respectfully yours", "respectfully", "faithfully yours",
        "sincerely yours", "sincerely", "truly yours", "cordially yours", "your obedient servant",
        "i am, sir, yours faithfully", "i am, yours truly",
        // The lead-in a letter sets on its own line above the formula (`I remain, sir,` /
        // `Yours respectfully,`).
        "i remain", "i remain, sir", "i remain, dear sir", "i am, sir", "i am, dear sir", "i am, madam",
        "i have the honor to be", "i have the honour to be", "i have the honor to be, sir",
        "i have the honour to be, sir", "believe me", "believe me, sir", "believe me, dear sir",
        // A committee's report closes so, over its members' names.
        "respectfully submitted", "all of which is respectfully submitted",
    ]

    static let valedictionOpenings: Set<String> = Set(latinValedictions.map { String($0.prefix { $0.isLetter }) })

    /// Whether a line opening with `first` may be a valediction: every opening word
    /// (`valedictionOpenings`) starts with one of `y v r f s t c i b a`, either case. (A test
    /// keeps the two in step.)
    @inline(__always)
    static func mayOpenValediction(_ first: Unicode.Scalar) -> Bool {
        switch first.value | 0x20 {
        case 0x79, 0x76, 0x72, 0x66, 0x73, 0x74, 0x63, 0x69, 0x62, 0x61: return first.value < 0x80
        default: return false
        }
    }

    /// A line that is only a valediction (`Yours respectfully,`).
    static func isLatinValediction(_ line: LineScalars) -> Bool {
        guard line.count <= 40, line.count >= 5 else { return false }
        // Every formula opens with one of these words: test the first word before building text.
        var length = 0
        for s in line {
            guard (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A else { break }
            length += 1
            if length > 12 { return false }
        }
        guard valedictionOpenings.contains(String(scalars: line[..<length]).lowercased()) else { return false }
        var text = String(scalars: line).lowercased()
        while let last = text.last, last == "," || last == "." || last == " " { text.removeLast() }
        return latinValedictions.contains(text)
    }

    /// (The suffixes' last scalars, taken by a closure: a key path, `\.last`, was read at run
    /// time, and through `Character`, 270,000 instructions once a process.)
    static let signatureSuffixEnds = ScalarSet(String(String.UnicodeScalarView(signatureSuffixes.compactMap { $0.unicodeScalars.last })))

    static let signatureSuffixScalars: [[Unicode.Scalar]] = signatureSuffixes.map { Array($0.unicodeScalars) }

    static func hasSignatureSuffix<C: BidirectionalCollection>(_ text: C) -> Bool where C.Element == Unicode.Scalar {
        // The last scalar first: most suffixes end otherwise, rejected without a reversed walk.
        guard let last = text.last, signatureSuffixEnds.contains(last) else { return false }
        // Compared from the end by index (zipped reversed views cost about 1,300 instructions
        // a call, over the fifty suffixes).
        let count = text.count, end = text.index(before: text.endIndex)
        return signatureSuffixScalars.contains { suffix in
            guard suffix.count <= count, suffix[suffix.count - 1] == last else { return false }
            var k = suffix.count - 1, index = end
            while k > 0 {
                k -= 1
                index = text.index(before: index)
                if text[index] != suffix[k] { return false }
            }
            return true
        }
    }

    /// Characters that a Chinese heading does not end with: function words and verbs that
    /// need an object. A short line ending in one is cut mid-sentence.
    static let continuationEnders = ScalarSet("的了和与及或在于对将把被从向为以等并而且其之所是有要会可能应由按据经同跟给让使当则即就也都还又再均各每该此这那至到如若因但")

    /// Units and particles that follow a number: a line starting with one continues a line
    /// that ended in digits (`2030` / `年`).
    static let numberFollowers = ScalarSet("年月日号时分秒万亿元岁个次届%％多余倍名项件天周")

    /// Page numbers and similar forme work: `- 12 -`, `第 3 页`, `Page 4`, `4/12`.
    /// A bare number is only furniture if the caller finds no sign that it is a wrapped fragment.
    static let pageNumberScalars = ScalarSet("-—–·•/第页共,，PpAaGgEeOoFf.（）()")

    /// The dashes and dots around a page number (`- 12 -`, `· 12 ·`): built once, not per line
    /// that passes the shape check (building the set was half the cost of this check).
    static let pageNumberDecorations = ScalarSet("-—–·•")

    /// A Roman page number's first scalar: a small Roman letter, a Roman numeral character
    /// (`Ⅲ`, `ⅲ`), or a page number's dash.
    @inline(__always)
    static func mayOpenRomanPageNumber(_ first: Unicode.Scalar) -> Bool {
        first == "i" || first == "v" || first == "x" || first.value &- 0x2160 < 0x20 || pageNumberDecorations.contains(first)
    }

    /// A front matter's page number: small Roman numerals up to 39 (`i`, `iv`, `xii`) or one Roman
    /// numeral character (`Ⅲ`, `ⅻ`), alone or between a page number's dashes (`- iv -`).
    /// Capitals (`IV`) are not: they number chapters and parts.
    static func isRomanPageNumber(_ line: LineScalars) -> Bool {
        var letters: [Unicode.Scalar] = []
        for s in line where s.layoutClass != .space && !pageNumberDecorations.contains(s) {
            letters.append(s)
            if letters.count > 6 { return false }
        }
        if letters.count == 1, letters[0].value &- 0x2160 < 0x20 { return true }
        guard !letters.isEmpty, letters.allSatisfy({ $0 == "i" || $0 == "v" || $0 == "x" }) else { return false }
        // x{0,3} then ix, iv, or v?i{0,3}.
        var k = 0
        while k < letters.count, k < 3, letters[k] == "x" { k += 1 }
        let rest = String(String.UnicodeScalarView(letters[k...]))
        return ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"].contains(rest) && !(k == 0 && rest.isEmpty)
    }

    static func isPageNumber(_ line: LineScalars) -> Bool {
        // `语文试题　第1页（共6页）`: a foot that names its paper before the page's own form.
        if line.count >= 6, line.count <= 28, line.last == "页" || line.last == "）" || line.last == ")",
           let rest = titledPageNumber(line) { return isPageNumber(rest) }
        guard line.count <= 20 else { return false }
        // A digit, and nothing but digits, spaces and the marks of a page number: one pass that
        // stops at the first other scalar (a short Chinese line stops at its first character).
        let marks = pageNumberScalars
        // (Also counted: the digits, and whether anything else but space stands in the line.)
        var digitCount = 0, onlyDigits = true
        let shapeOK = line.withUnsafeBufferPointer { scalars -> Bool in
            for s in scalars {
                switch s.layoutClass {
                case .digit: digitCount += 1
                case .space: break
                default:
                    if !marks.contains(s) { return false }
                    onlyDigits = false
                }
            }
            return digitCount > 0
        }
        guard shapeOK else { return false }
        // A bare number (most lines that get here), spaced or not: a page number of at most
        // four digits, as the first form below reads it, decided without building the compact
        // copy and trying the forms (which cost a thousand instructions a line).
        if onlyDigits { return digitCount <= 4 }
        // Compact, lower-cased ASCII letters: the forms below ignore spacing and case. Read
        // from a copy on the stack (the line has at most 20 scalars): a compact array, the
        // literals as arrays and their slices compared as arrays cost a thousand instructions a
        // line, on every `- 12 -` and `第 3 页` of a Chinese document.
        let decorations = pageNumberDecorations
        return withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: 20) { room -> Bool in
            var end = 0
            for s in line where s.layoutClass != .space {
                room[end] = (s.value >= 0x41 && s.value <= 0x5A) ? Unicode.Scalar(UInt8(truncatingIfNeeded: s.value + 32)) : s
                end += 1
            }
            // - 12 -   · 12 ·   12
            var start = 0
            while start < end, decorations.contains(room[start]) { start += 1 }
            while end > start, decorations.contains(room[end - 1]) { end -= 1 }
            return isPageNumberForm(UnsafeBufferPointer(rebasing: room[start..<end]))
        }
    }

    /// The page form after a title of Han characters and a gap (`语文试题 第1页 共6页`): the
    /// form, from its `第`; nil where no gap parts a title of one to twelve Han characters from it
    /// (`详见第3页` is prose). (Out of line: asked of short lines ending as a page form does.)
    @inline(never)
    private static func titledPageNumber(_ line: LineScalars) -> LineScalars? {
        var k = 0
        while k < line.count, line[k].layoutClass == .han, line[k] != "第", line[k] != "页", line[k] != "共" { k += 1 }
        guard k >= 1, k <= 12, k < line.count, line[k].layoutClass == .space else { return nil }
        while k < line.count, line[k].layoutClass == .space { k += 1 }
        guard k < line.count, line[k] == "第" else { return nil }
        return LineScalars(Array(line[k...]))
    }

    /// `isPageNumber`'s forms, on the line compacted, lower-cased and stripped of its dashes and dots.
    private static func isPageNumberForm(_ t: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        func digits(_ at: inout Int) -> Bool {
            let start = at
            while at < t.count, at - start < 4, t[at].isDigit { at += 1 }
            return at > start && (at == t.count || !t[at].isDigit)
        }
        func literal(_ a: Unicode.Scalar, _ at: inout Int) -> Bool {
            guard at < t.count, t[at] == a else { return false }
            at += 1
            return true
        }
        func literal(_ a: Unicode.Scalar, _ b: Unicode.Scalar, _ at: inout Int) -> Bool {
            guard at + 2 <= t.count, t[at] == a, t[at + 1] == b else { return false }
            at += 2
            return true
        }
        func literalPage(_ at: inout Int) -> Bool {
            guard at + 4 <= t.count, t[at] == "p", t[at + 1] == "a", t[at + 2] == "g", t[at + 3] == "e" else { return false }
            at += 4
            return true
        }
        var i = 0
        if digits(&i), i == t.count { return true }
        // 12/40
        i = 0
        if digits(&i), literal("/", &i), digits(&i), i == t.count { return true }
        // 第3页  第3页，共40页  第3页（共40页）
        i = 0
        if literal("第", &i), digits(&i), literal("页", &i) {
            if i == t.count { return true }
            let bracket = literal("（", &i) || literal("(", &i)
            if !bracket { _ = literal("，", &i) || literal(",", &i) }
            guard literal("共", &i), digits(&i), literal("页", &i) else { return false }
            if bracket { _ = literal("）", &i) || literal(")", &i) }
            return i == t.count
        }
        // page 3   p.3   page 3 of 40   p. 3/40
        i = 0
        if literalPage(&i) || literal("p", ".", &i), digits(&i) {
            if i == t.count { return true }
            if literal("o", "f", &i) || literal("/", &i), digits(&i), i == t.count { return true }
        }
        return false
    }

}
