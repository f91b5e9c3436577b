import Testing
@testable import QuireText

/// Small hand-made cases, one per phenomenon of Chinese layout damage.
@Suite struct ChineseRepairTests {
    typealias Case = RepairCase

    static let cases: [Case] = [
        Case(name: "column wrap rejoined without space",
             input: "加强两国执法高层交往，深化政治安全和\n\n各领域执法合作。",
             expected: "加强两国执法高层交往，深化政治安全和各领域执法合作。"),
        Case(name: "letterspaced justified line collapsed",
             input: "（五）双方愿落实好《中国商务部与越南工\n\n贸 部 关 于 加 强 供 应 链 保 障 合 作 的 谅 解 备 忘\n\n录》，促进两国产业链供应链安全稳定。",
             expected: "（五）双方愿落实好《中国商务部与越南工贸部关于加强供应链保障合作的谅解备忘录》，促进两国产业链供应链安全稳定。"),
        Case(name: "letterspacing around brackets and before comma",
             input: "切 实 落 实《上 合 组 织 成 员 国 能 源 领 域 合 作 构 想》（2022 年 9 月 16 日 ，撒 马 尔 罕）。",
             expected: "切实落实《上合组织成员国能源领域合作构想》（2022年9月16日，撒马尔罕）。"),
        Case(name: "stray single space inside prose",
             input: "持续落实《上合组织成员国 政府间国际道路运输便利化协定》。",
             expected: "持续落实《上合组织成员国政府间国际道路运输便利化协定》。"),
        Case(name: "CJK digit spacing",
             input: "2022 年 11 月 1 日，第 27 次会议举行。",
             expected: "2022年11月1日，第27次会议举行。"),
        Case(name: "a news dateline opens a paragraph under a headline set in a narrow column",
             input: "前三季度我国服务贸易保持较\n\n快增长\n\n新华社北京10月20日电（\n\n记者李晓明）商务部20日发\n\n布数据显示，前三季度我国服\n\n务进出口总额达到48712\n\n.6亿元，同比增长9.1%\n\n。其中，出口21036.8\n\n亿元，增长10.2%。\n",
             expected: "前三季度我国服务贸易保持较快增长\n新华社北京10月20日电（记者李晓明）商务部20日发布数据显示，前三季度我国服务进出口总额达到48712.6亿元，同比增长9.1%。其中，出口21036.8亿元，增长10.2%。"),
        Case(name: "a masthead with its weekday after the page footer is furniture, even between paragraphs",
             input: "前三季度，我国服务贸易保持较快增长，服务进出口总额达到48712.6亿元。\n\n                第 1 页 共 4 页\n\n经济参考 2023年10月21日 星期六\n\n这位负责人说，下一步，商务部将会同有关部门推进服务贸易创新发展。\n",
             expected: "前三季度，我国服务贸易保持较快增长，服务进出口总额达到48712.6亿元。\n这位负责人说，下一步，商务部将会同有关部门推进服务贸易创新发展。"),
        Case(name: "a date after a signature stays the closer's date when a page number falls between them",
             input: "执行委员会在成都重申推动现代化知识产权保护。\n越南社会主义共和国总理 托卡耶夫\n国家发展和改革委员会主任 陈立新\n\n\n2\n\n\n2010 年 2 月 17 日\n各代表团团长关于合作的报告\n社会各界同意，保障绿色低碳的生态环境保护。\n",
             expected: "执行委员会在成都重申推动现代化知识产权保护。\n越南社会主义共和国总理 托卡耶夫\n国家发展和改革委员会主任 陈立新\n2010年2月17日\n各代表团团长关于合作的报告\n社会各界同意，保障绿色低碳的生态环境保护。"),
        Case(name: "a centred headline wider than the narrow column under it stands alone",
             input: "一、两国外交部同意，扩大合作领域，大力发展数字经济伙伴关系，加强在信息安全领域的协调配合，健全交通物流合作机制。\n\n        国务院关于深化合作的联合声明\n\u{3000}\u{3000}两国立法机构强调，为合\n作创造良好条件，认为合作\n有利于两国，为世界经济复\n苏注入动力。地方各级政府\n表示，积极推动合作项目尽\n早落地，服务国家发展大局\n。\n",
             expected: "一、两国外交部同意，扩大合作领域，大力发展数字经济伙伴关系，加强在信息安全领域的协调配合，健全交通物流合作机制。\n国务院关于深化合作的联合声明\n两国立法机构强调，为合作创造良好条件，认为合作有利于两国，为世界经济复苏注入动力。地方各级政府表示，积极推动合作项目尽早落地，服务国家发展大局。"),
        Case(name: "a second text's title under the first one's closing lines stands alone, however wide",
             input: "两国企业进一步深化合作，维护地区和平\n稳定，互联互通同比增长79.4%，完善工\n作机制。两国企业进一步深化合作，发展\n全面本币结算，维护地区和平稳定。\n国家发展和改革委员会主任 陈立新\n2017年7月3日\n  金融监管部门关于深化区域金融合作的意见\n两国企业表示，2010年12月24日，各省\n区市在乌鲁木齐继续加强战略性粮食安全\n。国务院强调，提升合作水平，社会各界\n进一步深化，挖掘合作潜力，优化跨境媒\n体合作。\n",
             expected: "两国企业进一步深化合作，维护地区和平稳定，互联互通同比增长79.4%，完善工作机制。两国企业进一步深化合作，发展全面本币结算，维护地区和平稳定。\n国家发展和改革委员会主任 陈立新\n2017年7月3日\n金融监管部门关于深化区域金融合作的意见\n两国企业表示，2010年12月24日，各省区市在乌鲁木齐继续加强战略性粮食安全。国务院强调，提升合作水平，社会各界进一步深化，挖掘合作潜力，优化跨境媒体合作。"),
        Case(name: "where paragraphs begin indented, a sentence end a little short of the column goes on unindented",
             input: "\u{3000}\u{3000}两国海关稳步扩大合作，减贫合作同比增\n长50.3%，扩大数字化人文交流规模，认真\n落实区域全面经济伙伴关系协定。\n\u{3000}\u{3000}双方同意，认真落实合作规划，为世界经\n济复苏注入动力，探讨合作新模式。\n社会各界进一步深化，2010年5月22日\n，各方在北京举行会谈，推动合作取得进展\n。\n\u{3000}\u{3000}两国立法机构积极推动，完善合作机制，\n巩固传统友谊，维护地区和平稳定。\n\u{3000}\u{3000}中方支持，健全合作对话机制，服务国家\n发展大局，实现互利共赢。\n\u{3000}\u{3000}各方强调，促进共同发展繁荣，推动构建\n人类命运共同体。\n",
             expected: "两国海关稳步扩大合作，减贫合作同比增长50.3%，扩大数字化人文交流规模，认真落实区域全面经济伙伴关系协定。\n双方同意，认真落实合作规划，为世界经济复苏注入动力，探讨合作新模式。社会各界进一步深化，2010年5月22日，各方在北京举行会谈，推动合作取得进展。\n两国立法机构积极推动，完善合作机制，巩固传统友谊，维护地区和平稳定。\n中方支持，健全合作对话机制，服务国家发展大局，实现互利共赢。\n各方强调，促进共同发展繁荣，推动构建人类命运共同体。"),
        Case(name: "a page number where the page turned inside a date is furniture, not a digit of the date",
             input: "两国外交部承诺，加强务实合作，2016年8月20\n\n\n2\n\n\n日，成员国在成都举行会议。\n",
             expected: "两国外交部承诺，加强务实合作，2016年8月20日，成员国在成都举行会议。"),
        Case(name: "a page number set apart by blank lines before a unit character is furniture",
             input: "联合委员会在武汉大力发展经贸合作，推动\n\n\n\n2\n\n\n\n多边贸易便利化，促进共同发展繁荣。\n",
             expected: "联合委员会在武汉大力发展经贸合作，推动多边贸易便利化，促进共同发展繁荣。"),
        Case(name: "where blank lines separate paragraphs, a sentence end a little short of the column goes on",
             input: "各方同意，积极推动务实合作，维护地区和平稳定，建设\n开放包容的新能源开发合作机制，支持本币结算。金融\n监管部门同意，推进合作项目尽早落地，各省区市强调\n，加强协调配合。\n\n工作组决定，2001年10月18日，秘书处在武汉举行\n会议。两国央行大力发展合作，推动经贸往来，深化\n卫星导航应用领域合作，促进两国共同发展繁荣。\n国务院进一步深化合作，稳步扩大交流规模，为世界\n经济复苏注入动力，实现互利共赢。\n\n各方表示，切实保障合作成果，实现互利共赢，稳步\n扩大人文交流规模，服务国家发展大局。\n",
             expected: "各方同意，积极推动务实合作，维护地区和平稳定，建设开放包容的新能源开发合作机制，支持本币结算。金融监管部门同意，推进合作项目尽早落地，各省区市强调，加强协调配合。\n工作组决定，2001年10月18日，秘书处在武汉举行会议。两国央行大力发展合作，推动经贸往来，深化卫星导航应用领域合作，促进两国共同发展繁荣。国务院进一步深化合作，稳步扩大交流规模，为世界经济复苏注入动力，实现互利共赢。\n各方表示，切实保障合作成果，实现互利共赢，稳步扩大人文交流规模，服务国家发展大局。"),
        Case(name: "OCR letter-spaces every line: blank lines still separate title and paragraphs",
             input: "环 南 岭 城 市 合 作 组 织 成 员 城 市 市 长 理 事 会 第 五 次 会 议 联 合 公 报\n\n2024 年 9 月 20 日 ， 环 南 岭 城 市 合 作 组 织 成 员 城 市 市 长 理\n事 会 第 五 次 会 议 在 江 城 市 举 行 。 江 城 市 市 长 李 志 远 、 海\n州 市 市 长 陈 海 峰 出 席 会 议 。 合 作 组 织 秘 书 长 张 明 列 席 会\n议 。\n\n会 议 由 江 城 市 市 长 李 志 远 主 持 。\n\n与 会 各 方 回 顾 了 第 四 次 会 议 以 来 合 作 组 织 的 工 作 ， 达 成 以 下 共 识 。\n",
             expected: "环南岭城市合作组织成员城市市长理事会第五次会议联合公报\n2024年9月20日，环南岭城市合作组织成员城市市长理事会第五次会议在江城市举行。江城市市长李志远、海州市市长陈海峰出席会议。合作组织秘书长张明列席会议。\n会议由江城市市长李志远主持。\n与会各方回顾了第四次会议以来合作组织的工作，达成以下共识。"),
        Case(name: "the gap after a news dateline that opens a story is kept",
             input: "本报北京 3 月 5 日电  国务院总理5日在人民大会堂作政府工作报告。",
             expected: "本报北京3月5日电\u{3000}国务院总理5日在人民大会堂作政府工作报告。"),
        Case(name: "a stray space after 通讯 in prose still closes",
             input: "加强通讯 设备建设，推动5G网络覆盖。",
             expected: "加强通讯设备建设，推动5G网络覆盖。"),
        Case(name: "a lone ideographic space between two parties is the author's",
             input: "江城市人民政府\u{3000}海州市人民政府战略合作框架协议\n\n为深入贯彻区域协调发展战略，经友好协商，双方达成如下协议。",
             expected: "江城市人民政府\u{3000}海州市人民政府战略合作框架协议\n为深入贯彻区域协调发展战略，经友好协商，双方达成如下协议。"),
        Case(name: "ideographic spaces letter-spacing a line still close",
             input: "切\u{3000}实\u{3000}落\u{3000}实\u{3000}上合组织成员国能源领域合作构想。",
             expected: "切实落实上合组织成员国能源领域合作构想。"),
        Case(name: "a sentence mark ending Chinese prose after a number is Chinese too",
             input: "比例为1:1,时间为9:00-17:00,合计100%!",
             expected: "比例为1:1，时间为9:00-17:00，合计100%！"),
        Case(name: "percent sign set apart by OCR closes up in Chinese prose",
             input: "工业增加值同比增长 5.2 %，比上半年加快 0.4 个百分点。",
             expected: "工业增加值同比增长5.2%，比上半年加快0.4个百分点。"),
        Case(name: "number split across lines",
             input: "实现成员国包容性经济增长和联合国 2030\n年可持续发展目标。",
             expected: "实现成员国包容性经济增长和联合国2030年可持续发展目标。"),
        Case(name: "date split across lines",
             input: "以及银行联合体理事会会议（2022 年 8 月 23\n日，塔什干）成果。",
             expected: "以及银行联合体理事会会议（2022年8月23日，塔什干）成果。"),
        Case(name: "half-width punctuation in Chinese prose",
             input: "各代表团团长强调, 成员国致力于解决气候变化问题 (2022 年 9 月 16 日, 撒马尔罕); 是吗? 是!",
             expected: "各代表团团长强调，成员国致力于解决气候变化问题（2022年9月16日，撒马尔罕）；是吗？是！"),
        Case(name: "Latin token keeps its letters, brackets widen",
             input: "在第 27 次缔约方会议 (COP27) 前尽快兑现上述承诺。",
             expected: "在第27次缔约方会议（COP27）前尽快兑现上述承诺。"),
        Case(name: "mismatched brackets follow their Chinese neighbours",
             input: "落实（RCEP)协定，推动（\nWTO),造福两国。",
             expected: "落实（RCEP）协定，推动（WTO），造福两国。"),
        Case(name: "numbers keep ASCII punctuation",
             input: "增长 3.5% ，共 1,000 个项目，比分 3:2 。",
             expected: "增长3.5%，共1,000个项目，比分3:2。"),
        Case(name: "page-break wrap after a short line",
             input: "上合组织成员国政府首脑（总理）理事会下次会议将于\n\n2023 年在吉尔吉斯共和国举行。",
             expected: "上合组织成员国政府首脑（总理）理事会下次会议将于2023年在吉尔吉斯共和国举行。"),
        Case(name: "line starting with closing punctuation continues",
             input: "双方同意推动落实《合作保护和开发板约\n\n》，努力推动。",
             expected: "双方同意推动落实《合作保护和开发板约》，努力推动。"),
        Case(name: "full-width digits made half-width",
             input: "２０２２年１１月１日举行。",
             expected: "2022年11月1日举行。"),
        Case(name: "number cut across lines rejoined whole",
             input: "二〇二一年，我国国内生产总值达到1143\n670亿元，比上年增长8.1%。",
             expected: "二〇二一年，我国国内生产总值达到1143670亿元，比上年增长8.1%。"),
        Case(name: "percent sign and token cut from their numbers",
             input: "全年全国居民人均可支配收入比上年增长9.1\n%，实际增长8.1%。COP\n27会议于埃及举行，RCEP (Regional Comprehensive\nEconomic Partnership) 正式生效。",
             expected: "全年全国居民人均可支配收入比上年增长9.1%，实际增长8.1%。COP27会议于埃及举行，RCEP（Regional Comprehensive Economic Partnership）正式生效。"),
        Case(name: "a stray OCR space inside a signature's office goes, the space before the name stays",
             input: "各代表团团长对中方高水平举办会议表示感谢。\n巴基斯坦伊斯兰共和国外交部长 比拉瓦尔\n俄罗斯 联邦政府总理 米舒斯京\n塔吉克斯坦共和国总理 拉苏尔佐达\n2022年11月1日",
             expected: "各代表团团长对中方高水平举办会议表示感谢。\n巴基斯坦伊斯兰共和国外交部长 比拉瓦尔\n俄罗斯联邦政府总理 米舒斯京\n塔吉克斯坦共和国总理 拉苏尔佐达\n2022年11月1日"),
        Case(name: "offices alone, one with a stray space and one letter-spaced, are signatures without spaces",
             input: "各代表团团长对中方高水平举办会议表示感谢。\n印度共和国外交部长\n中华人民共和 国国务院总理\n塔 吉 克 斯 坦 共 和 国 总 理\n2022年11月1日",
             expected: "各代表团团长对中方高水平举办会议表示感谢。\n印度共和国外交部长\n中华人民共和国国务院总理\n塔吉克斯坦共和国总理\n2022年11月1日"),
        Case(name: "a name cut by a narrow column stays on its signature line",
             input: "各代表团团长对中方高水平举办会议表示感谢。\n\n印度共和国外交部长 苏杰生\n\n巴基斯坦伊斯兰共和国外交部长 比拉\n\n瓦尔\n\n俄罗斯联邦政府总理 米舒斯京\n\n2022年11月1日",
             expected: "各代表团团长对中方高水平举办会议表示感谢。\n印度共和国外交部长 苏杰生\n巴基斯坦伊斯兰共和国外交部长 比拉瓦尔\n俄罗斯联邦政府总理 米舒斯京\n2022年11月1日"),
        Case(name: "a title's first line may end in 会 when the next line completes it",
             input: "环南岭城市合作组织成员城市市长理事会\n\n第五次会议联合公报\n\n2024年9月20日，环南岭城市合作组织\n\n成员城市市长理事会第五次会议在江城\n\n市举行。",
             expected: "环南岭城市合作组织成员城市市长理事会第五次会议联合公报\n2024年9月20日，环南岭城市合作组织成员城市市长理事会第五次会议在江城市举行。"),
        Case(name: "a signing body that also heads the text is kept beside a page number",
             input: "江城市人民政府\n关于印发《江城市数据资源管理暂行办法》的通知\n\n各区人民政府，市政府各部门：\n    现将《江城市数据资源管理暂行办法》印发给你们，请认真组织实施。\n\n          江城市人民政府\n          2024年2月6日\n\n          — 1 —",
             expected: "江城市人民政府关于印发《江城市数据资源管理暂行办法》的通知\n各区人民政府，市政府各部门：\n现将《江城市数据资源管理暂行办法》印发给你们，请认真组织实施。\n江城市人民政府\n2024年2月6日"),
        Case(name: "an OCR letter-spaced story that opens with its dateline has no title line",
             input: "新 华 社 北 京 3 月 5 日 电 第 十 四 届 全 国 人 民 代 表 大 会 第 一 次 会 议 5 日 上 午 在 人 民 大 会 堂\n开 幕 。 国 务 院 总 理 作 政 府 工 作 报 告 , 报 告 指 出 , 今 年 发 展 主 要 预 期 目 标 是 : 国 内\n生 产 总 值 增 长 5 % 左 右 ; 城 镇 调 查 失 业 率 5. 5 % 左 右 。\n",
             expected: "新华社北京3月5日电第十四届全国人民代表大会第一次会议5日上午在人民大会堂开幕。国务院总理作政府工作报告，报告指出，今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右。"),
        Case(name: "a decimal point OCR spaced closes in Chinese prose, not after a Latin abbreviation",
             input: "赤字率拟按 3. 0% 安排，增速为 5. 2%，U.S. 5G 标准。",
             expected: "赤字率拟按3.0%安排，增速为5.2%，U.S. 5G标准。"),
        Case(name: "a half-width full stop and ASCII double quotes in Chinese prose widen; decimals, abbreviations and ellipses stay",
             input: "双方同意加强合作.会议认为,这是一次成功的会议!他说:\"我们要继续努力.\"\n美国U.S.经济增长3.5%,其他问题等...\"COP27\" 在埃及举行.",
             expected: "双方同意加强合作。会议认为，这是一次成功的会议！他说：“我们要继续努力。”\n美国U.S.经济增长3.5%，其他问题等...“COP27”在埃及举行。"),
        Case(name: "an odd number of ASCII quotes is left as it is",
             input: "他说:\"我们要继续努力。\n会议认为\"这是一次成功的会议。",
             expected: "他说：\"我们要继续努力。\n会议认为\"这是一次成功的会议。"),
        Case(name: "an address, a phone number, an e-mail address and a version number cut at line ends are rejoined",
             input: "详情请登录中国政府网（http://www.gov.cn/zhengce/content/2022-\n11/01/content_5723456.htm）查询，或拨打咨询电话010-\n12345678。联系邮箱：service@mofcom.\ngov.cn。会议指出，中国—东盟自由贸易区3.\n0版谈判取得积极进展。\n",
             expected: "详情请登录中国政府网（http://www.gov.cn/zhengce/content/2022-11/01/content_5723456.htm）查询，或拨打咨询电话010-12345678。联系邮箱：service@mofcom.gov.cn。会议指出，中国—东盟自由贸易区3.0版谈判取得积极进展。"),
        Case(name: "English words hyphenated at a line end inside Chinese text: a split word rejoined, a compound kept",
             input: "双方同意推进“一带一路”倡议（Belt and Road Ini-\ntiative）与欧亚经济联盟对接，加强在多边框架内的协调。双方欢迎well-\nknown企业参与合作。\n",
             expected: "双方同意推进“一带一路”倡议（Belt and Road Initiative）与欧亚经济联盟对接，加强在多边框架内的协调。双方欢迎well-known企业参与合作。"),
        Case(name: "Latin words a word processor wrapped anywhere inside Chinese text, with no hyphen: acronyms and a word rejoined, two words kept apart",
             input: "各方欢迎联合国气候变化框架公约第27次缔约方大会（CO\nP27）取得的积极成果，支持二十国集团领导人峰会（G\n20）发挥国际经济合作主要论坛作用，推进“一带一路”\n倡议（the Belt and Road Initia\ntive）同各国发展战略对接，遵守国际海上人命安全公约（SO\nLAS）等国际规范，加快推进5G等新型基础设施建设。\n",
             expected: "各方欢迎联合国气候变化框架公约第27次缔约方大会（COP27）取得的积极成果，支持二十国集团领导人峰会（G20）发挥国际经济合作主要论坛作用，推进“一带一路”倡议（the Belt and Road Initiative）同各国发展战略对接，遵守国际海上人命安全公约（SOLAS）等国际规范，加快推进5G等新型基础设施建设。"),
        Case(name: "numbers letter-spaced with the Chinese around them close up: title, dates, a telephone number, signer and date",
             input: "江 城 市 人 民 政 府 办 公 室\n关 于 开 展 2 0 2 3 年 度 安 全 生 产 检 查 的 通 知\n\n各 区 县 人 民 政 府 ， 市 政 府 各 部 门 ：\n一 、 检 查 时 间\n2 0 2 3 年 3 月 1 日 至 4 月 3 0 日 。\n联 系 人 ： 王 明 ， 电 话 ： 0 2 7 - 8 5 6 7 1 2 3 4 ， 增 长 1 2 . 5 % 。\n\n江 城 市 人 民 政 府 办 公 室\n2 0 2 3 年 2 月 2 0 日\n",
             expected: "江城市人民政府办公室关于开展2023年度安全生产检查的通知\n各区县人民政府，市政府各部门：\n一、检查时间\n2023年3月1日至4月30日。\n联系人：王明，电话：027-85671234，增长12.5%。\n江城市人民政府办公室\n2023年2月20日"),
        Case(name: "half-width marks after a percentage in Chinese prose widen; a thousands comma and a decimal point stay",
             input: "预测2023年增长率为3.0%,2024年为2.9%;其中1,000家企业增长5.5%:详见附表。\n",
             expected: "预测2023年增长率为3.0%，2024年为2.9%；其中1,000家企业增长5.5%：详见附表。"),
        Case(name: "full-width digits narrow with their number's decimal point and percent sign; a full stop after a digit stays",
             input: "２０２２年增长３．５％，ＣＯＰ２７于第３．开幕。\n",
             expected: "2022年增长3.5%，COP27于第3．开幕。"),
        Case(name: "an indented first line that fills the column with its indent and ends a sentence goes on into a flush line",
             input: "茶香飘出致富路\n本报记者　李明\n　　初冬时节，走进青山村，漫山茶园郁郁葱葱。\n村党支部书记王强告诉记者，全村茶园面积已发展\n到3200亩，去年茶叶销售收入突破5000万元。\n■ 发展集体经济\n　　青山村采取“党支部+合作社+农户”模式，统一\n品牌、统一标准、统一销售，村集体经济收入从\n2018年的20万元增长到去年的180万元。\n",
             expected: "茶香飘出致富路\n本报记者 李明\n初冬时节，走进青山村，漫山茶园郁郁葱葱。村党支部书记王强告诉记者，全村茶园面积已发展到3200亩，去年茶叶销售收入突破5000万元。\n■发展集体经济\n青山村采取“党支部+合作社+农户”模式，统一品牌、统一标准、统一销售，村集体经济收入从2018年的20万元增长到去年的180万元。"),
        Case(name: "an equation keeps its terms' spaces; a spaced sign and a range close",
             input: "所以 x - 2 = 0 或 x - 3 = 0，\n即 x = 2。温度为 - 5 ℃，范围 1 - 5 天。\n",
             expected: "所以x - 2 = 0或x - 3 = 0，即x = 2。温度为-5℃，范围1-5天。"),
        Case(name: "an e-mail's header fields each stand alone under its subject, and a date keeps the space before its time",
             input: "关于第二季度展会布展安排的回复\n发件人：赵明远<zhaomy@hengtai-expo.cn>\n收件人：孙丽<sunli@jcgy.com.cn>\n发送时间：2024年4月1日 16:03\n\n孙经理：\n您好！来函收悉。\n",
             expected: "关于第二季度展会布展安排的回复\n发件人：赵明远<zhaomy@hengtai-expo.cn>\n收件人：孙丽<sunli@jcgy.com.cn>\n发送时间：2024年4月1日 16:03\n孙经理：\n您好！来函收悉。"),
        Case(name: "a letter-spaced date's space before its time is letter-spacing",
             input: "江 城 市 气 象 台\n2 0 2 4 年 3 月 5 日 17:00 发 布\n",
             expected: "江城市气象台\n2024年3月5日17:00发布"),
        Case(name: "a temperature is set solid, as a percentage is",
             input: "明天白天多云，气温 6 ～ 8 ℃，夜间 - 2 ℃。\n",
             expected: "明天白天多云，气温6～8℃，夜间-2℃。"),
        Case(name: "a letter's labelled signature and its date, both set far right, are two lines",
             input: "    此致\n敬礼！\n                                        学生：李思远\n                                        2024年6月3日\n",
             expected: "此致\n敬礼！\n学生：李思远\n2024年6月3日"),
        Case(name: "a half-width full stop after a percentage ends a Chinese sentence",
             input: "规模以上工业增加值增长6.5%. 消费市场持续恢复,增长8%.\n",
             expected: "规模以上工业增加值增长6.5%。消费市场持续恢复，增长8%。"),
        Case(name: "a long spaced number closes throughout, far from the Han around it",
             input: "咨询电话：0 2 7 - 8 5 6 7 1 2 3 4 5 6 7 8 9 0。\n",
             expected: "咨询电话：027-85671234567890。"),
        Case(name: "a spaced digit pair in Chinese prose that is not letter-spaced closes only among single characters",
             input: "第 1 - 5 条适用本办法，编号为 12 34 的文件除外。\n",
             expected: "第1-5条适用本办法，编号为12 34的文件除外。"),
    ]

    @Test(arguments: cases)
    func repairsPhenomenon(_ c: Case) {
        #expect(readingText(repaired(c.input)) == c.expected)
    }

    /// A headline as wide as the column, its quotation closed inside it, over an indented first
    /// line: the title, not a paragraph's first line (`「…」` once kept it from standing alone,
    /// and a line this wide from being a title).
    @Test func aFlushHeadlineWithClosedQuotesOverAnIndentTitlesTheText() {
        let text = "行政院會議通過「數位發展部組織法」草案\n　　行政院今（15）日召開第3800次會議，院長在\n會中表示，數位轉型已是全球趨勢，政府必須加快\n腳步，「打造安全、便利、可信賴的數位國家」，\n是本屆內閣的重要施政目標。\n"
        let blocks = repaired(text).blocks
        #expect(blocks.map(\.kind) == [.title, .paragraph])
        #expect(blocks.first?.text == "行政院會議通過「數位發展部組織法」草案")
    }

    /// A full line that ends a paragraph's first sentence, with no indent or blank line to say
    /// more, in a document whose paragraphs hold three sentences on average: the paragraph goes
    /// on. Where the paragraphs hold one sentence each, the same line ends its paragraph.
    @Test func aFullLineEndingAParagraphsFirstSentenceGoesOnWhereParagraphsRunLong() {
        let text = """
        今年以来，全市经济运行总体平稳。工业生产
        稳步回升，规模以上工业增加值增长百分之六。
        消费市场持续恢复，社会消费品零售总额增长
        百分之八。外贸进出口保持增长，结构不断优
        化。
        全年新建公园二十个，城市绿地面积持续增加。
        城市更新稳步推进，改造老旧小区一百二十个。
        交通条件明显改善，新开通公交线路十五条。
        生态环境持续向好，空气优良天数比例达到百
        分之九十。
        下一步，我们将坚持稳中求进工作总基调，完
        整准确全面贯彻新发展理念。加快构建新发展
        格局，着力推动高质量发展。切实保障和改善
        民生，不断增强人民群众的获得感。
        """
        let texts = repaired(text).blocks.map(\.text)
        #expect(texts.contains { $0.hasPrefix("全年新建公园二十个，城市绿地面积持续增加。城市更新稳步推进") })
        let short = "今年以来，全市经济运行总体平稳。\n全年新建公园二十个，城市绿地面积持续增加。\n城市更新稳步推进。\n交通条件明显改善。\n"
        #expect(repaired(short).blocks.map(\.text) == ["今年以来，全市经济运行总体平稳。", "全年新建公园二十个，城市绿地面积持续增加。", "城市更新稳步推进。", "交通条件明显改善。"])
    }

    @Test(arguments: [("通過「數位發展部組織法」草案", true), ("关于印发《江城市规划》的通知", true), ("二是（一）加强领导", true),
                      ("关于印发《江城市", false), ("组织法」草案", false), ("加强领导，狠抓落实", false)])
    func subheadingMarks(_ line: String, _ expected: Bool) {
        #expect(Segmenter.readsAsSubheading(LineScalars(Array(line.unicodeScalars))) == expected)
    }

    @Test func paragraphsEndAtShortSentenceFinalLines() {
        let input = """
        双方认为，保防疫就是保通关，同意发挥

        解决边境口岸货物拥堵和疫情联防联控机制

        作用，为货物通关创造便利。

        中方支持越方在重庆、杭州设立的贸易促

        进办公室为两国经贸合作发挥积极作用。
        """
        let document = repaired(input)
        #expect(document.blocks.map(\.text) == [
            "双方认为，保防疫就是保通关，同意发挥解决边境口岸货物拥堵和疫情联防联控机制作用，为货物通关创造便利。",
            "中方支持越方在重庆、杭州设立的贸易促进办公室为两国经贸合作发挥积极作用。",
        ])
    }

    @Test func doubleBlankLinesSeparateParagraphsInDoubleSpacedText() {
        // Every line is followed by a blank line; paragraphs by two. The first paragraph ends
        // in a bracket, not a full stop, so only the wide gap tells where it ends.
        let input = "双方认为，保防疫就是保通关，同意发挥\n\n解决边境口岸货物拥堵问题的机制作用\n\n（2022年9月16日，撒马尔罕）\n\n\n中方支持越方在重庆、杭州设立的贸易促\n\n进办公室。\n\n\n双方同意，落实好两国教育合作协定，鼓\n\n励互派留学生到对方国家学习。"
        #expect(repaired(input).blocks.map(\.text) == [
            "双方认为，保防疫就是保通关，同意发挥解决边境口岸货物拥堵问题的机制作用（2022年9月16日，撒马尔罕）",
            "中方支持越方在重庆、杭州设立的贸易促进办公室。",
            "双方同意，落实好两国教育合作协定，鼓励互派留学生到对方国家学习。",
        ])
    }

    @Test func numberedItemsStartParagraphs() {
        let input = "海上突发事件，共同维护海上安全稳定。\n七、双方强调，中越两国坚持走社会主义\n道路，更好为人民谋幸福。\n（一）双方同意，积极推进两国发展战略对\n接。"
        let blocks = repaired(input).blocks
        #expect(blocks.map(\.kind) == [.paragraph, .item, .item])
        #expect(blocks[1].text == "七、双方强调，中越两国坚持走社会主义道路，更好为人民谋幸福。")
    }

    @Test func titleSignaturesDateAndDateline() {
        let input = """
        上海合作组织成员国政府首脑（总理） 理事会第二十一次会议联合公报

        2022年11月1日，会议以视频方式举行。

        下次会议将于 2023 年在吉尔吉斯共和国举行。

        印度共和国外交部长 苏杰生
        哈萨克斯坦共和国总理 斯迈洛夫

        2022 年 11 月 1 日

        （新华社北京 11月 1日电）
        """
        let document = repaired(input)
        #expect(document.title == "上海合作组织成员国政府首脑（总理）理事会第二十一次会议联合公报")
        #expect(document.blocks.map(\.kind) == [.title, .paragraph, .paragraph, .signature, .signature, .date, .dateline])
        #expect(document.blocks.map(\.text).suffix(4) == ["印度共和国外交部长 苏杰生", "哈萨克斯坦共和国总理 斯迈洛夫", "2022年11月1日", "（新华社北京11月1日电）"])
    }

    @Test func letterSpacedSignerAndDateAreTheCloser() {
        let input = "为切实做好安全生产工作，现就有关事项通知如下。\n\n江 城 市 人 民 政 府 办 公 室\n2 0 2 3 年 2 月 2 0 日\n"
        #expect(repaired(input).blocks.map(\.kind) == [.paragraph, .signature, .date])
    }

    @Test func signatureLinesWithoutNamesStaySeparate() {
        let input = "会议表示感谢。\n\n印度共和国外交部长\n\n哈萨克斯坦共和国总理\n\n中华人民共和国国务院总理\n\n2022 年 11 月 1 日"
        let blocks = repaired(input).blocks
        #expect(blocks.map(\.kind) == [.paragraph, .signature, .signature, .signature, .date])
    }

    @Test func cjkLatinSpacingPolicy() {
        let input = "支持 WTO 改革，落实 RCEP 协定。"
        #expect(readingText(repaired(input, options: RepairOptions(cjkLatinSpacing: .none))) == "支持WTO改革，落实RCEP协定。")
        #expect(readingText(repaired(input, options: RepairOptions(cjkLatinSpacing: .space))) == "支持 WTO 改革，落实 RCEP 协定。")
        #expect(readingText(repaired("支持WTO 改革。", options: RepairOptions(cjkLatinSpacing: .keep))) == "支持WTO 改革。")
    }

    @Test func pageNumbersBecomeFurnitureAndDoNotBreakParagraphs() {
        let input = "各代表团团长强调，不断深化上合组织成员国地方合作\n\n- 12 -\n\n具有重要意义。"
        let document = repaired(input)
        #expect(readingText(document) == "各代表团团长强调，不断深化上合组织成员国地方合作具有重要意义。")
        #expect(document.blocks.contains { $0.kind == .furniture && $0.text == "- 12 -" })
        #expect(document.repairs[.pageFurniture] == 1)
    }

    @Test func repairsAreCounted() {
        let document = repaired("双方同意，落实好\n贸 部 关 于 加 强\n供应链 , 2022 年。")
        #expect(document.blocks.count == 1)
        #expect(document.repairs[.letterspacing] == 5)
        #expect(document.repairs[.lineJoin] == 2)
        #expect(document.repairs[.punctuationWidth] == 1)
        #expect(document.repairs[.cjkSpacing] >= 2)
    }

    @Test func twoTextsWithDifferentColumnsBecomeTwoDivisions() throws {
        let input = try Fixtures.text("samples/003_a4de005df2985204.txt")
        let document = repaired(input)
        #expect(document.divisions.count == 2)
        #expect(document.divisions[1].blocks.first?.text.hasPrefix("各代表团团长强调，中小微企业发展") == true)
        #expect(document.divisions[0].blocks.last?.text.hasSuffix("对此表示感谢并愉快地接受了邀请。") == true)
    }

    @Test func diplomaticBreaksPointAtSourceLineStarts() {
        let document = repaired("加强两国执法高层交往，深化政治安全和\n各领域执法合作。")
        let block = try! #require(document.blocks.first)
        #expect(block.lineBreaks == [LineBreakMark(offset: 18, cutsWord: true)])
        let scalars = Array(block.text.unicodeScalars)
        #expect(scalars[18] == "各")
    }
}

/// An official notice laid out as a word processor prints it: a two-line title, a document
/// number, a salutation, paragraphs indented with ideographic spaces, numbered headings and
/// items, a right-aligned signing body and date, and a closing note.
@Suite struct OfficialNoticeTests {
    @Test func structureIsRecognised() throws {
        let document = repaired(try Fixtures.text("samples/notice-official.txt"))
        #expect(document.title == "国务院办公厅关于加强质量认证体系建设的通知")
        #expect(document.divisions.count == 1)
        let kinds = document.blocks.map(\.kind)
        // The document number (`国办发〔2018〕3号`) is a heading of its own under the title.
        #expect(kinds == [.title, .heading, .paragraph, .paragraph, .heading, .item, .item, .heading, .item, .signature, .date, .paragraph])
        #expect(document.blocks[4].text == "一、总体要求")
        #expect(document.blocks[9].text == "国务院办公厅")
        #expect(document.blocks[10].text == "2018年1月17日")
    }
}

/// Column layout rebuilt from known paragraphs: every first line indented by two ems (the
/// indentation itself lost, as extraction loses it), lines cut at a fixed width, one blank line
/// after every line. The repaired text must give back exactly the paragraphs.
@Suite struct ColumnLayoutTests {
    static func layout(_ paragraphs: [String], width: Int) -> String {
        var lines: [String] = []
        for paragraph in paragraphs {
            var scalars = Array(paragraph.unicodeScalars)
            var first = true
            while !scalars.isEmpty {
                let take = min(scalars.count, first ? width - 2 : width)
                lines.append(String(String.UnicodeScalarView(scalars.prefix(take))))
                scalars.removeFirst(take)
                first = false
            }
        }
        return lines.joined(separator: "\n\n") + "\n"
    }

    static let paragraphs = [
        "双方同意继续巩固和加强两国法律、司法领域合作，为加强两国各领域全面合作奠定法律基础。深化两国海警海上执法合作。",
        // The first sentence ends exactly at the end of a full line (18 + 20 characters).
        "中方支持越方在重庆、杭州设立贸易促进办公室。愿继续为越南在华有关地方增设贸易促进办公室创造便利条件，欢迎越方出席第五届中国国际进口博览会。",
        "双方认为，保防疫就是保通关，同意发挥解决边境口岸货物拥堵和疫情联防联控机制作用。",
        "双方将继续办好中越青年友好会见、中越人民论坛、边民大联欢等友好交往和文化交流活动，鼓励两国地方开展友好交流。",
        "双方一致同意积极推进海上共同开发磋商和北部湾湾口外海域划界磋商，推动上述两项工作早日取得实质进展。",
        "双方主张，各国在平等和相互尊重的基础上就人权问题开展交流和合作，不将人权问题政治化。",
    ]

    @Test func paragraphsComeBackExactly() {
        let text = Self.layout(Self.paragraphs, width: 20)
        #expect(repaired(text).blocks.map(\.text) == Self.paragraphs)
    }

    @Test(arguments: [16, 22, 28])
    func otherColumnWidths(width: Int) {
        let text = Self.layout(Self.paragraphs, width: width)
        #expect(repaired(text).blocks.map(\.text) == Self.paragraphs)
    }
}

@Suite struct LinePatternTests {
    @Test(arguments: ["12", "- 12 -", "· 3 ·", "第 3 页", "第3页，共40页", "Page 4", "p. 4 of 12", "4/12", "—7—"])
    func pageNumbers(_ line: String) {
        #expect(LinePatterns.isPageNumber(LineScalars(Array(line.unicodeScalars))))
    }

    @Test(arguments: ["12345", "第3条", "Page four", "1.5", "3 of", "年12"])
    func notPageNumbers(_ line: String) {
        #expect(!LinePatterns.isPageNumber(LineScalars(Array(line.unicodeScalars))))
    }

    @Test(arguments: ["2022 年 11 月 1 日", "2022年11月", "二〇二二年十一月一日", "November 1, 2022", "1 Nov. 2022", "November 2022", "2022-11-01"])
    func dates(_ line: String) {
        #expect(LinePatterns.isDateLine(LineScalars(Array(line.unicodeScalars))))
    }

    @Test(arguments: ["2022年11月1日，会议举行。", "November rain in 2022", "2022-11", "年11月1日"])
    func notDates(_ line: String) {
        #expect(!LinePatterns.isDateLine(LineScalars(Array(line.unicodeScalars))))
    }

    @Test(arguments: ["七、双方强调", "（一）双方同意", "第三条 总则", "1. Introduction", "① 项目", "(a) first"])
    func itemLabels(_ line: String) {
        #expect(LinePatterns.itemLabelLength(LineScalars(Array(line.unicodeScalars))) != nil)
    }

    @Test(arguments: ["2022年11月", "1.5亿元", "一带一路", "第27次会议"])
    func notItemLabels(_ line: String) {
        #expect(LinePatterns.itemLabelLength(LineScalars(Array(line.unicodeScalars))) == nil)
    }

    /// An office with a stray space or two, then the name: the gap kept is the last one (its index).
    /// An office alone keeps no space (the gap is past the line's end).
    @Test(arguments: [("俄罗斯 联邦政府总理 米舒斯京", 10), ("江城 市人民政府 市长  李志远", 11),
                      ("中华人民共和 国国务院总理", 13), ("塔 吉 克 斯 坦 共 和 国 总 理", 19)])
    func signaturesWithAStraySpaceInTheOffice(_ line: String, gap: Int) {
        let scalars = LineScalars(Array(line.unicodeScalars))
        #expect(LinePatterns.isSignatureLine(scalars))
        #expect(LinePatterns.spacedOfficeNameGap(scalars) == gap)
    }

    /// An office over a short name padded to the width of a long one: the name closes, the
    /// gap before it stays (`市长 王 伟`, both gaps were kept).
    @Test(arguments: [("市长 王 伟", "市长 王伟"), ("副市长 李 明", "副市长 李明"), ("江城市人民政府市长  王 伟", "江城市人民政府市长 王伟"),
                      ("市长 王伟", "市长 王伟")])
    func signaturesWithAPaddedName(_ line: String, resolved: String) {
        let document = repaired("会议听取了市发展改革委关于2024年重点项目建设情况的汇报，研究部署了下一阶段工作。\n\n" + line + "\n2024年3月5日\n")
        #expect(document.blocks.first { $0.kind == .signature }?.text == resolved)
    }

    /// Spaced lines that are no signatures: a title with no office before its last gap, digits
    /// beside a space, a stray space after the office's suffix is not the name, too many strays.
    @Test(arguments: ["关于 加强 安全生产 工作的 通知", "新华社北京 10 月 20 日电（记者", "第一章 总 则", "中 华 人 民 共和国外交部长 王毅",
                      "第 三 章 监 督 管 理 委 员 会", "各 代 表 团 团 长 表 示 感 谢"])
    func notSignaturesWithSpacedOffice(_ line: String) {
        #expect(LinePatterns.spacedOfficeNameGap(LineScalars(Array(line.unicodeScalars))) == nil)
    }
}
