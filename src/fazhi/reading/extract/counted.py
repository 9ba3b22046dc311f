"""What a figure counts, read from the words right around it, when the alias names something else.

The second pass of ``narrowing`` (3 December): each rule is a shape of the genre in which the alias
nearest a figure is not what the figure counts.

- A power (行政处罚权) named as the figure's noun is a power handed over or concentrated, not cases:
  83项行政处罚权交由镇街实施, 集中行使行政处罚权事项1200余项.
- A negated alias (非许可事项, 免于行政处罚) is not its indicator.
- A count followed by its own noun (5项程序纳入重大决策, 12个街道完成权责清单编制) counts that noun, not
  an alias further right.
- A count of a list's items that counts something else (调整权责事项125项, a change; 20项…行政权力下放到各区,
  powers handed down) is told by ``list_counts``.
- A draft (地方性法规草案3件) or the instruments in force (现行有效地方性法规56部) are not the
  regulations, rules or documents enacted.
- Study at the executive meeting named in a clause that already has its figure does not name a
  later clause's study (会前学法12次，领导干部集体学法8次).
- A training or talk held at a meeting of the executive or a party group (常务会议前开展法治培训,
  中心组专题培训) is not one of the law trainings the indicator counts.
- One count over trainings and talks together (培训、讲座2期) is neither's.
- Lessons set inside training classes counted already (19期班次中开设…课程26次) are parts of the
  classes, not trainings.
- Documents a review verb governs, whose making verb is in a relative clause (审核…印发的规范性文件),
  are documents reviewed, not issued.
- An activity whose quoted name says it is a training (“法治培训进基层”系列活动5场) is a training.
- Contracts reviewed for businesses or residents (帮助企业审查合同) are a legal service, not the
  government's contracts.
- Lenient decisions (不予处罚、从轻处罚决定) are no count of the penalty cases decided; documents made
  in a relative clause and then filed (…发布的12件规范性文件全部报市政府备案) are documents filed.
- Officers counted by what they did (为426名执法人员换发执法证, …参加执法资格考试) are not the
  officers in post: certificates processed, or nothing.
- People trained, in a sentence that names no one, are the people of the sentence before it (in
  its paragraph): cadres there, and no enforcement word, make them no enforcement officers.
- An alias right of a figure behind a negation (判决书41份（无行政败诉）) is a zero of its own words, and
  files counted by their grade (优秀案卷5份、合格案卷54份) are a part of the files reviewed.
- The rest of a breakdown (其他事项审查1件) is none of the things named; officers added this year
  (新增执法人员5人) are a change; a theory group's study (区委理论中心组学法5次) after the executive
  meeting's figure is the group's.
- (Probing pass.) Documents a bare review verb counts after a clause naming a filing review or a
  clean-up (…进行备案审查，共审查21件) are filings examined or documents cleaned up; auxiliary staff
  (辅助执法人员) are not the officers in post.
"""

from __future__ import annotations

import re

from .documents import (
    NORMDOCS_ISSUED,
    NORMDOCS_REJECTED,
    NORMDOCS_REVIEWED,
    documents_counted,
    refused_filing,
    review_counted,
)
from .list_counts import LIST_CODES, not_the_list
from .quantity import Quantity, after_counted_items, since_last_figure

_POWER = r"(?:处罚|执法|许可|检查|强制|审批|征收|监管)权(?!责)"
_POWER_AFTER = re.compile(r"[\u4e00-\u9fff（）()、]{0,8}?" + _POWER)  # (431项市、区行政处罚权)
_POWER_BEFORE = re.compile(_POWER + r"(?:力)?(?:事项)?[^，。；\d]{0,3}$")
_NEGATIONS = ("不予", "免予", "免于")
_RELATED_TO = re.compile(r"[^，。；\d]{0,10}?(?:相关|有关|方面|领域|类)的")
# Lenient decisions (从轻处罚决定, 不予处罚、减轻处罚…) are not a count of the penalty cases decided.
_LENIENT = ("从轻", "减轻", "不予", "免予", "免于")
_PENALTY_CASES = "enforcement.penalty_cases"
_MINOR_EXEMPTIONS = "enforcement.minor_exemptions"
_OWN_NOUN_AFTER = re.compile(r"程序|环节|制度|机制|措施|举措|步骤|原则|方面|领域")
# A count of the times a meeting took a matter up, the matter named after it (8次研究了…执法检查): the
# meetings', not the matter's.
_STUDIED_AFTER = re.compile(r"(?:专题)?(?:研究|讨论|审议|听取)")
# Bodies or places a count of 个/家 counts, when its noun is one of them; a demonstration village or
# an enterprise inspected is both the place and what the indicator counts (5个村获评民主法治示范村,
# 对1860家企业开展双随机抽查).
_BODIES_AFTER = re.compile(r"(?:部门|单位|乡镇|镇街|街道|镇|乡|村|社区|县区|区县|县市区|科室|机关|企业)")
# ...and bodies named after a short modifier (12个重点执法部门), counted in a body's measure word; enforcement bodies
# (34家执法单位公示执法主体) and units inspected at random are what their codes count.
_BODIES_AFTER_A_MODIFIER = re.compile(r"[^，。；、\d的]{0,6}?(?:部门|单位|机关|乡镇|街道)")
_BODY_MEASURES = ("个", "家")
_BODIES_NAMED_COUNTED = frozenset({"enforcement.bodies", "enforcement.random_inspection_objects"})
# Measure words of documents, items and people, never of bodies.
_NOT_BODY_MEASURES = frozenset({"件", "份", "条", "项", "部", "卷", "篇", "名", "人", "人次", "位"})
_PLACES_COUNTED = frozenset({"education.demo_communities", "enforcement.random_inspection_objects"})
_GOV_RULES = "rules.gov_rules"
_ENACTED_CODES = frozenset({"rules.local_regulations", _GOV_RULES, "rules.normdocs_issued"})
# Instruments in force, not enacted this year.
_IN_FORCE = re.compile(r"现行|现有|有效")
# A body's own rules of conduct (规章制度: 建立…等10余项规章制度) are not government rules.
_OWN_RULES = "规章制度"
# Submitted for deliberation (提请…审议) with no word of passing, or a plan's projects: not enacted yet.
_SUBMITTED = re.compile(r"提请|报请|提交|送审")
_PASSED = re.compile(r"通过|出台|颁布|批准|公布|施行|制定|印发|完成")
_PLANNED_LAWS = re.compile(r"立法计划|立法项目|计划项目|项目")
# An act planned, not done: 安排年内出台, 计划制定.
_PLANNED_ACT = re.compile(r"(?:安排|计划|拟|将)[^，。；\d]{0,4}?(?:出台|制定|颁布|印发|公布)")
# Laws and rules a list then puts in a plan (10件地方性法规、11件省政府规章被列入制定项目).
_LISTED_IN_A_PLAN_AFTER = re.compile(r"[^，。；]{0,24}?列入[^，。；\d]{0,10}?(?:计划|项目|规划)")
# ...nor instruments a list puts under another act after it (对4部政府规章、2967件规范性文件进行清理): those cleaned up,
# reviewed or filed, not enacted.
_ACTED_ON_AFTER = re.compile(r"[^，。；]{0,30}?进行(?:清理|审查|审核|备案|评估|修订|修改|废止|梳理)")
_TRAININGS = "education.trainings"
_PRE_MEETING = "leadership.pre_meeting_study_sessions"
_EXECUTIVE_MEETING = re.compile(r"常务会|会前|会议前")
_ACTIVITIES = "education.activities"
_OFFICERS_TRAINED = "enforcement.officers_trained"
# Meetings of the executive or of a party group: what is held at them is their own study.
_MEETING = re.compile(r"常务会|中心组|常委会|党组会|党委会|办公会")
_STUDY = re.compile(r"学|讲|培训")
# The meetings whose own study a lecture named after them is (``_meetings_lecture``): the meetings above,
# the executive meeting's study before it, and a plenary.
_MEETINGS_STUDY = re.compile(f"{_MEETING.pattern}|{_EXECUTIVE_MEETING.pattern}|全体会议")
# Study of a party committee's theory group (区委理论中心组学法5次) named after the
# executive meeting's own figure: that group's study, not the meeting's.
_OTHER_STUDY = re.compile(r"中心组|理论学习")
# The rest of a breakdown (其中…审查2件，其他事项审查1件): whatever it is, none of the named things; but the
# rest of a clean-up named by its outcome after it (其余37件继续有效) is the documents kept.
_CLEAN_UP_OUTCOMES = frozenset(
    {"rules.normdocs_retained", "rules.normdocs_abolished", "rules.normdocs_expired"}
)
_RESIDUAL = re.compile(r"(?:[^\d，。；、]{0,3}、)?[\s，（(]*(?:其中)?[，、\s]*(?:其他|其它|其余)")
# Trainings and talks counted together (培训、讲座2期): neither count alone.
_TRAININGS_AND_TALKS = re.compile(r"培训[、和及与]讲座|讲座[、和及与]培训")
# Lessons set inside training classes (班次中开设…课程) are parts of those classes, not trainings...
_COURSE = ("课程", "专题课")
# Only where the classes have a figure of their own (19期班次中开设…课程26次): 在主体班次中开设…课程6次,
# with no count of classes, counts the lessons as the trainings.
_SET_IN_CLASSES = re.compile(
    r"[\d]+[期个]?(?:班次|班)[^，。；]{0,6}?(?:中|内|里)[^，。；]{0,4}(?:开设|设置|安排|讲授)"
)
_QUOTED_NAME = re.compile(r"“([^“”]{1,16})”(?:系列|主题|专项)?$")
# A law lecture given to the public (法治副校长进校园开展法治讲座, 面向社区居民举办法治讲座) is a law-education
# event, not a training of officials; one whose clause names officials stays a training.
_LECTURES = ("法治讲座", "法制讲座", "法律知识讲座", "专题讲座", "讲座")
_EVENT_CODES = frozenset({_TRAININGS, _ACTIVITIES})
_PUBLIC_AUDIENCE = re.compile(
    r"学生|师生|青少年|中小学|(?:在|到|走进|深入)[^，。；\d]{0,8}学校|校园|法治副校长|家长|群众|村民|居民|农民工|进(?:社区|村|农村|乡村|企业|家庭|学校|课堂|机关|单位)"
    r"|集市|赶集|庙会|农贸会|(?:走进|深入|面向)[^，。；\d]{0,6}?(?:社区|村|农村|乡村|基层)"
)
_OFFICIALS = re.compile(r"干部|公务员|执法人员|工作人员|职工|班子|领导")
# ...and so is one counted among publicity (宣传) in a clause that names no officials.
_PUBLICITY = re.compile(r"宣传")
ENFORCEMENT_WORD = re.compile(r"执法")
# A sentence about training these people, with no enforcement word, is not about officers; the
# classes of a party school (党校主体班次) train cadres; grid workers, mediators, 法律明白人 and
# volunteers are people of another group. Owned here; ``narrowing`` reads the same list.
OTHER_TRAINEES = re.compile(
    r"干部|党员|公务员|职工|群众|村民|居民|学生|教师|党校|主体班|网格员|调解员|明白人|志愿者"
)
# A negation between a figure and the alias right of it (判决书41份（无行政败诉）): the alias is a
# zero said in words, not what the figure counts.
_NEGATED_BETWEEN = re.compile(r"无|未|没有|零")
_CASE_FILES = "enforcement.case_files_reviewed"
# Files counted by the grade a review gave them (优秀案卷5份、合格案卷54份) are a part of the files
# reviewed, not their count.
_GRADED = re.compile(r"(?:优秀|合格|良好|较好|规范|瑕疵)$")
_CONTRACTS = "decisions.contracts_reviewed"
# Contracts reviewed for others (为企业, 帮助群众): a public legal service, not the government's contracts.
# ...and so are a village's contracts (村合同), and a review done to help (帮助审查涉及村居项目的合同).
_FOR_OTHERS = re.compile(
    r"(?:为|帮助|帮|替)[^，。；\d]{0,6}?(?:企业|群众|市场主体|村民|居民|个体户|商户|村|社区)"
    r"|帮助(?:审查|审核)|村(?:级|集体)?合同"
)
_LEGAL_OPINIONS = "decisions.legal_opinions"
# Officers counted by what they did this year are not the officers in post: certificates issued to
# them (为426名执法人员换发执法证) are certificates processed; an exam they sat counts no officers.
_OFFICERS = "enforcement.officers"
_CERTIFICATES = "enforcement.certificates_processed"
_CERTIFIED_AFTER = re.compile(
    r"[^，。；\d]{0,12}?(?:换发|申领|核发|新办|办理|换领|颁发)[^，。；\d]{0,4}?执法证"
)
# ...but what all of them did (1200余名执法人员全部申领了新的执法证件, 59名执法人员均通过年度审验) counts them all.
_WHOLE_BODY_AFTER = re.compile(
    r"(?:名|人|位)?[^，。；\d]{0,8}?执法人员[^，。；\d]{0,2}?(?:全部|均|全员|都已|都)"
)
# Officers added this year (新增执法人员5人, 新招录执法人员12名) are a change, not the officers in post.
_ADDED_BEFORE = re.compile(r"(?:新增|增加|新招录|招录|新录用|新进|新上岗|补充|充实|新充实)[^，。；\d]{0,4}$")
# Auxiliary staff (辅助执法人员, 协管执法人员) assist the officers and hold no enforcement certificate.
_AUXILIARY_BEFORE = re.compile(r"(?:辅助|协助|协管|协勤)$")
_EXAMINED_AFTER = re.compile(
    r"[^，。；\d]{0,12}?(?:参加|参与|参考|通过|进行|接受)[^，。；\d]{0,10}?(?:考试|考核|测试|资格认证)"
)
# ...nor does a contest, a drill or a hearing they took part in (组织60名执法人员开展执法技能比武, 参加庭审观摩):
# the officers who took part, not the officers in post (4 December, fresh batches).
_TOOK_PART_AFTER = re.compile(
    r"[^，。；\d]{0,12}?(?:参加|参与|开展|进行|观摩|旁听)[^，。；\d]{0,10}?"
    r"(?:比武|竞赛|大赛|比赛|演练|练兵|技能展示|观摩|旁听|庭审)"
)
# Officers who took part in a training (1200余名执法人员参加了专题培训, 7名执法人员全部完成年度法治培训) are
# attendances of the training; those who did not (55名执法人员因未参加年度培训暂缓换证) are not.
_TRAINED_AFTER = re.compile(
    r"[^，。；\d]{0,8}?(?<![未没不])(?:参加|参与|接受|完成)[^，。；\d]{0,10}?培训|[^，。；\d]{0,4}?(?<![未没不])参训"
    r"|[^，。；\d]{0,8}?进行[^，。；\d]{0,4}?(?:培训|轮训)"  # 对1250名执法人员进行轮训
)
# Officers named first in a list of people who then take part in one act together (20名执法人员和150名群众
# 参加法治培训): people of that act, not the officers in post.
_LISTED_WITH_OTHERS = re.compile(
    r"[^，。；\d]{0,8}?(?:以及|[和及与、])[^，。；\d]{0,10}?\d+余?[名人位][^，。；\d]{0,10}?(?:参加|参与|接受|参训|参考)"
)
# The head noun of the phrase a figure of people opens, after a modifier ending in 的 (19名持证上岗的“法律明白人”),
# and the heads that name officers.
_HEAD_AFTER_MODIFIER = re.compile(r"[^，。；\d的]{1,8}的[“\"]?([^，。；、\d”\"]{2,6})")
_OFFICER_HEAD = re.compile(r"执法|人员|队员|干部|同志|公务员|职工|民警")
# Officers who did not take part in a training (55名执法人员因未参加年度培训暂缓换证, 未参加培训的12人).
_UNTRAINED_AFTER = re.compile(r"[^，。；\d]{0,8}?(?:未|没有|不)(?:参加|参与|接受|参训)")
_UNTRAINED_BEFORE = re.compile(r"(?:未|没有)(?:参加|参与|接受|参训)[^，。；\d]{0,10}$")
# Officers a sentence does something to (抽调执法人员20名, 对6名执法人员进行约谈, 下沉执法人员54人) or
# says something befell (36名执法人员因岗位调整暂停执法资格) are those few, not the officers in post.
_ACTED_ON_BEFORE = re.compile(
    r"(?:对|向|抽调|选派|派出|出动|约谈|表彰|问责|处分|处理|下沉|派驻|调配)[^，。；\d]{0,2}$"
)
_BEFELL_AFTER = re.compile(
    r"[^，。；\d]{0,8}?(?:因|被|受到|暂停|暂扣|吊销|注销|调离|清退|跟班|挂职|借调|抽调|选派|派驻|到[^，。；\d]{0,6}?学习)"
)
_SENTENCE_END = re.compile(r"[。！？；\n]")
_PREVIOUS_SENTENCE_CHARS = 200


def recounted(
    choices: list[tuple[str, int]], text: str, clause: tuple[int, int, int], quantity: Quantity
) -> list[tuple[str, int]]:
    """``choices`` after the rules above: a code dropped, or (an activity named a training) replaced."""
    s0, c0, c1 = clause
    start, end = quantity.start, quantity.end
    whole = _whole_figure_recounted(choices, text, c0, quantity)
    if whole is not None:
        return whole
    out: list[tuple[str, int]] = []
    for code, anchor in choices:
        if code != _MINOR_EXEMPTIONS and (
            text[anchor - 1 : anchor] == "非"
            or text[anchor - 2 : anchor] in (_LENIENT if code == _PENALTY_CASES else _NEGATIONS)
        ):
            continue  # 非许可事项753件; 不予处罚、从轻处罚决定286件
        if _counted_apart(text, code, (c0, end), anchor):
            continue
        if (
            anchor >= end
            and (
                _OWN_NOUN_AFTER.match(text, end)
                or _RELATED_TO.match(text, anchor)
                or _STUDIED_AFTER.match(text, end)  # 先后8次研究了…执法检查…议题: the studies
            )
        ) or text.startswith("方面", end):
            # 5项程序纳入重大决策必经环节; 一百余项与行政复议相关的法律法规 (the alias names what the
            # noun is about); 查找存在的12个方面问题 (areas, wherever the alias is)
            continue
        if anchor >= end and _bodies_before_the_alias(code, text, end, quantity.unit):
            continue
        if code in LIST_CODES and not_the_list(code, text, (s0, c0), quantity):
            continue  # 动态调整权责清单，调整事项125项; 《…目录（征求意见稿）》，包含行政权力109项
        if code == _GOV_RULES and text.startswith(_OWN_RULES, anchor):
            continue
        if code in _ENACTED_CODES and (
            "草案" in text[min(anchor, start) : min(c1, end + 4)]
            or _IN_FORCE.search(text, c0, start)
            or _not_enacted(text[c0:start])
            or _LISTED_IN_A_PLAN_AFTER.match(text, end)
            or ("对" in text[c0:start] and _ACTED_ON_AFTER.match(text, end))
        ):
            continue  # 审议地方性法规草案3件; 现行有效地方性法规56部; 提请…审议地方性法规11件
        if (
            (code == _PRE_MEETING and _meeting_named_another(text, s0, c0, c1))
            or (code == _PRE_MEETING and _another_group_studies(text, c0, start))
            or (code == _TRAININGS and _not_a_training(text, (s0, c0), start, anchor))
            or (code in (_CONTRACTS, _LEGAL_OPINIONS) and _contracts_of_others(text[c0:start]))
            # 干部法治教育列入培训计划。…培训1170余人次
            or (code == _OFFICERS_TRAINED and _trainees_of_previous_sentence(text, s0, c1))
            or (
                code == _OFFICERS_TRAINED
                and (_UNTRAINED_AFTER.match(text, end) or _UNTRAINED_BEFORE.search(text, c0, start))
            )
        ):
            continue
        if code == NORMDOCS_REVIEWED:
            out.append((review_counted(text, (s0, c0), start), anchor))
            continue
        if code in (NORMDOCS_ISSUED, _OFFICERS, _PENALTY_CASES):
            recoded = _recoded(code, text, (c0, c1), quantity, anchor)
            out.extend([(recoded, anchor)] if recoded else [])
            continue
        where = (s0, c0, start, c1)
        out.append((_event_counted(text, code, where, anchor) if code in _EVENT_CODES else code, anchor))
    return out


def _event_counted(text: str, code: str, where: tuple[int, int, int, int], anchor: int) -> str:
    """What an event named a training or an activity counts (``where``: sentence start, clause start,
    figure start, clause end): an activity whose quoted name says it is a training is a training (“法治培训到基层”系列活动5场);
    a law lecture given to pupils or residents, with no officials named in its clause before it, is a
    law-education event (法治副校长进校园开展法治讲座220余场次), and so is one officials go out to give."""
    s0, c0, start, c1 = where
    if code == _ACTIVITIES and text.startswith("活动", anchor):
        name = _QUOTED_NAME.search(text, max(s0, anchor - 24), anchor)
        if name and "培训" in name.group(1):
            return _TRAININGS
    if code == _TRAININGS and text.startswith(_LECTURES, anchor):
        if _PUBLICITY.search(text, c0, c1) and not _OFFICIALS.search(text, c0, c1):
            return _ACTIVITIES  # 法治宣传和法治讲座7次; 举办法治讲座4次、挂宣传横幅12条: law education
        # (the public may be named in an earlier clause of its sentence: 走进校园、走进社区，举办法制讲座15次)
        audience = _PUBLIC_AUDIENCE.search(text, s0, start)
        if audience is None:
            return code
        officials = _OFFICIALS.search(text, s0, start)
        # Officials who go out to the public (组织执法人员进企业开展法治讲座) give the lectures, not hear them.
        if officials is None or (audience.group().startswith("进") and officials.end() <= audience.start()):
            return _ACTIVITIES
    return code


def _counts_nothing_named(text: str, c0: int, choices: list[tuple[str, int]], quantity: Quantity) -> bool:
    """Whether the figure (clause from ``c0``) counts none of the things its aliases (``choices``) name: powers
    handed down (83项行政处罚权交由镇街实施), or the rest of a breakdown (其中…审查2件，其他事项审查1件). The rest
    of a clean-up named by what it became after it (其余37件继续有效) is that."""
    start, end = quantity.start, quantity.end
    near = max(c0, start - 16)
    if text.find("权", near, end + 10) != -1 and (
        _POWER_AFTER.match(text, end) or _POWER_BEFORE.search(text, near, start)
    ):
        return True
    return (
        text.find("其", c0, start) != -1
        and bool(_RESIDUAL.match(text, since_last_figure(text, c0, start)))
        and not all(code in _CLEAN_UP_OUTCOMES and anchor >= end for code, anchor in choices)
    )


def _whole_figure_recounted(
    choices: list[tuple[str, int]], text: str, c0: int, quantity: Quantity
) -> list[tuple[str, int]] | None:
    """What the figure counts whatever its aliases name (nothing named, or documents refused filing), or None."""
    if not choices or _counts_nothing_named(text, c0, choices, quantity):
        return []
    if refused_filing(text, c0, quantity):
        return [(NORMDOCS_REJECTED, choices[0][1])]
    return None


def _bodies_before_the_alias(code: str, text: str, end: int, unit: str) -> bool:
    """Whether a figure ending at ``end`` counts the bodies named after it, not what an alias further right names:
    12个街道完成权责清单编制 (the bodies that did it, not the list's items; but in 74件部门和乡镇规范性文件 and 45名
    部门负责人 the bodies only say whose documents or people the figure counts), and, counted in 个 or 家, bodies
    named after a short modifier (12个重点执法部门当年已办结的行政处罚案卷)."""
    if not _bodies_counted(code, unit) and unit not in _NOT_BODY_MEASURES and _BODIES_AFTER.match(text, end):
        return True
    return (
        unit in _BODY_MEASURES
        and code not in _BODIES_NAMED_COUNTED
        and _BODIES_AFTER_A_MODIFIER.match(text, end) is not None
    )


def _bodies_counted(code: str, unit: str) -> bool:
    """Whether a count of bodies (村, 企业) is what ``code`` counts: demonstration villages, businesses
    inspected at random, and businesses exempted (对236家企业作出首违不罚决定)."""
    return code in _PLACES_COUNTED or (code == _MINOR_EXEMPTIONS and unit in ("家", "户"))


def _counted_apart(text: str, code: str, span: tuple[int, int], anchor: int) -> bool:
    """收到判决书41份（无行政败诉）: a zero of its own words, not this figure; 评出优秀案卷5份、合格案卷54份:
    files of one grade, a part of the files reviewed. ``span`` is (clause start, figure end)."""
    c0, end = span
    if anchor >= end and _NEGATED_BETWEEN.search(text, end, anchor):
        return True
    return code == _CASE_FILES and bool(_GRADED.search(text, max(c0, anchor - 4), anchor))


def _not_enacted(words: str) -> bool:
    """提请省人大常委会审议地方性法规11件, 立法计划安排地方性法规项目12件: submitted or planned, not
    enacted (完成…立法项目3件 and 提请…审议通过 are enacted); 安排年内出台的政府规章项目2件 plans the act."""
    if _PLANNED_LAWS.search(words) and _PLANNED_ACT.search(words):
        return True
    return bool(_SUBMITTED.search(words) or _PLANNED_LAWS.search(words)) and not _PASSED.search(words)


def _officers_counted(text: str, quantity: Quantity, anchor: int) -> str | None:
    """What officers counted count: certificates issued to them (为426名执法人员换发执法证), nothing
    for auxiliary staff (辅助执法人员), for an exam they sat (组织312名执法人员参加执法资格考试) or a contest they
    entered (组织60名执法人员开展技能比武), attendances of a training they took part
    in (1200余名执法人员参加了专题培训), else the officers in post."""
    if _WHOLE_BODY_AFTER.match(text, quantity.end) and not _TRAINED_AFTER.match(text, quantity.end):
        return _OFFICERS  # 全区1200余名执法人员全部申领了新的执法证件: all of them, the officers in post
    head = _HEAD_AFTER_MODIFIER.match(text, quantity.end)
    if anchor >= quantity.start and head and not _OFFICER_HEAD.search(head.group(1)):
        return None  # 19名持证上岗的“法律明白人”: people of another kind, who also hold a certificate
    if anchor >= quantity.start and _CERTIFIED_AFTER.match(text, quantity.end):
        return _CERTIFICATES
    if _AUXILIARY_BEFORE.search(text, max(0, anchor - 2), anchor):
        return None  # 辅助执法人员420人: auxiliary staff, not certified officers
    if _EXAMINED_AFTER.match(text, quantity.end) or _LISTED_WITH_OTHERS.match(text, quantity.end):
        return None
    if _TOOK_PART_AFTER.match(text, quantity.end) and not _TRAINED_AFTER.match(text, quantity.end):
        return None  # 组织60名执法人员开展执法技能比武: the contest's entrants
    if anchor < quantity.start and _ADDED_BEFORE.search(text, max(0, anchor - 8), anchor):
        return None  # 新增执法人员5人: officers added this year, not those in post
    if _TRAINED_AFTER.match(text, quantity.end):
        return _OFFICERS_TRAINED
    if _ACTED_ON_BEFORE.search(text, max(0, min(anchor, quantity.start) - 6), min(anchor, quantity.start)):
        return None
    if _BEFELL_AFTER.match(text, max(anchor, quantity.end)):
        return None
    return _OFFICERS


def _meeting_named_another(text: str, s0: int, c0: int, c1: int) -> bool:
    """Whether a figure's clause names no executive meeting and the sentence's last one has a study
    figure of its own: 常务会议会前学法12次，领导干部集体学法8次 (the 8 is the cadres' study)."""
    if _EXECUTIVE_MEETING.search(text, c0, c1):
        return False
    meetings = list(_EXECUTIVE_MEETING.finditer(text, s0, c0))
    if not meetings:
        return False
    # The meetings' own count (召开常务会议36次，学法12次) is no study figure of theirs: the study
    # of a later clause is still theirs.
    since = text[meetings[-1].end() : c0]
    digit = next((i for i, ch in enumerate(since) if ch.isdigit()), None)
    return digit is not None and _STUDY.search(since, 0, digit) is not None


def _another_group_studies(text: str, c0: int, start: int) -> bool:
    """常务会议学法4次、区委理论中心组学法5次: the words since the figure before name another group's
    study and no executive meeting."""
    words_start = since_last_figure(text, c0, start)
    return bool(_OTHER_STUDY.search(text, words_start, start)) and not _EXECUTIVE_MEETING.search(
        text, words_start, start
    )


def _contracts_of_others(words: str) -> bool:
    """帮助企业审查合同35份: contracts reviewed for businesses or residents, not the government's."""
    return "政府" not in words and _FOR_OTHERS.search(words) is not None


# Trainees of businesses (排污单位环境管理人员, 企业统计人员, 经营者): the law training the indicator counts is
# officials'.
_BUSINESS_TRAINEES = re.compile(
    r"(?<![涉进入])企业|排污单位|经营(?:者|户|主体|单位)|从业人员|商户|纳税人|个体工商户|用人单位"
)


def _not_a_training(text: str, starts: tuple[int, int], start: int, anchor: int) -> bool:
    """Whether a figure named a training is something else: study at a meeting, trainings and talks
    counted together, lessons inside classes counted already."""
    s0, c0 = starts
    words_start = since_last_figure(text, c0, start)
    return bool(
        _MEETING.search(text, words_start, start)  # 常务会议前开展法治专题培训3次
        or (text.startswith(_LECTURES, anchor) and _meetings_lecture(text, s0, start))
        or _TRAININGS_AND_TALKS.search(text, words_start, start)  # 专题法治培训、讲座2期
        or (text.startswith(_COURSE, anchor) and _in_counted_classes(text, s0, start))  # 班次中开设…课程26次
        # 排污单位环境管理人员法律法规培训班9期 (in the figure's own list item: 走访12家企业、开展7场法治培训)
        or _BUSINESS_TRAINEES.search(text, max(words_start, text.rfind("、", 0, start) + 1), start)
    )


# Cases drawn to be reviewed (随机调阅…办结的36件行政处罚案件, 抽查…行政处罚案件86件进行评查) are case files
# reviewed, not the cases decided; a finding between (抽查…发现…立案) makes them cases again.
_DRAWN_BEFORE = re.compile(r"(?:调阅|抽查|抽取|评查)[^，。；]{0,30}$")
_FOUND = re.compile(r"发现|立案|查处|查办|处罚了")
_REVIEWED_AFTER = re.compile(r"[^，。；、\d]{0,4}?(?:进行|开展)?评查")


def _recoded(code: str, text: str, clause: tuple[int, int], quantity: Quantity, anchor: int) -> str | None:
    """What documents named as issued, officers or penalty cases count (``clause``: its start and end)."""
    c0, c1 = clause
    if code == NORMDOCS_ISSUED:
        return documents_counted(text, c0, c1, quantity)
    if code == _OFFICERS:
        return _officers_counted(text, quantity, anchor)
    # 随机调阅…36件行政处罚、行政许可案件: case files drawn for review
    return _CASE_FILES if _drawn_for_review(text, c0, quantity) else code


def _drawn_for_review(text: str, c0: int, quantity: Quantity) -> bool:
    """Whether a figure counts cases drawn for review. Neither a review named in a list's item before, counted
    there (评查行政执法案卷12卷、办理行政处罚案件7件), nor one in the item after (办理行政处罚案件12件、评查行政
    执法案卷7卷) draws it: the item's own act is its own."""
    drawn = _DRAWN_BEFORE.search(text, c0, quantity.start)
    if (
        drawn
        and not _FOUND.search(text, drawn.start(), quantity.start)
        and after_counted_items(text, drawn.start(), quantity.start) == drawn.start()
    ):
        return True
    return bool(_REVIEWED_AFTER.match(text, quantity.end))


def _meetings_lecture(text: str, s0: int, start: int) -> bool:
    """Whether a lecture counted at ``start`` is a meeting's study: the sentence names an executive
    meeting, a theory study group or a plenary before it, with no figure between, and no training
    (落实常务会议学法机制，举办法治专题讲座2次; 纳入中心组学习内容，组织专题讲座4次; but 落实中心组学法、
    常务会议学法、专题培训等制度，举办法治讲座3530场 counts trainings)."""
    words_start = since_last_figure(text, s0, start)
    return bool(_MEETINGS_STUDY.search(text, words_start, start)) and "培训" not in text[words_start:start]


def _in_counted_classes(text: str, s0: int, start: int) -> bool:
    """Whether lessons counted at ``start`` are set inside classes counted just before (no figure between)."""
    matches = list(_SET_IN_CLASSES.finditer(text, s0, start))
    return bool(matches) and not any(ch.isdigit() for ch in text[matches[-1].end() : start])


def _trainees_of_previous_sentence(text: str, s0: int, c1: int) -> bool:
    """Whether the figure's sentence names nobody and the one before it names people of another group."""
    if ENFORCEMENT_WORD.search(text, s0, c1) or OTHER_TRAINEES.search(text, s0, c1):
        return False
    if s0 < 2 or text[s0 - 1] == "\n":
        return False  # the first sentence of its paragraph
    p0 = max(0, s0 - 1 - _PREVIOUS_SENTENCE_CHARS)
    ends = [match.end() for match in _SENTENCE_END.finditer(text, p0, s0 - 1)]
    if ends:
        p0 = ends[-1]
    return bool(OTHER_TRAINEES.search(text, p0, s0)) and not ENFORCEMENT_WORD.search(text, p0, s0)
