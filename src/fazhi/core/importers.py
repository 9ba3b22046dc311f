"""The base of every Excel import: row-level errors, nothing half-imported.

A subclass lists its columns and saves one row through the app's action
function::

    class OrganisationImporter(ExcelImporter):
        columns = (Column("name", _("Name"), max_length=100), ...)
        def save_row(self, actor, values, row_number): actions.create_organisation(actor, **values)

    result = OrganisationImporter().run(request.user, uploaded_file)
    if not result.ok: show result.errors  (row number, column header, message)

``run`` reads and checks every row first; only if all rows pass does it save
them, in one transaction, and an action refusing any row rolls back all.
Every error of a row is reported: ``check_row`` runs even when some cells did
not parse, and then finds only the cells that did in ``values`` (a failed or
missing required cell is absent; an empty optional one is ``None``).

``template()`` is the workbook offered for download: the header, an example
row (each column's ``example``; a row left exactly as the example is not
imported) and a sheet of the codes a column takes with their Chinese names
(``code_lists``; a column parsed by ``as_choice`` lists its choices).
"""

from __future__ import annotations

import datetime as dt
import decimal
import io
from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from fazhi.core.actions import ActionRefused
from fazhi.core.exports import safe_cell, unguard
from fazhi.core.uploads import check_unpacked

MAX_ROWS = 5000


class CellError(ValueError):
    """A parser's complaint about one cell; the message is for the user."""


def as_text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # Excel stores typed codes such as 330521 as numbers
    return "" if value is None else str(unguard(value)).strip()


def as_integer(value) -> int:
    text = as_text(value)
    try:
        return int(text)
    except ValueError:
        raise CellError(_("Not a whole number: %(value)s") % {"value": text}) from None


def as_decimal(value) -> decimal.Decimal:
    text = as_text(value)
    try:
        return decimal.Decimal(text)
    except decimal.InvalidOperation:
        raise CellError(_("Not a number: %(value)s") % {"value": text}) from None


def as_date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = as_text(value).replace("/", "-").replace(".", "-")
    for pattern in ("%Y-%m-%d", "%Y年%m月%d日"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise CellError(_("Not a date (write 2024-09-30): %(value)s") % {"value": text})


def as_boolean(value) -> bool:
    text = as_text(value)
    if text in ("是", "1", "true", "TRUE"):
        return True
    if text in ("否", "0", "false", "FALSE"):
        return False
    raise CellError(_("Write 是 or 否: %(value)s") % {"value": text})


def as_choice(choices) -> Callable[[object], str]:
    """A parser accepting a TextChoices label (as users write it) or its code."""
    by_label = {str(label): code for code, label in choices.choices}
    codes = set(choices.values)

    def parse(value) -> str:
        text = as_text(value)
        if text in by_label:
            return by_label[text]
        if text in codes:
            return text
        raise CellError(
            _("Not one of %(allowed)s: %(value)s") % {"allowed": "、".join(by_label), "value": text}
        )

    parse.choices = [(code, str(label)) for code, label in choices.choices]
    return parse


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    required: bool = True
    max_length: int | None = None
    parse: Callable[[object], object] = as_text
    example: object = None  # shown in the template's example row


@dataclass(frozen=True)
class RowError:
    row: int  # the spreadsheet's row number; 0 for the file as a whole
    column: str  # header text, or "" for the whole row
    message: str


@dataclass
class ImportResult:
    rows: list[dict] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    saved: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


class ExcelImporter:
    columns: tuple[Column, ...] = ()
    sheet_title = gettext_lazy("Import")
    # A subclass whose rows are saved in bulk (a pool of tens of thousands of entities) may take more.
    max_rows = MAX_ROWS
    # The proxy-entry reason (代为录入) for the whole file when the office imports a unit's rows
    # (``core.pages.import_page(proxy=True)`` sets it); ``save_row`` passes it to the unit's action.
    proxy_reason = ""

    # --- subclasses ---------------------------------------------------------
    def check_row(self, values: dict, row_number: int, result: ImportResult) -> list[RowError]:
        """Rules across cells or against the database; return errors."""
        return []

    def save_row(self, actor, values: dict, row_number: int) -> None:
        raise NotImplementedError

    def code_lists(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """(column header, [(code, Chinese name)]) for each column that takes codes."""
        return [
            (str(column.header), list(column.parse.choices))
            for column in self.columns
            if getattr(column.parse, "choices", None)
        ]

    # --- the machinery ------------------------------------------------------
    def example_row(self) -> list:
        return [column.example for column in self.columns]

    def template(self) -> bytes:
        from openpyxl import Workbook
        from openpyxl.styles import Font

        workbook = Workbook()
        sheet = workbook.active
        sheet.title = str(self.sheet_title)[:31]
        sheet.append([str(column.header) for column in self.columns])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        example = self.example_row()
        if any(value not in (None, "") for value in example):
            sheet.append([safe_cell(value) for value in example])
            for cell in sheet[2]:
                cell.font = Font(italic=True, color="808080")
        code_lists = self.code_lists()
        if code_lists:
            codes = workbook.create_sheet(str(_("Codes"))[:31])
            for header, pairs in code_lists:
                codes.append([header])
                codes[codes.max_row][0].font = Font(bold=True)
                codes.append([_("Code"), _("Chinese name")])
                for code, name in pairs:
                    codes.append([safe_cell(code), safe_cell(name)])
                codes.append([])
        buffer = io.BytesIO()
        workbook.save(buffer)
        return buffer.getvalue()

    def read(self, file) -> ImportResult:
        from openpyxl import load_workbook

        result = ImportResult()
        try:
            check_unpacked(file)
        except ValidationError as refusal:
            result.errors.append(RowError(0, "", refusal.messages[0]))
            return result
        try:
            workbook = load_workbook(file, read_only=True, data_only=True)
        except Exception:  # openpyxl raises a zoo of types for a non-workbook
            result.errors.append(RowError(0, "", _("The file is not an Excel workbook (.xlsx).")))
            return result
        sheet = workbook.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        header = [as_text(cell) for cell in next(rows, ())]
        positions = {}
        for column in self.columns:
            if str(column.header) in header:
                positions[column.field] = header.index(str(column.header))
            elif column.required:
                result.errors.append(
                    RowError(1, str(column.header), _("Column missing from the header row."))
                )
        if result.errors:
            return result
        example = {
            position: as_text(value)
            for position, value in ((positions.get(column.field), column.example) for column in self.columns)
            if position is not None
        }
        for row_number, cells in enumerate(rows, start=2):
            if all(as_text(cell) == "" for cell in cells):
                continue
            if any(example.values()) and all(
                as_text(cells[position] if position < len(cells) else None) == text
                for position, text in example.items()
            ):
                continue  # the template's example, left as it was
            if len(result.rows) >= self.max_rows:
                result.errors.append(
                    RowError(row_number, "", _("Too many rows; at most %(n)d.") % {"n": self.max_rows})
                )
                break
            values, errors = self._parse_row(cells, positions, row_number)
            errors += self.check_row(values, row_number, result)
            result.errors.extend(errors)
            result.rows.append(values | {"_row": row_number})
        if not result.rows and not result.errors:
            result.errors.append(RowError(0, "", _("The file has no data rows.")))
        return result

    def _parse_row(self, cells, positions, row_number) -> tuple[dict, list[RowError]]:
        values: dict = {}
        errors: list[RowError] = []
        for column in self.columns:
            position = positions.get(column.field)
            raw = cells[position] if position is not None and position < len(cells) else None
            if as_text(raw) == "":
                if column.required:
                    errors.append(RowError(row_number, str(column.header), _("This cell is required.")))
                else:
                    values[column.field] = None
                continue
            if column.max_length and len(as_text(raw)) > column.max_length:
                errors.append(
                    RowError(
                        row_number,
                        str(column.header),
                        _("At most %(n)d characters.") % {"n": column.max_length},
                    )
                )
                continue
            try:
                values[column.field] = column.parse(raw)
            except CellError as exc:
                errors.append(RowError(row_number, str(column.header), str(exc)))
        return values, errors

    def run(self, actor, file) -> ImportResult:
        result = self.read(file)
        if not result.ok:
            return result
        with transaction.atomic():
            for values in result.rows:
                row_number = values["_row"]
                clean = {k: v for k, v in values.items() if k != "_row"}
                try:
                    self.save_row(actor, clean, row_number)
                except (ActionRefused, ValidationError, PermissionDenied) as exc:
                    message = getattr(exc, "message", None) or "; ".join(getattr(exc, "messages", [str(exc)]))
                    result.errors.append(RowError(row_number, "", str(message)))
            if result.errors:
                transaction.set_rollback(True)
                return result
        result.saved = len(result.rows)
        return result
