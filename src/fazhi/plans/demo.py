"""Demo: this year's plan of the demo county, in progress (some tasks done, one overdue).

Loaded through the actions; running it again adds nothing once the plan exists.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from fazhi.core.deadlines import local_today
from fazhi.org.models import Organisation, User
from fazhi.plans import actions
from fazhi.plans.models import YearPlan

REGION_CODE = "330521"
COUNTY = "德清县"

# (title, lead, co-units, deadline month/day, area, codes, lead's progress)
TASKS = [
    (
        "制定年度法治政府建设工作要点和重点任务清单",
        "司法局",
        ["人民政府办公室"],
        (3, 31),
        "leadership",
        ["leadership.key_tasks"],
        100,
    ),
    (
        "开展重大行政决策目录编制和公开",
        "人民政府办公室",
        ["司法局"],
        (4, 30),
        "decisions",
        ["decisions.catalog_items"],
        100,
    ),
    (
        "落实重大执法决定法制审核制度，开展案卷评查",
        "市场监督管理局",
        ["司法局"],
        (6, 30),
        "enforcement",
        ["enforcement.case_files_reviewed"],
        60,
    ),
    (
        "规范性文件报备率、及时率、规范率达到100%",
        "司法局",
        [],
        (9, 30),
        "rules",
        ["rules.normdocs_filing_rate"],
        100,
    ),
    ("推进街道合法性审查全覆盖", "武康街道办事处", ["司法局"], (12, 31), "decisions", [], 40),
    (
        "开展法治政府建设督察和问题整改",
        "司法局",
        ["市场监督管理局", "武康街道办事处"],
        (12, 31),
        "leadership",
        ["leadership.problems_listed", "leadership.rectification_rate"],
        70,
    ),
    (
        "组织行政执法人员培训和法律知识考试",
        "司法局",
        ["综合行政执法局"],
        (12, 31),
        "enforcement",
        ["enforcement.officers_trained"],
        0,
    ),
]


# Why the office enters a unit's step in the demo: the unit has no login there.
PROXY_REASON = "该单位尚未开通平台账号，依法治区办根据其报送的书面材料代为录入。"


def _unit(name: str) -> Organisation:
    return Organisation.objects.get(region_code=REGION_CODE, name=f"{COUNTY}{name}")


@transaction.atomic
def load(stdout) -> None:
    year = local_today().year
    if YearPlan.objects.filter(region_code=REGION_CODE, year=year).exists():
        stdout.write(_("Year plan demo: already loaded."))
        return
    reviewer = User.objects.get(username="reviewer")
    office = _unit("司法局")
    plan = actions.create_plan(reviewer, office, year=year, title=f"{COUNTY}{year}年法治政府建设工作要点")
    filers = {
        "市场监督管理局": User.objects.get(username="scj_filer"),
        "武康街道办事处": User.objects.get(username="wk_filer"),
    }
    today = local_today()
    for number, (title, lead, co_units, (month, day), area, codes, progress) in enumerate(TASKS, start=1):
        task = actions.add_task(
            reviewer,
            plan,
            number=number,
            title=title,
            lead_unit=_unit(lead),
            co_units=[_unit(name) for name in co_units],
            deadline=dt.date(year, month, day),
            area=area,
            indicator_codes=codes,
        )
        if progress:
            # The office enters the report for units without a demo login (代为录入), saying why.
            reporter = filers.get(lead, reviewer)
            reported_on = min(today, dt.date(year, month, day))
            actions.report_progress(
                reporter,
                task,
                _unit(lead),
                text="按计划推进，已完成阶段性工作。",
                percent_done=progress,
                reported_on=reported_on,
                proxy_reason="" if reporter is not reviewer else PROXY_REASON,
            )
            if progress == 100:
                # Another office person than the one who entered the report confirms it.
                confirmer = reviewer if reporter is not reviewer else User.objects.get(username="admin")
                actions.confirm_done(confirmer, task, note="核对了进展材料，确认完成。")
    stdout.write(_("Year plan demo: %(n)d key tasks.") % {"n": len(TASKS)})
