"""Import key tasks from the tables offices write today (序号, 重点任务, 牵头单位, 配合单位, 完成时限...)."""

from __future__ import annotations

import re

from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from fazhi.catalog import indicators as catalog_indicators
from fazhi.core.importers import Column, ExcelImporter, ImportResult, RowError, as_date, as_integer, as_text
from fazhi.plans import actions
from fazhi.plans.forms import region_units

SEPARATORS = re.compile(r"[、，,；;\s]+")


def as_list(value) -> list[str]:
    return [part for part in SEPARATORS.split(as_text(value)) if part]


class KeyTaskImporter(ExcelImporter):
    """One row per key task; units are named as in the organisation list (full or short name)."""

    sheet_title = gettext_lazy("Key tasks")
    columns = (
        Column("number", gettext_lazy("No."), parse=as_integer),
        Column("title", gettext_lazy("Key task"), max_length=300),
        Column("lead_unit", gettext_lazy("Lead unit"), max_length=100),
        Column("co_units", gettext_lazy("Co-responsible units"), required=False, parse=as_list),
        Column("deadline", gettext_lazy("Deadline"), parse=as_date),
        Column("area", gettext_lazy("Area code"), required=False, max_length=30),
        Column("indicator_codes", gettext_lazy("Indicator codes"), required=False, parse=as_list),
    )

    def __init__(self, actor, plan):
        self.actor = actor
        self.plan = plan
        self.units = region_units(actor, plan.region_code)

    def _unit(self, name: str):
        return self.units.filter(Q(name=name) | Q(short_name=name)).first()

    def _header(self, field: str) -> str:
        return str(next(column.header for column in self.columns if column.field == field))

    def check_row(self, values: dict, row_number: int, result: ImportResult) -> list[RowError]:
        errors = []
        numbers = {row.get("number") for row in result.rows}
        if values["number"] in numbers or self.plan.tasks.filter(number=values["number"]).exists():
            errors.append(RowError(row_number, self._header("number"), _("This number is already taken.")))
        for field in ("lead_unit", "co_units"):
            names = [values[field]] if field == "lead_unit" else (values.get(field) or [])
            for name in names:
                if self._unit(name) is None:
                    errors.append(
                        RowError(
                            row_number,
                            self._header(field),
                            _("No unit called %(name)s in your region.") % {"name": name},
                        )
                    )
        area = values.get("area") or ""
        if area and area not in catalog_indicators.areas():
            errors.append(
                RowError(row_number, self._header("area"), _("Unknown area code %(code)s.") % {"code": area})
            )
        known = set(catalog_indicators.codes())
        for code in values.get("indicator_codes") or []:
            if code not in known:
                errors.append(
                    RowError(
                        row_number,
                        self._header("indicator_codes"),
                        _("Unknown indicator code %(code)s.") % {"code": code},
                    )
                )
        return errors

    def save_row(self, actor, values: dict, row_number: int) -> None:
        actions.add_task(
            actor,
            self.plan,
            number=values["number"],
            title=values["title"],
            lead_unit=self._unit(values["lead_unit"]),
            deadline=values["deadline"],
            co_units=[self._unit(name) for name in values.get("co_units") or []],
            area=values.get("area") or "",
            indicator_codes=values.get("indicator_codes") or [],
        )
