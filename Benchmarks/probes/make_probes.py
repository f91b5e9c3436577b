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
