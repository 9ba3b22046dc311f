"""Demo assessments for 德清县: the default scheme for 2024 and 2025, finished and ranked.

Runs after the indicators demo (INSTALLED_APPS order), so the numbers exist.
Each unit self-assesses its judged items with evidence, the office judges
them (a few not met, with reasons), deducts points here and there with
reasons, finalises every sheet and publishes the ranking; 2025's scheme is a
copy of 2024's, as an office would make it. Re-running adds nothing once a
year's scheme exists.
"""

from __future__ import annotations

import hashlib

from django.db import transaction
from django.utils.translation import gettext as _

from fazhi.assessment import actions, actions_schemes
from fazhi.assessment.defaults import DEFAULT_NAME, default_scheme
from fazhi.assessment.models import AssessmentScheme, RuleKind
from fazhi.core.scoping import Role
from fazhi.org.models import User

REGION_CODE = "330521"
YEARS = (2024, 2025)


PROXY_REASON = "该单位尚未开通平台账号，系统管理员根据其书面报送材料代为录入。"


def _share(*key) -> float:
    return int.from_bytes(hashlib.sha256("|".join(map(str, key)).encode()).digest()[:4], "big") / 2**32


def _run_year(reviewer, evaluator, scheme) -> None:
    # A unit's self-assessment is its own filer's; for a unit without a demo login the
    # system administrator enters it (代为录入), so that the office still scores it.
    admin = User.objects.filter(username="admin").first()
    for assessment in actions_schemes.open_assessments(reviewer, scheme):
        unit = assessment.organisation
        filer = User.objects.filter(
            memberships__organisation=unit, memberships__role=Role.UNIT_FILER, memberships__is_active=True
        ).first()
        for score in assessment.scores.select_related("item"):
            if score.item.kind != RuleKind.JUDGED:
                continue
            passed = _share(unit.name, score.item.number, scheme.year) > 0.2
            actions.self_assess(
                filer or admin,
                score,
                points=score.item.max_points,
                evidence_text=f"{unit.name}{scheme.year}年{score.item.title}的工作台账",
                proxy_reason="" if filer else PROXY_REASON,
            )
            reason = (_("Evidence checked: %(what)s") if passed else _("Evidence incomplete: %(what)s")) % {
                "what": score.item.title
            }
            actions.judge(
                evaluator if _share(unit.name, "who") > 0.5 else reviewer, score, passed=passed, reason=reason
            )
        if _share(unit.name, "deduct", scheme.year) < 0.25:
            score = assessment.scores.select_related("item").filter(item__number="6.1").first()
            if score is not None:
                actions.deduct(
                    reviewer,
                    score,
                    points=1,
                    reason=_("A hearing without the head or a staff member of the organ"),
                )
        actions.finalise(reviewer, assessment)
    actions.publish_ranking(reviewer, scheme)


@transaction.atomic
def load(stdout) -> None:
    reviewer = User.objects.filter(username="reviewer").first()
    evaluator = User.objects.filter(username="evaluator").first() or reviewer
    if reviewer is None:
        return
    done = 0
    previous = None
    for year in YEARS:
        scheme = AssessmentScheme.objects.filter(
            region_code=REGION_CODE, year=year, name=DEFAULT_NAME
        ).first()
        if scheme is not None:
            previous = scheme
            continue
        if previous is None:
            scheme = actions_schemes.create_scheme(reviewer, REGION_CODE, default_scheme(year))
        else:
            scheme = actions_schemes.copy_scheme(reviewer, previous, year=year, name=DEFAULT_NAME)
        actions_schemes.publish_scheme(reviewer, scheme)
        _run_year(reviewer, evaluator, scheme)
        previous = scheme
        done += 1
    stdout.write(_("Demo assessments: %(n)d years assessed, ranked, with feedback letters.") % {"n": done})
