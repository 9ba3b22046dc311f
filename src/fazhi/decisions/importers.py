"""Import a catalogue's items from the Excel sheet offices keep (序号、事项、承办单位、依据、程序…)."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from fazhi.core.importers import Column, ExcelImporter, ImportResult, RowError, as_boolean
from fazhi.core.scoping import Purpose, visible
from fazhi.decisions import actions
from fazhi.org.models import Organisation
from fazhi.org.naming import named


class CatalogueImporter(ExcelImporter):
    sheet_title = gettext_lazy("Decision catalogue")
    columns = (
        Column("title", gettext_lazy("Decision item"), max_length=200, example="某某专项规划编制"),
        Column("organisation", gettext_lazy("Undertaking unit"), max_length=100, example="资规局"),
        Column(
            "basis",
            gettext_lazy("Legal and policy basis"),
            required=False,
            max_length=500,
            example="《重大行政决策程序暂行条例》",
        ),
        Column(
            "requires_public_participation",
            gettext_lazy("Public participation"),
            parse=as_boolean,
            example="是",
        ),
        Column(
            "requires_expert_argumentation",
            gettext_lazy("Expert argumentation"),
            parse=as_boolean,
            example="是",
        ),
        Column("requires_risk_assessment", gettext_lazy("Risk assessment"), parse=as_boolean, example="是"),
        Column("requires_hearing", gettext_lazy("Hearing"), required=False, parse=as_boolean, example="否"),
        Column(
            "planned_for",
            gettext_lazy("Planned completion"),
            required=False,
            max_length=30,
            example="2026年第四季度",
        ),
        Column("reason", gettext_lazy("Reason for the adjustment"), required=False, max_length=500),
    )

    def __init__(self, actor, catalogue):
        self.actor = actor
        self.catalogue = catalogue

    def unit(self, name):
        return named(visible(Organisation.objects.all(), self.actor, Purpose.REVIEW), name).first()

    def check_row(self, values: dict, row_number: int, result: ImportResult) -> list[RowError]:
        errors = []
        if "organisation" in values and self.unit(values["organisation"]) is None:
            errors.append(
                RowError(
                    row_number,
                    str(self.columns[1].header),
                    _("No organisation called %(name)s that you may act for.")
                    % {"name": values["organisation"]},
                )
            )
        if self.catalogue is not None and self.catalogue.is_published and not values.get("reason"):
            errors.append(
                RowError(
                    row_number,
                    str(self.columns[8].header),
                    _("Give the reason for adjusting the published catalogue."),
                )
            )
        return errors

    def save_row(self, actor, values: dict, row_number: int) -> None:
        organisation = self.unit(values.pop("organisation"))
        values["basis"] = values.get("basis") or ""
        values["planned_for"] = values.get("planned_for") or ""
        values["requires_hearing"] = bool(values.get("requires_hearing"))
        values["reason"] = values.get("reason") or ""
        actions.add_item(actor, self.catalogue, organisation, **values)
