"""Import engagements (one row per unit and counsel) from Excel."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from fazhi.core.importers import Column, ExcelImporter, ImportResult, RowError, as_choice, as_date
from fazhi.core.scoping import Purpose, visible
from fazhi.counsel import actions
from fazhi.counsel.models import CounselKind, ProviderType
from fazhi.org.models import Organisation


class EngagementImporter(ExcelImporter):
    sheet_title = gettext_lazy("Legal counsel")
    columns = (
        Column("organisation", gettext_lazy("Unit served"), max_length=100),
        Column("kind", gettext_lazy("Kind"), parse=as_choice(CounselKind)),
        Column("provider_type", gettext_lazy("Provided by"), parse=as_choice(ProviderType)),
        Column("provider_name", gettext_lazy("Firm or person"), max_length=100),
        Column("lawyer_names", gettext_lazy("Lawyers"), required=False, max_length=200),
        Column("starts_on", gettext_lazy("Term from"), parse=as_date),
        Column("ends_on", gettext_lazy("Term until"), parse=as_date),
    )

    def __init__(self, actor):
        self.actor = actor

    def unit(self, name):
        return visible(Organisation.objects.filter(name=name), self.actor, Purpose.EDIT).first()

    def check_row(self, values: dict, row_number: int, result: ImportResult) -> list[RowError]:
        errors = []
        if self.unit(values["organisation"]) is None:
            errors.append(
                RowError(
                    row_number,
                    str(self.columns[0].header),
                    _("No organisation called %(name)s that you may act for.")
                    % {"name": values["organisation"]},
                )
            )
        if values["ends_on"] < values["starts_on"]:
            errors.append(
                RowError(row_number, str(self.columns[6].header), _("The term ends before it starts."))
            )
        return errors

    def save_row(self, actor, values: dict, row_number: int) -> None:
        organisation = self.unit(values.pop("organisation"))
        values["lawyer_names"] = values.get("lawyer_names") or ""
        actions.engage(actor, organisation, **values)
