"""Import engagements (one row per unit and counsel) from Excel."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from fazhi.core.importers import Column, ExcelImporter, ImportResult, RowError, as_choice, as_date
from fazhi.core.scoping import Purpose, visible
from fazhi.counsel import actions
from fazhi.counsel.models import CounselKind, ProviderType
from fazhi.org.models import Organisation
from fazhi.org.naming import named


class EngagementImporter(ExcelImporter):
    sheet_title = gettext_lazy("Legal counsel")
    columns = (
        Column("organisation", gettext_lazy("Unit served"), max_length=100, example="市场监管局"),
        Column("kind", gettext_lazy("Kind"), parse=as_choice(CounselKind), example=CounselKind.choices[0][1]),
        Column(
            "provider_type",
            gettext_lazy("Provided by"),
            parse=as_choice(ProviderType),
            example=ProviderType.choices[0][1],
        ),
        Column("provider_name", gettext_lazy("Firm or person"), max_length=100, example="浙江某某律师事务所"),
        Column("lawyer_names", gettext_lazy("Lawyers"), required=False, max_length=200, example="张某、李某"),
        Column("starts_on", gettext_lazy("Term from"), parse=as_date, example="2026-01-01"),
        Column("ends_on", gettext_lazy("Term until"), parse=as_date, example="2026-12-31"),
    )

    def __init__(self, actor):
        self.actor = actor

    def unit(self, name):
        return named(visible(Organisation.objects.all(), self.actor, Purpose.EDIT), name).first()

    def check_row(self, values: dict, row_number: int, result: ImportResult) -> list[RowError]:
        errors = []
        if "organisation" in values and self.unit(values["organisation"]) is None:
            errors.append(
                RowError(
                    row_number,
                    str(self.columns[0].header),
                    _("No organisation called %(name)s that you may act for.")
                    % {"name": values["organisation"]},
                )
            )
        if "ends_on" in values and "starts_on" in values and values["ends_on"] < values["starts_on"]:
            errors.append(
                RowError(row_number, str(self.columns[6].header), _("The term ends before it starts."))
            )
        return errors

    def save_row(self, actor, values: dict, row_number: int) -> None:
        organisation = self.unit(values.pop("organisation"))
        values["lawyer_names"] = values.get("lawyer_names") or ""
        actions.engage(actor, organisation, **values)
