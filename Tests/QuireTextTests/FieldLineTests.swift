import Testing
@testable import QuireText

/// A procurement notice's fields, one a line and set short (`项目编号：JCZB-2024-0318`,
/// `联系方式：0716-8523467`), each a line of its own: a run of them narrows the local column
/// estimate to their own width, so their shortness is measured against the document's widest
/// lines, and a number at a field's end never runs into the next field's label (`项` is a
/// unit only after a number inside a sentence) or the next numbered line (`2.采购…`).
@Suite struct FieldLineTests {
    /// The notice and its reading text, checked by eye: `Fixtures/layouts/tender_notice_fields`.
    @Test func aNoticesFieldsEachStandAlone() throws {
        let notice = try Fixtures.text("layouts/tender_notice_fields.txt")
        let expected = try Fixtures.text("layouts/tender_notice_fields.expected.txt")
        #expect(readingText(repaired(notice)) + "\n" == expected)
    }

    @Test(arguments: [("项目编号：JCZB", 5), ("合同履行期限：自", 7), ("项目名称:江城", 5), ("他说：我们", 3),
                      ("我：你", nil), ("2024年：", nil), ("一二三四五六七八九：x", nil)])
    func fieldLabels(_ line: String, _ expected: Int?) {
        #expect(Segmenter.fieldLabelLength(LineScalars(Array(line.unicodeScalars))) == expected)
    }
}
