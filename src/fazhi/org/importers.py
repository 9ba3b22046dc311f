"""Import organisations from the Excel lists offices keep today."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from fazhi.core.importers import Column, ExcelImporter, ImportResult, RowError, as_choice, as_integer, as_text
from fazhi.core.scoping import Purpose, visible
from fazhi.org import actions
from fazhi.org.models import Organisation, OrganisationKind, validate_region_code
from fazhi.org.naming import named


class OrganisationImporter(ExcelImporter):
    """One row per organisation; the parent is named and must exist already or
    appear on an earlier row, under the same office's reach."""

    sheet_title = gettext_lazy("Organisations")
    columns = (
        Column("name", gettext_lazy("Name"), max_length=100, example="德清县统计局"),
        Column("short_name", gettext_lazy("Short name"), required=False, max_length=30, example="统计局"),
        Column(
            "kind",
            gettext_lazy("Kind"),
            parse=as_choice(OrganisationKind),
            example=OrganisationKind.DEPARTMENT.label,
        ),
        Column("region_code", gettext_lazy("Region code"), max_length=6, example="330521"),
        Column(
            "parent_name",
            gettext_lazy("Parent organisation"),
            required=False,
            max_length=100,
            example="县政府",
        ),
        Column("sort_order", gettext_lazy("Order"), required=False, parse=as_integer, example=30),
    )

    def __init__(self, actor):
        self.actor = actor
        self._created: dict[str, Organisation] = {}

    def check_row(self, values: dict, row_number: int, result: ImportResult) -> list[RowError]:
        errors = []
        try:
            if "region_code" in values:
                validate_region_code(values["region_code"])
        except Exception:
            errors.append(
                RowError(
                    row_number,
                    str(self.columns[3].header),
                    _("Unknown region code %(code)s.") % {"code": values["region_code"]},
                )
            )
        earlier = {as_text(row.get(key)) for row in result.rows for key in ("name", "short_name")} - {""}
        if values.get("name") in earlier:
            errors.append(RowError(row_number, str(self.columns[0].header), _("Appears twice in the file.")))
        parent_name = values.get("parent_name")
        if parent_name and parent_name not in earlier and not self._parent_query(parent_name).exists():
            errors.append(
                RowError(
                    row_number,
                    str(self.columns[4].header),
                    _("No organisation called %(name)s that you manage.") % {"name": parent_name},
                )
            )
        return errors

    def _parent_query(self, name: str):
        return named(visible(Organisation.objects.all(), self.actor, Purpose.MANAGE), name)

    def save_row(self, actor, values: dict, row_number: int) -> None:
        parent_name = values.pop("parent_name", None)
        parent = None
        if parent_name:
            parent = self._created.get(parent_name) or self._parent_query(parent_name).first()
        values["short_name"] = values.get("short_name") or ""
        values["sort_order"] = values.get("sort_order") or 0
        created = actions.create_organisation(actor, parent=parent, **values)
        self._created[created.name] = created
        if created.short_name:
            self._created[created.short_name] = created
