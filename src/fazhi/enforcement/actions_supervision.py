"""The office's supervision: case-file review (案卷评查), supervision letters, complaints.

The draw of a review campaign is re-runnable: the seed and the ordered pool of
case ids it drew from are stored, and ``draw_files(pool, seed, size)`` is a pure
function of them.
"""

from __future__ import annotations

import datetime as dt
import random
import secrets
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from fazhi.core import dates
from fazhi.core.actions import ActionRefused, attribute_to, record_event
from fazhi.core.deadlines import local_today
from fazhi.core.duties import office_step, require_note, unit_step
from fazhi.core.scoping import Actor, Purpose, require, scope_of
from fazhi.enforcement import rules
from fazhi.enforcement.models import (
    Case,
    Complaint,
    EnforcementBody,
    EnforcementEvent,
    FileReview,
    ItemPart,
    ReviewCampaign,
    ReviewStandard,
    Stage,
    StandardItem,
    SupervisionLetter,
)
from fazhi.org.models import Organisation

# The steps of a body on a case (its events' verbs): whoever did one does not score its file.
CASE_UNIT_VERBS = ("create", "advance", "review", "publish", "withdraw", "record", "transfer", "answer")

# A typical standard after the 测绘 sector's (domain.md 4.3): veto items, 卷面 20, 内容 80.
DEFAULT_ITEMS = [
    (ItemPart.VETO, "执法主体不合法", 0),
    (ItemPart.VETO, "执法人员无执法证或少于2人", 0),
    (ItemPart.VETO, "证据不足、事实不清", 0),
    (ItemPart.VETO, "定性错误或适用法律错误", 0),
    (ItemPart.VETO, "违反法定程序", 0),
    (ItemPart.LAYOUT, "文书不规范", 5),
    (ItemPart.LAYOUT, "未做到一案一卷、封面目录不全", 5),
    (ItemPart.LAYOUT, "页码、装订顺序不规范", 10),
    (ItemPart.CONTENT, "调查取证不全面", 20),
    (ItemPart.CONTENT, "裁量基准适用说理不充分", 20),
    (ItemPart.CONTENT, "告知、听证程序有瑕疵", 20),
    (ItemPart.CONTENT, "送达、执行记录不完整", 20),
]


def create_standard(
    actor: Actor, office: Organisation, *, name: str, items=DEFAULT_ITEMS, year: int | None = None
) -> ReviewStandard:
    require(actor, Purpose.REVIEW, office)
    standard = ReviewStandard(region_code=office.region_code, name=name.strip(), year=year)
    standard.full_clean()
    with transaction.atomic():
        attribute_to(actor, standard)
        standard.save()
        StandardItem.objects.bulk_create(
            StandardItem(
                standard=standard, part=part, text=text, max_deduction=Decimal(points), sort_order=number
            )
            for number, (part, text, points) in enumerate(items, start=1)
        )
    return standard


def draw_files(pool: list[int], seed: int, size: int) -> list[int]:
    """The files a draw takes from ``pool`` (ordered case ids) with ``seed``: the same every time."""
    # Not for secrets: a seeded generator is what makes the draw re-runnable by anyone.
    return sorted(random.Random(seed).sample(pool, min(size, len(pool))))  # noqa: S311


def start_campaign(
    actor: Actor,
    office: Organisation,
    *,
    title: str,
    year: int,
    standard: ReviewStandard,
    sample_size: int,
    seed: int | None = None,
) -> ReviewCampaign:
    """Draw closed cases of the office's region decided in ``year`` at random and open a review of each."""
    require(actor, Purpose.REVIEW, office)
    if sample_size < 1:
        raise ActionRefused(_("Draw at least one file."), field="sample_size")
    if standard.region_code != office.region_code:
        raise ActionRefused(_("The standard belongs to another region."), field="standard")
    region = scope_of(actor).region_codes.get(Purpose.REVIEW) or frozenset({office.region_code})
    pool = list(
        Case.objects.filter(
            body__organisation__region_code__in=region, stage=Stage.CLOSED, decided_on__year=year
        )
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    if not pool:
        raise ActionRefused(_("No closed case of that year to draw from."), field="year")
    seed = secrets.randbits(48) if seed is None else seed
    campaign = ReviewCampaign(
        office=office,
        region_code=office.region_code,
        title=title.strip(),
        year=year,
        standard=standard,
        sample_size=sample_size,
        seed=seed,
        drawn_at=timezone.now(),
        pool=pool,
    )
    campaign.full_clean()
    with transaction.atomic():
        attribute_to(actor, campaign)
        campaign.save()
        FileReview.objects.bulk_create(
            FileReview(campaign=campaign, case_id=case_id) for case_id in draw_files(pool, seed, sample_size)
        )
    return campaign


def redraw(campaign: ReviewCampaign) -> list[int]:
    """Run the campaign's draw again from what it recorded: the files it must have drawn."""
    return draw_files(list(campaign.pool), campaign.seed, campaign.sample_size)


def score_file(
    actor: Actor,
    file_review: FileReview,
    *,
    vetoed_items: list[int],
    deductions: dict[int, Decimal],
    comments: str,
    scored_on: dt.date | None = None,
) -> FileReview:
    case = file_review.case
    office_step(
        actor,
        case.body.organisation,
        step=_("score a case file"),
        events=case.events.all(),
        unit_verbs=CASE_UNIT_VERBS,
    )
    comments = require_note(comments, _("score a case file"), field="comments")
    items = {item.pk: item for item in file_review.campaign.standard.items.filter(is_active=True)}
    unknown = [pk for pk in [*vetoed_items, *deductions] if pk not in items]
    if unknown:
        raise ActionRefused(_("An item is not in the campaign's standard."), field="deductions")
    if any(items[pk].part != ItemPart.VETO for pk in vetoed_items):
        raise ActionRefused(_("Only a veto item fails a file outright."), field="vetoed_items")
    off = {ItemPart.LAYOUT: Decimal(0), ItemPart.CONTENT: Decimal(0)}
    for pk, given in deductions.items():
        points = Decimal(given)
        item = items[pk]
        if item.part == ItemPart.VETO or not Decimal(0) <= points <= item.max_deduction:
            raise ActionRefused(
                _("A deduction for “%(item)s” lies between 0 and %(most)s.")
                % {"item": item.text, "most": item.max_deduction},
                field="deductions",
            )
        off[item.part] += points
    standard = file_review.campaign.standard
    score = rules.file_score(
        standard.layout_points,
        standard.content_points,
        bool(vetoed_items),
        off[ItemPart.LAYOUT],
        off[ItemPart.CONTENT],
    )
    file_review.vetoed_items = sorted(vetoed_items)
    file_review.deductions = {str(pk): str(Decimal(points)) for pk, points in deductions.items()}
    file_review.score, file_review.grade = score, rules.grade_of(score)
    file_review.comments, file_review.scored_on = comments, scored_on or local_today()
    with transaction.atomic():
        attribute_to(actor, file_review)
        file_review.save()
        record_event(
            EnforcementEvent,
            actor=actor,
            verb="file_review",
            body=case.body,
            case=case,
            note=comments,
            data={"score": str(score), "grade": file_review.grade},
        )
    return file_review


def answer_review(
    actor: Actor,
    file_review: FileReview,
    *,
    answer: str,
    answered_on: dt.date | None = None,
    proxy_reason: str = "",
) -> FileReview:
    """The body's answer to its file's findings: what it rectified."""
    case = file_review.case
    proxy = unit_step(
        actor, case.body.organisation, step=_("answer a case-file review"), proxy_reason=proxy_reason
    )
    if file_review.score is None:
        raise ActionRefused(_("The file has not been scored yet."))
    if not answer.strip():
        raise ActionRefused(_("Say what was rectified."), field="answer")
    file_review.answer, file_review.answered_on = answer.strip(), answered_on or local_today()
    with transaction.atomic():
        attribute_to(actor, file_review)
        file_review.save()
        record_event(
            EnforcementEvent,
            actor=actor,
            verb="answer",
            body=case.body,
            case=case,
            note=answer.strip(),
            data=proxy,
        )
    return file_review


# Supervision letters and complaints ---------------------------------------------


def letter_reply_days() -> int:
    return int(rules.setting("ENFORCEMENT_LETTER_REPLY_DAYS", 30))


def issue_letter(
    actor: Actor,
    office: Organisation,
    body: EnforcementBody,
    *,
    kind: str,
    subject: str,
    text: str,
    issued_on: dt.date | None = None,
    reply_due_on: dt.date | None = None,
    is_typical: bool = False,
) -> SupervisionLetter:
    require(actor, Purpose.REVIEW, body.organisation)
    issued_on = issued_on or local_today()
    reply_due_on = reply_due_on or issued_on + dt.timedelta(days=letter_reply_days())
    dates.check_date(issued_on, field="issued_on", label=_("The date of issue"))
    dates.check_order(
        issued_on, reply_due_on, field="reply_due_on", message=_("The reply is due after the letter.")
    )
    if not subject.strip() or not text.strip():
        raise ActionRefused(_("Give the subject and the text of the letter."), field="text")
    letter = SupervisionLetter(
        office=office,
        body=body,
        kind=kind,
        subject=subject.strip(),
        text=text.strip(),
        issued_on=issued_on,
        reply_due_on=reply_due_on,
        is_typical=is_typical,
    )
    letter.full_clean()
    with transaction.atomic():
        attribute_to(actor, letter)
        letter.save()
        record_event(
            EnforcementEvent,
            actor=actor,
            verb="letter",
            body=body,
            note=letter.subject,
            data={"letter": letter.pk},
        )
    return letter


def reply_to_letter(
    actor: Actor,
    letter: SupervisionLetter,
    *,
    reply: str,
    replied_on: dt.date | None = None,
    proxy_reason: str = "",
) -> SupervisionLetter:
    proxy = unit_step(
        actor, letter.body.organisation, step=_("reply to a supervision letter"), proxy_reason=proxy_reason
    )
    if letter.replied_on:
        raise ActionRefused(_("The reply is on record."))
    if not reply.strip():
        raise ActionRefused(_("Give the reply."), field="reply")
    letter.reply, letter.replied_on = reply.strip(), replied_on or local_today()
    dates.check_order(
        letter.issued_on, letter.replied_on, field="replied_on", message=_("A reply follows the letter.")
    )
    with transaction.atomic():
        attribute_to(actor, letter)
        letter.save()
        record_event(
            EnforcementEvent,
            actor=actor,
            verb="reply",
            body=letter.body,
            note=letter.subject,
            data={"letter": letter.pk, **proxy},
        )
    return letter


def record_complaint(
    actor: Actor, body: EnforcementBody, *, source: str, received_on: dt.date, subject: str
) -> Complaint:
    """A complaint about a body's enforcement (from 12345 among others): the office records and handles it."""
    require(actor, Purpose.REVIEW, body.organisation)
    dates.check_date(received_on, field="received_on", label=_("The date received"))
    dates.check_not_future(received_on, field="received_on", label=_("The date received"))
    if not subject.strip():
        raise ActionRefused(_("Say what the complaint is about."), field="subject")
    complaint = Complaint(body=body, source=source, received_on=received_on, subject=subject.strip())
    complaint.full_clean()
    with transaction.atomic():
        attribute_to(actor, complaint)
        complaint.save()
        record_event(EnforcementEvent, actor=actor, verb="complaint", body=body, note=complaint.subject)
    return complaint


def handle_complaint(
    actor: Actor,
    complaint: Complaint,
    *,
    outcome: str,
    is_substantiated: bool,
    handled_on: dt.date | None = None,
) -> Complaint:
    require(actor, Purpose.REVIEW, complaint.body.organisation)
    if not outcome.strip():
        raise ActionRefused(_("Give the outcome."), field="outcome")
    complaint.outcome, complaint.is_substantiated = outcome.strip(), is_substantiated
    complaint.handled_on = handled_on or local_today()
    dates.check_order(
        complaint.received_on,
        complaint.handled_on,
        field="handled_on",
        message=_("A complaint is handled after it is received."),
    )
    with transaction.atomic():
        attribute_to(actor, complaint)
        complaint.save()
        record_event(
            EnforcementEvent, actor=actor, verb="complaint", body=complaint.body, note=complaint.outcome[:200]
        )
    return complaint
