#!/usr/bin/env python3
"""Write the probe pages: Benchmarks/probes/pNN_genre.txt (the damaged extraction) and
pNN_genre.expected.txt (the reading text, one block a line). Deterministic; all text is
original, written for this set (fictional names and places).

    python3 make_probes.py [NAME ...]
"""
import os
import random
import sys

from probelib import HERE, render, letterspace, HALF

def half(p, seed, space=False):
    rng = random.Random(seed)
    def f(line):
        return "".join(HALF[c] + (" " if space and c in "，：；）" else "") if c in HALF and rng.random() < p else c
                       for c in line)
    return f

def tess(line):
    return letterspace(line)

PAGES = {}

# 1. A patent's claims: numbered claims with reference signs in brackets, a running head letter-spaced,
#    a page break inside claim 4, pdftotext at 34 ems without blank lines.
PAGES["p01_patent_claims"] = dict(width=34, blanks="none", items=[
    ("l", "权利要求书", {"as": "                 权  利  要  求  书"}),
    ("p", "1.一种可折叠的太阳能灌溉装置，其特征在于，包括底座（1）、支撑杆（2）、光伏板（3）和储水箱（4），所述支撑杆（2）的下端铰接于所述底座（1）的上表面，所述光伏板（3）通过转轴（5）安装在所述支撑杆（2）的上端，所述储水箱（4）固定在所述底座（1）的一侧。"),
    ("p", "2.根据权利要求1所述的太阳能灌溉装置，其特征在于，所述转轴（5）上设有限位块（6），所述限位块（6）用于将所述光伏板（3）的倾斜角度限制在15°至60°之间。"),
    ("p", "3.根据权利要求1或2所述的太阳能灌溉装置，其特征在于，所述储水箱（4）的底部设有出水管（7），所述出水管（7）上安装有电磁阀（8），所述电磁阀（8）与控制器（9）电连接。"),
    ("p", "4.根据权利要求3所述的太阳能灌溉装置，其特征在于，所述控制器（9）包括土壤湿度传感器，当土壤含水率低于预设值时，所述控制器（9）打开所述电磁阀（8）。",
     {"furniture_after": {1: "                                1/2\nCN 118234567 A                  权  利  要  求  书"}}),
    ("p", "5.一种采用权利要求1至4任一项所述装置的灌溉方法，其特征在于，包括以下步骤："),
    ("p", "S1，将所述底座（1）固定于田间；"),
    ("p", "S2，调整所述光伏板（3）的倾斜角度；"),
    ("p", "S3，向所述储水箱（4）注水并启动所述控制器（9）。"),
    ("f", "                                2/2"),
])

# 2. An annual report's page: section heading, prose, a small table set out by pdftotext -layout,
#    a note under the table, the report's running head and `12 / 186` page numbers.
PAGES["p02_annual_report_table"] = dict(width=40, blanks="none", indent="    ", items=[
    ("f", "江城东方科技股份有限公司 2023 年年度报告全文"),
    ("f", ""),
    ("l", "第三节　管理层讨论与分析", {"as": "                     第三节　管理层讨论与分析"}),
    ("l", "一、报告期内公司所处行业情况", {"as": "一、报告期内公司所处行业情况"}),
    ("p", "2023年，国内智能仪表行业在下游能源、水务等领域需求带动下保持平稳增长。根据行业协会统计，全年行业销售收入同比增长约8.5%，其中智能水表、智能燃气表出货量分别增长12.1%和9.7%。"),
    ("l", "二、主要会计数据和财务指标", {"as": "二、主要会计数据和财务指标"}),
    ("p", "公司近三年主要会计数据如下表所示，报告期内营业收入与净利润均实现两位数增长。"),
    ("l", "单位：元　币种：人民币", {"as": "                                                      单位：元  币种：人民币"}),
    ("l", "项目　2023年　2022年　本年比上年增减", {"as": "项目                     2023年               2022年          本年比上年增减"}),
    ("l", "营业收入　1,235,678,900.12　1,087,456,321.55　13.63%", {"as": "营业收入                 1,235,678,900.12     1,087,456,321.55        13.63%"}),
    ("l", "归属于上市公司股东的净利润　156,789,012.34　138,901,234.56　12.88%", {"as": "归属于上市公司股东的     156,789,012.34       138,901,234.56          12.88%\n净利润"}),
    ("l", "经营活动产生的现金流量净额　201,345,678.90　175,432,109.87　14.77%", {"as": "经营活动产生的现金流量   201,345,678.90       175,432,109.87          14.77%\n净额"}),
    ("p", "注：上表数据均已经审计，2022年数据已按同一控制下企业合并追溯调整。", {"indent": ""}),
    ("f", "                                   12 / 186"),
])

# 3. An exam paper: title block, section headings with scores, numbered questions, options A-D on
#    their own lines (one wraps), an answer blank `（　　）`, the paper's footer inside question 3.
PAGES["p03_exam_paper"] = dict(width=36, blanks="none", items=[
    ("l", "江城市2024年初中学业水平考试", {"as": "              江城市2024年初中学业水平考试"}),
    ("l", "语文试题", {"as": "                        语 文 试 题"}),
    ("l", "（满分120分，考试时间120分钟）", {"as": "               （满分120分，考试时间120分钟）"}),
    ("l", "一、积累与运用（共9分）", {"as": "一、积累与运用（共9分）"}),
    ("p", "1.下列词语中，书写完全正确的一项是（　　）（3分）"),
    ("l", "A.迫不及待　再接再励", {"as": "  A.迫不及待　再接再励"}),
    ("l", "B.相得益彰　谈笑风生", {"as": "  B.相得益彰　谈笑风生"}),
    ("l", "C.走投无路　一愁莫展", {"as": "  C.走投无路　一愁莫展"}),
    ("l", "D.变本加利　心旷神怡", {"as": "  D.变本加利　心旷神怡"}),
    ("p", "2.下列句子中，没有语病的一项是（　　）（3分）"),
    ("l", "A.通过这次研学活动，使同学们增长了见识，开阔了视野。", {"as": "  A.通过这次研学活动，使同学们增长了见识，开阔了\n视野。"}),
    ("l", "B.能否保持良好的心态，是考试取得成功的关键。", {"as": "  B.能否保持良好的心态，是考试取得成功的关键。"}),
    ("l", "C.江城博物馆展出了新近出土的两千多年前的青铜器。", {"as": "  C.江城博物馆展出了新近出土的两千多年前的青铜器。"}),
    ("l", "D.他那认真刻苦的学习态度，经常浮现在我的眼前。", {"as": "  D.他那认真刻苦的学习态度，经常浮现在我的眼前。"}),
    ("p", "3.古诗文默写。（3分）"),
    ("p", "（1）海内存知己，______________。（王勃《送杜少府之任蜀州》）",
     {"furniture_after": {0: "\n              语文试题　第1页（共6页）\n"}}),
    ("p", "（2）______________，小桥流水人家。（马致远《天净沙·秋思》）"),
    ("l", "二、阅读（共41分）", {"as": "二、阅读（共41分）"}),
    ("p", "阅读下面的文字，完成4～6题。（12分）"),
])

# 4. A novel's chapter: dialogue paragraphs in “”, some filling the 20-em column exactly,
#    a blank line after every line (the sample's style), a dash and an ellipsis at line ends.
PAGES["p04_novel_dialogue"] = dict(width=20, blanks="every", items=[
    ("l", "第七章　雨夜来客", {"as": "    第七章　雨夜来客"}),
    ("p", "雨是从傍晚开始下的。周老汉把最后一张桌子擦干净，正要去关门，门外却传来了一阵急促的敲门声。"),
    ("p", "“谁呀？”他问。"),
    ("p", "“是我，青河镇的林小满。”门外的声音有些发抖，“周伯，能让我进去避一避雨吗？”"),
    ("p", "周老汉愣了一下，拉开门闩。门口站着一个浑身湿透的姑娘，怀里紧紧抱着一个蓝布包袱。"),
    ("p", "“快进来，快进来！”他侧身让开，“这么大的雨，你一个人跑到这儿来做什么？”"),
    ("p", "林小满没有回答。她把包袱放在桌上，解开，里面是一只旧木匣。"),
    ("p", "“我爹临走前说，这匣子要交给您。”她低声说，“他还说——”"),
    ("p", "“还说什么？”"),
    ("p", "“他说，您看了就明白……”"),
    ("p", "周老汉盯着那只木匣，半晌没有作声。窗外的雨越下越大了。"),
])

# 5. Modern poetry: every verse line is a block; stanzas set off by blank lines; OCR of a 16-em
#    column that wrapped two long lines with a hanging indent; the title and the poet's name.
PAGES["p05_modern_poetry"] = dict(width=16, blanks="none", items=[
    ("l", "河岸", {"as": "        河  岸"}),
    ("l", "林远舟", {"as": "          林远舟"}),
    ("gap", 1),
    ("l", "我在河岸上坐了很久", {"as": "我在河岸上坐了很久"}),
    ("l", "看水把石头磨成沙", {"as": "看水把石头磨成沙"}),
    ("l", "看沙把脚印慢慢填平", {"as": "看沙把脚印慢慢填平"}),
    ("gap", 1),
    ("l", "母亲说，河是有记性的", {"as": "母亲说，河是有记性的"}),
    ("l", "它记得每一条沉下去的船，每一盏漂走的灯", {"as": "它记得每一条沉下去的船，每一盏\n    漂走的灯"}),
    ("l", "它只是不说", {"as": "它只是不说"}),
    ("gap", 1),
    ("l", "后来我去了很远的城市", {"as": "后来我去了很远的城市"}),
    ("l", "在地铁的轰鸣里听见水声", {"as": "在地铁的轰鸣里听见水声"}),
    ("l", "那是一条河从我的身体里穿过，向东，再向东", {"as": "那是一条河从我的身体里穿过，向\n    东，再向东"}),
    ("l", "一直流到我出生的那个早晨", {"as": "一直流到我出生的那个早晨"}),
    ("gap", 1),
    ("l", "2023年秋，于江城", {"as": "        2023年秋，于江城"}),
])

# 6. A FAQ page from a service hall, PaddleOCR: half-width `,` `:` `?` in Chinese, no blank lines,
#    `问:` / `答:` labels, a numbered question heading over each pair, a phone number and a URL.
PAGES["p06_faq_paddleocr"] = dict(width=28, blanks="none", items=[
    ("l", "江城市政务服务中心常见问题解答", {"as": "江城市政务服务中心常见问题解答"}),
    ("l", "一、办理居住证需要哪些材料？", {"as": "一、办理居住证需要哪些材料?"}),
    ("p", "答：申请人需提供本人居民身份证原件、近期一寸免冠照片两张，以及合法稳定住所证明、合法稳定就业证明或者连续就读证明之一。", {"post": [half(0.5, 6)]}),
    ("l", "二、居住证办理需要多长时间？", {"as": "二、居住证办理需要多长时间?"}),
    ("p", "答：材料齐全的，受理后15个工作日内制证；申请人可通过“江城办事”小程序查询办理进度。", {"post": [half(0.5, 7)]}),
    ("l", "三、中心的办公时间是什么？", {"as": "三、中心的办公时间是什么?"}),
    ("p", "答：周一至周五上午9:00—12:00，下午13:30—17:30；周六上午9:00—12:00仅办理户籍业务。法定节假日休息。", {"post": [half(0.6, 8)]}),
    ("l", "四、如何预约办理？", {"as": "四、如何预约办理?"}),
    ("p", "答：可拨打咨询电话0571-8765 4321，或登录https://zwfw.jiangcheng.gov.cn/yuyue在线预约。", {"post": [half(0.6, 9)]}),
])

# 7. A table of contents in traditional Chinese: letter-spaced title, chapter and section entries
#    with `……` leaders and page numbers, a long entry wrapped with its number on the second line.
PAGES["p07_toc_traditional"] = dict(width=30, blanks="none", items=[
    ("l", "目錄", {"as": "              目    錄"}),
    ("l", "序言……………………………………………………1", {"as": "序言……………………………………………………1"}),
    ("l", "第一章　港口的起源……………………………………5", {"as": "第一章　港口的起源……………………………………5"}),
    ("l", "第一節　早期的渡口與漁村………………………6", {"as": "    第一節　早期的渡口與漁村………………………6"}),
    ("l", "第二節　清代的商船往來………………………14", {"as": "    第二節　清代的商船往來………………………14"}),
    ("l", "第二章　近代的變遷……………………………………23", {"as": "第二章　近代的變遷……………………………………23"}),
    ("l", "第一節　鐵路通車與碼頭擴建對城市格局的影響……………………24", {"as": "    第一節　鐵路通車與碼頭擴建對城市格局的\n影響……………………24"}),
    ("l", "第二節　戰時的港口………………………………37", {"as": "    第二節　戰時的港口………………………………37"}),
    ("l", "第三章　新港區的建設…………………………………45", {"as": "第三章　新港區的建設…………………………………45"}),
    ("l", "附錄　大事年表…………………………………………61", {"as": "附錄　大事年表…………………………………………61"}),
    ("l", "後記……………………………………………………72", {"as": "後記……………………………………………………72"}),
    ("f", "\n                 i"),
])


# 8. A bibliography in GB/T 7714 form: entries cut across lines at 30 ems, English entries with
#    hyphenated words and a DOI cut at the line end, a URL cut, pdftotext with no blank lines.
PAGES["p08_bibliography"] = dict(width=30, blanks="none", items=[
    ("l", "参考文献", {"as": "参考文献"}),
    ("p", "[1] 王立新，陈晓梅. 江南水乡聚落空间形态研究[M]. 北京：中国建筑工业出版社，2019：45-67."),
    ("p", "[2] 林远舟. 滨江城市更新中的公共空间营造策略[J]. 城市规划学刊，2021（3）：88-95."),
    ("p", "[3] ZHANG Wei, LIU Fang. Spatial evolution of riverside industrial heritage in eastern China[J]. Journal of Urban History, 2020, 46(5): 1021-1043. DOI: 10.1177/0096144219876543."),
    ("p", "[4] 江城市自然资源和规划局. 江城市国土空间总体规划（2021—2035年）[EB/OL].（2023-05-12）[2024-01-08]. https://zrzy.jiangcheng.gov.cn/ghgs/202305/t20230512_1234567.html."),
    ("p", "[5] 陈思远. 历史街区微更新的居民参与机制研究[D]. 江城：江城大学，2022."),
    ("p", "[6] HARTLEY J, MORENO C. Waterfront regeneration and the everyday city[C]//Proceedings of the 12th International Conference on Urban Planning. London: Meridian Press, 2018: 233-241."),
    ("f", "\n                · 96 ·"),
])

# 9. A bilingual page: each Chinese paragraph followed by its English translation, the English
#    hyphenated at the line end; a two-line bilingual title; pdftotext, blank lines between blocks.
PAGES["p09_bilingual"] = dict(width=34, blanks="para", items=[
    ("l", "江城湿地公园游览须知", {"as": "            江城湿地公园游览须知"}),
    ("l", "Visitor Guidelines for Jiangcheng Wetland Park", {"as": "      Visitor Guidelines for Jiangcheng Wetland Park"}),
    ("p", "一、公园开放时间为每日6:00至18:00，17:00后停止入园。请游客合理安排游览时间。"),
    ("p", "1. The park is open daily from 6:00 to 18:00, and admis~sion stops at 17:00. Please plan your visit ac~cordingly."),
    ("p", "二、园内栖息着多种珍稀鸟类，请勿投喂、惊扰或捕捉野生动物，观鸟时请保持安静。"),
    ("p", "2. The park is home to many rare bird species. Do not feed, dis~turb or catch wild animals, and keep quiet while bird-watch~ing."),
    ("p", "三、禁止在园内吸烟、烧烤、野炊及燃放烟花爆竹。"),
    ("p", "3. Smoking, barbecues, picnic fires and fireworks are prohib~ited in the park."),
    ("l", "江城湿地公园管理处", {"as": "                           江城湿地公园管理处"}),
    ("l", "Jiangcheng Wetland Park Administration", {"as": "              Jiangcheng Wetland Park Administration"}),
])

# 10. A weather bulletin, Tesseract chi_sim: every character spaced, digits too, half-width
#     punctuation with a space after; temperatures with `～` and `℃`, wind forces, times.
PAGES["p10_weather_tesseract"] = dict(width=32, blanks="para", items=[
    ("l", "江城市气象台天气预报", {"as": "江 城 市 气 象 台 天 气 预 报"}),
    ("l", "2024年3月5日17:00发布", {"as": "2 0 2 4 年 3 月 5 日 17:00 发 布"}),
    ("p", "今天夜里到明天，受冷空气影响，我市阴有小雨，偏北风4～5级，阵风7级，最低气温6～8℃，最高气温12～14℃。", {"post": [half(0.8, 10, True), tess]}),
    ("p", "明天晚上到后天（3月7日），阴转多云，偏北风3～4级，气温5～13℃。", {"post": [half(0.8, 11, True), tess]}),
    ("p", "提示：降温幅度较大，请注意添衣保暖；江面风力较大，请过往船只注意安全。", {"post": [half(0.8, 12, True), tess]}),
])

# 11. An e-mail printed from a web mailbox: header fields, the body with a salutation and a
#     closing, the signature block, then the quoted original message with its own fields.
PAGES["p11_email_printout"] = dict(width=40, blanks="none", items=[
    ("l", "关于第二季度展会布展安排的回复", {"as": "关于第二季度展会布展安排的回复"}),
    ("l", "发件人：赵明远<zhaomy@hengtai-expo.cn>", {"as": "发件人：赵明远<zhaomy@hengtai-expo.cn>"}),
    ("l", "收件人：孙丽<sunli@jcgy.com.cn>", {"as": "收件人：孙丽<sunli@jcgy.com.cn>"}),
    ("l", "时间：2024年4月2日（星期二）上午10:26", {"as": "时间：2024年4月2日(星期二) 上午10:26"}),
    ("gap", 1),
    ("l", "孙经理：", {"as": "孙经理："}),
    ("p", "您好！来函收悉。经与展馆方确认，贵司的A12、A13两个展位可于4月18日8:00起进场布展，布展须于4月19日20:00前完成。布展期间请施工人员佩戴证件，大型设备进场请提前一天报备。"),
    ("p", "如有其他问题，请随时与我联系。"),
    ("l", "祝好！", {"as": "祝好！"}),
    ("gap", 1),
    ("l", "赵明远", {"as": "赵明远"}),
    ("l", "恒泰会展服务有限公司 项目部", {"as": "恒泰会展服务有限公司 项目部"}),
    ("l", "电话：139 0571 2468", {"as": "电话：139 0571 2468"}),
    ("gap", 1),
    ("l", "------------------ 原始邮件 ------------------", {"as": "------------------ 原始邮件 ------------------"}),
    ("l", "发件人：孙丽<sunli@jcgy.com.cn>", {"as": "发件人：孙丽<sunli@jcgy.com.cn>"}),
    ("l", "发送时间：2024年4月1日 16:03", {"as": "发送时间：2024年4月1日 16:03"}),
    ("p", "赵经理：请问我司展位最早何时可以进场布展？谢谢！"),
])

# 12. A play script: act and scene headings, a stage direction in （）, speeches `人名　（动作）台词`
#     wrapped with a hanging indent at 30 ems, no blank lines.
PAGES["p12_drama_script"] = dict(width=30, blanks="none", items=[
    ("l", "第二幕", {"as": "                第 二 幕"}),
    ("p", "〔秋天的傍晚。江边一间旧茶馆，桌椅陈旧。周老汉坐在柜台后面拨着算盘，窗外传来汽笛声。〕", {"indent": "    ", "hang": "    "}),
    ("p", "林小满　（推门进来，收起雨伞）周伯，还没打烊吧？", {"hang": "        "}),
    ("p", "周老汉　（抬头）是小满啊。坐，坐。今天怎么这么晚？", {"hang": "        "}),
    ("p", "林小满　厂里开会，说是下个月码头就要拆了，大家都得搬到新港区去。", {"hang": "        "}),
    ("p", "周老汉　（手停在算盘上，半晌）拆了好，拆了好。这码头，也该歇歇了。", {"hang": "        "}),
    ("p", "林小满　您不难过？", {"hang": "        "}),
    ("p", "周老汉　难过有什么用？（站起来，走到窗前）我在这儿守了四十年，看着船一条一条地开走，就没见哪条回来过。", {"hang": "        "}),
    ("p", "〔汽笛声又响了一次。灯光渐暗。〕", {"indent": "    "}),
    ("l", "——幕落", {"as": "                  ——幕落"}),
])


# 13. A classical text with annotations, traditional Chinese in Big5: the title, the author's line,
#     the text in a 24-em column with indented paragraphs and blank lines between them, note marks
#     ①② in the text, then 【注釋】 with one note a paragraph, and the page number.
PAGES["p13_classical_notes_big5"] = dict(width=24, blanks="para", indent="　　", encoding="big5hkscs", items=[
    ("l", "遊青溪記", {"as": "            遊青溪記"}),
    ("l", "〔清〕林遠舟", {"as": "              〔清〕林遠舟"}),
    ("p", "青溪在郡城西三十里，源出雲門山①，東流入於江。溪之兩岸多修竹，春夏之交，竹影覆水，遊魚可數。"),
    ("p", "余以暇日與二三子泛舟其上。舟行里許，有石壁峭立，高可十丈，其下潭水深碧，土人謂之「龍淵」②。相傳旱歲禱雨於此，輒應。"),
    ("p", "既而日暮，山鳥爭鳴，遂舍舟登岸，沿溪而歸。是日也，天朗氣清，同遊者皆盡興焉。"),
    ("l", "【注釋】", {"as": "【注釋】"}),
    ("p", "①雲門山：山名，在郡城西北，今已不可確考。", {"indent": ""}),
    ("p", "②龍淵：潭名。土人，當地人。", {"indent": ""}),
    ("f", "                  ·17·"),
])

# 14. A recipe from a cooking app, GB18030: the dish's name, a short introduction, ingredients one a
#     line with their quantities padded, numbered steps (one wraps), a tip; 22-em column, no blanks.
PAGES["p14_recipe_gb18030"] = dict(width=22, blanks="none", encoding="gb18030", items=[
    ("l", "清蒸鲈鱼", {"as": "清蒸鲈鱼"}),
    ("p", "鲈鱼肉质细嫩，清蒸最能保留它的鲜味。这道菜做法简单，十五分钟就能上桌。"),
    ("l", "【食材】", {"as": "【食材】"}),
    ("l", "鲈鱼　1条（约600克）", {"as": "鲈鱼              1条（约600克）"}),
    ("l", "葱　2根", {"as": "葱                2根"}),
    ("l", "姜　1小块", {"as": "姜                1小块"}),
    ("l", "蒸鱼豉油　2汤匙", {"as": "蒸鱼豉油          2汤匙"}),
    ("l", "【做法】", {"as": "【做法】"}),
    ("p", "1.鲈鱼去鳞、去内脏，洗净后在鱼身两面各划三刀。"),
    ("p", "2.盘底铺上葱段和姜片，放上鲈鱼，鱼身上再放几片姜。"),
    ("p", "3.锅中水烧开后放入鱼盘，大火蒸8分钟，关火后再焖2分钟。"),
    ("p", "4.倒掉盘中的汤汁，铺上葱丝，淋上蒸鱼豉油，再浇一勺热油即可。"),
    ("l", "【小贴士】", {"as": "【小贴士】"}),
    ("p", "蒸鱼时间要根据鱼的大小调整，每500克约蒸7分钟。"),
])

# 15. A German local news article: hyphenated words at the line end, compounds cut at their own
#     hyphen (`Rhein-` / `Main-Gebiet`), „…“ quotes, ß and umlauts, a page head inside a sentence.
PAGES["p15_german_article"] = dict(width=19, blanks="none", items=[
    ("l", "Neue Fährverbindung über den Lindensee", {"as": "Neue Fährverbindung über\nden Lindensee"}),
    ("l", "Von Katrin Wellhöfer", {"as": "Von Katrin Wellhöfer"}),
    ("p", "ALTENBRÜCK. Ab dem kom~men~den Frühjahr soll eine elek~trisch betriebene Fähre die bei~den Ufer des Linden~sees ver~bin~den. Das hat der Gemein~de~rat am Dienstag~abend mit großer Mehr~heit beschlos~sen.", {"indent": "  "}),
    ("p", "„Wir schließen damit eine Lücke im Nahver~kehr, die seit Jahr~zehn~ten besteht“, sagte Bürger~meis~terin Ute Hallberg. Pendler aus dem Rhein-Main-Gebiet müss~ten bis~her einen Umweg von fast zwanzig Kilo~metern in Kauf neh~men.", {"indent": "  ", "furniture_after": {3: "\nSeite 14            Lokales\n"}}),
    ("p", "Die Kosten für das Schiff und die beiden Anle~ge~stel~len werden auf rund 3,2 Mil~lionen Euro ge~schätzt; das Land über~nimmt knapp die Hälfte.", {"indent": "  "}),
])

# 16. A French column: guillemets « » with their inner spaces, spaces before ; : ! ?, hyphenated
#     words, compounds with their hyphen kept, a short paragraph of dialogue; 38-character column.
PAGES["p16_french_chronique"] = dict(width=19, blanks="none", items=[
    ("l", "CHRONIQUE DU MARCHÉ", {"as": "     CHRONIQUE DU MARCHÉ"}),
    ("p", "Samedi matin, place des Tilleuls, les étals débor~daient de courges et de pommes. «¤Cette année, la récolte est ex~cep~tion~nelle¤!¤» assurait Mme¤Ber~thelot, maraî~chère à Saint-Aubin-des-Prés depuis trente ans.", {"indent": "  "}),
    ("p", "Les prix, eux, restent sages¤: la pomme reinette se vend 2,40¤€ le kilo¤; le potiron, 1,80¤€. Faut-il s'en étonner¤? Pas vraiment, selon les pro~duc~teurs.", {"indent": "  "}),
    ("p", "«¤Et les châtaignes¤?¤» demande un passant.", {"indent": "  "}),
    ("p", "«¤Dans quinze jours, au plus tard¤!¤»", {"indent": "  "}),
])

# 17. Numbered verses set like a Bible chapter: running head with the page number, a chapter
#     heading, each verse a block opening with its number, hyphenated words; 28-character column.
PAGES["p17_verses_english"] = dict(width=14, blanks="none", items=[
    ("f", "THE CHRONICLE OF ELDERMERE        211"),
    ("l", "CHAPTER 4", {"as": "         CHAPTER 4"}),
    ("p", "1 And in the days of the drought the people of Elder~mere came unto the well of Ashby, and they found it dry."),
    ("p", "2 Then spake Tobias the miller, saying, Let us go up into the hills, where the springs have not failed."),
    ("p", "3 And they took their flocks and their house~holds, and went up by the way of the ford."),
    ("p", "4 And it came to pass on the third day, that the rain fell upon the valley; and the well of Ashby was filled again.", {"furniture_after": {2: "\n212        THE CHRONICLE OF ELDERMERE\n"}}),
    ("p", "5 So the people returned, every man to his own house, and they gave thanks."),
])

# 18. An English play: act and scene heading, a stage direction in square brackets, speeches with
#     the speaker in capitals and a hanging indent, a short line ending a speech, an exit.
PAGES["p18_english_play"] = dict(width=24, blanks="none", items=[
    ("l", "ACT II", {"as": "                    ACT II"}),
    ("l", "SCENE 1. The keeper's kitchen. Evening.", {"as": "    SCENE 1. The keeper's kitchen. Evening."}),
    ("l", "[MARGERY at the table, mending a net. Enter HOLLIS, wet through.]", {"as": "[MARGERY at the table, mending a net. Enter\n  HOLLIS, wet through.]"}),
    ("p", "HOLLIS. The boat's in, Margery. But there's no sign of the Wren, and the glass is still falling.", {"hang": "    "}),
    ("p", "MARGERY. Then we wait. We've waited before.", {"hang": "    "}),
    ("p", "HOLLIS. Not like this. Old Pen~rose says he has never seen a sky so black in forty years at sea.", {"hang": "    "}),
    ("p", "MARGERY. Old Penrose says a great many things.", {"hang": "    "}),
    ("l", "[She rises and goes to the window.]", {"as": "[She rises and goes to the window.]"}),
    ("p", "Light the lamp, Hollis.", {"indent": "    "}),
    ("l", "[Exit HOLLIS.]", {"as": "                              [Exit HOLLIS.]"}),
])

# 19. A drug leaflet in traditional Chinese: fields opened by 【…】 labels, the text of a field
#     running on after the label and over several lines, an item list inside a field; 26 ems.
PAGES["p19_leaflet_traditional"] = dict(width=26, blanks="none", items=[
    ("l", "青禾止咳糖漿說明書", {"as": "        青禾止咳糖漿說明書"}),
    ("l", "請仔細閱讀說明書並按說明使用或在藥師指導下購買和使用。", {"as": "請仔細閱讀說明書並按說明使用或在藥師指導下購買和使用。"}),
    ("p", "【藥品名稱】青禾止咳糖漿"),
    ("p", "【成份】枇杷葉、桔梗、甘草、薄荷腦。輔料為蔗糖、苯甲酸鈉。"),
    ("p", "【功能主治】清熱化痰，止咳平喘。用於風熱犯肺所致的咳嗽痰多、咽喉腫痛。"),
    ("p", "【用法用量】口服。成人一次10毫升，一日3次；兒童用量請諮詢醫師或藥師。"),
    ("l", "【注意事項】", {"as": "【注意事項】"}),
    ("p", "1.忌煙、酒及辛辣、生冷、油膩食物。"),
    ("p", "2.糖尿病患者及有高血壓、心臟病等慢性病嚴重者應在醫師指導下服用。"),
    ("p", "3.服藥3天症狀無緩解，應去醫院就診。"),
    ("p", "【貯藏】密封，置陰涼處（不超過20℃）。"),
])

# 20. A group chat exported as text: each message a name-and-time line then the message, a
#     message of two lines, a link, an emoji code, a system line; no blank lines, 30 ems.
PAGES["p20_chat_export"] = dict(width=30, blanks="none", items=[
    ("l", "“青河镇老同学”群聊记录", {"as": "“青河镇老同学”群聊记录"}),
    ("l", "—— 2024-02-10 ——", {"as": "—— 2024-02-10 ——"}),
    ("l", "林小满 09:12", {"as": "林小满 09:12"}),
    ("p", "大家新年好！今年初六在镇上聚一聚吧，我来订饭店。"),
    ("l", "周明 09:15", {"as": "周明 09:15"}),
    ("p", "好啊[强]初六我有空。"),
    ("l", "陈思远 09:31", {"as": "陈思远 09:31"}),
    ("p", "我初六上午要去外婆家，下午才能到，你们先吃，我晚点过来。饭店定好了发个位置。"),
    ("l", "林小满 10:02", {"as": "林小满 10:02"}),
    ("p", "定好了，老街口的聚福楼，中午11:30。位置：https://j.map.example.cn/s/8Kq2Lm"),
    ("l", "“周明”撤回了一条消息", {"as": "“周明”撤回了一条消息"}),
])


def fw_digits(line):
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() and c.isascii() else c for c in line)


# 21. A diary in traditional Chinese: date headings with the weather, short entries; a 13-em
#     newspaper-like column with a blank line after every line; OCR full-width digits.
PAGES["p21_diary_traditional"] = dict(width=13, blanks="every", items=[
    ("l", "港邊日記（選）", {"as": "港邊日記（選）"}),
    ("l", "三月五日　晴", {"as": "三月五日　晴"}),
    ("p", "早上六點就醒了。窗外的貨輪鳴了兩聲笛，碼頭上的吊車已經開始轉動。", {"post": [fw_digits]}),
    ("p", "下午去舊書店，買到一本1958年版的《港務志》，定價0.85元，書頁已經發黃。", {"post": [fw_digits]}),
    ("l", "三月六日　雨", {"as": "三月六日　雨"}),
    ("p", "雨下了一整天。"),
    ("p", "讀《港務志》至第3章，才知道老碼頭原來有十二個泊位，如今只剩下四個了。", {"post": [fw_digits]}),
])

# 22. A classical poem with notes and a translation, as a textbook's reading page prints it: the
#     poem centred two lines of seven characters each, 【注释】 notes ①②③, 【译文】 a paragraph.
PAGES["p22_poem_notes_translation"] = dict(width=30, blanks="none", items=[
    ("l", "夜泊青溪", {"as": "                夜泊青溪"}),
    ("l", "〔宋〕林远舟", {"as": "              〔宋〕林远舟"}),
    ("l", "孤舟夜泊青溪口①，", {"as": "          孤舟夜泊青溪口①，"}),
    ("l", "两岸寒蛩②咽不休。", {"as": "          两岸寒蛩②咽不休。"}),
    ("l", "明月不知人去远，", {"as": "          明月不知人去远，"}),
    ("l", "殷勤犹照旧渔舟③。", {"as": "          殷勤犹照旧渔舟③。"}),
    ("l", "【注释】", {"as": "【注释】"}),
    ("p", "①青溪口：青溪流入大江的地方。"),
    ("p", "②寒蛩（qióng）：深秋的蟋蟀。"),
    ("p", "③渔舟：打鱼的小船。这里指诗人少年时乘过的船。"),
    ("l", "【译文】", {"as": "【译文】"}),
    ("p", "夜里，我把小船停泊在青溪口，两岸深秋的蟋蟀叫个不停。明月不知道故人早已远去，依旧殷勤地照着当年那只打鱼的小船。", {"indent": "　　"}),
])

# 23. An English FAQ from a library's leaflet: questions in bold set as their own lines, answers
#     as paragraphs with hyphenated words, a list of three items with bullets, a footer.
PAGES["p23_english_faq"] = dict(width=22, blanks="para", items=[
    ("l", "FREQUENTLY ASKED QUESTIONS", {"as": "       FREQUENTLY ASKED QUESTIONS"}),
    ("l", "How do I get a library card?", {"as": "How do I get a library card?"}),
    ("p", "Bring a photo ID and proof of your address to any branch. Cards are free for res~i~dents of Millbrook County and are issued on the spot."),
    ("l", "How many items may I borrow?", {"as": "How many items may I borrow?"}),
    ("p", "Up to twenty items at a time, of which no more than:"),
    ("l", "• five DVDs or Blu-ray discs;", {"as": "• five DVDs or Blu-ray discs;"}),
    ("l", "• three museum passes;", {"as": "• three museum passes;"}),
    ("l", "• two interlibrary loans.", {"as": "• two interlibrary loans."}),
    ("l", "Can I renew online?", {"as": "Can I renew online?"}),
    ("p", "Yes. Log in at www.millbrooklibrary.example.org/account and choose Renew. Items on hold for an~other reader can~not be renewed."),
    ("f", "Millbrook Public Library · Leaflet 7 · Revised March 2024"),
])

# 24. Spanish fiction: dialogue opened by the em dash (—¿Vienes?), ¿…? ¡…!, hyphenated words
#     (`pe-` / `rro`), a 32-character column, indented paragraphs, no blank lines.
PAGES["p24_spanish_dialogue"] = dict(width=16, blanks="none", indent="   ", items=[
    ("l", "III", {"as": "             III"}),
    ("p", "Cuando Lucía llegó al muelle, el último barco ya había zarpado. Se sentó sobre una caja de made~ra y miró el agua oscura durante un largo rato."),
    ("p", "—¿Esperas a alguien? —le preguntó un vie~jo pescador que re~mendaba sus redes."),
    ("p", "—A mi her~mano. Dijo que volvería antes del invierno."),
    ("p", "El viejo no contestó. Siguió tra~ba~jando en silencio, y solo al cabo de un rato murmuró:"),
    ("p", "—¡Ojalá vuelva pronto!"),
])

# 25. The novel chapter of p04 as PyMuPDF gives a book page: 30 ems, indentation and blank
#     lines stripped, so only line lengths and marks tell where a paragraph ends.
PAGES["p25_novel_flat_column30"] = dict(width=30, blanks="none", items=[
    item for item in PAGES["p04_novel_dialogue"]["items"]
])
PAGES["p25_novel_flat_column30"]["items"][0] = ("l", "第七章　雨夜来客", {"as": "第七章　雨夜来客"})

# 26. An obituary notice (讣告): title letter-spaced, the notice as prose, the family's names
#     padded in a list, the closing `特此讣告` and the date, centred; pdftotext 32 ems.
PAGES["p26_obituary"] = dict(width=32, blanks="none", indent="　　", items=[
    ("l", "讣告", {"as": "                 讣      告"}),
    ("p", "江城市第二中学退休教师林远舟先生，因病医治无效，于2024年1月18日凌晨3时15分在江城市人民医院逝世，享年八十六岁。"),
    ("p", "林远舟先生1938年生于青河镇，1960年毕业于江城师范学院，从事中学语文教学三十余年，桃李满天下。"),
    ("p", "兹定于2024年1月21日上午9时在江城市殡仪馆福寿厅举行告别仪式。"),
    ("p", "特此讣告。"),
    ("l", "林远舟先生治丧小组", {"as": "                                  林远舟先生治丧小组"}),
    ("l", "2024年1月19日", {"as": "                                    2024年1月19日"}),
])


# 27. English free verse (no rhyme, no end punctuation on most lines) in a magazine column:
#     each verse line a block, stanzas set off by blank lines, a long line turned over with an
#     indent, the poet's name under the poem.
PAGES["p27_english_free_verse"] = dict(width=17, blanks="none", items=[
    ("l", "Low Tide at Eldermere", {"as": "   Low Tide at Eldermere"}),
    ("gap", 1),
    ("l", "The water has gone out to think", {"as": "The water has gone out to think"}),
    ("l", "and left the boats lying on their sides", {"as": "and left the boats lying on their\n      sides"}),
    ("l", "like dogs asleep in the sun", {"as": "like dogs asleep in the sun"}),
    ("gap", 1),
    ("l", "my father walks the mud in his boots", {"as": "my father walks the mud in his boots"}),
    ("l", "counting the posts of a jetty", {"as": "counting the posts of a jetty"}),
    ("l", "nobody has tied a rope to in years", {"as": "nobody has tied a rope to in years"}),
    ("gap", 1),
    ("l", "and when the sea comes back", {"as": "and when the sea comes back"}),
    ("l", "it will not ask where he went", {"as": "it will not ask where he went"}),
    ("gap", 1),
    ("l", "— Ruth Calloway", {"as": "                 — Ruth Calloway"}),
])

# 28. A radio play transcript with `人名：台词` speeches and stage directions in （） on lines
#     of their own, a sound cue in 【】; 28 ems, no blanks, no indent.
PAGES["p28_radio_play_colon"] = dict(width=28, blanks="none", items=[
    ("l", "广播剧《渡口》第三集", {"as": "广播剧《渡口》第三集"}),
    ("l", "【音效：江水声，远处汽笛】", {"as": "【音效：江水声，远处汽笛】"}),
    ("p", "林小满：周伯，船还开吗？"),
    ("p", "周老汉：开，怎么不开。只要还有一个人要过江，这船就得开。"),
    ("l", "（停顿）", {"as": "（停顿）"}),
    ("p", "周老汉：你爹当年也是坐我这条船走的。那天的雾，比今天还大。"),
    ("p", "林小满：（轻声）他走的时候，说过什么吗？"),
    ("p", "周老汉：他说，等桥修好了，就不用再麻烦我了。"),
    ("l", "（两人都笑了）", {"as": "（两人都笑了）"}),
    ("l", "【音效：汽笛声渐近】", {"as": "【音效：汽笛声渐近】"}),
])


# ---- q-pages (session 15, helper s15-probe2): Chinese government documents ----

def tess_all(line):
    """Tesseract on a government page: every character spaced, digits too (`2 0 2 4 年`)."""
    out = []
    for k, ch in enumerate(line):
        out.append(ch)
        if k + 1 < len(line) and ch != " " and line[k + 1] != " ":
            out.append(" ")
    return "".join(out)

# q01. A notice (通知): centred two-line title, 文号, headings, a page number `— 3 —` cut inside a
#      sentence, an attachment list whose second item is aligned under the first, signature and date,
#      （此件公开发布）, then the foot: 抄送 wrapped, and the 印发 line of two fields. pdftotext 28 ems.
PAGES["q01_notice_cc_footer"] = dict(width=28, blanks="none", indent="　　", items=[
    ("l", "江城市人民政府办公室关于做好2024年防汛防台工作的通知",
     {"as": "    江城市人民政府办公室关于做好2024年\n             防汛防台工作的通知"}),
    ("l", "江政办发〔2024〕15号", {"as": "                江政办发〔2024〕15号"}),
    ("l", "各区人民政府，市政府各部门：", {"as": "各区人民政府，市政府各部门："}),
    ("p", "据市气象部门预测，今年我市汛期降水总体偏多，极端天气事件发生概率较高。为切实做好2024年防汛防台工作，保障人民群众生命财产安全，经市政府同意，现就有关事项通知如下："),
    ("p", "一、压实防汛防台责任"),
    ("p", "各区、各部门要严格落实以行政首长负责制为核心的防汛防台责任制，逐级明确水库、堤防、山塘和地质灾害隐患点的责任人，并于5月31日前在政府网站向社会公布。",
     {"furniture_after": {2: "\n                 — 3 —\n"}}),
    ("p", "二、强化监测预警"),
    ("p", "市气象局、市水利局要加密雨情、水情监测，发布预警信息时同步推送至乡镇（街道）和村（社区）责任人，确保预警信息直达一线。"),
    ("l", "附件：1.江城市2024年防汛防台重点部位清单", {"as": "　　附件：1.江城市2024年防汛防台重点部位清单"}),
    ("l", "2.江城市防汛防台应急联络表", {"as": "　　　　　2.江城市防汛防台应急联络表"}),
    ("l", "江城市人民政府办公室", {"as": "                    江城市人民政府办公室"}),
    ("l", "2024年5月20日", {"as": "                       2024年5月20日"}),
    ("l", "（此件公开发布）", {"as": "　　（此件公开发布）"}),
    ("gap", 1),
    ("l", "抄送：市委各部门，市人大常委会办公厅，市政协办公厅，江城军分区，市法院，市检察院。",
     {"as": "抄送：市委各部门，市人大常委会办公厅，市政协办公厅，\n　　　江城军分区，市法院，市检察院。"}),
    ("l", "江城市人民政府办公室　2024年5月20日印发",
     {"as": "江城市人民政府办公室                2024年5月20日印发"}),
])

# q02. An opinion (意见) with four heading levels 一、（一）1.（1）, run-in headings `（一）…。…`,
#      PyMuPDF flat: 28 ems, no indent, no blank lines.
PAGES["q02_opinion_four_levels_flat"] = dict(width=28, blanks="none", items=[
    ("l", "江城市人民政府关于加快推进数字乡村建设的实施意见", {"as": "江城市人民政府关于加快推进数字乡村建设的实\n施意见"}),
    ("l", "江政发〔2024〕9号", {"as": "江政发〔2024〕9号"}),
    ("p", "各区人民政府，市政府各部门："),
    ("p", "为深入实施乡村振兴战略，加快推进数字乡村建设，结合我市实际，提出如下意见。"),
    ("p", "一、总体要求"),
    ("p", "（一）指导思想"),
    ("p", "坚持以人民为中心的发展思想，以数字技术赋能乡村产业发展、乡村建设和乡村治理，推动城乡数字化协同发展。"),
    ("p", "（二）主要目标"),
    ("p", "到2026年，全市行政村5G网络通达率达到98%以上，涉农政务服务事项网上可办率达到95%以上。"),
    ("p", "二、重点任务"),
    ("p", "（三）完善乡村信息基础设施。推进千兆光网向自然村延伸，加快农村电网、水利、公路等传统基础设施数字化改造。"),
    ("p", "（四）发展智慧农业。重点抓好以下工作："),
    ("p", "1.建设农业大数据平台。"),
    ("p", "2.推广智能农机装备，具体包括："),
    ("p", "（1）在粮食主产区推广北斗导航自动驾驶系统；"),
    ("p", "（2）在设施农业园区推广环境智能监测和水肥一体化设备；"),
    ("p", "（3）支持农机合作社建设智能农机库。"),
    ("p", "3.培育农村电商新业态，每个区至少建成1个县级电商公共服务中心。"),
    ("p", "三、保障措施"),
    ("p", "各区要将数字乡村建设纳入乡村振兴实绩考核，市财政每年安排专项资金予以支持。"),
    ("p", "本意见自2024年4月1日起施行。"),
    ("p", "江城市人民政府"),
    ("p", "2024年3月1日"),
])

# q03. A joint statement (联合声明) of two ministries: two-line centred title, numbered points,
#      the two ministers' signatures side by side, the date and place centred under them.
#      pdftotext 34 ems, indented paragraphs, a blank line between blocks.
PAGES["q03_joint_statement_ministers"] = dict(width=34, blanks="para", indent="　　", items=[
    ("l", "中华人民共和国生态环境部和澜海共和国环境部关于加强海洋环境保护合作的联合声明",
     {"as": "  中华人民共和国生态环境部和澜海共和国环境部关于\n          加强海洋环境保护合作的联合声明"}),
    ("p", "中华人民共和国生态环境部和澜海共和国环境部（以下简称“双方”），本着平等互利、合作共赢的原则，就加强海洋环境保护合作达成如下共识："),
    ("p", "一、双方同意建立部长级年度会晤机制，轮流在两国举行，共同研究海洋生态保护中的重大问题。"),
    ("p", "二、双方将在海洋塑料垃圾治理、红树林保护修复和海洋环境监测等领域开展联合研究，并互派技术人员交流。"),
    ("p", "三、本声明不构成国际法意义上的权利和义务。"),
    ("l", "中华人民共和国生态环境部\n部长 王立新\n澜海共和国环境部\n部长 阿莉娅·萨米",
     {"as": "　　中华人民共和国生态环境部　　　　澜海共和国环境部\n　　　　部长　王立新　　　　　　　　部长　阿莉娅·萨米"}),
    ("l", "二〇二四年五月八日于北京", {"as": "　　　　　　　　二〇二四年五月八日于北京"}),
])

# q04. A newspaper page (人民日报-style) reprinting an official text: the page's masthead line, an
#      editor's note, a headline, the dateline `新华社北京5月8日电`, the reprinted notice with its
#      numbered points, signature and date; 20-em column, a blank line after every line.
PAGES["q04_newspaper_reprint_column20"] = dict(width=20, blanks="every", items=[
    ("f", "2024年5月9日　星期四　　　　　　4"),
    ("l", "要闻", {"as": "要闻"}),
    ("p", "编者按：近日，国务院办公厅印发《关于进一步做好基层减负工作的通知》。本报今日全文刊发，供各地各部门学习贯彻。"),
    ("l", "国务院办公厅关于进一步做好基层减负工作的通知", {"as": "国务院办公厅关于进一步做好\n基层减负工作的通知"}),
    ("p", "新华社北京5月8日电　国务院办公厅日前印发《关于进一步做好基层减负工作的通知》。全文如下："),
    ("p", "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："),
    ("p", "为切实减轻基层负担，让基层干部把更多精力用在抓落实上，经国务院同意，现就有关事项通知如下："),
    ("p", "一、精简文件会议。各地区各部门要严格控制发文数量，能合并的合并，能不发的不发。"),
    ("p", "二、规范督查检查考核。未经批准不得开展督查检查考核，严禁层层加码。"),
    ("p", "国务院办公厅"),
    ("p", "2024年5月6日"),
    ("p", "（本报记者张明整理）"),
])

# q05. An announcement (公告) with a table of contacts set out by pdftotext -layout: six offices,
#      each with its address and phone, one address wrapped under its row; 36 ems, no blanks.
PAGES["q05_announcement_contacts_table"] = dict(width=36, blanks="none", indent="    ", items=[
    ("l", "江城市市场监督管理局关于开展2024年度食品经营许可证集中换证的公告",
     {"as": "                  江城市市场监督管理局\n      关于开展2024年度食品经营许可证集中换证的公告"}),
    ("l", "2024年第6号", {"as": "                       2024年第6号"}),
    ("p", "根据《食品经营许可和备案管理办法》有关规定，我局定于2024年6月1日至8月31日开展食品经营许可证集中换证工作。现将有关事项公告如下："),
    ("p", "一、换证对象为许可证有效期在2024年12月31日前届满的食品经营者。"),
    ("p", "二、经营者可通过“江城办事”平台在线申请，也可到所在区市场监督管理局窗口办理。各受理窗口联系方式如下："),
    ("l", "单位　地址　联系电话", {"as": "单位                    地址                            联系电话"}),
    ("l", "东城区市场监管局　东城区青河路18号　0571-86011234", {"as": "东城区市场监管局        东城区青河路18号                0571-86011234"}),
    ("l", "西城区市场监管局　西城区柳岸街7号　0571-86022345", {"as": "西城区市场监管局        西城区柳岸街7号                 0571-86022345"}),
    ("l", "南湖区市场监管局　南湖区湖滨大道266号市民中心B座3楼　0571-86033456",
     {"as": "南湖区市场监管局        南湖区湖滨大道266号市民         0571-86033456\n                        中心B座3楼"}),
    ("l", "北山区市场监管局　北山区兴业路9号　0571-86044567", {"as": "北山区市场监管局        北山区兴业路9号                 0571-86044567"}),
    ("l", "江城新区市场监管局　新区科创大道100号　0571-86055678", {"as": "江城新区市场监管局      新区科创大道100号               0571-86055678"}),
    ("l", "青河县市场监管局　青河县城关镇人民路3号　0571-86066789", {"as": "青河县市场监管局        青河县城关镇人民路3号           0571-86066789"}),
    ("p", "特此公告。"),
    ("l", "江城市市场监督管理局", {"as": "                                    江城市市场监督管理局"}),
    ("l", "2024年5月15日", {"as": "                                       2024年5月15日"}),
])

# q06. A government work report (政府工作报告) excerpt: pdftotext 30 ems, indented paragraphs, the
#      report's running head letter-spaced on each page with the page number, letter-spaced headings
#      (justified on their line), one page turn inside a sentence, one between paragraphs.
PAGES["q06_work_report_running_heads"] = dict(width=30, blanks="none", indent="　　", items=[
    ("f", "政 府 工 作 报 告\n"),
    ("l", "一、2023年工作回顾", {"as": "一 、 2 0 2 3 年 工 作 回 顾"}),
    ("p", "过去一年，面对复杂严峻的外部环境，我们坚持稳中求进工作总基调，全市经济持续回升向好。全年地区生产总值增长6.2%，一般公共预算收入增长7.5%，城镇和农村居民人均可支配收入分别增长5.1%和6.8%。",
     {"furniture_after": {2: "                    — 3 —\n\f\n政 府 工 作 报 告\n"}}),
    ("p", "（一）聚力稳增长，经济运行回升向好。", {"indent": ""}),
    ("p", "实施扩大内需三年行动，新开工亿元以上项目186个，完成固定资产投资1860亿元。"),
    ("l", "二、2024年主要目标任务", {"as": "二 、 2 0 2 4 年 主 要 目 标 任 务"}),
    ("p", "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业8万人，居民消费价格涨幅3%左右。",
     {"furniture_after": {1: "                    — 4 —\n\f\n政 府 工 作 报 告\n"}}),
    ("p", "各位代表，新征程上，让我们勇毅前行，为谱写江城高质量发展新篇章而不懈奋斗！"),
    ("f", "\n                    — 5 —"),
])

# q07. A decision (决定) OCRed by Tesseract: every character spaced, digits too (`2 0 2 4 年`),
#      half-width punctuation with a space after, 30 ems, a blank line between blocks.
PAGES["q07_decision_tesseract"] = dict(width=30, blanks="para", items=[
    ("l", "江城市人民政府关于表彰2023年度安全生产工作先进集体的决定",
     {"as": tess_all("江城市人民政府关于表彰2023年度安全生产") + "\n" + tess_all("工作先进集体的决定")}),
    ("l", "江政发〔2024〕12号", {"as": tess_all("江政发〔2024〕12号")}),
    ("p", "各区人民政府，市政府各部门：", {"post": [half(1.0, 21, True), tess_all]}),
    ("p", "2023年，全市各级各部门认真贯彻落实安全生产各项决策部署，全年生产安全事故起数和死亡人数分别下降18.6%和21.3%。为表彰先进，市政府决定，授予东城区应急管理局等10个单位“2023年度安全生产工作先进集体”称号。",
     {"post": [half(0.9, 22, True), tess_all]}),
    ("p", "希望受表彰的集体珍惜荣誉，再接再厉，为建设更高水平的平安江城作出新的贡献。", {"post": [half(0.9, 23, True), tess_all]}),
    ("l", "江城市人民政府", {"as": "                    " + tess_all("江城市人民政府")}),
    ("l", "2024年1月26日", {"as": "                    " + tess_all("2024年1月26日")}),
])

# q08. A reply (批复) in GB18030 with a village name using a CJK Ext-A character (`东㙟村`, a four-byte
#      GB18030 sequence), 26 ems, indented paragraphs, no blanks.
PAGES["q08_reply_gb18030"] = dict(width=26, blanks="none", indent="　　", encoding="gb18030", items=[
    ("l", "江城市人民政府关于同意调整青河县东㙟村村庄规划的批复", {"as": "  江城市人民政府关于同意调整青河县\n        东㙟村村庄规划的批复"}),
    ("l", "江政复〔2024〕7号", {"as": "           江政复〔2024〕7号"}),
    ("l", "青河县人民政府：", {"as": "青河县人民政府："}),
    ("p", "你县《关于调整东㙟村村庄规划的请示》（青政〔2024〕21号）收悉。经研究，现批复如下："),
    ("p", "一、同意调整东㙟村村庄规划。调整后村庄建设用地规模为42.6公顷，耕地保有量不低于310公顷。"),
    ("p", "二、你县要严格按照批准的规划实施管理，不得擅自改变用途。"),
    ("p", "此复。"),
    ("l", "江城市人民政府", {"as": "                    江城市人民政府"}),
    ("l", "2024年4月3日", {"as": "                     2024年4月3日"}),
    ("l", "（此件主动公开）", {"as": "　　（此件主动公开）"}),
])

# q09. A speech (讲话) with its front matter: a main title and a dash subtitle, the speaker's line, the date in brackets, salutation,
#      numbered headings inside the speech and its close; PyMuPDF: 32 ems, no indent, no blanks.
PAGES["q09_speech_front_matter_flat"] = dict(width=21, blanks="none", items=[
    ("l", "以更优营商环境激发高质量发展新动能", {"as": "以更优营商环境激发高质量发展新动能"}),
    ("l", "——在全市优化营商环境大会上的讲话", {"as": "——在全市优化营商环境大会上的讲话"}),
    ("l", "中共江城市委书记 陈建国", {"as": "中共江城市委书记　陈建国"}),
    ("l", "（2024年2月20日）", {"as": "（2024年2月20日）"}),
    ("p", "同志们："),
    ("p", "今天召开全市优化营商环境大会，主要任务是总结去年工作，部署今年任务。刚才，市长作了具体部署，我完全同意。下面，我再讲三点意见。"),
    ("p", "一、提高站位，深刻认识优化营商环境的重大意义"),
    ("p", "营商环境就是生产力。去年全市新设经营主体8.6万户，增长12.4%，充分说明环境好，企业就来。"),
    ("p", "二、突出重点，打造市场化法治化国际化一流营商环境"),
    ("p", "要深化“高效办成一件事”改革，让企业和群众办事更便捷。"),
    ("p", "三、强化保障，形成齐抓共管的强大合力"),
    ("p", "同志们，优化营商环境只有进行时，没有完成时。让我们以时不我待的紧迫感，奋力开创全市高质量发展新局面！"),
])

# q10. A plan (规划) whose title carries its period in brackets on a second line, a table of targets
#      set out by pdftotext -layout (six rows, units in brackets, one indicator name wrapped),
#      notes under it; 36 ems, indented paragraphs, no blanks.
PAGES["q10_plan_targets_table"] = dict(width=36, blanks="none", indent="　　", items=[
    ("l", "江城市生态环境保护规划", {"as": "                江城市生态环境保护规划"}),
    ("l", "（2021—2025年）", {"as": "                   （2021—2025年）"}),
    ("p", "第三章　主要目标", {"indent": ""}),
    ("p", "到2025年，全市生态环境质量持续改善，主要污染物排放总量持续减少，生态文明建设取得新进步。主要指标见表1。"),
    ("l", "表1　江城市生态环境保护主要指标", {"as": "                 表1　江城市生态环境保护主要指标"}),
    ("l", "指标　2020年　2025年　属性", {"as": "指标                              2020年        2025年        属性"}),
    ("l", "细颗粒物（PM2.5）浓度（微克/立方米）　32　≤28　约束性", {"as": "细颗粒物（PM2.5）浓度（微克/立     32            ≤28           约束性\n方米）"}),
    ("l", "空气质量优良天数比率（%）　88.5　90　约束性", {"as": "空气质量优良天数比率（%）         88.5          90            约束性"}),
    ("l", "地表水达到或好于Ⅲ类水体比例（%）　85　≥90　约束性", {"as": "地表水达到或好于Ⅲ类水体比例（%）  85            ≥90           约束性"}),
    ("l", "森林覆盖率（%）　61.2　61.5　预期性", {"as": "森林覆盖率（%）                   61.2          61.5          预期性"}),
    ("l", "单位GDP二氧化碳排放降低（%）　—　18　约束性", {"as": "单位GDP二氧化碳排放降低（%）       —            18            约束性"}),
    ("l", "城市生活垃圾资源化利用率（%）　60　80　预期性", {"as": "城市生活垃圾资源化利用率（%）     60            80            预期性"}),
    ("p", "注：单位GDP二氧化碳排放降低为五年累计数。", {"indent": ""}),
])


def fullwidth_digits(line):
    """PaddleOCR on a scanned letter: some digits read as full-width (`２０２４`)."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() and c.isascii() else c for c in line)

# q11. A letter (函) between departments, scanned and read by PaddleOCR: half-width `,` `:` `(` `)`
#      in places, full-width digits in the body, 28 ems, no blanks, no indent; the letter's
#      contact line `（联系人：…，电话：…）` after the date.
PAGES["q11_letter_paddleocr"] = dict(width=28, blanks="none", items=[
    ("l", "江城市教育局关于商请协助做好2024年中考考点交通保障工作的函",
     {"as": "江城市教育局关于商请协助做好2024年中考考点交\n通保障工作的函"}),
    ("l", "江教函〔2024〕31号", {"as": "江教函〔２０２４〕３１号"}),
    ("p", "市公安局交通警察支队：", {"post": [half(1.0, 31)]}),
    ("p", "2024年江城市初中学业水平考试定于6月16日至18日举行，全市共设考点42个，考生约3.8万人。为保障考生安全、准时到达考点，现商请贵支队协助做好以下工作：",
     {"post": [half(0.5, 32), fullwidth_digits]}),
    ("p", "一、考试期间每日7:00—9:00、13:00—15:00在各考点周边加派警力疏导交通。", {"post": [half(0.5, 33)]}),
    ("p", "二、在考点周边100米范围内设置临时禁鸣标志。", {"post": [half(0.5, 34), fullwidth_digits]}),
    ("p", "妥否，请函复。", {"post": [half(1.0, 35)]}),
    ("l", "江城市教育局", {"as": "                江城市教育局"}),
    ("l", "2024年5月28日", {"as": "                2024年5月28日"}),
    ("p", "（联系人：周敏，电话：0571-87012345）", {"post": [half(1.0, 36)]}),
])

# q12. A statistical bulletin (统计公报): pdftotext 30 ems, indented paragraphs, no blanks; figures
#      cut at the line end inside a decimal (`1234.` / `5亿元`) and inside a percentage (`6.` / `2%`),
#      a page number `— 1 —` between paragraphs, numbered headings, a note on the sources.
PAGES["q12_statistics_bulletin_cut_numbers"] = dict(width=30, blanks="none", indent="　　", items=[
    ("l", "2023年江城市国民经济和社会发展统计公报", {"as": "      2023年江城市国民经济和社会发展统计公报"}),
    ("l", "江城市统计局", {"as": "                 江城市统计局"}),
    ("l", "2024年3月15日", {"as": "                 2024年3月15日"}),
    ("p", "一、综合", {"indent": ""}),
    ("l", "经初步核算，全年全市实现地区生产总值（不含开发区）2345.6亿元，按不变价格计算，比上年增长6.2%。其中，第一产业增加值98.7亿元，增长3.1%；第二产业增加值1012.3亿元，增长6.8%。",
     {"as": "　　经初步核算，全年全市实现地区生产总值（不含开发区）2345.\n6亿元，按不变价格计算，比上年增长6.2%。其中，第一产业增加值98.\n7亿元，增长3.1%；第二产业增加值1012.3亿元，增长6.8%。"}),
    ("f", "\n                    — 1 —\n"),
    ("p", "二、农业", {"indent": ""}),
    ("l", "全年粮食播种面积126.4万亩，比上年增加0.8万亩；粮食总产量52.3万吨，其中夏粮11.2万吨，秋粮41.1万吨，总产量比上年增长1.5%。",
     {"as": "　　全年粮食播种面积126.4万亩，比上年增加0.8万亩；粮食总产量\n52.3万吨，其中夏粮11.2万吨，秋粮41.1万吨，总产量比上年增长1.\n5%。"}),
    ("p", "三、工业和建筑业", {"indent": ""}),
    ("p", "全年规模以上工业增加值比上年增长7.4%。其中，高技术制造业增加值增长12.6%，占规模以上工业增加值的比重为18.9%。"),
    ("p", "注：本公报中部分数据因四舍五入，存在总计与分项合计不等的情况。", {"indent": ""}),
])


def main():
    only = set(sys.argv[1:])
    for name, page in PAGES.items():
        if only and name not in only:
            continue
        text, expected = render(page)
        with open(os.path.join(HERE, name + ".txt"), "wb") as f:
            f.write(text.encode(page.get("encoding", "utf-8")))
        with open(os.path.join(HERE, name + ".expected.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(expected) + "\n")


if __name__ == "__main__":
    main()
