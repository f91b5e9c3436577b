import Testing
@testable import QuireText

/// Contracts and standards number their clauses by levels (`12.2`, `4.2.1`) and their sub-items
/// in brackets (`(c)`, `(iv)`): each number opens a block, whatever the width of the line before.
@Suite struct NumberedClauseTests {
    static let contract = """
        12. LIMITATION OF LIABILITY
        12.1 Nothing in this Agreement shall limit or exclude either party's liability for:
        (a) death or personal injury caused by its negligence, or the negligence of its em-
        ployees, agents or subcontractors;
        (b) fraud or fraudulent misrepresentation; or
        (c) any other liability which cannot be limited or excluded by applicable law.
        12.2 Subject to clause 12.1, neither party shall be liable to the other, whether in
        contract, tort (including negligence), breach of statutory duty, or otherwise, for
        any:
        (i) loss of profits;
        (ii) loss of sales or business;
        (iii) loss of anticipated savings; or
        (iv) indirect or consequential loss.
        12.3 Subject to clause 12.1, the Supplier's total liability to the Customer in re-
        spect of all losses arising under or in connection with this Agreement shall in no
        circumstances exceed the greater of (a) £500,000 and (b) 125% of the Charges paid
        in the Contract Year in which the claim arose.
        """

    static let standard = """
                                                                GB/T 39822—2021

        4  技术要求
        4.1  一般要求
        4.1.1  充电桩应符合GB/T 18487.1—2015的规定，并按经规定程序批准的图样及技
        术文件制造。
        4.1.2  充电桩外壳防护等级户外型应不低于IP54。
        4.2  外观与结构
        4.2.1  充电桩表面应平整，不应有明显的凹痕、划伤、裂缝、变形和毛刺等缺
        陷，涂镀层应均匀，不应起泡、龟裂、脱落和磨损。
        4.2.2  充电桩的铭牌、标志应清晰、耐久，并应包括下列内容：
        a)  产品名称和型号；
        b)  制造厂名称；
        c)  额定输入电压、额定输出电压和额定输出电流；
        d)  出厂编号和出厂日期。
        4.3  电气性能
        4.3.1  输出电压误差
        在恒压状态下，输出电压在规定范围内任一数值时，输出电压误差应不超过
        ±0.5%。
        4.3.2  稳流精度
        在恒流状态下，当输入电压在额定值的±15%范围内变化，输出直流电压在规定
        范围内变化时，稳流精度应不超过±1%。
        注：稳流精度按5.4.2规定的方法测量。

                                                3
        """

    @Test func aContractsClausesAndSubItemsEachOpenABlock() {
        let texts = repaired(Self.contract).blocks.filter { $0.kind != .furniture }.map(\.text)
        #expect(texts.contains("(b) fraud or fraudulent misrepresentation; or"))
        #expect(texts.contains("(c) any other liability which cannot be limited or excluded by applicable law."))
        #expect(texts.contains { $0.hasPrefix("12.2 Subject to clause 12.1, neither party") })
        #expect(texts.contains("(iii) loss of anticipated savings; or"))
        #expect(texts.contains("(iv) indirect or consequential loss."))
    }

    /// A standard's clause headings stand over their text, each clause number keeping the
    /// ideographic space the standard prints after it.
    @Test func aStandardsClausesEachOpenABlockAndKeepTheirGap() {
        let texts = repaired(Self.standard).blocks.filter { $0.kind != .furniture }.map(\.text)
        #expect(texts.contains("4.2　外观与结构"))
        #expect(texts.contains("4.3　电气性能"))
        #expect(texts.contains("4.3.1　输出电压误差"))
        #expect(texts.contains("在恒压状态下，输出电压在规定范围内任一数值时，输出电压误差应不超过±0.5%。"))
        #expect(texts.contains("4.1.2　充电桩外壳防护等级户外型应不低于IP54。"))
    }

    /// A clause's number over its heading in capitals, set apart by a wide gap, is no page head.
    @Test func aNumberedHeadingInCapitalsIsNoPageHead() {
        let text = "1.    DEFINITIONS AND INTERPRETATION\n\n1.1   In this Agreement, unless the context otherwise requires, the following\n      words and expressions shall have the following meanings:\n\n2.    TERM\n\n2.1   This Agreement shall commence on the Effective Date.\n"
        let blocks = repaired(text).blocks
        #expect(!blocks.contains { $0.kind == .furniture })
        #expect(blocks.map(\.text).contains("1. DEFINITIONS AND INTERPRETATION"))
    }

    @Test(arguments: [("4.2  外观与结构", 3), ("4.2.1 充电桩", 5), ("12.2 Subject to", 4), ("(iv) indirect", 4), ("(c) any", 3),
                      ("3.5 万元", nil), ("12.2 million", nil), ("2.5%的", nil), ("1.2.3.4.5 x", nil)])
    func labels(_ line: String, _ expected: Int?) {
        #expect(LinePatterns.itemLabelLength(LineScalars(Array(line.unicodeScalars))) == expected)
    }

    @Test(arguments: [("fraud; or", true), ("savings, and", true), ("fraud or", false), ("this and", false), ("sort", false)])
    func listItemEnds(_ line: String, _ expected: Bool) {
        #expect(Segmenter.endsListItem(LineScalars(Array(line.unicodeScalars))) == expected)
    }
}
