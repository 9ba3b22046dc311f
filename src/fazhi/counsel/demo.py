"""Demo counsel for 德清县: the government, most departments and some townships have counsel;
the rest show up on the coverage page as having none."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from fazhi.counsel import actions
from fazhi.counsel.models import Engagement
from fazhi.org.models import Organisation, User

REGION_CODE = "330521"
FIRMS = ["浙江德清阳光律师事务所", "浙江英溪律师事务所", "浙江莫干山律师事务所"]


# The units have no demo login: the administrator makes their entries for them (代为录入), saying why.
PROXY_REASON = "该单位尚未开通平台账号，系统管理员根据其书面报送材料代为录入。"


@transaction.atomic
def load(stdout) -> None:
    admin = User.objects.filter(username="admin").first()
    if admin is None:
        stdout.write(_("Legal counsel demo: load the demo region first."))
        return
    units = list(
        Organisation.objects.filter(
            region_code=REGION_CODE, kind__in=["government", "department", "township", "street"]
        ).order_by("sort_order", "id")
    )
    added = 0
    for index, unit in enumerate(units):
        if index % 4 == 3 or Engagement.objects.filter(organisation=unit).exists():
            continue  # every fourth unit has none: the coverage page lists them
        filer = User.objects.filter(
            memberships__organisation=unit, memberships__role="unit_filer", memberships__is_active=True
        ).first()
        actor, proxy_reason = (filer, "") if filer else (admin, PROXY_REASON)
        engagement = actions.engage(
            actor,
            unit,
            proxy_reason=proxy_reason,
            kind="counsel",
            provider_type="firm",
            provider_name=FIRMS[index % len(FIRMS)],
            lawyer_names="王律师、李律师",
            starts_on=dt.date(2025, 1, 1),
            ends_on=dt.date(2026, 12, 31),
        )
        actions.record_participation(
            actor,
            engagement,
            proxy_reason=proxy_reason,
            kind="meeting",
            occurred_on=dt.date(2025, 3, 12),
            subject="列席党组（党委）会议",
            quantity=2 + index % 3,
        )
        actions.record_participation(
            actor,
            engagement,
            proxy_reason=proxy_reason,
            kind="contract",
            occurred_on=dt.date(2025, 5, 20),
            subject="政府采购及合作协议合法性审查",
            quantity=1 + index % 4,
        )
        actions.record_participation(
            actor,
            engagement,
            proxy_reason=proxy_reason,
            kind="opinion",
            occurred_on=dt.date(2025, 6, 18),
            subject="信访事项处理法律意见",
            quantity=1,
        )
        added += 1
    stdout.write(_("Legal counsel demo: %(n)d engagements added.") % {"n": added})
