"""Classify, kind: the documents that republish a report's words without being the report.

A year's rule-of-law report is quoted, summed up or planned from by other documents of the same
bodies, and a page cut above its title opens as a report does (``2023年，全县坚持依法行政…``).
Each genre here is told by what it says of itself, not by the report's words it carries:

- a leader's speech at the report's meeting (同志们：, 各位领导、各位来宾：, 下面我讲三点意见,
  向大家表示感谢, 下面由我作交流发言);
- a plan or work points: each task with its lead unit in brackets (（牵头单位：县司法局）) or an
  opening that sets the year's general requirements or idea (总体要求是, 总体思路是, 现提出如下工作要点);
- an evaluation's, a survey's or an inspection's report (现将评估结果报告如下, 现将调研情况报告如下);
- a self-inspection (现将自查情况报告如下) and a bulletin of an inspection or an assessment
  (现将有关情况通报如下);
- the government work report to the people's congress (各位代表：…向大会报告工作) and a general work
  summary, told by the economy's figures (地区生产总值, 一般公共预算收入…) or by headings that
  name a government's or a bureau's business rather than the rule of law (经济发展, 招商引资,
  人民调解, 社区矫正…: ``data/general_work_words.txt``);
- a notice that asks for the reports (现将报送…有关事项通知如下, 请于1月20日前报送);
- a decision that commends the year's best (决定对…予以通报表扬, 为鼓励先进);
- an enforcement statistics yearbook, told by its form's headings (行政执法主体概况, 行政执法案件情况);
- a questionnaire or a satisfaction poll that asks its reader to rate the work (您对…的评价, 请您打分);
- a story or an experience under a headline that is not a report's title (某县：“三个坚持”推进
  法治政府建设): a place and a colon, or a slogan in quotation marks, and no document's head word;
  an experience that leads with the place and the model it made (某市创新“…”模式，以…推动…);
- the work summary of a Party committee for rule of law (县委全面依法治县委员会2023年工作总结):
  the committee itself is the subject (its 法治 is the one inside 依法治县).

``republished`` is asked only for a page without a year's rule-of-law report title.
"""

from __future__ import annotations

import re
from functools import cache

from .headline import headline
from .page_structure import HEAD_CHARS, structure
from .report_evidence import BODY_CHARS, PART_OF_YEAR, YEAR_FRAMING
from .wordlists import top_level_alternatives

_SPEECH = re.compile(
    r"(?:^|[。！])\s*同志们[，,：:！!]|下面[，,]?\s*我(?:再)?(?:讲|就|谈)|(?:我讲|我谈)[两三四五六几]点|"
    r"(?:向大家|向同志们)表示[^。\n]{0,6}(?:感谢|敬意)|(?:^|[。！])\s*(?:一要|二要|三要)[^。\n]{2,30}。\s*(?:二|三|四)要|"
    # the speaker opens on the meeting he speaks at (今天，我们召开…) or on what was said before him
    r"(?:^|(?<=[。！]))\s*今天[，,]?\s*(?:我们)?(?:在这里)?(?:召开|举行)|(?:^|(?<=[。！]))\s*刚才[，,]|"
    # the audience saluted on a line of its own (尊敬的各位领导、各位来宾，同志们：, 各位同志：); a report to the
    # standing committee salutes its members (主任、各位副主任、各位委员：), which is no speech
    r"^(?:尊敬的)?[^。\n]{0,20}?(?:各位(?:领导|来宾|嘉宾|同志|同仁|朋友)|同志们)[^。\n]{0,20}?[：:，,！!]\s*$|"
    # a speaker at a meeting's exchange (下面，我代表县司法局作交流发言); a report counts the exchanges
    # its body spoke at (在全省培训班上作交流发言, 我局代表全市作经验发言) among its results
    r"(?:下面|现在)[，,]?\s*(?:由)?我[^。\n]{0,20}作[^。\n]{0,4}发言|"
    # ...and the speaker closes on his own words (以上是我的发言，不妥之处请批评指正; 谢谢大家！)
    r"以上(?:是|就是)?我的(?:发言|讲话)|我的(?:发言|讲话)(?:完毕|就到这里)|^谢谢大家[！!。]?\s*$",
    re.M,
)
_PLAN = re.compile(
    # (or on a line of its own under the task, as a table's rows turned into text: 牵头单位：市政府法制办)
    r"[（(](?:牵头|责任|主责|配合|责任领导和)单位[：:]|^\s*(?:牵头|责任|主责|配合)单位[：:]|完成时限[：:]|"
    r"(?:19|20)\d{2}\s*年[^。\n]{0,30}工作的总体要求是|现(?:将|就)?[^。\n]{0,30}(?:工作要点|工作计划|重点任务)(?:提出|安排)?如下|"
    # a plan says it sets out its points (现提出如下工作要点, 现就有关工作提出以下意见, 现就…提出如下要点)
    r"现(?:就[^。\n]{0,30})?(?:提出|制定)(?:如下|以下)(?:工作要点|要点|工作计划|重点任务|意见|措施)|"
    # ...or that it is made (结合我局工作实际，制定2020年依法行政工作计划如下)
    r"制定[^。\n]{0,30}(?:工作计划|工作要点|实施方案|工作方案)如下",
    re.M,
)
# A year's plan opens on its general idea or aim (2024年全县法治政府建设工作的总体思路是：…); a report
# says so only in its next year's part, below its top.
_PLAN_OPENING = re.compile(
    r"^\s*(?:19|20)\d{2}\s*年[^。\n]{0,30}(?:工作)?的(?:总体要求|总体思路|总体目标|基本思路|指导思想|主要目标)是|"
    # or says what the work must or will do that year (2024年，全县法治政府建设要坚持…; 2024年，市大数据局将深入
    # 学习…): a report tells what it did (also after a sentence that frames the year: 2024年是…关键之年。全县要
    # 深入推进…). 将 is also the object's mark (将法治政府建设纳入…, 将全面依法治县工作列入…), so only a verb
    # that cannot be its object follows it.
    r"^\s*(?:(?:19|20)\d{2}\s*年[，,]|" + YEAR_FRAMING + r")[^。\n]{0,40}?(?:(?<![主重需必只])"
    r"要(?:坚持|以|全面|深入|紧紧|围绕|聚焦|持续|着力|继续)|将(?:坚持|深入|紧紧|围绕|聚焦|持续|着力|继续))",
    re.M,
)
# A year's arrangement of the work sets it out in its opening (现对2024年…工作作如下安排, 具体工作部署如下);
# a report's next-year part says what it will do, not that it arranges it.
_ARRANGEMENT = re.compile(r"(?:作|做)(?:如下|以下)(?:安排|部署)|工作(?:安排|部署)如下")
# A leader's or a unit's 述法 or 述职 report says so where it says what it reports (现将局主要负责人
# 2023年度述法情况报告如下); the year's report names the duty among its parts, not as what it reports.
_DUTY_REPORT = re.compile(r"现将[^。\n]{0,40}(?:述法|述职)[^。\n]{0,20}(?:报告|汇报)如下")
# The summary of a body's whole year of work with the next year's ideas says so where it says what
# it reports (现将2023年工作总结及2024年工作思路报告如下), naming no rule-of-law topic.
_NOT_TOPIC = r"(?:(?!法治|依法|法制)[^。\n])"
_WHOLE_YEAR_AND_IDEAS = re.compile(
    r"现将" + _NOT_TOPIC + r"{0,20}?工作(?:总结|情况)(?:和|及|暨|与|以及)" + _NOT_TOPIC + r"{0,20}?"
    r"(?:思路|打算|计划|安排|谋划|要点)" + _NOT_TOPIC + r"{0,6}?(?:报告|汇报|总结)?如下"
)
_SELF_INSPECTION = re.compile(
    r"现将[^。\n]{0,30}自查[^。\n]{0,10}(?:报告|汇报)如下|"
    r"(?:进行|开展)了?(?:全面|认真|深入)?(?:的)?自查[，,]\s*现(?:将|就)?[^。\n]{0,20}?(?:报告|汇报)(?:如下)?|"
    # (the notice that asked for it calls a self-inspection: 根据《关于开展法治政府建设全面自查的通知》要求，现将…)
    r"自查[^《》。\n]{0,6}通知》[^。\n]{0,6}[，,]\s*现将[^。\n]{0,30}(?:报告|汇报)如下"
)
_BULLETIN = re.compile(r"(?:现将|现就)[^。\n]{0,40}通报如下|(?:考核|督察|督查|检查|评估)结果(?:予以)?通报")
# An evaluation's, a survey's or an inspection's report says that is what it reports (现将评估结果报告如下,
# 现将调研情况报告如下), and so does a bid for a demonstration title (现将创建工作情况报告如下, 现将申报
# 情况汇报如下); the year's report reports the work itself.
_STUDY_REPORTED = re.compile(
    r"现将[^。\n]{0,40}(?:评估|调研|督察|督查|检查|视察|创建|申报|验收)(?:工作)?(?:的)?(?:有关|主要)?(?:情况|结果|发现)"
    r"[^。\n]{0,10}(?:报告|汇报)如下"
)
# A people's congress's or a CPPCC's own survey, inspection or inquiry of the government's work says so in
# its first sentence (根据…，县人大常委会组织开展了法治政府建设专题询问); a government's report that took part
# in one says it helped (配合县人大常委会开展执法检查), was reviewed (接受) or counts them (…执法检查2次).
_SUPERVISOR_STUDY = re.compile(
    r"(?:^|[，,。])(?:(?!配合|协助|接受|自觉)[^，,。\n]){0,16}?(?:人大常委会|人大|政协)"
    r"(?:(?!配合|协助|接受)[^。\n]){0,30}?(?:组织|开展|成立)(?:(?!配合|协助|接受)[^。\n]){0,30}?"
    r"(?:专题询问|执法检查|专题调研|调研组|检查组|视察|工作评议|满意度测评)(?![^，,。\n]{0,6}\d)",
    re.M,
)
# Suggestions to the government (…开展专题协商，形成如下建议; 现提出如下建议): what the page says it gives is
# advice on the work, not the work's report.
_SUGGESTIONS = re.compile(r"(?:形成|提出|归纳)(?:如下|以下)[^。\n]{0,6}?建议[：:]|建议如下[：:]")
# (also 请各单位于…前将本单位年度报告报送…: the units asked are named before the date)
_NOTICE = re.compile(
    r"(?:现将|现就)[^。\n]{0,40}通知如下|请(?:各[^。\n]{0,10}?)?于[^。\n]{0,24}前[^。\n]{0,16}?(?:报送|上报|报)"
)
# An explanation of a report (现就《…年度报告》有关情况说明如下, its drafting notes) is about the report, not
# the report: the report itself says it reports.
_EXPLANATION = re.compile(r"(?:现将|现就)[^。\n]{0,10}《[^《》\n]{2,60}》[^。\n]{0,16}说明如下")
_WORK_REPORT = re.compile(r"(?:^|\n)各位代表[：:，,]|向大会报告(?:政府)?工作")
# An inspection's feedback (现将督察情况反馈如下) and the report on putting its findings right
# (现将督察反馈问题整改落实情况报告如下): the year's report names the rectification as one of its
# duties, never as what it reports.
_INSPECTION = re.compile(
    r"现将[^。\n]{0,40}(?:整改|反馈)[^。\n]{0,20}(?:报告|汇报|通报)如下|(?:现将|现就)[^。\n]{0,30}反馈如下"
    # a Party inspection's rectification made public (现将集中整改进展情况予以公布)
    r"|现将[^。\n]{0,30}整改[^。\n]{0,12}(?:予以|向社会)?(?:公布|公开|通报)"
)
# A half-year's or a quarter's summary names its part of the year where it says what it reports
# (现将上半年…情况报告如下) or in a heading (一、上半年工作开展情况, 二、下半年工作打算).
_PART_YEAR = r"(?:" + PART_OF_YEAR + r"|1\s*[-—–至~]\s*[69]\s*月(?:份)?|一至[六九]月(?:份)?)"
_PART_YEAR_SAID = re.compile(
    r"现将[^。\n]{0,30}?" + _PART_YEAR + r"[^。\n]{0,30}(?:报告|汇报|总结)如下|"
    # (现将今年以来的工作情况汇报如下: the year so far, which a year's report would name by its number)
    r"现将今年以来[^。\n]{0,30}(?:报告|汇报|总结)如下|"
    r"^(?:[一二三四]、|（[一二三四]）)\s*(?:(?:19|20)\d{2}\s*年)?" + _PART_YEAR + r"[^。\n]{0,12}$",
    re.M,
)
# A Party committee for rule of law (县委全面依法治县委员会, 市委依法治市办) as the subject of the
# dated opening or the body of a work summary's title.
_COMMITTEE = r"(?:全面)?依法治[省市县区州旗盟](?:委员会(?:办公室)?|办公室|办|委)"
_COMMITTEE_SUBJECT = re.compile(
    r"^(?:19|20)\d{2}\s*年(?:度|以来)?[，,]\s*(?:中共)?[^\s，,。在]{0,12}?"
    + _COMMITTEE
    + r"(?![^，,。]{0,6}的)",
    re.M,
)
_COMMITTEE_TITLE = re.compile(_COMMITTEE + r"[^。]{0,30}(?:工作总结|工作情况|工作要点|工作报告)")
_GOVERNMENT_TOPIC = re.compile(r"法治政府|依法行政|法治建设")
# A reply to a deputy's or a CPPCC member's proposal (您提出的…提案收悉，现答复如下).
_REPLY = re.compile(r"(?:提案|建议|议案)[^。\n]{0,10}收悉|现(?:将|就)?[^。\n]{0,30}答复如下")
# ...and a report on handling a congress's opinions on the year's report (现将审议意见办理情况报告如下) reports
# what was done with the opinions, not the year's work.
# It may open on the sitting that formed them instead (市人大常委会第三十四次会议听取和审议了市政府关于法治政府
# 建设工作情况的报告，形成了审议意见): the report it names was the year's, delivered before. A year's report
# tells of such a sitting too, inside a sentence of its own (自觉接受监督。…听取和审议了…), never as a line's start.
_OPINIONS_HANDLED = re.compile(
    r"现将[^。\n]{0,30}(?:审议意见|意见建议|代表建议|委员提案)[^。\n]{0,10}(?:办理|落实|研究处理|整改)"
    r"[^。\n]{0,8}(?:报告|汇报)如下"
    r"|^[^。\n]{0,40}?(?:会议|常委会|常务委员会)听取(?:和|并)?审议了?[^。\n]{0,60}?报告[，,]\s*(?:并)?(?:形成|提出)了?[^。\n]{0,6}?审议意见",
    re.M,
)
# A questionnaire or a satisfaction poll asks its reader for a rating (您对…的评价, 请您…打分, 您的评价将
# 作为…依据, 投上宝贵的一票): a report speaks of its year's work and never asks a reader to rate it.
_QUESTIONNAIRE = re.compile(
    r"您对[^。\n]{0,80}?(?:评价|满意)|请您[^。\n]{0,30}?(?:打分|评分|评价|填写|投票|勾选)|"
    r"您的(?:评价|意见|打分)将(?:作为|成为)|投上[^。\n]{0,6}一票"
)
# Another report that says it reports (绩效自评, 政府信息公开, 决算, 审计) or a release of data.
_OTHER_REPORT = re.compile(
    r"现将(?![^。\n]{0,40}(?:法治政府|依法行政))[^。\n]{0,40}"
    # a topic, not an organ's name (市统计局, 审计局: 现将市统计局2023年度法治政府建设情况报告如下 is the report)
    r"(?:绩效|自评|信息公开|决算|预算|审计|统计|执法数据)(?![局厅署委办所])[^。\n]{0,20}(?:报告|汇报|公开|公布)如下"
)
# The people's congress's inspection of a law or regulation, headed by its team leader (自治区人大常委会执法检查组
# 组长某某): the congress's report, whatever the law's field.
_CONGRESS_INSPECTION = re.compile(r"(?:人大常委会|人民代表大会常务委员会)执法检查组(?:组长|副组长)")
# A report to the people's congress's standing committee on the budget, the audit or state assets (我受区人民
# 政府的委托，向区人大常委会报告2022年度区本级预算执行和其他财政收支审计情况): a government's rule-of-law
# report delivered there names its own topic (依法行政, 法治政府建设) instead.
_STANDING_COMMITTEE_REPORT = re.compile(
    r"向[^。\n]{0,12}?(?:人大常委会|人民代表大会常务委员会)[^。\n]{0,4}?报告[^。\n]{0,40}?"
    r"(?:审计|预算|决算|财政|国有资产|国资|计划执行|债务)"
)
# The disclosure annual report says over what its figures were counted (本年度报告中所列数据的统计期限自
# 1月1日起至12月31日止, 本报告统计数据的期限…), where its electronic copy is (报告电子版可在…下载) and whom to
# ask about it (如对本年度报告有任何疑问，请与…联系): a year's rule-of-law report says none of these,
# so a disclosure report cut above its title is told by these lines.
# (A year's rule-of-law report published with such lines names itself before them: 现将市人社局2022年法治政府建设
# 情况报告予以公开。…本报告所列数据的期限为….)
_OWN_REPORT_NAMED = re.compile(r"现将[^。\n]{0,40}?(?:法治政府建设|依法行政)[^。\n]{0,16}?报告")
_DISCLOSURE_SAID = re.compile(
    r"(?:(?:所列|报告)(?:的)?(?:统计)?数据[^。\n]{0,16}?(?:统计|期限|时限)|报告(?:的)?电子版|对本(?:年度)?报告有(?:任何)?疑问)"
    r"[^。\n]{0,24}"
)


def republished(title: str | None, text: str) -> tuple[str, str] | None:
    """(source, reason) when the page is a document that republishes a report's words; else None."""
    head = text[:HEAD_CHARS]
    body = text[:BODY_CHARS]
    return (
        _committee(title, head)
        or _institution(head, body)
        or _said_of_itself(head, body)
        or structure(text, body)
        or (None if title else headline(text) or _popularisation_opening(text))
    )


# A school's, a hospital's, a court's or a company's own summary of its rule-of-law work speaks as the
# institution (我校, 本院, 我公司, 我行): twice at its top, and never as a government or its department
# (我县, 全市, 我局), it is not a government's report.
_INSTITUTION_SELF = re.compile(r"[我本](?:校|院|公司|行(?!政)|园)")  # 本行政区域 is no bank
_GOVERNMENT_SELF = re.compile(
    r"我(?:省|市|州|盟|区|县|旗|镇|乡|街道|局|委|厅|办)|全(?:省|市|州|区|县|旗|镇|乡)|本(?:局|委|厅|镇|乡|街道)"
)
INSTITUTION_SELF_MIN = 2


def _institution(head: str, body: str) -> tuple[str, str] | None:
    said = _INSTITUTION_SELF.findall(head) if "我" in head or "本" in head else []
    if len(said) < INSTITUTION_SELF_MIN or _GOVERNMENT_SELF.search(body):
        return None
    return (
        "institution_report",
        f"学校、医院、法院或企业自述工作（「{said[0]}」{len(said)} 次），不是政府的报告",
    )


def _committee(title: str | None, head: str) -> tuple[str, str] | None:
    if title and _COMMITTEE_TITLE.search(title) and not _GOVERNMENT_TOPIC.search(title):
        return "committee_summary", f"依法治理委员会的工作总结或要点：「{title}」"
    committee = _COMMITTEE_SUBJECT.search(head) if "依法治" in head else None
    return ("committee_summary", f"依法治理委员会自述工作：「{committee.group(0)}」") if committee else None


# An experience material names itself at its top (…法治政府建设经验材料, 典型经验, 经验做法交流).
_EXPERIENCE = re.compile(r"经验材料|典型经验|经验做法|经验交流|亮点材料")
# …or leads with the place and the model it made (某市创新“…”三位一体模式，以…推动…): a report opens on
# its year or on what it reports, not on one measure's name.
_EXPERIENCE_LEAD = re.compile(
    r"^[\u4e00-\u9fff]{2,12}(?:创新|探索|打造|构建|推行)[^。\n]{0,40}?(?:模式|机制|体系|品牌)[，,]"
)
TOP_CHARS = 120


# A decision that commends the year's best (市政府决定对…23个依法行政工作先进集体予以通报表扬, 为鼓励先进，…) may
# open on the same summing-up of the year as a report; a report says it was commended (被…通报表扬), never
# that it decides to commend.
_COMMENDATION = re.compile(
    r"决定(?:对|授予|命名|给予)[^。\n]{0,80}?(?:表扬|表彰|嘉奖|称号|示范)|为(?:鼓励|表彰)先进[，,]"
)


# A person's record opens on the name, sex and birth (张某，男，汉族，1975年3月生): a profile or an
# award's deeds material, of which the year's work is one paragraph.
_PROFILE = re.compile(r"^[\u4e00-\u9fff·]{2,6}[，,]\s*[男女][，,]", re.M)


# A court's or a procuratorate's president reports for it (我代表最高人民法院报告…工作情况，请审议).
_COURT_SPEAKS = re.compile(r"我代表[^。\n]{0,16}(?:人民法院|人民检察院|人民檢察院|法院|检察院|檢察院)")


# What a document says it is, in its own words: (source, reason's lead, pattern, literal guard,
# where: the head or the body). The guard is a literal the pattern needs, so most pages skip it.
# The speech's guard names a word of each alternative (我 and 要 alone are in every report): its
# pattern opens with line starts and was tried at every position of a body (about 4 million instructions,
# a tenth of such a page's reading).
_SPEECH_WORDS = (
    "同志们", "下面", "我讲", "我谈", "向大家", "向同志们", "一要", "二要", "三要", "今天", "刚才", "各位",
    "发言", "我的", "谢谢大家",
)  # fmt: skip


class _HeldAlternatives:
    """A pattern asked only with the top-level alternatives whose words the text holds.

    Every match of an alternative holds one of its words (the guard's words its source spells), so an
    alternative whose words the text lacks matches nowhere in it, and leaving it out changes no search: the
    leftmost match, and the first alternative matching there, are the same. A body holding one common word
    of the speech's (今天, 各位, 下面) had all twelve alternatives tried at each of its positions (555 us for a
    seed report's 6,220 characters).
    """

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.words = words
        self.alternatives = tuple(
            (alternative, frozenset(word for word in words if word in alternative))
            for alternative in top_level_alternatives(pattern.pattern)
        )

    def search(self, text: str) -> re.Match[str] | None:
        held_words = {word for word in self.words if word in text}  # each word looked for once
        held = tuple(
            alternative for alternative, words in self.alternatives if not words.isdisjoint(held_words)
        )
        return _joined(held, self.pattern.flags).search(text) if held else None


@cache  # a few sets of alternatives recur (those of 今天, 各位, 下面 …)
def _joined(alternatives: tuple[str, ...], flags: int) -> re.Pattern[str]:
    return re.compile("|".join(alternatives), flags)


_SPEECH_SEARCH = _HeldAlternatives(_SPEECH, _SPEECH_WORDS)
# So does the plan's: 单位 and 如下 alone are in most reports (各单位, 现将…报告如下), and its pattern was
# tried at each 现, 完 and year of a body.
_PLAN_WORDS = (
    "单位：", "单位:", "时限", "总体要求是", "要点如下", "计划如下", "任务如下", "提出如下", "安排如下",
    "提出以下", "制定如下", "制定以下",
)  # fmt: skip
_SAID_OF_ITSELF = (
    ("speech", "领导讲话", _SPEECH_SEARCH, _SPEECH_WORDS, "body"),
    ("plan", "工作要点或计划", _PLAN, _PLAN_WORDS, "body"),
    ("plan", "工作安排", _ARRANGEMENT, ("如下", "以下"), "head"),
    ("plan", "工作计划的总体思路", _PLAN_OPENING, ("是", "要", "将"), "top"),
    ("self_inspection", "自查报告", _SELF_INSPECTION, ("自查",), "head"),
    ("bulletin", "情况通报", _BULLETIN, ("通报",), "head"),
    (
        "study_report",
        "评估、调研、督察或示范创建的报告",
        _STUDY_REPORTED,
        ("评估", "调研", "督察", "督查", "检查", "视察", "创建", "申报", "验收"),
        "head",
    ),
    (
        "study_report",
        "人大或政协的调研、检查或询问",
        _SUPERVISOR_STUDY,
        ("人大", "政协"),
        "first_sentence",
    ),
    ("reply", "对提案或建议的答复", _REPLY, ("收悉", "答复"), "head"),
    ("reply", "审议意见或建议的办理情况报告", _OPINIONS_HANDLED, ("意见", "建议", "提案"), "head"),
    ("questionnaire", "问卷或满意度测评", _QUESTIONNAIRE, ("您", "一票"), "head"),
    ("suggestions", "意见建议", _SUGGESTIONS, ("建议",), "head"),
    ("notice", "通知", _NOTICE, ("通知如下", "请"), "head"),
    ("explanation", "对报告的说明", _EXPLANATION, ("说明如下",), "head"),
    ("other_report", "另一类报告或数据公开", _OTHER_REPORT, ("如下",), "head"),
    ("other_report", "人大常委会执法检查的报告", _CONGRESS_INSPECTION, ("执法检查组",), "top"),
    (
        "other_report",
        "向人大常委会报告预算、审计或国有资产",
        _STANDING_COMMITTEE_REPORT,
        ("常委会", "常务委员会"),
        "head",
    ),
    ("government_work_report", "政府工作报告", _WORK_REPORT, ("代表", "大会"), "head"),
    ("inspection", "督察反馈或整改情况", _INSPECTION, ("整改", "反馈"), "head"),
    ("experience", "经验材料", _EXPERIENCE, ("经验", "亮点"), "top"),
    (
        "experience",
        "经验材料的导语",
        _EXPERIENCE_LEAD,
        ("创新", "探索", "打造", "构建", "推行"),
        "first_sentence",
    ),
    ("court_report", "法院或检察院的报告", _COURT_SPEAKS, ("代表",), "head"),
    ("commendation", "表彰或通报表扬的决定", _COMMENDATION, ("决定", "先进"), "head"),
    ("personal_report", "述法或述职报告", _DUTY_REPORT, ("述法", "述职"), "head"),
    ("profile", "个人简介或先进事迹", _PROFILE, ("男", "女"), "top"),
    ("general_summary", "全年全部工作的总结和下一年的思路", _WHOLE_YEAR_AND_IDEAS, ("如下",), "head"),
    ("part_year_summary", "半年或季度的工作总结", _PART_YEAR_SAID, ("年", "季度", "月"), "body"),
    (
        "disclosure_report",
        "政府信息公开工作年度报告",
        _DISCLOSURE_SAID,
        ("数据", "电子版", "疑问"),
        "body",
    ),
)


# A meeting's minutes or its news tell what the meeting said (会议指出, 会议强调, 会议要求): two of
# these make the page the meeting's, whatever report it heard (a report's 会议听取 is one of its
# counts, and it never says what a meeting stressed). Minutes also name themselves (纪要如下).
_MEETING_SAID = re.compile(r"会议(指出|强调|要求|认为|决定|提出|号召)")
_MINUTES = re.compile(r"(?:会议)?纪要如下|^[^。\n]{0,30}会议纪要$", re.M)
MEETING_SAID_MIN = 2


def _meeting(head: str) -> tuple[str, str] | None:
    if "会议" not in head and "纪要" not in head:
        return None
    said = {found.group(1) for found in _MEETING_SAID.finditer(head)}
    if len(said) >= MEETING_SAID_MIN:
        return "meeting", "会议纪要或会议新闻：会议" + "、".join(sorted(said))
    minutes = _MINUTES.search(head) if "纪要" in head else None
    return ("meeting", f"会议纪要：「{minutes.group(0).strip()}」") if minutes else None


# What a sentence that says it reports names as its subject: another line of work of the same
# bodies (普法, 行政复议, 法律顾问, a department's 行政执法…) or another rule-of-law subject (法治乡村,
# 法治社会, 法治文化) without the rule-of-law government makes another report.
_REPORTED = re.compile(r"现将[^。\n]{0,60}?(?:报告|汇报|总结)如下")  # (现将全年普法依法治理工作总结如下)
_OTHER_SUBJECT = re.compile(
    r"普法|法治宣传|行政复议|行政应诉|法律顾问|法律援助|人民调解|公共法律服务|信访|安全生产|政务公开|"
    r"营商环境|备案审查|合法性审查|社区矫正|行政执法|法治乡村|法治社会|法治文化|民主法治"
)


def _other_subject(head: str) -> tuple[str, str] | None:
    reported = _REPORTED.search(head) if "如下" in head else None
    if reported is None or _GOVERNMENT_TOPIC.search(reported.group(0)):
        return None
    subject = _OTHER_SUBJECT.search(reported.group(0))
    return ("other_report", f"另一项工作的报告：「{reported.group(0)}」") if subject else None


# An untitled page whose opening speaks of law popularisation (谁执法谁普法, 法治宣传教育) before it counts
# anything, and never of the rule-of-law government, is a 普法 summary: of the tuning part's untitled pages,
# look-alikes open so and no report does (a report's opening names its topic: 法治政府建设, 依法行政). A
# 普法 event counted (开展普法活动30场次) is one of the work's figures, not the opening's subject.
_POPULARISATION = re.compile(r"普法|法治宣传")
_GOVERNMENT_OPENING = re.compile(_GOVERNMENT_TOPIC.pattern + "|法制建设")
_FIRST_COUNT = re.compile(r"\d[\d.,]*\s*(?:余|多)?\s*[件次场人个项份期条%]")
POPULARISATION_OPENING_CHARS = 250


def _popularisation_opening(text: str) -> tuple[str, str] | None:
    opening = text[:POPULARISATION_OPENING_CHARS]
    found = _POPULARISATION.search(opening)
    if found is None or _GOVERNMENT_OPENING.search(opening):
        return None
    count = _FIRST_COUNT.search(opening, 0, found.start())
    return None if count else ("other_report", f"开头谈的是普法（「{found.group(0)}」），没有谈法治政府建设")


def _said_of_itself(head: str, body: str) -> tuple[str, str] | None:
    said = _meeting(head) or _other_subject(head)
    if said:
        return said
    scopes = {
        "head": head,
        "body": body,
        "top": head[:TOP_CHARS],
        "first_sentence": re.split(r"[。\n]", head.lstrip(), maxsplit=1)[0],
    }
    for source, lead, pattern, guard, where in _SAID_OF_ITSELF:
        scope = scopes[where]
        found = pattern.search(scope) if any(word in scope for word in guard) else None
        if found and not (
            source == "disclosure_report" and _OWN_REPORT_NAMED.search(scope, 0, found.start())
        ):
            return source, f"{lead}：「{found.group(0).strip()}」"
    return None
