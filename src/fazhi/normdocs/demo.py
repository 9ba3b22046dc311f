"""Demo data for 德清县: issuer lists, documents in each state, a filing, a clean-up.

Runs after the org demo; adds only what is missing (by title).
"""

from __future__ import annotations

import datetime as dt

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _

from fazhi.core.exports import plain_docx
from fazhi.normdocs import actions, actions_cleanup
from fazhi.normdocs.models import CleanupCampaign, IssuerListing, NormativeDocument
from fazhi.org.models import Organisation, User

REGION_CODE = "330521"
COUNTY = "德清县"


def _org(name: str) -> Organisation | None:
    return Organisation.objects.filter(region_code=REGION_CODE, name=name).first()


def _docx(title: str, *paragraphs: str) -> ContentFile:
    """A small Word file generated on the spot, so the demo shows a downloadable document (no fixture files)."""
    return ContentFile(plain_docx(title, *paragraphs), name=f"{title}.docx")


@transaction.atomic
def load(stdout) -> None:
    admin = User.objects.filter(username="admin").first()
    reviewer = User.objects.filter(username="reviewer").first()
    filer = User.objects.filter(username="scj_filer").first()
    market = _org(f"{COUNTY}市场监督管理局")
    if None in (admin, reviewer, filer, market):
        stdout.write(_("Normative documents demo: load the demo region first."))
        return
    listed = 0
    for organisation in Organisation.objects.filter(region_code=REGION_CODE, is_active=True):
        if IssuerListing.objects.filter(organisation=organisation).exists():
            continue
        allowed = organisation.kind in ("government", "department", "township", "street")
        actions.set_issuer_listing(
            admin,
            organisation,
            listing="positive" if allowed else "negative",
            listed_on=dt.date(2024, 1, 10),
            basis="" if allowed else "非行政机关，不具有规范性文件制定主体资格",
        )
        listed += 1
    actions.install_default_checklist(admin, REGION_CODE)

    added = 0
    government = _org(f"{COUNTY}人民政府")
    register = [
        (
            government,
            "德清县人民政府关于进一步加强农村宅基地管理的通知",
            "德政发〔2024〕12号",
            dt.date(2024, 5, 20),
        ),
        (
            market,
            "德清县市场监督管理局关于规范个体工商户登记管理的通知",
            "德市监〔2023〕3号",
            dt.date(2023, 3, 1),
        ),
        (
            market,
            "德清县市场监督管理局关于食品小作坊登记管理的通知",
            "德市监〔2023〕9号",
            dt.date(2023, 8, 10),
        ),
        # In force until early 2027: the expiry reminder picks it up.
        (
            government,
            "德清县人民政府关于印发德清县城市道路挖掘管理办法的通知",
            "德政发〔2021〕40号",
            dt.date(2021, 12, 15),
        ),
    ]
    for organisation, title, number, issued_on in register:
        if organisation and not NormativeDocument.objects.filter(title=title).exists():
            document = actions.register_issued_document(
                admin,
                organisation,
                title=title,
                document_number=number,
                issued_on=issued_on,
                is_provisional="暂行" in title,
            )
            if number == register[0][2]:
                actions.attach_official_text(
                    admin,
                    document,
                    _docx(title, "各乡镇人民政府、街道办事处，县政府各部门：", "（演示数据，内容为虚构。）"),
                    proxy_reason="录入平台启用前的规范性文件登记册",
                )
            added += 1

    walked = "德清县市场监督管理局关于优化小微企业登记服务的若干规定"
    if not NormativeDocument.objects.filter(title=walked).exists():
        document = actions.create_document(
            filer,
            market,
            title=walked,
            is_market_related=True,
            drafting_notes="依据《市场主体登记管理条例》，为优化小微企业登记服务制定。",
            comment_from=dt.date(2025, 3, 3),
            comment_until=dt.date(2025, 4, 7),
        )
        actions.submit_for_review(filer, document, today=dt.date(2025, 4, 10))
        items = actions.checklist(REGION_CODE)
        actions.record_review(
            reviewer,
            document,
            outcome="passed",
            answers={str(i.pk): True for i in items},
            today=dt.date(2025, 4, 18),
        )
        actions.issue_document(
            filer,
            document,
            document_number="德市监〔2025〕5号",
            issued_on=dt.date(2025, 4, 25),
            today=dt.date(2025, 4, 25),
            official_text=_docx(
                walked, "第一条 为优化小微企业登记服务，制定本规定。", "（演示数据，内容为虚构。）"
            ),
        )
        filing = actions.file_document(
            filer, document, filed_on=dt.date(2025, 5, 9), today=dt.date(2025, 5, 9)
        )
        actions.decide_filing(reviewer, filing, accept=True, today=dt.date(2025, 5, 20))
        added += 1

    draft = "德清县市场监督管理局关于网络交易经营者信用分类监管的办法（草案）"
    if not NormativeDocument.objects.filter(title=draft).exists():
        actions.create_document(
            filer,
            market,
            title=draft,
            is_market_related=True,
            comment_from=dt.date(2026, 1, 5),
            comment_until=dt.date(2026, 2, 10),
        )
        added += 1

    justice = Organisation.objects.filter(region_code=REGION_CODE, is_rule_of_law_office=True).first()
    campaign_title = "2025年度行政规范性文件集中清理"
    old = NormativeDocument.objects.filter(title=register[2][1]).first()
    if justice and old and not CleanupCampaign.objects.filter(title=campaign_title).exists():
        campaign = actions_cleanup.create_campaign(
            reviewer, justice, title=campaign_title, started_on=dt.date(2025, 9, 1)
        )
        actions_cleanup.decide_cleanup(
            reviewer,
            campaign,
            old,
            outcome="abolish",
            reason="上位法已修订，内容不再适用",
            decided_on=dt.date(2025, 10, 15),
        )
        kept = NormativeDocument.objects.filter(title=register[1][1]).first()
        if kept is not None:
            actions_cleanup.decide_cleanup(
                reviewer, campaign, kept, outcome="retain", decided_on=dt.date(2025, 10, 15)
            )
    stdout.write(
        _("Normative documents demo: %(listed)d issuer listings and %(added)d documents added.")
        % {"listed": listed, "added": added}
    )
