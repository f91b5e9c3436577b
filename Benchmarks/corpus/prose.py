"""Clean prose for the benchmark corpus: Chinese official-style and English newspaper-style.

Everything is drawn from a `random.Random` passed in, so a seed fixes the whole corpus.
Phrases are combined from several independent lists, so two unrelated paragraphs share
only the incidental overlap real prose of one register shares (a few percent of 5-grams),
not whole sentences: the duplicate detectors must find the reused runs, not the style.
"""

import os
import random

# --- Chinese -------------------------------------------------------------------------------

ZH_ACTORS = [
    "双方", "各方", "成员国", "两国政府", "各代表团团长", "中方", "有关部门", "地方各级政府", "国务院",
    "两国外交部", "主管部门", "联合委员会", "两国企业", "社会各界", "各成员国政府", "秘书处",
    "两国海关", "两国央行", "执行委员会", "各省区市", "金融监管部门", "两国立法机构", "工作组",
]
ZH_VERBS = [
    "同意", "强调", "支持", "重申", "欢迎", "指出", "决定", "认为", "商定", "愿意", "表示", "承诺",
    "积极推动", "继续加强", "共同推进", "进一步深化", "认真落实", "大力发展", "切实保障", "稳步扩大",
]
ZH_MODIFIERS = [
    "全面", "务实", "高质量", "可持续", "互利共赢的", "长期稳定的", "多层次", "开放包容的", "安全可靠的",
    "绿色低碳的", "数字化", "区域", "跨境", "双边", "多边", "创新驱动的", "战略性", "基础性", "系统性",
    "包容性", "协调", "有序", "韧性", "现代化", "便利化",
]
ZH_NOUNS = [
    "经贸合作", "人文交流", "基础设施建设", "能源合作", "粮食安全", "供应链", "产业链", "数字经济",
    "互联互通", "电子商务", "科技创新", "医疗卫生", "教育合作", "旅游往来", "海关监管", "边境管理",
    "农业合作", "投资便利化", "金融合作", "本币结算", "信息安全", "生态环境保护", "气候变化应对",
    "防灾减灾", "交通物流", "青年交流", "媒体合作", "文化遗产保护", "体育交流", "职业教育", "减贫合作",
    "公共卫生体系", "标准互认", "知识产权保护", "口岸建设", "航空运输", "铁路联通", "港口合作",
    "水资源管理", "荒漠化防治", "新能源开发", "矿产资源合作", "智慧城市建设", "卫星导航应用",
]
ZH_FRAMES = [
    "为{n}创造良好条件", "推动{n}取得新进展", "加强在{n}领域的协调配合", "完善{n}工作机制",
    "扩大{n}规模", "提升{n}水平", "深化{n}务实合作", "落实{n}相关协议", "开展{n}联合研究",
    "建立{n}对话机制", "探讨{n}合作新模式", "支持{n}项目尽早落地", "挖掘{n}合作潜力",
]
ZH_TAILS = [
    "造福两国人民", "维护地区和平稳定", "促进共同发展繁荣", "推动构建人类命运共同体",
    "为世界经济复苏注入动力", "实现互利共赢", "服务国家发展大局", "巩固传统友谊",
]
ZH_DOCS = [
    "《区域全面经济伙伴关系协定》", "《上合组织宪章》", "《联合国气候变化框架公约》",
    "《巴黎协定》", "《中长期发展规划纲要》", "《双边投资保护协定》", "《数字经济伙伴关系协定》",
]
ZH_NUMERALS = "一二三四五六七八九十"
ZH_PLACES = ["北京", "上海", "广州", "杭州", "成都", "西安", "武汉", "昆明", "南宁", "乌鲁木齐"]
ZH_OFFICES = [
    "中华人民共和国国务院总理", "中华人民共和国外交部部长", "国家发展和改革委员会主任", "商务部部长",
    "越南社会主义共和国总理", "哈萨克斯坦共和国总理", "乌兹别克斯坦共和国外交部长", "上合组织秘书长",
]
ZH_NAMES = ["李明", "王建国", "张华", "陈立新", "刘志强", "赵文", "孙海涛", "周明远", "阮文成", "托卡耶夫"]


COMMON_HANZI = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而"
    "方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开"
    "它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变"
    "条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基"
    "资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治"
    "北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身"
    "车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律"
    "叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市"
    "克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住"
    "调满县局照参红细引听该铁价严"
)
ZH_GLUE = ["加强", "推进", "完善", "落实", "促进", "扩大", "提升", "深化", "保障", "建设", "发展", "支持",
           "开展", "推动", "巩固", "拓展", "优化", "健全", "统筹", "培育"]
ZH_LINKS = ["和", "与", "及", "的", "在", "对", "以", "为"]


class Lexicon:
    """Words of one corpus: generated from the seed, so unrelated paragraphs share few
    5-grams, as unrelated real texts do."""

    def __init__(self, rng: random.Random):
        self.zh = sorted({"".join(rng.choice(COMMON_HANZI) for _ in range(rng.choice((2, 2, 3, 4)))) for _ in range(6000)})
        words = [w for w in _dictionary_words() if 3 <= len(w) <= 13]
        rng.shuffle(words)
        self.en = words[:12000] or EN_NOUNS
        self.names = sorted({rng.choice("BCDFGHKLMNPRSTVW") + "".join(rng.choice("aeiou") + rng.choice("lmnrstvkd") for _ in range(rng.randint(1, 3))) for _ in range(800)})


def _dictionary_words() -> list[str]:
    """English words from the repository's own word list (SCOWL, see its README), so the
    corpus is the same on every machine. Quire uses the same list as hyphenation evidence,
    which makes its dehyphenation of these words easier than of unseen ones; the generated
    proper names (`lexicon.names`) are in no list."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Sources", "QuireText", "Resources", "english-words.txt")
    with open(path, encoding="utf-8") as f:
        return sorted({w.strip() for w in f if w.strip().isalpha() and w.strip().isascii()})


def zh_noun(rng: random.Random, lexicon: "Lexicon") -> str:
    if rng.random() < 0.15:
        return rng.choice(ZH_MODIFIERS) + rng.choice(ZH_NOUNS)
    return rng.choice(lexicon.zh) + (rng.choice(lexicon.zh) if rng.random() < 0.5 else "")


def zh_date(rng: random.Random) -> str:
    return f"{rng.randint(1998, 2025)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"


def zh_clause(rng: random.Random, lexicon: "Lexicon") -> str:
    kind = rng.random()
    noun = zh_noun(rng, lexicon)
    if kind < 0.45:
        parts = [rng.choice(ZH_GLUE), zh_noun(rng, lexicon)]
        for _ in range(rng.randint(1, 3)):
            parts += [rng.choice(ZH_LINKS), zh_noun(rng, lexicon)]
        return "".join(parts)
    if kind < 0.5:
        return rng.choice(ZH_FRAMES).format(n=noun)
    if kind < 0.6:
        return f"{rng.choice(ZH_VERBS)}{noun}，{rng.choice(ZH_TAILS)}"
    if kind < 0.7:
        return f"{zh_date(rng)}，{rng.choice(ZH_ACTORS)}在{rng.choice(ZH_PLACES)}{rng.choice(ZH_VERBS)}{noun}"
    if kind < 0.8:
        return f"{rng.choice(ZH_VERBS)}{rng.choice(ZH_DOCS)}，{rng.choice(ZH_FRAMES).format(n=noun)}"
    if kind < 0.9:
        amount = f"{rng.randint(2, 98)}.{rng.randint(1, 9)}%"
        return f"{rng.choice(ZH_NOUNS)}同比增长{amount}，{rng.choice(ZH_FRAMES).format(n=noun)}"
    return f"{rng.choice(ZH_VERBS)}{noun}（{rng.choice(['COP27', 'RCEP', 'WTO', 'G20', 'APEC', '5G'])}），{rng.choice(ZH_TAILS)}"


def zh_sentence(rng: random.Random, lexicon: "Lexicon") -> str:
    clauses = [zh_clause(rng, lexicon) for _ in range(rng.randint(1, 3))]
    return f"{rng.choice(ZH_ACTORS)}{rng.choice(ZH_VERBS)}，" + "，".join(clauses) + "。"


def zh_paragraph(rng: random.Random, lexicon: "Lexicon", label: str = "") -> str:
    return label + "".join(zh_sentence(rng, lexicon) for _ in range(rng.randint(2, 5)))


def zh_document(rng: random.Random, lexicon: "Lexicon") -> list[tuple[str, str]]:
    """(kind, text) blocks: title, optional dateline, paragraphs and items, closer."""
    blocks = [("head", f"{rng.choice(ZH_ACTORS)}关于{zh_noun(rng, lexicon)}{rng.choice(['的联合声明', '的通知', '的意见', '的决定', '的报告'])}")]
    if rng.random() < 0.3:
        blocks.append(("dateline", f"（新华社{rng.choice(ZH_PLACES)}{rng.randint(1, 12)}月{rng.randint(1, 28)}日电）"))
    numbered = rng.random() < 0.4
    for i in range(rng.randint(4, 12)):
        label = ""
        if numbered and i > 0:
            label = (ZH_NUMERALS[(i - 1) % 10] + "、") if rng.random() < 0.7 else f"（{ZH_NUMERALS[(i - 1) % 10]}）"
        blocks.append(("p", zh_paragraph(rng, lexicon, label)))
    if rng.random() < 0.5:
        for _ in range(rng.randint(1, 2)):
            blocks.append(("signed", f"{rng.choice(ZH_OFFICES)} {rng.choice(ZH_NAMES)}"))
        blocks.append(("date", zh_date(rng)))
    return blocks


# --- English -------------------------------------------------------------------------------

EN_SUBJECTS = [
    "The council", "City officials", "The ministry", "Local residents", "The harbour authority",
    "Union leaders", "The committee", "Farmers in the valley", "The mayor", "Researchers at the university",
    "The railway company", "Shopkeepers", "The school board", "Parliament", "The court", "Investors",
    "The governor", "Fishermen", "The hospital trust", "Engineers",
]
EN_VERBS = [
    "announced", "rejected", "approved", "criticised", "welcomed", "postponed", "examined",
    "defended", "questioned", "proposed", "confirmed", "discussed", "opposed", "reviewed", "endorsed",
]
EN_ADJECTIVES = [
    "controversial", "ambitious", "temporary", "international", "comprehensive", "unexpected",
    "municipal", "agricultural", "environmental", "considerable", "independent", "substantial",
    "experimental", "provisional", "industrial", "educational", "historical", "administrative",
]
EN_COMPOUNDS = [
    "well-known", "long-term", "cross-border", "state-owned", "so-called", "short-lived",
    "part-time", "low-income", "twenty-five", "high-speed", "year-old", "self-employed", "north-east",
]
EN_NOUNS = [
    "proposal", "budget", "agreement", "investigation", "construction", "regulation", "development",
    "transportation", "negotiation", "infrastructure", "settlement", "legislation", "exhibition",
    "administration", "reconstruction", "appointment", "performance", "subscription", "committee",
    "irrigation", "electricity", "manufacturing", "correspondence", "temperature", "population",
]
EN_TAILS = [
    "after a lengthy debate on Tuesday", "despite strong objections from the opposition",
    "following months of negotiation", "in a statement released late on Friday",
    "according to people familiar with the matter", "before the end of the financial year",
    "at a public meeting in the town hall", "amid growing concern over rising prices",
    "in response to complaints from local businesses", "without giving further details",
]
EN_PLACES = ["Manchester", "Glasgow", "Toronto", "Melbourne", "Dublin", "Cardiff", "Leeds", "Boston", "Auckland"]


EN_FUNCTION = ("the of and to in a for on with at by from that as about after over under between "
               "its their new more than against into while during").split()


def en_words(rng: random.Random, lexicon: "Lexicon", count: int) -> str:
    words = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.35:
            words.append(rng.choice(EN_FUNCTION))
        elif roll < 0.4:
            words.append(rng.choice(EN_COMPOUNDS))
        elif roll < 0.45:
            words.append(rng.choice(lexicon.names))
        else:
            words.append(rng.choice(lexicon.en))
    return " ".join(words)


def en_clause(rng: random.Random, lexicon: "Lexicon") -> str:
    adjective = rng.choice(EN_COMPOUNDS) if rng.random() < 0.3 else rng.choice(EN_ADJECTIVES)
    kind = rng.random()
    if kind < 0.7:
        return f"{rng.choice(EN_SUBJECTS)} {rng.choice(EN_VERBS)} {en_words(rng, lexicon, rng.randint(4, 12))}"
    if kind < 0.75:
        return f"{rng.choice(EN_SUBJECTS)} {rng.choice(EN_VERBS)} the {adjective} {rng.choice(EN_NOUNS)} {rng.choice(EN_TAILS)}"
    if kind < 0.85:
        amount = f"{rng.randint(1, 999)},{rng.randint(0, 999):03d}"
        return f"the {rng.choice(EN_NOUNS)} in {rng.choice(EN_PLACES)} will cost about {amount} pounds, {rng.choice(EN_TAILS)}"
    if kind < 0.95:
        return f"{rng.choice(EN_SUBJECTS).lower()} said the {adjective} {rng.choice(EN_NOUNS)} had grown by {rng.randint(1, 40)}.{rng.randint(0, 9)} percent"
    return f"the {rng.choice(EN_NOUNS)} was described as \"{adjective}\" by {rng.choice(EN_SUBJECTS).lower()}"


def en_sentence(rng: random.Random, lexicon: "Lexicon") -> str:
    clauses = [en_clause(rng, lexicon) for _ in range(rng.randint(1, 2))]
    clauses = [clauses[0]] + [c[0].lower() + c[1:] for c in clauses[1:]]
    text = ", and ".join(clauses)
    return text[0].upper() + text[1:] + "."


def en_paragraph(rng: random.Random, lexicon: "Lexicon") -> str:
    return " ".join(en_sentence(rng, lexicon) for _ in range(rng.randint(2, 5)))


def en_document(rng: random.Random, lexicon: "Lexicon") -> list[tuple[str, str]]:
    title = f"{rng.choice(EN_SUBJECTS)} {rng.choice(EN_VERBS)} {rng.choice(lexicon.en)} {rng.choice(EN_NOUNS)}"
    blocks = [("head", title)]
    for _ in range(rng.randint(4, 12)):
        blocks.append(("p", en_paragraph(rng, lexicon)))
    return blocks


def sentences(text: str, language: str) -> list[str]:
    """Splits a paragraph after each sentence end, keeping the punctuation."""
    end = "。" if language == "zh" else ". "
    parts, start = [], 0
    while True:
        i = text.find(end, start)
        if i < 0:
            break
        cut = i + len(end)
        parts.append(text[start:cut].rstrip(" "))
        start = cut
    if start < len(text):
        parts.append(text[start:])
    return parts
