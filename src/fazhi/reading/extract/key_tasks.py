"""Whether a count of tasks is the year's list of key tasks (``leadership.key_tasks``) or another count.

The year's key tasks are the list its rule-of-law plan makes or names (制定…明确重点任务32项, 全力推进32项
法治政府建设重点任务, 推动年初设立的20项重点任务落地见效). Tasks done or carried out are not, unless they are
the year's whole list (全面完成年度…45项重点任务) or the list the sentence made before them; nor are areas
(细化9个方面), a reform's or another field's tasks, the tasks of a plan for several years, other work's
tasks (执法检查任务), and measures that are not the plan's list. ``narrowing`` drops the code where this says so.
"""

from __future__ import annotations

import re

from .quantity import Quantity

# Tasks done or carried out (完成…等工作任务22项) are not the year's list, but all of the year's tasks
# done (全面完成年度…45项重点任务) are: the list counted whole; and tasks split up to be carried out
# (分解落实重点工作27项, 细化落实…任务33项) are the list being made.
_TASKS_DONE = re.compile(r"(?<!全面|全部|圆满)完成|(?<!分解|细化)落实")
# Tasks are the year's list only where the sentence makes or lists them (制定…明确重点任务32项); tasks
# of a plan carried out (推动…十项重点任务落地落实) or of a named reform (“放管服”改革重点任务) are not.
_TASKS_MADE = re.compile(
    r"制定|制发|印发|出台|明确|确定|梳理|细化|分解|列出|形成|编制|部署|提出|安排|审议|下发|清单|要点|计划|台账|方案|任务书|年度"
)
# ...while the year's whole list carried out (73项年度重点任务全面落实, 2023年…28项重点任务全部完成) is
# still the year's list.
_WHOLE_TASKS_DONE = re.compile(r"[^，。；\d]{0,12}?任务[^，。；\d]{0,2}?(?:全面|全部|均已|均)")
_YEAR_NAMED = re.compile(r"年度|(?:19|20)\d{2}\s*年")
# ...and the year said so (全年法治政府建设15项重点任务已全部完成) names it for a whole list done.
_THIS_YEAR_NAMED = re.compile(_YEAR_NAMED.pattern + r"|全年|今年|本年")
# ...and so are tasks said set at the year's start just before the figure (推动年初设立的20项重点任务落地见效).
_SET_THIS_YEAR = re.compile(
    r"(?:年初|年度|今年|本年)[^，。；\d]{0,6}?(?:设立|确定|明确|制定|部署|提出|安排)的$"
)
# A count of the rule of law's own tasks (全力推进32项法治政府建设重点任务) is the year's list without a
# verb that makes it.
_RULE_OF_LAW_TASKS = re.compile(r"[^，。；\d]{0,2}?(?:法治政府建设|依法行政)[^，。；\d]{0,4}?任务")
# ...also named before it (2023年法治政府建设28项重点任务全部完成).
_RULE_OF_LAW_BEFORE = re.compile(r"(?:法治政府建设|依法行政)[^，。；\d]{0,4}$")
_TASKS_AFTER = re.compile(r"[^，。；\d]{0,4}?任务")
_TASKS_CARRIED_OUT = re.compile(
    r"[^，。；\d]{0,10}?任务[^，。；\d]{0,2}?(?:落地|落实|落到实处|见效|全部完成|已完成)"
    # ...and a list of task counts that all were carried out (3项牵头任务和12项配合任务均按时序推进落实)
    r"|[^，。；]{0,24}?任务(?:均|全部|都)[^，。；\d]{0,10}?(?:落地|落实|见效|完成)"
)
# ...nor the tasks of a plan for several years (《…实施方案（2021—2025年）》…细化274项任务分工).
_SEVERAL_YEARS = re.compile(r"(?:19|20)\d{2}\s*[—–\-~至到]+\s*(?:(?:19|20)?\d{2}年|20\d{2})")
# ...or named as a plan or an outline for several years with no year of its own (“十四五”规划确定的96项任务,
# 《…实施纲要》确定的58项任务).
_LONG_PLAN = re.compile(r"规划|纲要|“?十[三四五]五”?")
# ...nor tasks of another kind of work (执法检查任务, 抽查任务, 审计任务) named right before 任务.
_OTHER_TASKS_BEFORE = re.compile(
    r"(?:检查|抽查|审计|巡察|巡视|督查|调研|招商|生产|维稳|信访|征收|拆迁|职责)任务[^，。；\d]{0,2}$"
)
_REFORM_TASKS_BEFORE = re.compile(r"(?:改革|专项|”)[^，。；\d]{0,6}?任务[^，。；\d]{0,4}$")
_TASKS_OF_A_REFORM = re.compile(
    r"[^，。；\d]{0,4}“[^“”]{1,12}”[^，。；\d]{0,6}?任务|[^，。；\d]{0,8}(?:改革|专项)[^，。；\d]{0,6}?任务"
)
# ...nor the tasks of a plan for another field of work (优化营商环境工作方案…明确47项重点工作) in a sentence that
# names no rule-of-law government (法治政府, 依法行政, 法治建设): the year's key tasks are the report's own
# plan's, and a business-environment plan under the rule of law (法治化营商环境) is still another field's.
_OTHER_FIELD_PLAN = re.compile(r"营商环境|改革方案|改革实施方案")
# ...and the tasks named by another field right after their count (141项安全生产重点工作清单).
_OTHER_FIELD_AFTER = re.compile(
    r"[^，。；\d]{0,4}?(?:安全生产|生态环境|环境保护|乡村振兴|招商引资|疫情防控|民生实事|经济发展|项目建设|营商环境)"
    r"[^，。；\d]{0,4}?(?:工作|任务)"
)
# (a department names its own: 法治海关建设, 法治财政建设, 法治税务建设)
_RULE_OF_LAW = re.compile(r"法治政府|依法行政|法治[\u4e00-\u9fff]{0,4}?建设|依法治")
_AREAS_AFTER = re.compile(r"个?(?:方面|大项|大类|领域)")
# Indicators a demonstration's or an assessment's system sets (对标示范创建100项指标任务) are its measures, not tasks.
_INDICATORS_AFTER = re.compile(r"[项个条]?[^，。；\d]{0,2}?指标")
# Matters a meeting studied (全年召开专题会议4次，研究部署法治重点工作事项4项; 召开常务会议研究审议…重点任务3项)
# are its agenda, not the year's list; a list the meeting made (研究制定…清单，明确重点任务28项) names its verb.
_STUDIED_AT_A_MEETING = re.compile(r"研究(?:部署|解决|审议|讨论|决定)[^，。；\d]{0,14}$")
# Measures or items (推出61项具体措施, 31项具体工作) are the year's list only after the plan of the rule
# of law that makes them (法治政府建设工作要点…): 稳就业20条具体措施 are another field's, and measures
# named one by one (出台…方案等具体措施15项, 审议…等具体事项15项) are documents or agenda items.
_MEASURE_WORDS = r"(?:具体|工作|重点)(?:措施|举措)|具体工作|具体事项"
_MEASURES_AFTER_FIGURE = re.compile(rf"[^，。；、\d]{{0,2}}?{_MEASURE_WORDS}")
_MEASURES_BEFORE_FIGURE = re.compile(rf"{_MEASURE_WORDS}[^，。；\d]{{0,2}}$")
_YEAR_PLAN = re.compile(r"要点|工作计划|责任清单|任务清单|工作安排|分工方案")
_YEAR_PLAN_AFTER = re.compile(
    # (or by its year: 制定《某新区2019年法治政府建设工作要点》，提出31项具体举措; not a span's end year)
    r"(?:年度|(?<![—–\-~至到\d])(?:19|20)\d{2}\s*年(?![）)]))[^，。；\d]{0,10}?(?:要点|计划|清单|安排|方案)"
)
_NAMED_ONE_BY_ONE = re.compile(r"等[^，。；\d]{0,6}$")


def not_the_years_key_tasks(text: str, clause: tuple[int, int, int], quantity: Quantity) -> bool:
    """Whether a figure counted as key tasks is not the year's list; ``clause`` is (sentence start, clause
    start, clause end) of the figure (完成…等工作任务22项; 细化9个方面重点任务; 推动十项重点任务落地落实)."""
    s0, c0, c1 = clause
    set_this_year = _SET_THIS_YEAR.search(text, c0, quantity.start) is not None
    done = _TASKS_DONE.search(text, c0, quantity.start)
    return bool(
        (done and not _year_plans_list_carried_out(text, s0, c0, done) and not set_this_year)
        or _AREAS_AFTER.match(text, quantity.end)
        or _INDICATORS_AFTER.match(text, quantity.end)
        or _STUDIED_AT_A_MEETING.search(text, c0, quantity.start)
        or not (_TASKS_MADE.search(text, s0, c1) or _rule_of_law_tasks(text, c0, quantity) or set_this_year)
        or (
            _TASKS_CARRIED_OUT.match(text, quantity.end)
            and not _whole_years_tasks_done(text, s0, quantity)
            and not set_this_year
        )
        or _TASKS_OF_A_REFORM.match(text, quantity.end)
        or _REFORM_TASKS_BEFORE.search(text, c0, quantity.start)
        or _several_years_plans(text, s0, quantity)
        # (the plan may be named in the sentence's earlier clause: 制定《…规划纲要…实施方案》，70项清单任务有序推进)
        or (_LONG_PLAN.search(text, s0, quantity.start) and not _YEAR_NAMED.search(text, s0, c1))
        or _OTHER_TASKS_BEFORE.search(text, c0, quantity.start)
        or _OTHER_FIELD_AFTER.match(text, quantity.end)
        or (_OTHER_FIELD_PLAN.search(text, s0, quantity.start) and not _RULE_OF_LAW.search(text, s0, c1))
        or _measures_not_of_the_plan(text, s0, quantity)
    )


def _several_years_plans(text: str, s0: int, quantity: Quantity) -> bool:
    """Whether the tasks are of a plan for several years the sentence names (《…实施方案（2021—2025年）》…
    细化274项任务分工): not where the year's own plan is named after it (对标《纲要（2021－2025年）》，
    制定年度任务清单，明确重点任务25项)."""
    span = _SEVERAL_YEARS.search(text, s0, quantity.start)
    return bool(span) and not _YEAR_PLAN_AFTER.search(text, span.end(), quantity.start)


def _rule_of_law_tasks(text: str, c0: int, quantity: Quantity) -> bool:
    """Whether a count of tasks names them the rule of law's own, after the figure or just before it."""
    return bool(
        _RULE_OF_LAW_TASKS.match(text, quantity.end)
        or (_RULE_OF_LAW_BEFORE.search(text, c0, quantity.start) and _TASKS_AFTER.match(text, quantity.end))
    )


def _year_plans_list_carried_out(text: str, s0: int, c0: int, done: re.Match[str]) -> bool:
    """Whether tasks being carried out (``done`` is 落实, not 完成) are the list of the year's rule-of-law
    plan the sentence made before them (制定年度法治政府建设工作要点，闭环落实8个方面36项工作措施)."""
    return bool(
        done.group(0) == "落实"
        and _YEAR_PLAN.search(text, s0, c0)
        and _YEAR_NAMED.search(text, s0, c0)
        and _RULE_OF_LAW.search(text, s0, c0)
    )


def _whole_years_tasks_done(text: str, s0: int, quantity: Quantity) -> bool:
    """Whether tasks carried out are all of the year's list: 全面, 全部 or 均 after them, and the year
    named with them or in the sentence before the figure (2023年，全县…56项重点任务已全部完成)."""
    whole = _WHOLE_TASKS_DONE.match(text, quantity.end)
    return bool(whole) and bool(
        _THIS_YEAR_NAMED.search(text, quantity.end, whole.end())
        or _THIS_YEAR_NAMED.search(text, s0, quantity.start)
    )


def _measures_not_of_the_plan(text: str, s0: int, quantity: Quantity) -> bool:
    """Whether a count of measures (``_MEASURE_WORDS``) is not the year's list of its plan."""
    before = _MEASURES_BEFORE_FIGURE.search(text, s0, quantity.start)
    if not (before or _MEASURES_AFTER_FIGURE.match(text, quantity.end)):
        return False
    start = before.start() if before else quantity.start
    return bool(
        not _YEAR_PLAN.search(text, s0, start)
        or not _RULE_OF_LAW.search(text, s0, start)
        or _NAMED_ONE_BY_ONE.search(text, s0, start)
    )
