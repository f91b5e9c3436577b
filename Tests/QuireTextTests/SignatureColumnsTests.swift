import Testing
@testable import QuireText

/// The parties' signature blocks of an agreement set side by side at its end, as a layout-
/// preserving extraction gives them: each is read down before the next, its padding closed, and
/// each line is a signature line (the representative's name under `代表` too). Before, the lines
/// of the two blocks ran together: `代表代表`, `王　毅裴青山`.
@Suite struct SignatureColumnsTests {
    static let expected = """
        中华人民共和国政府
        代表
        王毅
        越南社会主义共和国政府
        代表
        裴青山
        """

    @Test(arguments: [
        // Ideographic spaces, as a word processor pads.
        """
            \u{3000}\u{3000}本协定于2023年12月12日在河内签订，一式两份，每份均用中文和越南文写成，两种文本同等作准。

            \u{3000}\u{3000}中华人民共和国政府\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}越南社会主义共和国政府
            \u{3000}\u{3000}\u{3000}\u{3000}\u{3000}代\u{3000}表\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}代\u{3000}表
            \u{3000}\u{3000}\u{3000}\u{3000}\u{3000}王\u{3000}毅\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}裴青山
            """,
        // ASCII spaces, as `pdftotext -layout` aligns.
        """
            \u{3000}\u{3000}本协定自签字之日起生效，有效期五年。本协定于2023年12月12日在河内签订，一式两份，每份均用中文和越南文写成，两种文本同等作准。

            中华人民共和国政府                越南社会主义共和国政府
                  代    表                          代    表
                  王    毅                          裴青山
            """,
    ])
    func blocksAreReadOneAfterTheOther(text: String) {
        let document = repaired(text)
        let closing = document.blocks.suffix(6)
        #expect(closing.map(\.text).joined(separator: "\n") == Self.expected)
        #expect(closing.allSatisfy { $0.kind == .signature })
    }

    /// Two short columns of figures at a file's end are a table's rows, not signature blocks.
    /// A date (and place) printed once under both blocks stays after them, and the blocks are
    /// still read one after the other.
    @Test(arguments: ["二〇二四年五月八日于北京", "2024年5月8日"])
    func aDateUnderTheBlocksStaysAfterThem(date: String) {
        let text = "\u{3000}\u{3000}三、本声明不构成国际法意义上的权利和义务。\n\n\u{3000}\u{3000}中华人民共和国政府\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}越南社会主义共和国政府\n\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}代\u{3000}表\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}代\u{3000}表\n\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}王\u{3000}毅\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}裴青山\n\n\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}" + date + "\n"
        #expect(readingText(repaired(text)) == "三、本声明不构成国际法意义上的权利和义务。\n中华人民共和国政府\n代表\n王毅\n越南社会主义共和国政府\n代表\n裴青山\n" + date)
    }

    @Test func aTableAtTheEndStaysRows() {
        let text = "今年以来，全市经济运行稳中向好。\n地区生产总值      1200亿元\n工业增加值        460亿元\n"
        #expect(repaired(text).blocks.map(\.text).contains { $0.contains("1200") })
        #expect(!repaired(text).blocks.map(\.text).contains("地区生产总值"))
    }

    /// An English statement's parties sign the same way (`For the Republic of India` over the
    /// signer's name), stacked or side by side: each line is a signature line. Before, the
    /// lines ran into one paragraph (`For the Republic of India For the Republic of Kazakhstan
    /// S. Jaishankar M. Tileuberdi`).
    @Test(arguments: [
        "For the Republic of India                For the Republic of Kazakhstan\nS. Jaishankar                            M. Tileuberdi",
        "For the Republic of India\nS. Jaishankar\n\nFor the Republic of Kazakhstan\nM. Tileuberdi",
    ])
    func englishPartiesSign(block: String) {
        let text = "The Ministers welcomed the decision to hold the next meeting in the Kyrgyz Republic.\n\n" + block
        let closing = repaired(text).blocks.suffix(4)
        #expect(closing.map(\.text) == ["For the Republic of India", "S. Jaishankar", "For the Republic of Kazakhstan", "M. Tileuberdi"])
        #expect(closing.allSatisfy { $0.kind == .signature })
    }
}
