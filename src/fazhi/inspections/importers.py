"""Import the pool of inspected entities from Excel: tens of thousands of rows, row-level errors,
nothing half-imported. Rows are checked one by one and saved in bulk through ``actions.add_entities``
(one call per department): a save per row would take minutes for a county's 30,000 entities."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from fazhi.core.actions import ActionRefused
from fazhi.core.importers import Column, ExcelImporter, ImportResult, RowError, as_boolean, as_choice
from fazhi.core.scoping import Purpose, visible
from fazhi.inspections import actions, rules
from fazhi.inspections.models import Entity, RiskGrade
from fazhi.org.models import Organisation
from fazhi.org.naming import named


class EntityImporter(ExcelImporter):
    sheet_title = gettext_lazy("Inspected entities")
    max_rows = 100_000
    columns = (
        Column("organisation", gettext_lazy("Department"), max_length=100, example="德清县市场监督管理局"),
        Column("name", gettext_lazy("Name"), max_length=200, example="德清县某某食品有限公司"),
        Column(
            "credit_code",
            gettext_lazy("Unified social credit code"),
            max_length=18,
            example="91330521MA0000012M",
        ),
        Column(
            "legal_representative",
            gettext_lazy("Legal representative"),
            required=False,
            max_length=50,
            example="张某",
        ),
        Column("address", gettext_lazy("Address"), required=False, max_length=200, example="武康街道某路1号"),
        Column("category", gettext_lazy("Category"), required=False, max_length=50, example="食品经营"),
        Column(
            "risk_grade",
            gettext_lazy("Risk grade"),
            required=False,
            parse=as_choice(RiskGrade),
            example=RiskGrade.MEDIUM.label,
        ),
        Column(
            "has_complaints",
            gettext_lazy("Complaints received"),
            required=False,
            parse=as_boolean,
            example="否",
        ),
        Column(
            "is_abnormal",
            gettext_lazy("Listed for abnormal operation"),
            required=False,
            parse=as_boolean,
            example="否",
        ),
    )

    def __init__(self, actor, proxy_reason: str = ""):
        self.actor = actor
        # The office importing a department's pool for it (代为录入) says why; every batch carries it.
        self.proxy_reason = proxy_reason
        self._units: dict[str, Organisation | None] = {}
        self._codes: dict[int, set[str]] = {}

    def unit(self, name: str) -> Organisation | None:
        if name not in self._units:
            self._units[name] = named(
                visible(Organisation.objects.all(), self.actor, Purpose.EDIT), name
            ).first()
        return self._units[name]

    def _pool(self, unit: Organisation) -> set[str]:
        """The credit codes already in ``unit``'s pool, then those of the rows read so far."""
        if unit.pk not in self._codes:
            self._codes[unit.pk] = set(
                Entity.objects.filter(organisation=unit).values_list("credit_code", flat=True)
            )
        return self._codes[unit.pk]

    def check_row(self, values: dict, row_number: int, result: ImportResult) -> list[RowError]:
        errors = []
        unit = self.unit(values["organisation"]) if "organisation" in values else None
        if "organisation" in values and unit is None:
            errors.append(
                RowError(
                    row_number,
                    str(self.columns[0].header),
                    _("No organisation called %(name)s that you may act for.")
                    % {"name": values["organisation"]},
                )
            )
        if "credit_code" in values:
            code = values["credit_code"] = rules.clean_credit_code(values["credit_code"])
            problem = rules.credit_code_problem(code)
            if problem:
                errors.append(RowError(row_number, str(self.columns[2].header), problem))
            elif unit is not None:
                pool = self._pool(unit)
                if code in pool:
                    errors.append(
                        RowError(
                            row_number,
                            str(self.columns[2].header),
                            _("%(code)s is in the pool already or twice in the file.") % {"code": code},
                        )
                    )
                pool.add(code)
        return errors

    def run(self, actor, file) -> ImportResult:
        result = self.read(file)
        if not result.ok:
            return result
        by_unit: dict[int, tuple[Organisation, list[dict]]] = {}
        for values in result.rows:
            unit = self.unit(values["organisation"])
            row = {key: value for key, value in values.items() if value is not None and key != "_row"}
            by_unit.setdefault(unit.pk, (unit, []))[1].append(row)
        with transaction.atomic():
            for unit, rows in by_unit.values():
                try:
                    actions.add_entities(actor, unit, rows, proxy_reason=self.proxy_reason)
                except (ActionRefused, ValidationError, PermissionDenied) as exc:
                    message = getattr(exc, "message", None) or "; ".join(getattr(exc, "messages", [str(exc)]))
                    result.errors.append(RowError(0, "", f"{unit.name}: {message}"))
            if result.errors:
                transaction.set_rollback(True)
                return result
        result.saved = len(result.rows)
        return result
