import Testing
@testable import QuireText

/// A procurement notice's fields, one a line and set short (`项目编号：JCZB-2024-0318`,
/// `联系方式：0716-8523467`), each a line of its own: a run of them narrows the local column
/// estimate to their own width, so their shortness is measured against the document's widest
/// lines, and a number at a field's end never runs into the next field's label (`项` is a
/// unit only after a number inside a sentence) or the next numbered line (`2.采购…`).
@Suite struct FieldLineTests {
    static let notice = """
        江城市第一人民医院医用耗材采购项目公开招标公告
        项目概况
        江城市第一人民医院医用耗材采购项目的潜在投标人应在江城市公共资源交易网获取
        招标文件，并于2024年4月15日9点30分（北京时间）前递交投标文件。
        一、项目基本情况
        项目编号：JCZB-2024-0318
        项目名称：江城市第一人民医院医用耗材采购项目
        预算金额：4,860,000.00元
        最高限价：4,800,000.00元
        合同履行期限：自合同签订之日起12个月
        本项目不接受联合体投标。
        二、申请人的资格要求
        1.满足《中华人民共和国政府采购法》第二十二条规定；
        2.落实政府采购政策需满足的资格要求：本项目专门面向中小企业采购；
        3.本项目的特定资格要求：投标人须具有有效的《医疗器械经营许可证》或《第二类
        医疗器械经营备案凭证》。
        三、获取招标文件
        时间：2024年3月25日至2024年4月1日，每天上午9:00至12:00，下午14:00至17:30
        （北京时间，法定节假日除外）
        方式：在江城市公共资源交易网免费下载。
        四、对本次招标提出询问，请按以下方式联系
        1.采购人信息
        名称：江城市第一人民医院
        地址：江城市解放路88号
        联系方式：0716-8523467
        2.采购代理机构信息
        名称：江城建设工程咨询有限公司
        地址：江城市长江大道206号
        联系方式：0716-8891203
        项目联系人：周 工
        """

    static let expected = """
        江城市第一人民医院医用耗材采购项目公开招标公告
        项目概况
        江城市第一人民医院医用耗材采购项目的潜在投标人应在江城市公共资源交易网获取招标文件，并于2024年4月15日9点30分（北京时间）前递交投标文件。
        一、项目基本情况
        项目编号：JCZB-2024-0318
        项目名称：江城市第一人民医院医用耗材采购项目
        预算金额：4,860,000.00元
        最高限价：4,800,000.00元
        合同履行期限：自合同签订之日起12个月
        本项目不接受联合体投标。
        二、申请人的资格要求
        1.满足《中华人民共和国政府采购法》第二十二条规定；
        2.落实政府采购政策需满足的资格要求：本项目专门面向中小企业采购；
        3.本项目的特定资格要求：投标人须具有有效的《医疗器械经营许可证》或《第二类医疗器械经营备案凭证》。
        三、获取招标文件
        时间：2024年3月25日至2024年4月1日，每天上午9:00至12:00，下午14:00至17:30（北京时间，法定节假日除外）
        方式：在江城市公共资源交易网免费下载。
        四、对本次招标提出询问，请按以下方式联系
        1.采购人信息
        名称：江城市第一人民医院
        地址：江城市解放路88号
        联系方式：0716-8523467
        2.采购代理机构信息
        名称：江城建设工程咨询有限公司
        地址：江城市长江大道206号
        联系方式：0716-8891203
        项目联系人：周工
        """

    @Test func aNoticesFieldsEachStandAlone() {
        #expect(readingText(repaired(Self.notice)) == Self.expected)
    }

    @Test(arguments: [("项目编号：JCZB", 5), ("合同履行期限：自", 7), ("项目名称:江城", 5), ("他说：我们", 3),
                      ("我：你", nil), ("2024年：", nil), ("一二三四五六七八九：x", nil)])
    func fieldLabels(_ line: String, _ expected: Int?) {
        #expect(Segmenter.fieldLabelLength(LineScalars(Array(line.unicodeScalars))) == expected)
    }
}
