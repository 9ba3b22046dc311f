"""Demo: one inspection of the demo county with open and closed problems, a
self-inspection entry, and a talk with a lagging unit. Runs through the
actions; running it again adds nothing once the inspection exists."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from fazhi.core.deadlines import local_today
from fazhi.org.models import Organisation, User
from fazhi.oversight import actions
from fazhi.oversight.models import Inspection, ProblemSource

REGION_CODE = "330521"
TITLE = "2026年度法治政府建设专项督察"
COUNTY = "德清县"

FINDINGS = [
    # (unit, problem, severity, how far the rectification got)
    (
        "市场监督管理局",
        "部分行政处罚案卷未附法制审核意见，重大执法决定法制审核制度落实不到位。",
        "serious",
        "closed",
    ),
    (
        "市场监督管理局",
        "行政执法公示信息更新不及时，部分处罚决定超过7个工作日未公示。",
        "general",
        "submitted",
    ),
    ("武康街道办事处", "街道合法性审查机制不健全，部分合同未经合法性审查即签订。", "major", "returned"),
    ("武康街道办事处", "基层执法人员法律知识测试合格率偏低，培训未覆盖全部人员。", "general", "open"),
    ("自然资源和规划局", "规范性文件报备不及时，1件文件超过30日报备期限。", "general", "rectifying"),
]


def _unit(name: str) -> Organisation:
    return Organisation.objects.get(region_code=REGION_CODE, name=f"{COUNTY}{name}")


@transaction.atomic
def load(stdout) -> None:
    if Inspection.objects.filter(title=TITLE).exists():
        stdout.write(_("Oversight demo: already loaded."))
        return
    reviewer = User.objects.get(username="reviewer")
    office = Organisation.objects.get(region_code=REGION_CODE, is_rule_of_law_office=True)
    today = local_today()
    start = today - dt.timedelta(days=60)
    units = [_unit(name) for name in dict.fromkeys(unit for unit, *_rest in FINDINGS)]
    inspection = actions.plan_inspection(
        reviewer,
        office,
        title=TITLE,
        form="on_site",
        topics="重大执法决定法制审核、行政执法公示、合同合法性审查、规范性文件报备",
        units=units,
        starts_on=start,
        ends_on=start + dt.timedelta(days=14),
    )
    for unit in units:
        actions.record_check(
            reviewer,
            inspection,
            organisation=unit,
            kind="case_file_review",
            done_on=start + dt.timedelta(days=2),
            summary="查阅2025年以来行政处罚、行政许可案卷各10卷。",
        )
    filer_for = {
        "市场监督管理局": User.objects.get(username="scj_filer"),
        "武康街道办事处": User.objects.get(username="wk_filer"),
    }
    for unit_name, description, severity, reached in FINDINGS:
        problem = actions.record_problem(
            reviewer,
            _unit(unit_name),
            source=ProblemSource.INSPECTION,
            inspection=inspection,
            description=description,
            severity=severity,
            found_on=start + dt.timedelta(days=3),
        )
        # The office enters the steps of a unit without a demo login (代为录入), saying why;
        # it then may not verify them itself, so such a unit stops before verification.
        filer = filer_for.get(unit_name, reviewer)
        proxy_reason = (
            "" if filer is not reviewer else "该单位尚未开通平台账号，依法治区办根据其书面报送材料代为录入。"
        )
        if reached == "open":
            continue
        actions.submit_plan(
            filer, problem, plan="明确责任科室，逐项建立整改台账，限期完成。", proxy_reason=proxy_reason
        )
        if reached == "rectifying":
            continue
        actions.submit_evidence(
            filer, problem, evidence="已补充完善相关材料，附整改台账及制度文件。", proxy_reason=proxy_reason
        )
        if reached == "returned":
            actions.return_rectification(reviewer, problem, reasons="整改材料未附合同审查意见书，请补充。")
        elif reached == "closed":
            actions.accept_rectification(reviewer, problem, note="经核验整改到位。")
    actions.move_inspection(reviewer, inspection, "conclude")
    actions.record_problem(
        filer_for["市场监督管理局"],
        _unit("市场监督管理局"),
        source=ProblemSource.SELF_INSPECTION,
        description="单位自查：执法全过程记录设备配备不足。",
        severity="general",
        found_on=today - dt.timedelta(days=10),
    )
    actions.record_consequence(
        reviewer,
        office,
        _unit("武康街道办事处"),
        kind="talk",
        held_on=today,
        subject="整改进度滞后约谈",
        note="约谈街道分管负责人，要求限期完成整改。",
    )
    stdout.write(_("Oversight demo: one inspection with %(n)d findings.") % {"n": len(FINDINGS)})
