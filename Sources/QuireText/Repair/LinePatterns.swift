/// Recognisers for the lines that carry structure rather than prose: numbered items, dates,
/// datelines, signatures, page furniture. They look only at short lines or a line's first few
/// characters, so their cost does not grow with the length of a paragraph.
enum LinePatterns {
    static let chineseDigits: Set<Unicode.Scalar> = Set("〇零一二三四五六七八九十百千两".unicodeScalars)

    /// The length in scalars of a numbering label at the start of `line` (`七、`, `（一）`,
    /// `第三条`, `1.`, `(a)`, `①`), or nil. A label must be followed by text.
    static func itemLabelLength(_ line: [Unicode.Scalar]) -> Int? {
        guard let first = line.first else { return nil }
        let n = line.count
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
        // ① … ⑳, ⑴ …, ⒈ …
        if (0x2460...0x24FF).contains(first.value) || (0x2776...0x2793).contains(first.value) {
            return n > 1 ? 1 : nil
        }
        // 一、 二十一、
        if chineseDigits.contains(first) {
            var i = 0
            while i < n, i < 4, chineseDigits.contains(line[i]) { i += 1 }
            if i < n, line[i] == "、" || line[i] == "．" { return i + 1 < n ? i + 1 : nil }
            return nil
        }
        // 第三条 第十二章 第一节 第二部分
        if first == "第" {
            var i = 1
            while i < n, i < 6, chineseDigits.contains(line[i]) || isDigit(line[i]) || line[i] == " " { i += 1 }
            guard i > 1, i < n else { return nil }
            if "条章节编款部".unicodeScalars.contains(line[i]) { return i + 1 }
            return nil
        }
        // （一） (一) （1） (1) (a)
        if first == "（" || first == "(" {
            var i = 1
            while i < n, i < 5, chineseDigits.contains(line[i]) || isDigit(line[i]) || (i == 1 && line[i].properties.isLowercase && line[i].isASCII) { i += 1 }
            guard i > 1, i < n, line[i] == "）" || line[i] == ")" else { return nil }
            return i + 1 < n ? i + 1 : nil
        }
        // 1. 1、 1) 12．  (but not 1.5 or 2022年)
        if isDigit(first) {
            var i = 0
            while i < n, i < 3, isDigit(line[i]) { i += 1 }
            guard i < n, ".、．)）".unicodeScalars.contains(line[i]) else { return nil }
            let next = i + 1
            guard next < n, !isDigit(line[next]) else { return nil }
            return next
        }
        // a) b. — only before a space, to keep words like "a." rare false positives out
        if first.isASCII, first.properties.isLowercase, n > 3, line[1] == ")" || line[1] == ".", line[2] == " " {
            return 2
        }
        // bullets
        if "•·▪◦●■□◆◇※".unicodeScalars.contains(first) || ((first == "-" || first == "*" || first == "–") && n > 2 && line[1] == " ") {
            return 1
        }
        return nil
    }

    /// Removes all white space, for matching lines whose spacing is still raw.
    static func compact(_ line: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        for s in line where s.layoutClass != .space { view.append(s) }
        return String(view)
    }

    /// A line that is only a date: `2022 年 11 月 1 日`, `二〇二二年十一月一日`, `November 1, 2022`.
    static func isDateLine(_ line: [Unicode.Scalar]) -> Bool {
        guard line.count <= 40 else { return false }
        let text = compact(line)
        if text.wholeMatch(of: chineseDate) != nil { return true }
        let spaced = String(String.UnicodeScalarView(line))
        return spaced.wholeMatch(of: latinDate) != nil
    }

    nonisolated(unsafe) static let chineseDate = /([0-9]{4}|[〇零一二三四五六七八九]{4})年([0-9]{1,2}|[一二三四五六七八九十]{1,3})月(([0-9]{1,2}|[一二三四五六七八九十]{1,3})日)?/
    nonisolated(unsafe) static let latinDate = /(?i)((\d{1,2}\s+)?(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?(\s+\d{1,2})?,?\s+\d{4}|\d{4}-\d{2}-\d{2})\.?/

    /// A news-agency dateline standing on its own line: `（新华社北京11月1日电）`.
    static func isDatelineLine(_ line: [Unicode.Scalar]) -> Bool {
        guard line.count >= 4, line.count <= 50 else { return false }
        let text = compact(line)
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last,
              first == "（" || first == "(", last == "）" || last == ")" else { return false }
        let inner = scalars[scalars.count - 2]
        return inner == "电" || inner == "讯"
    }

    /// Offices and bodies that sign Chinese official texts.
    static let signatureSuffixes: [String] = [
        "部长", "总理", "主席", "总统", "首相", "书记", "大使", "代表", "主任", "秘书长", "委员长", "院长",
        "局长", "厅长", "省长", "市长", "县长", "区长", "校长", "会长", "理事长", "董事长", "总经理", "总裁",
        "国王", "女王", "亲王", "总督", "议长", "外长", "国务卿", "部", "委员会", "人民政府", "政府",
        "办公厅", "办公室", "国务院", "法院", "检察院", "人民代表大会", "常务委员会", "外交部", "签字",
    ]

    static let sentencePunctuation: Set<Unicode.Scalar> = Set("，。；！？：,;!?".unicodeScalars)

    /// A line that reads as a signature: an office (`印度共和国外交部长`), an office and a name
    /// (`印度共和国外交部长 苏杰生`), or a signing body.
    static func isSignatureLine(_ line: [Unicode.Scalar]) -> Bool {
        guard line.count >= 2, line.count <= 40 else { return false }
        if line.contains(where: { sentencePunctuation.contains($0) }) { return false }
        if isDateLine(line) { return false }
        let text = String(String.UnicodeScalarView(line))
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\t" })
        guard let office = parts.first else { return false }
        let officeText = String(office)
        // office + name: the name is a short run of han (2-6) or Latin words.
        if parts.count >= 2 {
            let name = parts.dropFirst().joined()
            let nameScalars = Array(name.unicodeScalars)
            let nameIsHan = nameScalars.count >= 2 && nameScalars.count <= 8 && nameScalars.allSatisfy { $0.layoutClass == .han || $0 == "·" || $0 == "•" }
            if nameIsHan && hasSignatureSuffix(officeText) { return true }
            if parts.count == 2 && nameIsHan && office.unicodeScalars.count >= 4 && hasSignatureSuffix(officeText) { return true }
            return false
        }
        return hasSignatureSuffix(officeText) && officeText.unicodeScalars.allSatisfy { $0.layoutClass == .han || $0 == "（" || $0 == "）" }
    }

    static func hasSignatureSuffix(_ text: String) -> Bool {
        signatureSuffixes.contains { text.hasSuffix($0) }
    }

    /// Characters that a Chinese heading does not end with: function words and verbs that
    /// need an object. A short line ending in one is cut mid-sentence.
    static let continuationEnders: Set<Unicode.Scalar> = Set("的了和与及或在于对将把被从向为以等并而且其之所是有要会可能应由按据经同跟给让使当则即就也都还又再均各每该此这那至到如若因但".unicodeScalars)

    /// Units and particles that follow a number: a line starting with one continues a line
    /// that ended in digits (`2030` / `年`).
    static let numberFollowers: Set<Unicode.Scalar> = Set("年月日号时分秒万亿元岁个次届%％多余倍名项件天周".unicodeScalars)

    /// Page numbers and similar forme work: `- 12 -`, `第 3 页`, `Page 4`, `4/12`.
    /// A bare number is only furniture if the caller finds no sign that it is a wrapped fragment.
    static func isPageNumber(_ line: [Unicode.Scalar]) -> Bool {
        guard line.count <= 20 else { return false }
        let text = String(String.UnicodeScalarView(line))
        return text.wholeMatch(of: pageNumber) != nil
    }

    nonisolated(unsafe) static let pageNumber = /(?i)[-—–·•\s]*\d{1,4}[-—–·•\s]*|第\s*\d{1,4}\s*页(\s*[,，]?\s*共\s*\d{1,4}\s*页)?|(page|p\.)\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?|\d{1,4}\s*\/\s*\d{1,4}|-\s*\d{1,4}\s*-/
}
