"""Import key tasks from the tables offices write today (序号, 重点任务, 牵头单位, 配合单位, 完成时限...)."""

from __future__ import annotations

import re

from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from fazhi.catalog import indicators as catalog_indicators
from fazhi.core.importers import (
    CellError,
    Column,
    ExcelImporter,
    ImportResult,
    RowError,
    as_date,
    as_integer,
    as_text,
)
from fazhi.plans import actions
from fazhi.plans.forms import region_units

SEPARATORS = re.compile(r"[、，,；;\s]+")


def as_list(value) -> list[str]:
    return [part for part in SEPARATORS.split(as_text(value)) if part]


def as_area(value) -> str:
    """An area code (disputes) or its Chinese name (矛盾纠纷...)."""
    text = as_text(value)
    areas = catalog_indicators.areas()
    if text in areas:
        return text
    by_name = {name: code for code, name in areas.items()}
    if text in by_name:
        return by_name[text]
    raise CellError(_("Unknown area code %(code)s.") % {"code": text})


def as_indicator_list(value) -> list[str]:
    """Indicator codes or Chinese names, separated by 、 ， ; or spaces."""
    by_name = {indicator.name: indicator.code for indicator in catalog_indicators.all_indicators()}
    known = set(catalog_indicators.codes())
    codes, unknown = [], []
    for part in as_list(value):
        code = part if part in known else by_name.get(part)
        (codes if code else unknown).append(code or part)
    if unknown:
        raise CellError(_("Unknown indicator code %(code)s.") % {"code": "、".join(unknown)})
    return codes


class KeyTaskImporter(ExcelImporter):
    """One row per key task; units are named as in the organisation list (full or short name)."""

    sheet_title = gettext_lazy("Key tasks")
    columns = (
        Column("number", gettext_lazy("No."), parse=as_integer, example=1),
        Column("title", gettext_lazy("Key task"), max_length=300, example="推进行政执法“三项制度”全覆盖"),
        Column("lead_unit", gettext_lazy("Lead unit"), max_length=100, example="司法局"),
        Column(
            "co_units",
            gettext_lazy("Co-responsible units"),
            required=False,
            parse=as_list,
            example="市场监管局、武康街道",
        ),
        Column("deadline", gettext_lazy("Deadline"), parse=as_date, example="2026-12-31"),
        Column(
            "area",
            gettext_lazy("Area code"),
            required=False,
            max_length=30,
            parse=as_area,
            example="行政执法",
        ),
        Column(
            "indicator_codes",
            gettext_lazy("Indicator codes"),
            required=False,
            parse=as_indicator_list,
            example="行政机关负责人出庭应诉率",
        ),
    )

    def __init__(self, actor, plan):
        self.actor = actor
        self.plan = plan
        self.units = region_units(actor, plan.region_code)

    def _unit(self, name: str):
        return self.units.filter(Q(name=name) | Q(short_name=name)).first()

    def _header(self, field: str) -> str:
        return str(next(column.header for column in self.columns if column.field == field))

    def code_lists(self) -> list[tuple[str, list[tuple[str, str]]]]:
        return [
            (self._header("area"), list(catalog_indicators.areas().items())),
            (
                self._header("indicator_codes"),
                [(indicator.code, indicator.name) for indicator in catalog_indicators.all_indicators()],
            ),
        ]

    def check_row(self, values: dict, row_number: int, result: ImportResult) -> list[RowError]:
        errors = []
        numbers = {row.get("number") for row in result.rows}
        if (
            "number" in values
            and values["number"] in numbers
            or self.plan.tasks.filter(number=values["number"]).exists()
        ):
            errors.append(RowError(row_number, self._header("number"), _("This number is already taken.")))
        for field in ("lead_unit", "co_units"):
            names = [values[field]] if field == "lead_unit" and field in values else (values.get(field) or [])
            for name in names:
                if self._unit(name) is None:
                    errors.append(
                        RowError(
                            row_number,
                            self._header(field),
                            _("No unit called %(name)s in your region.") % {"name": name},
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
