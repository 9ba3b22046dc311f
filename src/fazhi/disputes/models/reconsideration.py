"""Administrative reconsideration (行政复议) cases, their hearings, suspensions and opinion letters.

A case belongs to the body whose act is challenged (the respondent, 被申请人):
its own people and the office of the region (the justice bureau running
reconsideration for the government) reach it; nobody else does. An applicant's
name and contacts are personal data, so the case pages need EDIT on the
respondent (evaluators, who only READ, see counts). Rules: docs/disputes.md.
"""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from fazhi.core.duties import Side
from fazhi.core.models import Event, SentReminder, TimeStampedModel
from fazhi.core.scoping import Purpose
from fazhi.core.workflow import Transition, Workflow
from fazhi.disputes.clocks import NEW_LAW_FROM
from fazhi.org.models import Organisation


class ApplicantKind(models.TextChoices):
    PERSON = "person", _("natural person")
    LEGAL_PERSON = "legal_person", _("legal person")
    OTHER = "other", _("other organisation")


class ApplicationForm(models.TextChoices):
    WRITTEN = "written", _("written")
    ORAL = "oral", _("oral (recorded on the spot)")


class Channel(models.TextChoices):
    IN_PERSON = "in_person", _("in person")
    POST = "post", _("post")
    INTERNET = "internet", _("internet channel")
    TRANSFERRED = "transferred", _("transferred by another body")


class ActKind(models.TextChoices):
    PENALTY = "penalty", _("administrative penalty")
    ON_THE_SPOT = "on_the_spot", _("on-the-spot penalty")
    WARNING = "warning", _("warning or circulated criticism")
    COERCION = "coercion", _("administrative coercion")
    PERMIT = "permit", _("administrative permit")
    INFORMATION = "information", _("government information disclosure")
    COMPLAINT = "complaint", _("handling of reports and complaints")
    NON_PERFORMANCE = "non_performance", _("failure to perform a duty")
    AGREEMENT = "agreement", _("administrative agreement")
    OTHER = "other", _("other act")


class VerticalSystem(models.TextChoices):
    """Bodies under vertical leadership: applications go to the department one level up (2023 law
    Art. 27; 1999 law Art. 12), never to the local government."""

    CUSTOMS = "customs", _("customs")
    FINANCE = "finance", _("financial regulation")
    FOREIGN_EXCHANGE = "foreign_exchange", _("foreign exchange administration")
    TAX = "tax", _("tax")
    STATE_SECURITY = "state_security", _("state security")
    OTHER = "other", _("other body under vertical leadership")


class Procedure(models.TextChoices):
    ORDINARY = "ordinary", _("ordinary procedure")
    SIMPLIFIED = "simplified", _("simplified procedure")


class CaseStatus(models.TextChoices):
    RECEIVED = "received", _("received, under acceptance review")
    SUPPLEMENTING = "supplementing", _("waiting for the applicant's supplement")
    ACCEPTED = "accepted", _("accepted, under review")
    SUSPENDED = "suspended", _("suspended (中止)")
    NOT_ACCEPTED = "not_accepted", _("not accepted")
    CLOSED = "closed", _("closed")


def _office(name, label, sources, target):
    return Transition(name, label, sources, target, Purpose.REVIEW, side=Side.OFFICE)


CASE_WORKFLOW = Workflow(
    CaseStatus,
    [
        _office(
            "request_supplement", _("request a supplement"), {CaseStatus.RECEIVED}, CaseStatus.SUPPLEMENTING
        ),
        _office(
            "receive_supplement", _("record the supplement"), {CaseStatus.SUPPLEMENTING}, CaseStatus.RECEIVED
        ),
        _office("accept", _("accept"), {CaseStatus.RECEIVED}, CaseStatus.ACCEPTED),
        _office("not_accept", _("do not accept"), {CaseStatus.RECEIVED}, CaseStatus.NOT_ACCEPTED),
        _office(
            "deem_abandoned",
            _("record the application as abandoned"),
            {CaseStatus.SUPPLEMENTING},
            CaseStatus.CLOSED,
        ),
        _office("suspend", _("suspend"), {CaseStatus.ACCEPTED}, CaseStatus.SUSPENDED),
        _office("resume", _("resume"), {CaseStatus.SUSPENDED}, CaseStatus.ACCEPTED),
        _office(
            "close",
            _("close the case"),
            {CaseStatus.RECEIVED, CaseStatus.ACCEPTED, CaseStatus.SUSPENDED, CaseStatus.SUPPLEMENTING},
            CaseStatus.CLOSED,
        ),
    ],
    # The respondent's own steps on its case, never approved by whoever entered them.
    unit_steps={"perform"},
)

OPEN_STATUSES = (CaseStatus.RECEIVED, CaseStatus.SUPPLEMENTING, CaseStatus.ACCEPTED, CaseStatus.SUSPENDED)


class Outcome(models.TextChoices):
    """How a case ends: every decision type of the 2023 law (Arts. 63–74) and the procedural ends."""

    CHANGE = "change", _("change the act (变更)")
    REVOKE = "revoke", _("revoke the act in whole or in part (撤销)")
    CONFIRM_ILLEGAL = "confirm_illegal", _("confirm the act illegal (确认违法)")
    ORDER_PERFORMANCE = "order_performance", _("order performance (责令履行)")
    CONFIRM_VOID = "confirm_void", _("confirm the act void (确认无效)")
    UPHOLD = "uphold", _("uphold the act (维持)")
    REJECT_CLAIM = "reject_claim", _("reject the request (驳回复议请求)")
    AGREEMENT = "agreement", _("decision on an administrative agreement")
    COMPENSATION = "compensation", _("compensation decision")
    REJECT_APPLICATION = "reject_application", _("reject the application (驳回申请)")
    MEDIATED = "mediated", _("mediation statement (调解)")
    SETTLED = "settled", _("settlement and withdrawal (和解)")
    WITHDRAWN_SELF_CORRECTED = "withdrawn_corrected", _("withdrawn after the organ corrected itself")
    WITHDRAWN = "withdrawn", _("withdrawn by the applicant")
    TERMINATED = "terminated", _("terminated on other grounds (终止)")
    # 2023 law Art. 31 (1999 regulation Art. 29): no supplement in time and no proper reason.
    ABANDONED = "abandoned", _("deemed abandoned: no supplement in time (视为放弃)")


# The correction rates (docs/disputes.md): what each counts.
DIRECT_CORRECTIONS = frozenset(
    {Outcome.CHANGE, Outcome.REVOKE, Outcome.CONFIRM_ILLEGAL, Outcome.CONFIRM_VOID, Outcome.ORDER_PERFORMANCE}
)
MERITS_DECISIONS = DIRECT_CORRECTIONS | {
    Outcome.UPHOLD,
    Outcome.REJECT_CLAIM,
    Outcome.AGREEMENT,
    Outcome.COMPENSATION,
}
SELF_CORRECTIONS = frozenset({Outcome.WITHDRAWN_SELF_CORRECTED, Outcome.MEDIATED, Outcome.SETTLED})
# Outcomes that issue a decision (决定书 / 调解书) and may be published.
DECISIONS_ISSUED = MERITS_DECISIONS | {Outcome.REJECT_APPLICATION, Outcome.MEDIATED}


class ReconsiderationCase(TimeStampedModel):
    scope_paths = ("respondent",)

    respondent = models.ForeignKey(
        Organisation,
        verbose_name=_("respondent"),
        on_delete=models.PROTECT,
        related_name="reconsideration_cases",
    )
    office = models.ForeignKey(
        Organisation,
        verbose_name=_("reconsideration office"),
        on_delete=models.PROTECT,
        related_name="reconsideration_cases_handled",
    )
    case_number = models.CharField(_("case number"), max_length=60, blank=True)
    applicant_kind = models.CharField(
        _("applicant kind"), max_length=16, choices=ApplicantKind.choices, default=ApplicantKind.PERSON
    )
    applicant_name = models.CharField(_("applicant"), max_length=100)
    applicant_contact = models.CharField(_("applicant's contact"), max_length=200, blank=True)
    application_form = models.CharField(_("application form"), max_length=10, choices=ApplicationForm.choices)
    channel = models.CharField(_("channel"), max_length=16, choices=Channel.choices)
    act_kind = models.CharField(_("kind of act"), max_length=20, choices=ActKind.choices)
    act_description = models.CharField(_("act challenged"), max_length=300)
    act_on = models.DateField(_("act done on"), null=True, blank=True)
    act_amount = models.DecimalField(
        _("amount involved (yuan)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    real_estate = models.BooleanField(_("concerns real estate"), default=False)
    notified_of_right = models.BooleanField(_("applicant was told of the right to apply"), default=True)
    known_on = models.DateField(_("applicant knew of the act on"))
    received_on = models.DateField(_("received on"))
    request = models.TextField(_("request"), blank=True)
    vertical_system = models.CharField(
        _("respondent under vertical leadership"), max_length=20, choices=VerticalSystem.choices, blank=True
    )
    competent_organ = models.CharField(_("competent reconsideration organ"), max_length=100, blank=True)

    status = models.CharField(
        _("status"), max_length=16, choices=CaseStatus.choices, default=CaseStatus.RECEIVED
    )
    procedure = models.CharField(
        _("procedure"), max_length=12, choices=Procedure.choices, default=Procedure.ORDINARY
    )
    is_major = models.BooleanField(_("major, difficult or complicated"), default=False)
    supplement_items = models.TextField(_("items to supplement"), blank=True)
    supplement_served_on = models.DateField(_("supplement notice served on"), null=True, blank=True)
    supplement_due_on = models.DateField(_("supplement due"), null=True, blank=True)
    supplement_received_on = models.DateField(_("supplement received on"), null=True, blank=True)
    accepted_on = models.DateField(_("accepted on"), null=True, blank=True)
    is_deemed_accepted = models.BooleanField(_("deemed accepted"), default=False)
    not_accepted_on = models.DateField(_("not accepted on"), null=True, blank=True)
    copy_sent_on = models.DateField(_("copy sent to the respondent on"), null=True, blank=True)
    copy_received_on = models.DateField(_("respondent received the copy on"), null=True, blank=True)
    answer_received_on = models.DateField(_("answer received on"), null=True, blank=True)
    extension_days = models.PositiveSmallIntegerField(_("extension (days)"), default=0)
    extension_approved_by = models.CharField(_("extension approved by"), max_length=60, blank=True)
    extension_notified_on = models.DateField(_("extension notified on"), null=True, blank=True)
    # Stored by the actions whenever a date they depend on changes, so lists and
    # the work list filter on them in the database.
    acceptance_due_on = models.DateField(_("acceptance review due"), null=True, blank=True)
    decision_due_on = models.DateField(_("decision due"), null=True, blank=True)

    outcome = models.CharField(_("outcome"), max_length=24, choices=Outcome.choices, blank=True)
    closed_on = models.DateField(_("closed on"), null=True, blank=True)
    outcome_reasons = models.TextField(_("reasons"), blank=True)
    performed_on = models.DateField(_("decision performed on"), null=True, blank=True)
    performance_note = models.CharField(_("performance"), max_length=300, blank=True)
    published_on = models.DateField(_("published on"), null=True, blank=True)
    published_text = models.TextField(_("published decision text"), blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-received_on", "-id"]
        verbose_name = _("reconsideration case")
        verbose_name_plural = _("reconsideration cases")
        indexes = [models.Index(fields=["status", "decision_due_on"])]

    def __str__(self) -> str:
        return self.case_number or f"{self.respondent} · {self.received_on}"

    def get_absolute_url(self) -> str:
        return reverse("disputes:case", args=[self.pk])

    @property
    def under_old_law(self) -> bool:
        return self.received_on < NEW_LAW_FROM

    @property
    def is_simplified(self) -> bool:
        return self.procedure == Procedure.SIMPLIFIED

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


class SuspensionGround(models.TextChoices):
    DEATH = "death", _("a natural-person applicant died")
    INCAPACITY = "incapacity", _("an applicant lost capacity")
    SUCCESSOR = "successor", _("an organisation ended, successor not yet known")
    FORCE_MAJEURE = "force_majeure", _("force majeure")
    MEDIATION = "mediation", _("mediation or settlement with the parties' consent")
    INCIDENTAL_REVIEW = "incidental_review", _("incidental review of a normative document")
    OTHER_CASE = "other_case", _("awaiting another case's outcome")
    OTHER = "other", _("other ground")


class Suspension(TimeStampedModel):
    scope_paths = ("case__respondent",)

    case = models.ForeignKey(
        ReconsiderationCase,
        verbose_name=_("reconsideration case"),
        on_delete=models.CASCADE,
        related_name="suspensions",
    )
    ground = models.CharField(_("ground"), max_length=20, choices=SuspensionGround.choices)
    started_on = models.DateField(_("suspended on"))
    resumed_on = models.DateField(_("resumed on"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["started_on", "id"]
        verbose_name = _("suspension")
        verbose_name_plural = _("suspensions")


class Hearing(TimeStampedModel):
    scope_paths = ("case__respondent",)

    case = models.ForeignKey(
        ReconsiderationCase,
        verbose_name=_("reconsideration case"),
        on_delete=models.CASCADE,
        related_name="hearings",
    )
    notice_served_on = models.DateField(_("notice served on"))
    held_on = models.DateField(_("hearing date"))
    presiding = models.CharField(_("presiding officer"), max_length=30)
    hearing_officers = models.CharField(_("hearing officers"), max_length=100)
    clerk = models.CharField(_("clerk"), max_length=30)
    respondent_head_attended = models.BooleanField(_("respondent's head attended"), default=False)

    history = HistoricalRecords()

    class Meta:
        ordering = ["held_on", "id"]
        verbose_name = _("hearing")
        verbose_name_plural = _("hearings")


class OpinionLetter(TimeStampedModel):
    """A 行政复议意见书 (2023 law Art. 76): the addressee reports its correction within 60 days."""

    scope_paths = ("addressee",)

    case = models.ForeignKey(
        ReconsiderationCase,
        verbose_name=_("reconsideration case"),
        on_delete=models.PROTECT,
        related_name="opinion_letters",
        null=True,
        blank=True,
    )
    addressee = models.ForeignKey(
        Organisation, verbose_name=_("addressee"), on_delete=models.PROTECT, related_name="opinion_letters"
    )
    office = models.ForeignKey(
        Organisation, verbose_name=_("reconsideration office"), on_delete=models.PROTECT, related_name="+"
    )
    issued_on = models.DateField(_("issued on"))
    problems = models.TextField(_("problems found"))
    recommendations = models.TextField(_("recommendations"))
    report_due_on = models.DateField(_("correction report due"))
    reported_on = models.DateField(_("correction reported on"), null=True, blank=True)
    report_summary = models.TextField(_("correction report"), blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-issued_on", "-id"]
        verbose_name = _("opinion letter")
        verbose_name_plural = _("opinion letters")


class CaseEvent(Event):
    case = models.ForeignKey(
        ReconsiderationCase,
        verbose_name=_("reconsideration case"),
        on_delete=models.PROTECT,
        related_name="events",
    )

    class Meta(Event.Meta):
        verbose_name = _("reconsideration case event")
        verbose_name_plural = _("reconsideration case events")

    VERBS = {
        "receive": _("application received"),
        "request_supplement": _("supplement requested"),
        "receive_supplement": _("supplement received"),
        "accept": _("accepted"),
        "not_accept": _("not accepted"),
        "refer": _("not accepted: the applicant told where to apply"),
        "simplify": _("procedure set"),
        "send_copy": _("copy sent to the respondent"),
        "answer": _("answer received"),
        "hearing": _("hearing held"),
        "suspend": _("suspended (中止)"),
        "resume": _("resumed"),
        "extend": _("decision period extended"),
        "close": _("closed"),
        "deem_abandoned": _("deemed abandoned (视为放弃)"),
        "perform": _("performance recorded"),
        "publish": _("published"),
        "opinion": _("opinion letter issued"),
    }


class CaseReminderSent(SentReminder):
    case = models.ForeignKey(ReconsiderationCase, on_delete=models.CASCADE, related_name="reminders_sent")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["case", "kind", "due"], name="disputes_case_reminder_once")
        ]


class OpinionLetterEvent(Event):
    opinion_letter = models.ForeignKey(
        OpinionLetter, verbose_name=_("opinion letter"), on_delete=models.PROTECT, related_name="events"
    )

    class Meta(Event.Meta):
        verbose_name = _("opinion letter event")
        verbose_name_plural = _("opinion letter events")

    VERBS = {
        "issue": _("opinion letter issued"),
        "report": _("correction reported"),
    }


class OpinionLetterReminderSent(SentReminder):
    opinion_letter = models.ForeignKey(OpinionLetter, on_delete=models.CASCADE, related_name="reminders_sent")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["opinion_letter", "kind", "due"], name="disputes_letter_reminder_once"
            )
        ]
