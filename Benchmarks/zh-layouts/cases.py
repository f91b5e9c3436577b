#!/usr/bin/env python3
"""Minimal cases, one per failure class found by score.py, checked end to end through the CLI.

usage: cases.py [--quire BIN] [--swift]
Without --swift: runs every case through `BIN clean` + reading.py and prints PASS/FAIL (what the
lead can re-run after a fix). With --swift: prints the cases as `Case(name:, input:, expected:)`
entries for Tests/QuireTextTests/ChineseRepairTests.swift (the reading-order case needs the TEI
layer, so it is printed as a comment).
"""
import argparse
import os
import subprocess
import sys
import tempfile

# (class, name, input, expected)
CASES = [
 # class 3: furniture
 ("running header with a wide gap between its halves is furniture",
  "国务院公报 2023·第18号                              国务院部门文件\n\n理，严格控制农村公路养护资金用途，不得挤占、挪用。\n\n                                 · 42 ·\n国务院公报 2023·第18号                              国务院部门文件\n\n交通运输部关于加快推进农村公路高质量发展的指导意见\n各省、自治区、直辖市交通运输厅（局、委）：\n    农村公路是保障农民群众出行的基础性、先导性设施。全国新改建农村公路超过250万公里，农村地区“出门水泥路”基本实现，现提出以下意见。\n    一、总体要求\n    （一）指导思想。坚持以人民为中心的发展思想，以农民群众满意为根本标准，统筹发展和安全，着力补短板、强弱项、提质量。\n    （二）主要目标。到2027年，农村公路网络布局更加完善，乡镇通三级及以上公路比例达到\n\n                                 · 43 ·\n国务院公报 2023·第18号                              国务院部门文件\n\n85%以上。\n",
  "理，严格控制农村公路养护资金用途，不得挤占、挪用。\n交通运输部关于加快推进农村公路高质量发展的指导意见\n各省、自治区、直辖市交通运输厅（局、委）：\n农村公路是保障农民群众出行的基础性、先导性设施。全国新改建农村公路超过250万公里，农村地区“出门水泥路”基本实现，现提出以下意见。\n一、总体要求\n（一）指导思想。坚持以人民为中心的发展思想，以农民群众满意为根本标准，统筹发展和安全，着力补短板、强弱项、提质量。\n（二）主要目标。到2027年，农村公路网络布局更加完善，乡镇通三级及以上公路比例达到85%以上。"),
 ("running title repeated from the document title at a page break",
  "江城市2023年统计公报\n一、综合\n　　初步核算，全年全市地区生产总值8756.4亿元，按不变价格计算，比上年增长6.2%。分产业\n看，第一产业增加值312.7亿元，增长3.9%；第二产业增加值3480.2亿元，增长6.8%；第三产业\n增加值4963.5亿元，增长5.9%。按常住人口计算，全市人均地区生产总值126358元，增长5.8%。\n\n                — 1 —\n\n江城市2023年统计公报\n\n　　年末全市常住人口693.2万人，比上年末增加4.7万人。其中，城镇常住人口538.6万人，常\n住人口城镇化率为77.70%，比上年末提高0.62个百分点。\n",
  "江城市2023年统计公报\n一、综合\n初步核算，全年全市地区生产总值8756.4亿元，按不变价格计算，比上年增长6.2%。分产业看，第一产业增加值312.7亿元，增长3.9%；第二产业增加值3480.2亿元，增长6.8%；第三产业增加值4963.5亿元，增长5.9%。按常住人口计算，全市人均地区生产总值126358元，增长5.8%。\n年末全市常住人口693.2万人，比上年末增加4.7万人。其中，城镇常住人口538.6万人，常住人口城镇化率为77.70%，比上年末提高0.62个百分点。"),
 ("running header with a date next to a page number, seen once",
  "其中，服务出口21035.8亿元，增长11.2%；进口27676.8亿元，增长8.1%。三是服务外包带动作用明显。前三季度，我国企业承接服务外包合同额16342亿元，执行额1\n1058亿元，分别增长14.1%和12.3%。其中，承接离岸服务外包执行额6420亿元，增长10.6%，\n\n                第 1 页 共 4 页\n\n经济参考 2023年10月21日 星期六\n\n主要来自美国、欧盟和中国香港，合计占比53.7%。\n",
  "其中，服务出口21035.8亿元，增长11.2%；进口27676.8亿元，增长8.1%。三是服务外包带动作用明显。前三季度，我国企业承接服务外包合同额16342亿元，执行额11058亿元，分别增长14.1%和12.3%。其中，承接离岸服务外包执行额6420亿元，增长10.6%，主要来自美国、欧盟和中国香港，合计占比53.7%。"),
 # class: decimal point
 ("decimal point at a line end continues the number",
  "全市人均地区生产总值126358元，增长5.\n\n8%。年末全市常住人口693.2万人。\n",
  "全市人均地区生产总值126358元，增长5.8%。年末全市常住人口693.2万人。"),
 ("decimal cut after the point, no blank lines",
  "全社会研发投入强度从2019年的2.61%提高到去年的3.\n12%，年均提高约0.13个百分点。\n",
  "全社会研发投入强度从2019年的2.61%提高到去年的3.12%，年均提高约0.13个百分点。"),
 # class: title
 ("title set on three lines",
  "                 江城市人民政府办公室\n          关于印发江城市促进中小企业高质量\n                 发展若干措施的通知\n\n                江政办发〔2024〕8号\n\n各区人民政府，市政府各部门：\n    《江城市促进中小企业高质量发展若干措施》已经市政府同意，现印发给你们，请认真贯彻执行。\n",
  "江城市人民政府办公室关于印发江城市促进中小企业高质量发展若干措施的通知\n江政办发〔2024〕8号\n各区人民政府，市政府各部门：\n《江城市促进中小企业高质量发展若干措施》已经市政府同意，现印发给你们，请认真贯彻执行。"),
 ("second document's two-line title after a closer",
  "各地在执行过程中遇到的问题，请及时报送交通运输部。\n\n                                        中华人民共和国交通运输部\n                                            2023年5月26日\n\n               交通运输部关于加快推进农村公路\n                     高质量发展的指导意见\n                      交公路发〔2023〕61号\n\n各省、自治区、直辖市交通运输厅（局、委）：\n    农村公路是保障农民群众出行的基础性、先导性设施。\n",
  "各地在执行过程中遇到的问题，请及时报送交通运输部。\n中华人民共和国交通运输部\n2023年5月26日\n交通运输部关于加快推进农村公路高质量发展的指导意见\n交公路发〔2023〕61号\n各省、自治区、直辖市交通运输厅（局、委）：\n农村公路是保障农民群众出行的基础性、先导性设施。"),
 # class: heading ending in a continuation ender
 ("heading ending in 原则 is a heading",
  "为深入贯彻区域协调发展战略，发挥两市比较优势，推动两市在更宽领域、更\n\n深层次开展合作，经友好协商，达成如下协议。\n\n一、合作原则\n\n双方坚持优势互补、互利共赢、市场主导、政府推动的原则，建立长期稳定的\n\n战略合作关系，共同打造区域协同发展示范区。\n\n二、合作领域\n\n（一）产业协作。双方共同推进新能源汽车、集成电路、生物医药等产业链协\n\n同发展。\n",
  "为深入贯彻区域协调发展战略，发挥两市比较优势，推动两市在更宽领域、更深层次开展合作，经友好协商，达成如下协议。\n一、合作原则\n双方坚持优势互补、互利共赢、市场主导、政府推动的原则，建立长期稳定的战略合作关系，共同打造区域协同发展示范区。\n二、合作领域\n（一）产业协作。双方共同推进新能源汽车、集成电路、生物医药等产业链协同发展。"),
 ("heading ending in 应对 (a continuation ender) without blank lines or indent",
  "为进一步做好基层公共文化服务体系建设工作，经国务院同意，现就有关事项通知如下：\n一、总体要求\n坚持以人民为中心的发展思想，坚持政府主导、社会参与、重心下移、共建共享，以县\n级为基本单元推进城乡公共文化服务一体化建设。\n二、积极应对\n各地要结合国土空间规划和人口分布变化，统筹新建、改建和扩建基层公共文化设施。\n",
  "为进一步做好基层公共文化服务体系建设工作，经国务院同意，现就有关事项通知如下：\n一、总体要求\n坚持以人民为中心的发展思想，坚持政府主导、社会参与、重心下移、共建共享，以县级为基本单元推进城乡公共文化服务一体化建设。\n二、积极应对\n各地要结合国土空间规划和人口分布变化，统筹新建、改建和扩建基层公共文化设施。"),
 # class: front matter
 ("speech front matter: subtitle, speaker, date in brackets",
  "携手推进科技创新合作\n——在2024年江城国际科技合作论坛开幕式上的致辞\n江城市市长  李志远\n（2024年5月16日）\n\n尊敬的各位嘉宾，女士们、先生们，朋友们：\n\n大家上午好！很高兴与各位新老朋友相聚在美丽的江城，共同出席2024\n年江城国际科技合作论坛。\n",
  "携手推进科技创新合作\n——在2024年江城国际科技合作论坛开幕式上的致辞\n江城市市长 李志远\n（2024年5月16日）\n尊敬的各位嘉宾，女士们、先生们，朋友们：\n大家上午好！很高兴与各位新老朋友相聚在美丽的江城，共同出席2024年江城国际科技合作论坛。"),
 ("announcement head lines with a blank after every line",
  "江城市住房公积金管理中心\n\n公    告\n\n(2024 年第 3 号)\n\n为进一步方便缴存职工办理业务, 经研究，决定自 2024 年 7 月 1 日起调\n整各服务网点业务办理时间。现将有关事项公告如下:\n\n一、调整后的业务办理时间\n\n工作日上午 9:00—12:00，下午 13:30—17:30；每周六上午 9:00—12:\n00 办理部分个人业务，法定节假日除外。\n\n二、线上办理渠道\n\n缴存职工可通过微信公众号办理提取、查询等业务，线上渠道提供全天服务。\n\n特此公告。\n\n                                        江城市住房公积金管理中心\n                                            2024 年 6 月 20 日\n",
  "江城市住房公积金管理中心\n公告\n（2024年第3号）\n为进一步方便缴存职工办理业务，经研究，决定自2024年7月1日起调整各服务网点业务办理时间。现将有关事项公告如下：\n一、调整后的业务办理时间\n工作日上午9:00—12:00，下午13:30—17:30；每周六上午9:00—12:00办理部分个人业务，法定节假日除外。\n二、线上办理渠道\n缴存职工可通过微信公众号办理提取、查询等业务，线上渠道提供全天服务。\n特此公告。\n江城市住房公积金管理中心\n2024年6月20日"),
 ("newspaper subheading before an indented first line",
  "　　“我们既要把企业引进来，更要\n\n让企业留得住、发展好。”园区管\n\n委会主任说，让企业少跑腿、快办\n\n事。\n\n春 耕 备 耕 正 当 时\n\n江城市多措并举保障农资供应\n\n　　本报讯（记者刘芳）连日来，江\n\n城市各地抢抓农时，田间地头一派\n\n繁忙景象。\n",
  "“我们既要把企业引进来，更要让企业留得住、发展好。”园区管委会主任说，让企业少跑腿、快办事。\n春耕备耕正当时\n江城市多措并举保障农资供应\n本报讯（记者刘芳）连日来，江城市各地抢抓农时，田间地头一派繁忙景象。"),
 ("traditional document type ends a title (計畫)",
  "行政院推動數位轉型三年計畫\n\n行政院今（15）日召開院會，審查\n\n通過「數位轉型推動方案」，預計\n\n在三年內投入新臺幣120億元，協\n\n助中小企業導入雲端服務、電子\n\n發票及數位支付等工具，並強化\n\n政府各機關的資訊安全防護能力。\n\n行政院發言人表示，近年來全球\n\n產業加速數位化，企業若未能及\n\n時轉型，將在國際競爭中面臨更\n\n大壓力。\n",
  "行政院推動數位轉型三年計畫\n行政院今（15）日召開院會，審查通過「數位轉型推動方案」，預計在三年內投入新臺幣120億元，協助中小企業導入雲端服務、電子發票及數位支付等工具，並強化政府各機關的資訊安全防護能力。\n行政院發言人表示，近年來全球產業加速數位化，企業若未能及時轉型，將在國際競爭中面臨更大壓力。"),
 # URL
 ("URL cut across lines rejoined without a space",
  "缴存职工可通过网上服务大厅(https://gjj.jiang\ncheng.gov.cn)办理提取、查询等业务。\n",
  "缴存职工可通过网上服务大厅（https://gjj.jiangcheng.gov.cn）办理提取、查询等业务。"),
 ("domain cut across lines inside Chinese prose",
  "依托市一体化公共数据平台（网址：data.jiang\ncheng.gov.cn）统一提供数据共享服务。\n",
  "依托市一体化公共数据平台（网址：data.jiangcheng.gov.cn）统一提供数据共享服务。"),
 # ideographic
 ("label gap (U+3000) after 第…章/条 kept as printed, never an ASCII space",
  "第一章　总则\n第一条　为了规范管理，制定本办法。\n第二章　设立与建设\n第五条　本市建立总分馆体系。\n",
  "第一章　总则\n第一条　为了规范管理，制定本办法。\n第二章　设立与建设\n第五条　本市建立总分馆体系。"),
 # table
 ("bare numbers in a flattened table are not page numbers",
  "序号\n活动名称\n场次\n1\n主题展览\n12\n2\n名家讲座\n8\n",
  "序号\n活动名称\n场次\n1\n主题展览\n12\n2\n名家讲座\n8"),
 # closer order
 ("closer after section headings stays last (reading order)",
  "江城市与海州市战略合作框架协议\n为推动两市合作，经友好协商，达成如下协议。\n一、合作领域\n双方共同推进新能源汽车等产业链协同发展。\n二、其他\n本协议一式四份，自双方代表签字之日起生效。\n江城市人民政府代表 李志远\n海州市人民政府代表 陈海峰\n2024年4月10日\n",
  "江城市与海州市战略合作框架协议\n为推动两市合作，经友好协商，达成如下协议。\n一、合作领域\n双方共同推进新能源汽车等产业链协同发展。\n二、其他\n本协议一式四份，自双方代表签字之日起生效。\n江城市人民政府代表 李志远\n海州市人民政府代表 陈海峰\n2024年4月10日"),
]

def run(binary, text):
    d = tempfile.mkdtemp(prefix="zh-case-")
    path = os.path.join(d, "c.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    subprocess.run([binary, "clean", path, "-o", d, "--state", os.path.join(d, "state")], capture_output=True, check=True)
    out = subprocess.run([sys.executable, "/work/notes/tools/reading.py", os.path.join(d, "c.tei.xml")],
                         capture_output=True, text=True, check=True).stdout
    return "\n".join(l for l in out.rstrip("\n").split("\n") if l != "----")


def swift_literal(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quire", default="/tmp/quire-audit")
    ap.add_argument("--swift", action="store_true")
    args = ap.parse_args()
    failed = 0
    for name, text, expected in CASES:
        if args.swift:
            prefix = "// (TEI layer) " if "reading order" in name else ""
            print(f"{prefix}Case(name: {swift_literal(name)},")
            print(f"{prefix}     input: {swift_literal(text)},")
            print(f"{prefix}     expected: {swift_literal(expected)}),")
            continue
        got = run(args.quire, text)
        ok = got == expected
        failed += not ok
        print(("PASS " if ok else "FAIL ") + name)
        if not ok:
            print("     got: " + got.replace("\n", "⏎"))
    if not args.swift:
        print(f"{len(CASES) - failed}/{len(CASES)} pass")


if __name__ == "__main__":
    main()
