"""Demo own report for 德清县: last year's report drafted from the demo's data by the office's
reviewer, with a few edits of the office (the causes of the shortcomings, the other matters,
a closing sentence of the first-responsible part), so a new user of ``make demo`` finds a
draft read back beside its text and the work list says what is left (docs/reports.md)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from fazhi.core.deadlines import local_today
from fazhi.org.models import User
from fazhi.reports import actions, wording
from fazhi.reports.models import Part, ReportDraft

REGION_CODE = "330521"
CAUSES = (
    "产生上述问题的原因主要是：部分单位对法治政府建设重要性认识不足，"
    "法治工作队伍力量与工作任务不相适应，考核督促机制还不够完善。"
)
OTHER = "本年度未发生需要专门报告的其他情况。"
CLOSING = "县政府主要负责人带头尊法学法守法用法，定期听取法治政府建设工作汇报。"


def _edit(reviewer, draft: ReportDraft, part: str, change) -> None:
    row = draft.parts.get(part=part)
    actions.edit_part(reviewer, draft, part, text=change(row.text))


def load(stdout) -> None:
    reviewer = User.objects.filter(username="reviewer").first()
    if reviewer is None:
        stdout.write(_("Own report demo: load the demo region first."))
        return
    year = local_today().year - 1
    if ReportDraft.objects.filter(region_code=REGION_CODE, year=year).exists():
        return
    draft = actions.create_draft(reviewer, region_code=REGION_CODE, year=year)
    _edit(reviewer, draft, Part.SHORTCOMINGS, lambda text: text.replace(wording.NO_CAUSES, CAUSES))
    _edit(reviewer, draft, Part.FIRST_RESPONSIBLE, lambda text: f"{text}{CLOSING}")
    _edit(reviewer, draft, Part.OTHER, lambda text: OTHER)
    draft.refresh_from_db()
    stdout.write(
        _("Own report demo: %(title)s, draft %(version)d, read back %(state)s.")
        % {
            "title": draft.title,
            "version": draft.version,
            "state": _("clean") if draft.reading.get("clean") else _("with problems"),
        }
    )
