"""Indicator values: one table for every number fazhi computes, receives or is told.

The codes themselves live in ``fazhi.catalog.indicators`` (the shared
vocabulary); this table only stores values keyed by them. A value is about
one organisation and one period and comes from one source; the same code,
organisation and period may hold one value per source (a computed value
beside the figure a report printed), and ``preferred`` picks the one the
cycle reads.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from fazhi.catalog import indicators as catalog
from fazhi.core.formatting import figure
from fazhi.core.models import Event, TimeStampedModel
from fazhi.core.providers import Period


class Source(models.TextChoices):
    COMPUTED = "computed", _("computed from records")
    REPORT = "report", _("from an annual report")
    MANUAL = "manual", _("entered by hand")
    IMPORT = "import", _("imported from Excel")


# Which source the cycle reads when several exist for the same code,
# organisation and period: the platform's own records first, then what
# people entered (by hand or Excel, the newer wins), a report's figure last.
SOURCE_PREFERENCE = {Source.COMPUTED: 0, Source.MANUAL: 1, Source.IMPORT: 1, Source.REPORT: 2}


class SourceSystem(models.TextChoices):
    """The other government systems whose statistics come in through the statistics import."""

    SUGGESTIONS = "suggestions", _("deputies' suggestions and CPPCC proposals")
    AUDIT = "audit", _("audit")
    DISCLOSURE = "disclosure", _("government information disclosure")
    HOTLINE = "hotline", _("12345 hotline")
    SERVICES = "services", _("government services")


class Qualifier(models.TextChoices):
    EXACT = "exact", _("exactly")
    APPROX = "approx", _("about")
    MORE_THAN = "more_than", _("more than")
    AT_LEAST = "at_least", _("at least")
    AT_MOST = "at_most", _("at most")


class IndicatorValue(TimeStampedModel):
    code = models.CharField(_("indicator code"), max_length=80, db_index=True)
    organisation = models.ForeignKey(
        "org.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="indicator_values",
    )
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"))
    value = models.DecimalField(_("value"), max_digits=20, decimal_places=4)
    unit = models.CharField(_("unit of measure"), max_length=10)
    qualifier = models.CharField(
        _("qualifier"), max_length=10, choices=Qualifier.choices, default=Qualifier.EXACT
    )
    source = models.CharField(_("source"), max_length=10, choices=Source.choices)
    # Set only for an imported statistic of another system (source "import"); it names that system.
    source_system = models.CharField(
        _("source system"), max_length=20, choices=SourceSystem.choices, blank=True, default=""
    )
    numerator = models.DecimalField(_("numerator"), max_digits=20, decimal_places=4, null=True, blank=True)
    denominator = models.DecimalField(
        _("denominator"), max_digits=20, decimal_places=4, null=True, blank=True
    )
    definition = models.CharField(_("definition"), max_length=300, blank=True)
    evidence_url = models.CharField(_("evidence link"), max_length=500, blank=True)
    evidence_text = models.TextField(_("evidence"), blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("entered by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["-period_start", "code", "organisation__sort_order", "id"]
        verbose_name = _("indicator value")
        verbose_name_plural = _("indicator values")
        constraints = [
            models.UniqueConstraint(
                fields=["code", "organisation", "period_start", "period_end", "source"],
                name="indicators_one_value_per_source",
            ),
        ]
        indexes = [
            models.Index(fields=["organisation", "period_start", "code"]),
            # The list's order (newest period, code, then the unit's order): issue 18 §3.
            models.Index(
                fields=["-period_start", "code", "organisation"], name="indicators_value_list_order"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indicator_name} {self.organisation} {self.period.label}: {self.display_value}"

    def get_absolute_url(self) -> str:
        return reverse("indicators:detail", args=[self.pk])

    @property
    def period(self) -> Period:
        return Period(self.period_start, self.period_end)

    @property
    def indicator(self):
        return catalog.get(self.code)

    @property
    def indicator_name(self) -> str:
        indicator = self.indicator
        return indicator.name if indicator else self.code

    @property
    def is_rate(self) -> bool:
        return self.unit == "%"

    @property
    def display_value(self) -> str:
        prefix = {"approx": "约", "more_than": "逾", "at_least": "不少于", "at_most": "不超过"}.get(
            self.qualifier, ""
        )
        return f"{prefix}{figure(self.value, self.unit)}"

    @property
    def parts(self) -> str:
        """The rate's parts as shown beside it: "43 / 47"."""
        if self.numerator is None or self.denominator is None:
            return ""
        return f"{self.numerator.normalize():f} / {self.denominator.normalize():f}"


class IndicatorEvent(Event):
    value = models.ForeignKey(
        IndicatorValue, verbose_name=_("indicator value"), on_delete=models.PROTECT, related_name="events"
    )

    class Meta(Event.Meta):
        verbose_name = _("indicator value event")
        verbose_name_plural = _("indicator value events")

    VERBS = {
        "record": _("recorded"),
        "change": _("changed"),
        "refresh": _("recomputed"),
        "confirm": _("confirmed by the office"),
    }
