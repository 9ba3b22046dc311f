"""Excel import of indicator values for what no module records yet.

One row per value; every row is checked (organisation within the importer's
reach, known code, unit, range, percent 0–100, rate parts agreeing with the
rate) before anything is saved, and all rows are saved through
``actions.record_value`` in one transaction or none.
"""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from fazhi.catalog import indicators as catalog
from fazhi.core.actions import ActionRefused
from fazhi.core.importers import (
    CellError,
    Column,
    ExcelImporter,
    ImportResult,
    RowError,
    as_choice,
    as_decimal,
    as_integer,
    as_text,
)
from fazhi.core.providers import Period
from fazhi.core.scoping import Purpose, visible
from fazhi.indicators import actions, rules
from fazhi.indicators.models import Qualifier, Source
from fazhi.org.models import Organisation
from fazhi.org.naming import named


def as_indicator_code(value) -> str:
    """A code (disputes.head_appearance_rate) or the indicator's Chinese name."""
    text = as_text(value)
    if catalog.get(text):
        return text
    for indicator in catalog.all_indicators():
        if indicator.name == text:
            return indicator.code
    raise CellError(_("Unknown indicator code %(code)s.") % {"code": text})


class IndicatorValueImporter(ExcelImporter):
    """Manual values, one a row. A unit's value is its own people's step (``record_value(unit_entry=True)``):

    the office imports values for units only as proxy entry (代为录入) with one
    ``proxy_reason`` for the file, which each value's event row keeps; without
    it every such row is refused before anything is saved.
    """

    # Figures of other systems (``StatisticsImporter``) are the office's own work, not a unit's step.
    unit_entry = True
    sheet_title = gettext_lazy("Indicator values")
    columns = (
        Column("organisation_name", gettext_lazy("Organisation"), max_length=100, example="市场监管局"),
        Column(
            "code",
            gettext_lazy("Indicator code"),
            max_length=80,
            parse=as_indicator_code,
            example="行政机关负责人出庭应诉率",
        ),
        Column("year", gettext_lazy("Year"), parse=as_integer, example=2025),
        Column("value", gettext_lazy("Value"), parse=as_decimal, example=45),
        Column("unit", gettext_lazy("Unit of measure"), required=False, max_length=10, example="%"),
        Column("qualifier", gettext_lazy("Qualifier"), required=False, parse=as_choice(Qualifier)),
        Column("numerator", gettext_lazy("Numerator"), required=False, parse=as_decimal, example=9),
        Column("denominator", gettext_lazy("Denominator"), required=False, parse=as_decimal, example=20),
        Column(
            "definition",
            gettext_lazy("Definition"),
            required=False,
            max_length=300,
            example="负责人出庭的开庭次数 ÷ 开庭审理次数",
        ),
        Column("evidence_url", gettext_lazy("Evidence link"), required=False, max_length=500),
    )

    def __init__(self, actor, proxy_reason: str = ""):
        self.actor = actor
        self.proxy_reason = proxy_reason
        self._organisations: dict[str, Organisation] = {}
        self._proxy_refusals: dict[int, str | None] = {}

    def _proxy_refusal(self, organisation: Organisation) -> str | None:
        """Why the importer may not enter this organisation's values as given (None when it may)."""
        if not self.unit_entry:
            return None
        if organisation.pk not in self._proxy_refusals:
            try:
                actions.unit_entry_proxy(self.actor, organisation, self.proxy_reason)
            except ActionRefused as refusal:
                self._proxy_refusals[organisation.pk] = refusal.message
            else:
                self._proxy_refusals[organisation.pk] = None
        return self._proxy_refusals[organisation.pk]

    def _header(self, field: str) -> str:
        return str(next(column.header for column in self.columns if column.field == field))

    def code_lists(self) -> list[tuple[str, list[tuple[str, str]]]]:
        indicators = [(indicator.code, indicator.name) for indicator in catalog.all_indicators()]
        return [(self._header("code"), indicators), *super().code_lists()]

    def _organisation(self, name: str) -> Organisation | None:
        if name not in self._organisations:
            found = named(
                visible(Organisation.objects.filter(is_active=True), self.actor, Purpose.EDIT), name
            ).first()
            if found is None:
                return None
            self._organisations[name] = found
        return self._organisations[name]

    def check_row(self, values: dict, row_number: int, result: ImportResult) -> list[RowError]:
        errors = []
        organisation = (
            self._organisation(values["organisation_name"]) if "organisation_name" in values else None
        )
        if "organisation_name" in values and organisation is None:
            errors.append(
                RowError(
                    row_number,
                    self._header("organisation_name"),
                    _("No organisation called %(name)s for which you may enter values.")
                    % {"name": values["organisation_name"]},
                )
            )
        elif organisation is not None and (refusal := self._proxy_refusal(organisation)):
            errors.append(RowError(row_number, self._header("organisation_name"), refusal))
        key = (values.get("organisation_name"), values.get("code"), values.get("year"))
        if None in key or not {"value"} <= values.keys():
            return errors  # the cells the checks below need are reported already
        if any(
            (row.get("organisation_name"), row.get("code"), row.get("year")) == key for row in result.rows
        ):
            errors.append(
                RowError(row_number, "", _("The same organisation, indicator and year appear twice."))
            )
        try:
            from fazhi.core.deadlines import local_today

            rules.check_period(Period.year(values["year"]), local_today().year)
            rules.check_value(
                values["code"],
                values["value"],
                unit=values.get("unit") or None,
                numerator=values.get("numerator"),
                denominator=values.get("denominator"),
                definition=values.get("definition") or "",
            )
        except (ActionRefused, ValueError) as refusal:
            message = getattr(refusal, "message", str(refusal))
            field = {
                "value": "value",
                "unit": "unit",
                "numerator": "numerator",
                "denominator": "denominator",
                "definition": "definition",
                "period": "year",
            }.get(getattr(refusal, "field", ""), "")
            errors.append(RowError(row_number, self._header(field) if field else "", message))
        return errors

    def save_row(self, actor, values: dict, row_number: int) -> None:
        actions.record_value(
            actor,
            self._organisation(values["organisation_name"]),
            values["code"],
            Period.year(values["year"]),
            values["value"],
            Source.IMPORT,
            qualifier=values.get("qualifier") or Qualifier.EXACT,
            numerator=values.get("numerator"),
            denominator=values.get("denominator"),
            definition=values.get("definition") or "",
            evidence_url=values.get("evidence_url") or "",
            unit=values.get("unit") or None,
            source_system=values.get("source_system") or "",  # a column of the statistics import only
            unit_entry=self.unit_entry,
            proxy_reason=self.proxy_reason if self.unit_entry else "",
        )
