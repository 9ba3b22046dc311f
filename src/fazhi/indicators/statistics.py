"""Statistics from other government systems, imported from Excel into indicator values.

Deputies' suggestions and CPPCC proposals, audits, government information disclosure,
the 12345 hotline and government services keep their own systems; fazhi does not rebuild
them. Their yearly statistics arrive as a workbook (one row per number, the system named
in each row) and are stored as indicator values with ``source="import"`` and
``source_system`` naming the system, so the report and the assessment read them like
any other value. Each system may report only the codes listed for it here; the
template's code sheet lists them.
"""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from fazhi.catalog import indicators as catalog
from fazhi.core.importers import (
    Column,
    ExcelImporter,
    ImportResult,
    RowError,
    as_choice,
    as_decimal,
    as_integer,
)
from fazhi.indicators.importers import IndicatorValueImporter, as_indicator_code
from fazhi.indicators.models import Qualifier, SourceSystem

# What each system counts (codes of fazhi.catalog.indicators).
SYSTEM_CODES: dict[str, tuple[str, ...]] = {
    SourceSystem.SUGGESTIONS: (
        "oversight.npc_suggestions",
        "oversight.cppcc_proposals",
        "oversight.suggestion_satisfaction_rate",
    ),
    SourceSystem.AUDIT: ("oversight.audit_projects",),
    SourceSystem.DISCLOSURE: ("oversight.proactive_disclosures", "oversight.disclosure_requests"),
    SourceSystem.HOTLINE: (
        "oversight.hotline_requests",
        "oversight.hotline_ontime_rate",
        "oversight.hotline_satisfaction_rate",
    ),
    SourceSystem.SERVICES: (
        "functions.online_service_rate",
        "functions.permit_items",
        "functions.certificates_abolished",
    ),
}


class StatisticsImporter(IndicatorValueImporter):
    """The indicator-value import with a column naming the system each number comes from."""

    unit_entry = False
    sheet_title = gettext_lazy("Statistics of other systems")
    columns = (
        Column(
            "source_system", gettext_lazy("Source system"), parse=as_choice(SourceSystem), example="12345热线"
        ),
        Column("organisation_name", gettext_lazy("Organisation"), max_length=100, example="县人民政府"),
        Column(
            "code",
            gettext_lazy("Indicator code"),
            max_length=80,
            parse=as_indicator_code,
            example="oversight.hotline_requests",
        ),
        Column("year", gettext_lazy("Year"), parse=as_integer, example=2025),
        Column("value", gettext_lazy("Value"), parse=as_decimal, example=52311),
        Column("qualifier", gettext_lazy("Qualifier"), required=False, parse=as_choice(Qualifier)),
        Column("numerator", gettext_lazy("Numerator"), required=False, parse=as_decimal),
        Column("denominator", gettext_lazy("Denominator"), required=False, parse=as_decimal),
        Column("definition", gettext_lazy("Definition"), required=False, max_length=300),
        Column("evidence_url", gettext_lazy("Evidence link"), required=False, max_length=500),
    )

    def check_row(self, values: dict, row_number: int, result: ImportResult) -> list[RowError]:
        errors = super().check_row(values, row_number, result)
        system, code = values.get("source_system"), values.get("code")
        if system and code and code not in SYSTEM_CODES[system]:
            errors.append(
                RowError(
                    row_number,
                    self._header("code"),
                    _("%(system)s does not report %(code)s; see the code sheet.")
                    % {"system": SourceSystem(system).label, "code": code},
                )
            )
        return errors

    def code_lists(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """The systems, then each system's codes (not the whole catalog), then the qualifiers."""
        allowed = [
            (code, f"{catalog.get(code).name}（{SourceSystem(system).label}）")
            for system, codes in SYSTEM_CODES.items()
            for code in codes
        ]
        return [(self._header("code"), allowed), *ExcelImporter.code_lists(self)]
