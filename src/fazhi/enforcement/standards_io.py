"""A review standard's items to and from Excel, for offices that keep their standard there.
The export reads back as an import: the file becomes the items in use, or nothing changes."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from fazhi.core.actions import ActionRefused
from fazhi.core.importers import (
    Column,
    ExcelImporter,
    ImportResult,
    RowError,
    as_choice,
    as_decimal,
    as_integer,
)
from fazhi.enforcement import rules
from fazhi.enforcement.models import ItemPart, ReviewStandard, in_part_order

COLUMNS = (
    Column("part", gettext_lazy("part"), parse=as_choice(ItemPart), example=ItemPart.CONTENT.label),
    Column("text", gettext_lazy("item"), max_length=200, example="（示例）调查取证不全面"),
    Column("max_deduction", gettext_lazy("deduction up to"), parse=as_decimal, example="20"),
    Column("sort_order", gettext_lazy("order"), required=False, parse=as_integer, example="1"),
)


def export_rows(standard: ReviewStandard):
    for item in in_part_order(standard.items.filter(is_active=True)):
        yield [item.get_part_display(), item.text, item.max_deduction, item.sort_order]


class StandardImporter(ExcelImporter):
    sheet_title = gettext_lazy("Review standard")
    columns = COLUMNS

    def __init__(self, office, standard: ReviewStandard):
        self.office = office
        self.standard = standard

    def check_row(self, values: dict, row_number: int, result: ImportResult) -> list[RowError]:
        if "part" not in values or "max_deduction" not in values:
            return []
        try:
            rules.check_standard_item(
                values["part"],
                values["max_deduction"],
                self.standard.layout_points,
                self.standard.content_points,
            )
        except ActionRefused as refusal:
            return [RowError(row_number, str(COLUMNS[2].header), str(refusal.message))]
        return []

    def run(self, actor, file) -> ImportResult:
        from fazhi.enforcement.actions_standards import replace_items

        result = self.read(file)
        if not result.ok:
            return result
        rows = [{k: v for k, v in row.items() if k != "_row"} for row in result.rows]
        try:
            replace_items(actor, self.office, self.standard, rows)
        except ActionRefused as refusal:
            result.errors.append(RowError(0, "", str(refusal.message)))
            return result
        result.saved = len(rows)
        return result


def header() -> list[str]:
    return [str(column.header) for column in COLUMNS]


def sheet_title() -> str:
    return _("Review standard")
