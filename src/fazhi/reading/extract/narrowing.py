"""Codes a figure loses because its words make it another kind of thing than the code counts.

Each rule is a genre shape: permits granted are not items on the permit list, decision drafts are
not items of the decision catalogue, cases narrowed by a clause before their noun are a kind of
the cases, a resolution rate among reconsideration words is not mediation's, a review of decisions
is not the catalogue, and people of another group trained are not enforcement officers. Issue 16's
wrong codes (``counted_otherwise``, a module of its own): a figure of powers handed down (下放, 赋予…权) counts no
indicator; people trained beside cadres or party members, with no enforcement word, are not officers
trained, and a training with no law word is no law training; one count over several kinds of paper
(合同、规范性文件和重大决策等) is none of their counts; filings are not reviews; problems rectified and
measures are not problems listed; tasks done or areas (个方面) are not key tasks.

The fifth pass: a target or a plan (力争, 预计, 计划开展, 将组织, 下一步) and a frequency (每月…3场次)
count no indicator; ``other_bodies.another_bodys`` drops what is another body's count or not the year's list: a
people's congress's 执法检查, an audit's problems, petitions, a disclosure report's answers, another
correction rate, businesses inspected but not at random, and key tasks the sentence does not make or
list (a higher plan's tasks carried out, a reform's task list).

The sixth pass (``_another_kind``): cases a head appeared in, the legal-service hotline (12348),
disputes prevented, documents of penalties published, one count over regulations and rules named
after it, cases of one field (涉企), one case's fine; and a mean count (年均…) is no count of the year.
Disputes' other kinds (``other_kinds.another_dispute``, split from it in the twenty-eighth session): disputes
prevented or only found, hard cases, cases carried over, another correction rate, the honoured.

The ninth pass (``other_uses.another_use``): papers kept as records, services of another kind after a legal-service
body, the documents of the bodies below filed with the reporter, items published counted in 条, study over
a list of bodies, problems studied, solved or of another kind, tasks of a plan for several years.

Four families of rules live in modules of their own: whether a count of tasks is the year's key tasks
(``key_tasks``), one count over several kinds of paper, dispute or trainee (``mixed``), another
body's count (``other_bodies``), and another thing counted under the same words (``other_things``).
"""

from __future__ import annotations

import re

from .counted import ENFORCEMENT_WORD, OTHER_TRAINEES, recounted
from .counted_otherwise import COUNTED_OTHERWISE_CODES, counted_otherwise, officers_named
from .list_codes import LISTS_CODES, not_the_lists_items
from .neighbouring_work import NEIGHBOURING_WORK_CODES, neighbouring_work
from .other_bodies import ANOTHER_BODYS_CODES, another_bodys
from .other_kinds import (
    ANOTHER_DISPUTE_CODES,
    ANOTHER_KIND_CODES,
    ENFORCEMENT_KIND_CODES,
    another_dispute,
    another_kind,
    enforcement_kind,
)
from .other_things import (
    ANOTHER_THING_CODES,
    PARTS_CODES,
    another_thing,
    issued_in_a_documents_name,
    parts_and_other_papers,
)
from .other_uses import another_use
from .own_business import OWN_BUSINESS_CODES, own_business
from .quantity import Quantity
from .subsets import Marks, counts_categories

_MEDIATION_RATE = "disputes.mediation_success_rate"
_OFFICERS_TRAINED = "enforcement.officers_trained"
_CASE_CODES = frozenset({"disputes.reconsideration_cases", "disputes.litigation_cases"})
# Cases narrowed by a clause before their noun (涉及…的, 因…引起的) are a kind of them; so are
# reconsideration cases in which a body is the respondent (以区政府为被申请人的), handled elsewhere.
# 以…为被告的 is how a body's own lawsuits are named, not a narrowing.
# Cases of one field (涉企行政复议案件, 涉及民生领域行政复议案件) are a kind of them too.
_RESTRICTED_CASES = re.compile(
    # (涉及 the reporter itself, 涉及我局的行政诉讼案件, names its own cases)
    r"(?:涉及(?![我本]|[县区市州旗]?(?:人民)?政府)|因[^，。；、]{1,16}(?:引起|引发|提起))"
    r"[^，。；]{0,16}?的[^，。；]{0,6}?(?:行政)?(?:复议|诉讼|应诉)"
    r"|(?:涉(?:企|农|外|税|民生)|涉及[^，。；的\d]{1,10}领域)[^，。；\d]{0,4}?(?:行政)?(?:复议|诉讼|应诉)"
    # (因答复引发行政复议5件、行政诉讼2件: the cause right before the cases, no 的)
    r"|因[^，。；、\d]{1,12}(?:引起|引发|被申请|被提起)(?:行政)?(?:复议|诉讼)"
)
# (以县政府为被申请人、由市政府办理的: who handled them may follow)
_RESPONDENT_CASES = re.compile(
    r"(?:以[^，。；、]{1,12}为|作为)被申请人(?:、[^，。；、\d]{1,12})?的[^，。；]{0,6}?(?:行政)?复议"
)
# …unless the respondent is the reporter itself (以我厅为, 本局作为, 以支队为, a township's 以镇政府为): a
# department's or a township's own reconsideration cases, as 以我局为被告的 are its own lawsuits.
_OWN_RESPONDENT = re.compile(
    r"(?:(?:(?<![乡县区市省州])(?:[我本]|以)|(?<=[年，；：\n]))(?:省|市|县|区)?(?:[厅局委办关]|分局|中心|支队|大队|机关|部门)"
    r"|以(?:[镇乡](?:人民)?政府|街道办事处|街道办|街道))"
    r"(?:及(?:所属|下属)[^，。；、]{0,4})?(?:为|作为)被申请人"
)
_RECONSIDERATION_CASES = "disputes.reconsideration_cases"
# People of another group right after the figure (49名公务员, 300名村干部): not enforcement officers.
_OTHER_PEOPLE = re.compile(
    r"[名人](?:新录用|新考录|新入职)?(?:公务员|干部|村干部|党员|群众|学生|村民|居民|职工|教师)"
)

# Powers handed down to townships or concentrated in one body are counted in items, not cases.
# (Each alternative opens with a plain character, so that the engine skips along the clause to them: one opening
# with a group, (?:收回|回收|下沉)…, made it try the pattern at every position.)
_DELEGATED = re.compile(
    r"下放|划转|赋予[^，。；]{0,12}权|赋权|承接[^，。；]{0,12}事项|相对集中[^，。；]{0,30}权"
    r"|收回[^，。；]{0,12}(?:权|事项)|回收[^，。；]{0,12}(?:权|事项)|下沉[^，。；]{0,12}(?:权|事项)"
    r"|委托[^，。；]{0,12}(?:行使|实施)"
)
# A target or a plan (力争, 预计, 下一步, 计划开展, 将组织): what is to be done, not what the year did.
# 计划 plans only after a year, a subject or at the clause start, and a year may follow it (计划2026年开展);
# 按年度培训计划开展培训12场 is done, and 计划完成率 is a rate of its own; 将 before an object
# (将12项事项纳入) is no future.
_PLAN_VERB = (
    r"(?:安排|开展|组织|举办|完成(?!率)|实现|达到|制定|出台|新增|新建|建成|建立|创建|培训|办理|推动|召开|明确|梳理|"
    r"公布|取消|审核|审查|报送|清理|确定|出具|评查|备案|受理|调处|化解|发放|主动公开|公开|印发|发布|编制|形成)"
)
_PLANNED = re.compile(
    rf"力争|争取|预计|(?:(?:19|20)\d{{2}}年|明年|今年|全年|年初|我们|我[市县区镇乡局委]|[府局委办]|^)计划"
    rf"(?:于|在|到)?(?:(?:19|20)\d{{2}}年(?:度|内|底)?|下一?年度|明年)?(?:年内|全年)?{_PLAN_VERB}"
    rf"|拟{_PLAN_VERB}(?!的)"  # 拟出台的规范性文件 are drafts the year reviewed, not a plan
    rf"|将(?:继续|持续|进一步|全面|加快|重点)?{_PLAN_VERB}"
)
# The size of a plan made or handed down (年初确定部门联合抽查计划60批次, 年度审计计划安排项目40个): what was to be
# done; done as planned (按计划开展检查40次, 完成年度抽查计划60批次) is the year's.
_PLAN_SIZE = re.compile(
    r"(?:确定|制定|下达|编制|安排)[^，。；\d]{0,12}?计划(?:为|共)?$|计划(?:安排|确定|列入)[^，。；\d]{0,8}$"
)
_PLAN_DONE = re.compile(r"完成|实际|执行|落实|开展|组织|实施|按照?|根据|依据|依照")
# A figure a rule or an assessment requires (考核要求纠错率不高于20%, 出庭率应达到100%), or one a target names
# (目标：…不低于90%): what is wanted, not what the year did. 按要求, 符合要求 are done as required.
# 确保 before a floor (确保全年…出庭应诉率不低于95%) is a requirement too (second probing pass).
_REQUIRED = re.compile(
    r"(?:应当?|须|必须|要)(?:达到|达|不低于|不少于|不高于|不超过|保持在?|控制在)$"
    # 要求…提供的证明42项: what was demanded of the public, named in a relative clause, is no requirement
    r"|(?<![按照据合])要求(?![^，。；\d]{0,12}?(?:提供|提交|出具))[^，。；\d]{0,16}$"
    r"|确保[^，。；\d]{0,30}?(?:不低于|不少于|不高于|不超过|控制在)$"
)
# ...where the floor is read with the figure (不低于95%: the quantity starts at it), the word before it says so.
_FLOORS = ("不低于", "不少于", "不高于", "不超过", "不多于", "不大于")
# The words one of _REQUIRED or _REQUIRED_BEFORE_A_FLOOR holds: most clauses hold none, and skip both. One
# search for them all (asked for every figure), where a test of each word in turn read the clause six times;
# each alternative opens with a plain character, so the engine skips along to those (a class first would not).
_REQUIRING = re.compile(r"要|应|须|确保|明确|规定")
_REQUIRED_BEFORE_A_FLOOR = re.compile(r"(?:应当?|须|必须|要|(?:确保|明确|规定)[^，。；\d]{0,30}?)$")
# 目标为, 目标是 name a target without a colon too (全年目标为发放宣传资料10万份), up to what was actually done
# (，实际发放12.6万份: second probing pass).
_TARGET = re.compile(r"目标(?:是|为)?[:：]|目标(?:是|为)")
_ACTUALLY = re.compile(r"实际|实有|已完成|完成了")
# Documents a clean-up proposes to abolish, amend or declare void (其中拟废止5件) are not yet so; read in
# the words of the figure alone (拟修改3件、废止6件: the 6 were abolished).
_PROPOSED = re.compile(r"拟(?:予以|于年内)?(?:废止|修改|修订|宣布失效|失效|保留)[^，。；\d]{0,6}$")
# ...in its clause (对拟出台的文件全部进行审核，清理…54件 is the year's); the next year's work, in its sentence.
# A target opening the sentence (力争到2025年底，…网上可办率达到98%以上; 预计到年底，…) holds for its
# clauses after it too (second probing pass); 力争上游 is no target, and 争取 alone is getting (争取资金).
# An alias after the figure that only qualifies the systems it counts (11项政府信息公开配套制度, 15项重大行政决策
# 程序制度): the figure counts the systems.
_SYSTEMS_HEAD = re.compile(r"[\u4e00-\u9fff“”]{2,16}?(?:配套)?(?:制度|机制)(?=[、，。；和及等]|$)")
_NEXT_YEAR = re.compile(
    r"下一步|明年|今后|下一年|力争(?!上游)|争取(?:到|在|于)?(?:19|20)\d{2}年|预计(?:到|在|至)"
)
# A mean count (年均化解纠纷1.2万件) is no count of the year; a mean rate (年均听证率80%) is the year's.
_AVERAGE = re.compile(r"年均|平均|日均|月均|人均")
_BASIS_AFTER = re.compile(r"[^，。；\d]{0,20}?基础上")
# A figure that bounds a class of things (对罚款5万元以上的重大行政处罚决定) counts none of them.
_BOUNDS = ("以上", "以下", "以内")
# The characters one of _PLANNED or _FREQUENCY starts with: most clauses hold none, and skip both. A
# search for them decides (a set's isdisjoint of the clause made a string of each of its characters).
_PLAN_CHARS = frozenset("力争预计拟将每划")
_PLAN_START = re.compile("[" + "".join(sorted(_PLAN_CHARS)) + "]")
_FREQUENCY = re.compile(r"每(?:个)?(?:月|季度|季|周|半年|年|星期)[^，。；\d]{0,20}$")
# Things counted and then said not done (13件规范性文件尚未报送备案, 5件未按期报备): the count of what the
# year left undone names none of the acts' indicators; a bracket's note (（含尚未出台的草案）) leaves it done.
_NOT_DONE_AFTER = re.compile(
    r"(?![（(]含)[^，。；\d]{0,14}?(?:尚未|未能|未按[期时]|未|没有)"
    r"(?:报送|报备|备案|公开|审查|审核|清理|办结|出台|印发|制定|评查|整改)"
)
# A clause right after a figure's that says what was actually done, with a figure (，实际评查208卷; ，年底实际达到97.8%):
# the figure before it was planned. A task handed down (下达…任务) is set, unless the clause says it was done.
_ACTUAL_NEXT = re.compile(r"[，,；;]\s*(?:年底|年末|全年|最终)?实际[^，。；\d]{0,12}?[\d.]+[^，。；]{0,3}")
_ASSIGNED = re.compile(r"下达[^，。；\d]{0,12}?任务")
# ...and the figure's own clause says it was planned (受理案件45件，实际办结43件 is no plan and its outcome).
_PLAN_WORD = re.compile(r"原定|计划|预计|预期|目标|拟|下达|确定|安排")
_DONE = re.compile(r"完成|落实|执行")
# A floor that a target sets (网上可办率不低于90%的目标任务): what was wanted, whatever the year reached.
_TARGET_AFTER = re.compile(r"(?:以上|以下)?的(?:工作)?目标")
# ...and so is a floor set for each year or month (每年…会前学法不少于24次): a standard, not a count.
_EVERY_PERIOD = re.compile(r"每(?:年|半年|季度?|月|周)")
# A time limit counted in days or months (收到之日起5个工作日内审查完毕) counts no act.
_DURATION_AFTER = re.compile(r"(?:个)?(?:工作日|自然日|日内|天内|月内|小时内|周内)")
# Meetings that discussed a kind of work (研究行政检查工作5次, 听取…工作汇报3次): meetings, not the work.
_DISCUSSED = re.compile(r"(?:研究|听取|调度)[^，。；\d]{0,20}(?:工作|问题|事项|情况|汇报)[^，。；\d]{0,2}$")
_COUNSEL_MEETINGS = "decisions.counsel_meetings"
# Words after a figure that give its cause (其中9件因合法性问题退回起草单位): what they name is why, not what is counted.
_CAUSE = ("因", "由于")


def _wanted_not_done(text: str, s0: int, words: str, start: int) -> bool:
    """Whether a figure (its clause's ``words``, its sentence from ``s0``) is required (考核要求纠错率不高于
    20%), a target (目标：…不低于90%) or a clean-up's proposal (其中拟废止5件), not what the year did."""
    if _REQUIRING.search(words) and (
        _REQUIRED.search(words)
        or (text.startswith(_FLOORS, start) and _REQUIRED_BEFORE_A_FLOOR.search(words))
    ):
        return True  # 出庭应诉率应不低于95%; 确保…出庭应诉率不低于95%; 明确…会前学法全年不少于6次
    if "目标" in text[s0:start]:
        target = _TARGET.search(text, s0, start)
        if target and not _ACTUALLY.search(text, target.end(), start):
            return True
    return "拟" in words and _PROPOSED.search(words) is not None


def _planned_then_actual(text: str, words: str, quantity: Quantity, clause: tuple[int, int]) -> bool:
    """Whether a figure is a plan's or a task set from above: the sentence's next clause says what was actually
    done (全年计划实施审计项目25个，实际完成27个; 达到95%的目标，年底实际达到97.8%), or its clause names a task
    handed down that it does not say was done (省里下达…抽查任务不少于120批次; but 完成市局下达的抽查任务18批次)."""
    assigned = _ASSIGNED.search(words)
    if assigned and not _DONE.search(words, 0, assigned.start()):
        return True
    c0, c1 = clause
    actual = _ACTUAL_NEXT.match(text, c1)
    return (
        actual is not None and quantity.unit in actual.group() and _PLAN_WORD.search(text, c0, c1) is not None
    )


def _counts_nothing_itself(text: str, words: str, quantity: Quantity) -> bool:
    """Whether a figure is a mean (年均化解纠纷1.2万件, 日均受理诉求900余件), a class's bound (对罚款5万元以上的…决定),
    the ground the year's work stood on (在省政府公布取消的1011项证明事项基础上) or a count of categories (涵盖12个
    领域): none counts the year's things."""
    if quantity.unit != "%" and (
        ("均" in words and _AVERAGE.search(words)) or _bounds_a_class(text, quantity)
    ):
        return True
    if ("在" in words and _BASIS_AFTER.match(text, quantity.end)) or "平均水平" in words:
        return True  # (高于全省平均水平的11.9%: the level compared with)
    return counts_categories(text, quantity)


def _bounds_a_class(text: str, quantity: Quantity) -> bool:
    """Whether a figure is the bound of a class it then names (5万元以上的…决定), its bound word read with it or after it."""
    end = quantity.end
    if text.startswith(_BOUNDS, end):
        end += 2
    elif not text.endswith(_BOUNDS, 0, end):
        return False
    return text.startswith("的", end)


def _after_a_floor(text: str, start: int) -> bool:
    """Whether a figure starting at ``start`` is a floor (不低于90%), the floor's words read with it or before."""
    return text.startswith(_FLOORS, start) or text.endswith(_FLOORS, 0, start)


def narrowed(
    choices: list[tuple[str, int]], text: str, marks: Marks, clause: tuple[int, int, int], quantity: Quantity
) -> list[tuple[str, int]]:
    """``choices`` without the codes the figure's words make another kind of thing.

    ``clause`` is (sentence start, clause start, clause end) of the figure.
    """
    s0, c0, c1 = clause
    words = text[c0 : quantity.start]
    if (
        _DELEGATED.search(text, c0, quantity.start)
        or ("赋予" in words and "权" in text[quantity.end : c1])
        or ("将" in words and _DELEGATED.search(text, quantity.end, c1))  # 将38项…事项委托开发区管委会实施
    ):
        # 向乡镇下放行政处罚事项137项, 赋予自贸试验区实施132项省级行政许可等权限: powers, not cases
        # or list items
        return []
    if _PLAN_START.search(words) and (
        _PLANNED.search(words)
        or _FREQUENCY.search(words)
        or (quantity.unit != "%" and _PLAN_SIZE.search(words) and not _PLAN_DONE.search(words))
    ):
        # 力争开展普法活动200场: a target; 每月至少开展3场次: a frequency; 确定抽查计划60批次: a plan's size;
        # not the year's figure
        return []
    if (
        _wanted_not_done(text, s0, words, quantity.start)
        or _NOT_DONE_AFTER.match(text, quantity.end)
        or _DURATION_AFTER.match(text, quantity.end)
        or (_TARGET_AFTER.match(text, quantity.end) and _after_a_floor(text, quantity.start))
        or (_after_a_floor(text, quantity.start) and _EVERY_PERIOD.search(text, s0, quantity.start))
    ):
        # 考核要求纠错率不高于20%; 目标：出庭应诉率不低于90%; 其中拟废止5件; 13件规范性文件尚未报送备案;
        # 5个工作日内审查完毕: a time limit, not a count
        return []
    if _NEXT_YEAR.search(text, s0, quantity.start) or _planned_then_actual(text, words, quantity, (c0, c1)):
        # 下一步，…: the next year's work; 原定评查案卷150卷，实际评查208卷 and 市局下达抽查任务18批次: the plan
        return []
    if _counts_nothing_itself(text, words, quantity):
        return []
    if (
        quantity.unit == "次"
        and _DISCUSSED.search(words)
        and any(code != _COUNSEL_MEETINGS for code, _ in choices)
    ):
        # 研究行政检查工作5次: meetings about the work; but counsel who took part in meetings that studied
        # matters (法律顾问参与局长办公会等会议研究事项35次) count those meetings
        return []
    codes = {code for code, _ in choices}
    dropped = _families_dropped(codes, text, clause, quantity)
    if codes & _CASE_CODES and _RESTRICTED_CASES.search(text, c0, quantity.start):
        dropped |= _CASE_CODES  # 涉及征地拆迁的行政诉讼案件31件
    if (
        _RECONSIDERATION_CASES in codes
        and _RESPONDENT_CASES.search(text, c0, quantity.start)
        and not _OWN_RESPONDENT.search(text, c0, quantity.start)
    ):
        dropped.add(_RECONSIDERATION_CASES)  # 以县政府为被申请人的复议案件23件
    if (
        _MEDIATION_RATE in codes
        and quantity.unit == "%"
        and (marks.about_reconsideration(s0, quantity.start) or "复议" in text[c0 : quantity.start])
    ):
        dropped.add(_MEDIATION_RATE)  # 纠错率11.6%…综合化解率26%; 行政复议阶段矛盾纠纷实质性化解率98%
    if _OFFICERS_TRAINED in codes and (
        _OTHER_PEOPLE.match(text, quantity.end - 1)
        or (OTHER_TRAINEES.search(text, s0, c1) and not ENFORCEMENT_WORD.search(text, s0, c1))
        or not officers_named(text, s0, c1)
    ):
        dropped.add(_OFFICERS_TRAINED)  # 新考录49名公务员初任培训; 全镇90余人参加培训
    kept = [
        (code, anchor)
        for code, anchor in choices
        if code not in dropped
        and not issued_in_a_documents_name(code, anchor, text, s0)
        and not (anchor > quantity.start and _SYSTEMS_HEAD.match(text, anchor, c1))
        and not (anchor > quantity.start and text.startswith(_CAUSE, quantity.end))
    ]
    return recounted(kept, text, clause, quantity) if kept else kept


def _families_dropped(
    codes: set[str], text: str, clause: tuple[int, int, int], quantity: Quantity
) -> set[str]:
    """The codes the families of rules drop; a family reads the figure only if it has one of the codes
    the family declares (``another_use`` has rules that drop any code, and reads every figure)."""
    dropped = another_use(codes, text, clause, quantity)
    if not codes.isdisjoint(COUNTED_OTHERWISE_CODES):
        dropped |= counted_otherwise(codes, text, clause, quantity)
    if not codes.isdisjoint(ANOTHER_BODYS_CODES):
        dropped |= another_bodys(codes, text, clause, quantity)
    if not codes.isdisjoint(ANOTHER_KIND_CODES):
        dropped |= another_kind(codes, text, clause, quantity)
    if not codes.isdisjoint(ANOTHER_DISPUTE_CODES):
        dropped |= another_dispute(codes, text, clause, quantity)
    if not codes.isdisjoint(ENFORCEMENT_KIND_CODES):
        dropped |= enforcement_kind(codes, text, clause, quantity)
    if not codes.isdisjoint(ANOTHER_THING_CODES):
        dropped |= another_thing(codes, text, clause, quantity)
    if not codes.isdisjoint(PARTS_CODES):
        dropped |= parts_and_other_papers(codes, text, clause, quantity)
    if not codes.isdisjoint(LISTS_CODES):
        dropped |= not_the_lists_items(codes, text, clause, quantity)
    if not codes.isdisjoint(OWN_BUSINESS_CODES):
        dropped |= own_business(codes, text, clause, quantity)
    if not codes.isdisjoint(NEIGHBOURING_WORK_CODES):
        dropped |= neighbouring_work(codes, text, clause, quantity)
    return dropped
