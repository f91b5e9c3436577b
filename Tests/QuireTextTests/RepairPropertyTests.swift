import PropertyBased
import Testing
@testable import QuireText

/// Invariants that must hold for any input, checked on random mixtures of the material OCR
/// produces: CJK and Latin words, digits, every kind of space and punctuation, line breaks,
/// hyphens, ligatures, soft hyphens, control characters.
@Suite struct RepairPropertyTests {
    static let tokens: [String] = [
        "上合组织", "成员国", "各代表团团长", "强调", "的", "于", "注意到", "合作", "贸", "部", "关", "《", "》",
        "（", "）", "，", "。", "、", "；", "：", "“", "”", "！", "？", "—", "…",
        "The", "committee", "inter-", "national", "well-", "known", "Anglo-", "American", "COP27", "a",
        "2022", "11", "1,000", "3.5", "年", "月", "日", "第", "次",
        " ", " ", "  ", "\u{3000}", "\t", "\n", "\n", "\n\n", "\r",
        ",", ".", ";", ":", "?", "!", "(", ")", "-", "- 12 -", "\"",
        "ﬁ", "ﬂ", "\u{AD}", "\u{0C}", "\u{00}", "\u{FEFF}", "２０", "Ａ", "S P E C I A L", "  印度共和国外交部长 苏杰生",
        // Note calls and the notes at a page's foot (`Footnotes`).
        "[1]", "\n[1] 参见有关文件。", "①", "\n① 数据来源：统计局。",
        // Web pages' fields and chrome, verse lines, market reports (session 11's rules).
        "\n来源：", "    发布时间：", "  浏览次数：", "\n首页 > ", "\n分享到：", "\n主办单位：", "ICP备", "\n长风破浪会有时，\n",
        "\nWHEAT—", "43@44c.", "\n（上接第一版）\n", "\n记者：",
    ]

    static let inputs = Gen<String?>.element(of: tokens).array(of: 0...120).map { $0.compactMap { $0 }.joined() }

    /// Folds away everything repair may legitimately change: white space, width, hyphens,
    /// ligatures, invisible and control characters.
    static func fold(_ text: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        let wide: [Unicode.Scalar: Unicode.Scalar] = ["，": ",", "；": ";", "：": ":", "？": "?", "！": "!", "（": "(", "）": ")",
                                                   "。": ".", "\u{201C}": "\"", "\u{201D}": "\""]
        for s in text.unicodeScalars {
            let v = s.value
            if s.properties.isWhitespace || v < 0x20 || v == 0x7F || v == 0xAD || v == 0xFEFF || v == 0x200B || s == "-" { continue }
            if (0xFF10...0xFF5A).contains(v), let half = Unicode.Scalar(v - 0xFEE0), half.properties.isAlphabetic || half.properties.numericType != nil {
                out.append(half); continue
            }
            if let ligature = CharacterNormalizer.ligatures[v], v >= 0xFB00 { out.append(contentsOf: ligature.unicodeScalars); continue }
            out.append(wide[s] ?? s)
        }
        return out
    }

    @Test func noNonWhitespaceCharacterIsLost() async {
        await propertyCheck(count: 300, input: Self.inputs) { input in
            let document = repaired(input)
            // Page furniture and footnotes are set apart (after the paragraph they interrupted),
            // so compare the reading text with the input less their lines, and them on their own.
            let apart = document.blocks.filter { $0.kind == .furniture || $0.kind == .note }
            let apartLines = Set(apart.flatMap { Array($0.sourceLines) })
            let lines = source(input).lines
            let text = lines.indices.filter { !apartLines.contains($0 + 1) }.map { lines[$0] }.joined(separator: "\n")
            let output = document.blocks.filter { $0.kind != .furniture && $0.kind != .note }.map(\.text).joined(separator: "\n")
            #expect(Self.fold(output) == Self.fold(text))
            #expect(apart.sorted { $0.sourceLines.lowerBound < $1.sourceLines.lowerBound }.map { Self.fold($0.text) }
                    == apart.map(\.sourceLines).sorted { $0.lowerBound < $1.lowerBound }
                        .map { range in Self.fold(range.map { lines[$0 - 1] }.joined(separator: "\n")) })
        }
    }

    @Test func blocksAreCleanSingleLines() async {
        await propertyCheck(count: 300, input: Self.inputs) { input in
            for block in repaired(input).blocks {
                #expect(!block.text.isEmpty)
                #expect(!block.text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
                #expect(block.text.first?.isWhitespace == false && block.text.last?.isWhitespace == false)
                #expect(!block.text.contains("  "))
                let count = block.text.unicodeScalars.count
                let offsets = block.lineBreaks.map(\.offset)
                #expect(offsets == offsets.sorted() && offsets.allSatisfy { $0 > 0 && $0 < count })
            }
        }
    }

    @Test func repairIsDeterministicAndIdsAreUnique() async {
        await propertyCheck(count: 100, input: Self.inputs) { input in
            let first = repaired(input), second = repaired(input)
            #expect(first == second)
            let ids = first.blocks.map(\.id)
            #expect(Set(ids).count == ids.count)
        }
    }

    /// Pages of two or three columns set side by side, as `pdftotext -layout` writes them, from
    /// a seed: random lines of Chinese or Latin tokens, ragged or filled, some rows empty on one
    /// side, gutters of varying width.
    static func sideBySidePage(seed: Int) -> String {
        var state = UInt64(truncatingIfNeeded: seed) &* 0x9E37_79B9_7F4A_7C15 | 1
        func next(_ n: Int) -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(n))
        }
        let chinese = ["合作", "成员国", "各代表团团长", "强调", "发展", "，", "。", "2022", "年", "《协定》", "（", "）", "、"]
        let latin = ["the", "council", "met", "on", "Tuesday", "report", "inter-", "national", "and", "of", "1866", ".", ","]
        let tokens = next(2) == 0 ? chinese : latin
        let separator = tokens == latin ? " " : ""
        let columns = 2 + next(2), rows = 5 + next(10), width = 16 + next(10)
        func cells(_ text: String) -> Int { text.unicodeScalars.reduce(0) { $0 + ColumnSplitter.cells($1) } }
        var page: [String] = []
        for _ in 0..<rows {
            var row = ""
            for column in 0..<columns {
                var cell = ""
                if next(8) != 0 {
                    while cells(cell) < width - 4 - next(6) { cell += (cell.isEmpty ? "" : separator) + tokens[next(tokens.count)] }
                }
                row += cell
                if column < columns - 1 { row += String(repeating: " ", count: max(0, width + 2 - cells(cell)) + 3 + next(4)) }
            }
            page.append(row)
        }
        return page.joined(separator: "\n")
    }

    /// Columns are read one after another: whatever the layout, repair never traps, and every
    /// character of the page is still there (in another order, by design).
    @Test func sideBySideColumnsLoseNothing() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...1_000_000)) { seed in
            let page = Self.sideBySidePage(seed: seed)
            let document = repaired(page)
            let output = document.blocks.map(\.text).joined(separator: "\n")
            #expect(Self.fold(output).sorted { $0.value < $1.value } == Self.fold(page).sorted { $0.value < $1.value })
        }
    }

    @Test func noLetterspacedCJKPairsOrHalfWidthPunctuationRemainInChineseProse() async {
        await propertyCheck(count: 300, input: Self.inputs) { input in
            for block in repaired(input).blocks where block.kind == .paragraph || block.kind == .item {
                let scalars = Array(block.text.unicodeScalars)
                for i in scalars.indices.dropFirst().dropLast() where scalars[i] == " " {
                    #expect(!(scalars[i - 1].layoutClass == .han && scalars[i + 1].layoutClass == .han))
                }
            }
        }
    }
}
