"""Annual rule-of-law reports (法治政府建设年度报告): seasons, filings, versions, facts.

A ``FilingSeason`` is one report year in one region: who must report and by
when. Each required unit keeps one ``AnnualReportFiling`` per season; every
upload is a ``ReportVersion`` holding the reading engine's JSON; accepted
reports leave their numbers as ``ReportFact`` rows (source: report).
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from fazhi.catalog import calendar
from fazhi.core.deadlines import Basis, Deadline, local_today
from fazhi.core.duties import Side
from fazhi.core.models import Event, SentReminder, TimeStampedModel, Versioned
from fazhi.core.scoping import Purpose
from fazhi.core.workflow import Transition, Workflow
from fazhi.org.models import Organisation, validate_region_code


def last_working_day_before(boundary: dt.date) -> dt.date:
    """The last day the office works before ``boundary`` ("before 3-01" ends there)."""
    return calendar.add_working_days(boundary, -1)


def default_filing_due(year: int) -> dt.date:
    # 督察规定: departments report before 3-01 of the following year (domain.md §2.2).
    return last_working_day_before(dt.date(year + 1, 3, 1))


def default_publication_due(year: int) -> dt.date:
    # 督察规定 Art. 24: reports are made public before 4-01 of the following year.
    return last_working_day_before(dt.date(year + 1, 4, 1))


class FilingSeason(TimeStampedModel):
    """One report year in one region. ``year`` is the year whose work is reported."""

    region_code = models.CharField(
        _("region code"), max_length=6, validators=[validate_region_code], db_index=True
    )
    year = models.PositiveSmallIntegerField(_("report year"))
    filing_due = models.DateField(_("filing deadline"))
    publication_due = models.DateField(_("publication deadline"))
    requires_publication = models.BooleanField(_("reports must be published"), default=True)
    required_organisations = models.ManyToManyField(
        Organisation,
        verbose_name=_("organisations that must report"),
        related_name="filing_seasons",
        blank=True,
    )

    # Changes to the required units are kept in the event rows (core's history
    # panel shows plain fields only).
    history = HistoricalRecords()

    class Meta:
        ordering = ["-year", "region_code"]
        verbose_name = _("filing season")
        verbose_name_plural = _("filing seasons")
        constraints = [
            models.UniqueConstraint(fields=["region_code", "year"], name="filings_one_season_per_year")
        ]

    def __str__(self) -> str:
        return _("%(year)s annual reports") % {"year": self.year}

    def get_absolute_url(self) -> str:
        return reverse("filings:season", args=[self.pk])

    def _deadline(self, due: dt.date) -> Deadline:
        # Counted from the end of the report year, in working days.
        start = dt.date(self.year, 12, 31)
        official = calendar.is_official_span(start, due)
        return Deadline(start, calendar.working_days_between(start, due), Basis.WORKING_DAYS, due, official)

    @property
    def filing_overdue(self) -> bool:
        return local_today() > self.filing_due

    @property
    def filing_deadline(self) -> Deadline:
        return self._deadline(self.filing_due)

    @property
    def publication_deadline(self) -> Deadline:
        return self._deadline(self.publication_due)


class FilingStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    SUBMITTED = "submitted", _("submitted")
    RETURNED = "returned", _("returned")
    ACCEPTED = "accepted", _("accepted")
    PUBLISHED = "published", _("published")


FILING_WORKFLOW = Workflow(
    FilingStatus,
    [
        Transition(
            "upload",
            _("upload a new version"),
            {FilingStatus.DRAFT, FilingStatus.RETURNED},
            FilingStatus.DRAFT,
            Purpose.EDIT,
            side=Side.UNIT,
        ),
        Transition(
            "submit",
            _("sign off and submit"),
            {FilingStatus.DRAFT, FilingStatus.RETURNED},
            FilingStatus.SUBMITTED,
            Purpose.SIGN_OFF,
            side=Side.UNIT,
        ),
        Transition(
            "return",
            _("return for correction"),
            {FilingStatus.SUBMITTED},
            FilingStatus.RETURNED,
            Purpose.REVIEW,
            side=Side.OFFICE,
        ),
        Transition(
            "accept",
            _("accept"),
            {FilingStatus.SUBMITTED},
            FilingStatus.ACCEPTED,
            Purpose.REVIEW,
            side=Side.OFFICE,
        ),
        Transition(
            "publish",
            _("publish"),
            {FilingStatus.ACCEPTED},
            FilingStatus.PUBLISHED,
            Purpose.REVIEW,
            side=Side.OFFICE,
        ),
    ],
)


class AnnualReportFiling(Versioned, TimeStampedModel):
    season = models.ForeignKey(
        FilingSeason, verbose_name=_("filing season"), on_delete=models.PROTECT, related_name="filings"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="annual_report_filings",
    )
    status = models.CharField(
        _("status"), max_length=12, choices=FilingStatus.choices, default=FilingStatus.DRAFT
    )
    current_version = models.ForeignKey(
        "ReportVersion",
        verbose_name=_("current version"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submitted_on = models.DateField(_("first submitted on"), null=True, blank=True)
    accepted_on = models.DateField(_("accepted on"), null=True, blank=True)
    published_on = models.DateField(_("published on"), null=True, blank=True)
    return_reasons = models.TextField(_("reasons for return"), blank=True)
    # Set when the office returns the report: the unit corrects it within working days.
    correction_due = models.DateField(_("correction deadline"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["season", "organisation__sort_order", "organisation_id"]
        verbose_name = _("annual report filing")
        verbose_name_plural = _("annual report filings")
        constraints = [
            models.UniqueConstraint(fields=["season", "organisation"], name="filings_one_filing_per_unit")
        ]

    def __str__(self) -> str:
        return f"{self.organisation} · {self.season}"

    def get_absolute_url(self) -> str:
        return reverse("filings:detail", args=[self.pk])

    @property
    def is_published(self) -> bool:
        return self.status == FilingStatus.PUBLISHED

    def correction_deadline(self) -> Deadline:
        return Deadline(
            self.correction_due,
            0,
            Basis.WORKING_DAYS,
            self.correction_due,
            calendar.is_official_span(self.correction_due, self.correction_due),
        )

    @property
    def overdue(self) -> bool:
        return self.is_overdue(local_today())

    def is_overdue(self, today: dt.date) -> bool:
        """Not signed off (or not corrected) by its deadline: the page says 逾期."""
        if self.status == FilingStatus.DRAFT:
            return today > self.season.filing_due
        if self.status == FilingStatus.RETURNED and self.correction_due:
            return today > self.correction_due
        return False


class ReportVersion(TimeStampedModel):
    """One upload (or pasted text) with what the reading engine made of it. Never changed."""

    filing = models.ForeignKey(
        AnnualReportFiling,
        verbose_name=_("annual report filing"),
        on_delete=models.CASCADE,
        related_name="versions",
    )
    number = models.PositiveIntegerField(_("version"))
    file = models.FileField(_("file"), upload_to="filings/", blank=True)
    original_name = models.CharField(_("file name"), max_length=200, blank=True)
    kind = models.CharField(_("kind"), max_length=10)  # docx | pdf | html | txt | pasted
    size = models.PositiveIntegerField(_("size in bytes"))
    sha256 = models.CharField(max_length=64)
    reading = models.JSONField(_("reading"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    # The reading (the engine's JSON, with the report's full text) never changes after upload;
    # copying it into every history row stored each report twice (issue 18).
    history = HistoricalRecords(excluded_fields=["reading"])

    class Meta:
        ordering = ["filing", "-number"]
        verbose_name = _("report version")
        verbose_name_plural = _("report versions")
        constraints = [models.UniqueConstraint(fields=["filing", "number"], name="filings_version_number")]

    def __str__(self) -> str:
        return _("version %(n)d") % {"n": self.number}

    @property
    def text(self) -> str:
        return self.reading.get("text", "")

    @property
    def download_name(self) -> str:
        extension = "txt" if self.kind == "pasted" else self.kind
        return f"{self.filing.organisation.name}{self.filing.season.year}年法治政府建设年度报告.{extension}"


class ReportFact(TimeStampedModel):
    """A number an accepted report states, with its sentence: an indicator value in waiting (source: report)."""

    filing = models.ForeignKey(
        AnnualReportFiling,
        verbose_name=_("annual report filing"),
        on_delete=models.CASCADE,
        related_name="facts",
    )
    version = models.ForeignKey(
        ReportVersion, verbose_name=_("report version"), on_delete=models.CASCADE, related_name="facts"
    )
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="+"
    )
    year = models.PositiveSmallIntegerField(_("report year"))
    indicator = models.CharField(_("indicator code"), max_length=80, blank=True, db_index=True)
    name = models.CharField(_("name"), max_length=120, blank=True)
    value = models.DecimalField(_("value"), max_digits=20, decimal_places=4)
    unit = models.CharField(_("unit"), max_length=10, blank=True)
    qualifier = models.CharField(_("qualifier"), max_length=20, blank=True)
    previous = models.DecimalField(
        _("previous value"), max_digits=20, decimal_places=4, null=True, blank=True
    )
    scope = models.CharField(_("scope"), max_length=120, blank=True)
    period = models.CharField(_("period"), max_length=40, blank=True)
    evidence = models.TextField(_("sentence"))
    evidence_start = models.PositiveIntegerField()
    evidence_end = models.PositiveIntegerField()

    history = HistoricalRecords()

    class Meta:
        ordering = ["filing", "evidence_start"]
        verbose_name = _("report fact")
        verbose_name_plural = _("report facts")

    def __str__(self) -> str:
        return f"{self.name or self.indicator} {self.value}{self.unit}"


class BenchmarkSet(TimeStampedModel):
    """Published reports of other regions, read for comparison (peer benchmark)."""

    region_code = models.CharField(
        _("region code"), max_length=6, validators=[validate_region_code], db_index=True
    )
    name = models.CharField(_("name"), max_length=100)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("benchmark set")
        verbose_name_plural = _("benchmark sets")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("filings:benchmark", args=[self.pk])


class BenchmarkReport(TimeStampedModel):
    """One report in a benchmark set: the reading only (the text is in it); the bytes are not kept."""

    benchmark_set = models.ForeignKey(
        BenchmarkSet, verbose_name=_("benchmark set"), on_delete=models.CASCADE, related_name="reports"
    )
    source = models.CharField(_("file name"), max_length=200)
    sha256 = models.CharField(max_length=64)
    reading = models.JSONField(_("reading"))
    region_code = models.CharField(_("region code"), max_length=6, blank=True)
    region_name = models.CharField(_("region"), max_length=100, blank=True)
    year = models.PositiveSmallIntegerField(_("report year"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["region_code", "year", "id"]
        verbose_name = _("benchmark report")
        verbose_name_plural = _("benchmark reports")
        constraints = [
            models.UniqueConstraint(fields=["benchmark_set", "sha256"], name="filings_benchmark_once")
        ]

    def __str__(self) -> str:
        return self.reading.get("title") or self.source


class FilingReminderSent(SentReminder):
    """One reminder per season, unit, kind and deadline (filing, or correction of a returned report)."""

    season = models.ForeignKey(FilingSeason, on_delete=models.CASCADE, related_name="reminders")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["season", "organisation", "kind", "due"], name="filings_one_reminder"
            )
        ]


class FilingEvent(Event):
    # Exactly one of season (with or without a filing) and benchmark_set is set.
    season = models.ForeignKey(
        FilingSeason,
        verbose_name=_("filing season"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
    )
    benchmark_set = models.ForeignKey(
        BenchmarkSet,
        verbose_name=_("benchmark set"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
    )
    filing = models.ForeignKey(
        AnnualReportFiling,
        verbose_name=_("annual report filing"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
    )

    class Meta(Event.Meta):
        verbose_name = _("filing event")
        verbose_name_plural = _("filing events")

    VERBS = {
        "open_season": _("season opened"),
        "update_season": _("season changed"),
        "upload": _("version uploaded"),
        "submit": _("signed off and submitted"),
        "return": _("returned for correction"),
        "accept": _("accepted"),
        "publish": _("published"),
        "problems_from_shortcomings": _("problem entries made from the shortcomings part"),
        "create_benchmark": _("benchmark set created"),
        "add_benchmark_reports": _("reports added to the benchmark set"),
    }
