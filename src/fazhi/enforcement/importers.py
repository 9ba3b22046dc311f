"""Excel imports: the body's powers (权责清单), its roster of officers, and its cases (most bodies
keep cases in their own system; fazhi is the supervision view). Each row goes through an action;
one bad row and nothing is saved."""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from fazhi.core.actions import ActionRefused
from fazhi.core.importers import (
    Column,
    ExcelImporter,
    ImportResult,
    RowError,
    as_boolean,
    as_choice,
    as_date,
    as_decimal,
    as_text,
)
from fazhi.core.scoping import Purpose, visible
from fazhi.enforcement import actions, actions_cases
from fazhi.enforcement.models import (
    STAGE_DATE_FIELDS,
    STAGE_ORDER,
    CaseType,
    EnforcementBody,
    Exemption,
    Officer,
    PowerKind,
)

BODY = Column("body", gettext_lazy("Enforcement body"), max_length=100, example="德清县市场监督管理局")


class _BodyImporter(ExcelImporter):
    def __init__(self, actor):
        self.actor = actor
        self._bodies: dict[str, EnforcementBody | None] = {}

    def body(self, name: str) -> EnforcementBody | None:
        if name not in self._bodies:
            self._bodies[name] = (
                visible(EnforcementBody.objects.select_related("organisation"), self.actor, Purpose.EDIT)
                .filter(name=name)
                .first()
            )
        return self._bodies[name]

    def check_row(self, values: dict, row_number: int, result: ImportResult) -> list[RowError]:
        if "body" in values and self.body(values["body"]) is None:
            return [
                RowError(
                    row_number,
                    str(BODY.header),
                    _("No enforcement body called %(name)s that you may act for.") % {"name": values["body"]},
                )
            ]
        return []


class PowerImporter(_BodyImporter):
    sheet_title = gettext_lazy("Powers")
    columns = (
        BODY,
        Column("code", gettext_lazy("Code"), max_length=40, example="330217001000"),
        Column("name", gettext_lazy("Name"), max_length=200, example="对销售不符合食品安全标准食品的处罚"),
        Column("kind", gettext_lazy("Kind"), parse=as_choice(PowerKind), example=PowerKind.PENALTY.label),
        Column(
            "legal_basis",
            gettext_lazy("Legal basis"),
            required=False,
            example="《中华人民共和国食品安全法》第一百二十四条",
        ),
        Column(
            "needs_legal_review",
            gettext_lazy("On the legal-review list"),
            required=False,
            parse=as_boolean,
            example="否",
        ),
    )

    def save_row(self, actor, values: dict, row_number: int) -> None:
        body = self.body(values.pop("body"))
        values["legal_basis"] = values.get("legal_basis") or ""
        values["needs_legal_review"] = bool(values.get("needs_legal_review"))
        actions.save_power(actor, body, **values)


class OfficerImporter(_BodyImporter):
    sheet_title = gettext_lazy("Enforcement officers")
    columns = (
        BODY,
        Column("name", gettext_lazy("Officer's name"), max_length=30, example="张明"),
        Column("staff_number", gettext_lazy("Staff number"), max_length=30, example="0001"),
        Column(
            "has_legal_qualification",
            gettext_lazy("Holds the legal professional qualification"),
            required=False,
            parse=as_boolean,
            example="否",
        ),
    )

    def save_row(self, actor, values: dict, row_number: int) -> None:
        body = self.body(values.pop("body"))
        values["has_legal_qualification"] = bool(values.get("has_legal_qualification"))
        actions.add_officer(actor, body, **values)


def _staff_numbers(value) -> list[str]:
    return [
        part.strip()
        for part in as_text(value).replace(",", "、").replace("，", "、").split("、")
        if part.strip()
    ]


# The stage dates a row may carry after filing, in order.
LATER_STAGES = STAGE_ORDER[1:]


class CaseImporter(_BodyImporter):
    sheet_title = gettext_lazy("Enforcement cases")
    columns = (
        BODY,
        Column("number", gettext_lazy("Case number"), max_length=60, example="德市监罚〔2026〕1号"),
        Column(
            "case_type", gettext_lazy("Case type"), parse=as_choice(CaseType), example=CaseType.PENALTY.label
        ),
        Column("title", gettext_lazy("Subject"), max_length=200, example="销售过期食品"),
        Column("party_name", gettext_lazy("Party"), max_length=100, example="德清某超市有限公司"),
        Column(
            "party_is_natural_person",
            gettext_lazy("The party is a natural person"),
            required=False,
            parse=as_boolean,
            example="否",
        ),
        Column(
            "officers", gettext_lazy("Officers' staff numbers"), parse=_staff_numbers, example="0001、0002"
        ),
        Column("filed_on", gettext_lazy("Case filed on"), parse=as_date, example="2026-03-02"),
        *(
            Column(STAGE_DATE_FIELDS[stage], label, required=False, parse=as_date)
            for stage, label in (
                ("investigated", gettext_lazy("Evidence gathered on")),
                ("reviewed", gettext_lazy("Examined on")),
                ("decided", gettext_lazy("Decided on")),
                ("served", gettext_lazy("Served on")),
                ("executed", gettext_lazy("Executed on")),
                ("closed", gettext_lazy("Case closed on")),
            )
        ),
        Column("fine_amount", gettext_lazy("Fine (yuan)"), required=False, parse=as_decimal),
        Column("confiscation_amount", gettext_lazy("Confiscation (yuan)"), required=False, parse=as_decimal),
        Column("exemption", gettext_lazy("Exemption"), required=False, parse=as_choice(Exemption)),
    )

    def check_row(self, values: dict, row_number: int, result: ImportResult) -> list[RowError]:
        errors = super().check_row(values, row_number, result)
        dates = [values.get(STAGE_DATE_FIELDS[stage]) for stage in LATER_STAGES]
        given = [day for day in dates if day is not None]
        if given and dates[: len(given)] != given:
            errors.append(RowError(row_number, "", _("Stage dates are filled in order, without gaps.")))
        return errors

    def save_row(self, actor, values: dict, row_number: int) -> None:
        body = self.body(values.pop("body"))
        numbers = values.pop("officers")
        officers = list(Officer.objects.filter(body=body, staff_number__in=numbers))
        if len(officers) != len(set(numbers)):
            missing = sorted(set(numbers) - {officer.staff_number for officer in officers})
            raise ActionRefused(
                _("No officer of the body with staff number %(numbers)s.") % {"numbers": "、".join(missing)}
            )
        stage_dates: list[tuple[str, dt.date]] = [
            (stage, values.pop(STAGE_DATE_FIELDS[stage]))
            for stage in LATER_STAGES
            if values.get(STAGE_DATE_FIELDS[stage])
        ]
        for stage in LATER_STAGES:
            values.pop(STAGE_DATE_FIELDS[stage], None)
        decision = {
            "fine_amount": values.pop("fine_amount", None),
            "confiscation_amount": values.pop("confiscation_amount", None),
            "exemption": values.pop("exemption", None) or "",
        }
        values["party_is_natural_person"] = bool(values.get("party_is_natural_person"))
        case = actions_cases.open_case(actor, body, officers=officers, **values)
        for stage, day in stage_dates:
            extra = decision if stage == "decided" else {}
            actions_cases.advance(actor, case, stage=stage, on=day, **extra)
