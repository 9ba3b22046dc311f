"""Import the education records from Excel: every row or none.

Each row names its unit; the office importing for a unit it does not belong to gives one
proxy reason (代为录入) for the whole file, which every record's event row carries."""

from __future__ import annotations

import re

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from fazhi.core.importers import Column, ExcelImporter, ImportResult, RowError, as_choice, as_date, as_integer
from fazhi.core.scoping import Purpose, visible
from fazhi.education import actions
from fazhi.education.models import (
    ActivityKind,
    ExamKind,
    MaterialForm,
    School,
    SiteKind,
    SiteLevel,
    StudyKind,
)
from fazhi.org.models import Organisation
from fazhi.org.naming import named

UNIT_COLUMN = Column("organisation", gettext_lazy("Unit"), max_length=100, example="德清县市场监督管理局")


class UnitImporter(ExcelImporter):
    """Rows of records of units the importer may act for (named in the first column)."""

    def __init__(self, actor, proxy_reason: str = ""):
        self.actor = actor
        self.proxy_reason = proxy_reason

    def unit(self, name):
        return named(visible(Organisation.objects.all(), self.actor, Purpose.EDIT), name).first()

    def check_row(self, values: dict, row_number: int, result: ImportResult) -> list[RowError]:
        if "organisation" in values and self.unit(values["organisation"]) is None:
            return [
                RowError(
                    row_number,
                    str(UNIT_COLUMN.header),
                    _("No organisation called %(name)s that you may act for.")
                    % {"name": values["organisation"]},
                )
            ]
        return []


class StudySessionImporter(UnitImporter):
    sheet_title = gettext_lazy("Study sessions")
    columns = (
        UNIT_COLUMN,
        Column("kind", gettext_lazy("Kind"), parse=as_choice(StudyKind), example=StudyKind.choices[0][1]),
        Column("held_on", gettext_lazy("Date"), parse=as_date, example="2025-03-12"),
        Column("topic", gettext_lazy("Topic"), max_length=200, example="学习《中华人民共和国行政复议法》"),
        Column("speaker", gettext_lazy("Speaker"), max_length=100, example="县司法局局长"),
        Column(
            "attendee_count",
            gettext_lazy("Number of attendees"),
            parse=as_integer,
            required=False,
            example=15,
        ),
        Column(
            "materials", gettext_lazy("Materials"), required=False, max_length=1000, example="行政复议法释义"
        ),
    )

    def save_row(self, actor, values: dict, row_number: int) -> None:
        organisation = self.unit(values.pop("organisation"))
        values["attendee_count"] = values.get("attendee_count") or 0
        values["materials"] = values.get("materials") or ""
        actions.record_study_session(actor, organisation, proxy_reason=self.proxy_reason, **values)


class ActivityImporter(UnitImporter):
    sheet_title = gettext_lazy("Legal-education events")
    columns = (
        UNIT_COLUMN,
        Column(
            "kind", gettext_lazy("Kind"), parse=as_choice(ActivityKind), example=ActivityKind.choices[0][1]
        ),
        Column("held_on", gettext_lazy("Date"), parse=as_date, example="2025-12-04"),
        Column("title", gettext_lazy("Title"), max_length=200, example="“12·4”国家宪法日宣传活动"),
        Column("place", gettext_lazy("Place"), max_length=200, example="武康街道文化广场"),
        Column("audience", gettext_lazy("Audience"), max_length=100, example="辖区居民"),
        Column("reached", gettext_lazy("People reached"), parse=as_integer, required=False, example=300),
    )

    def save_row(self, actor, values: dict, row_number: int) -> None:
        organisation = self.unit(values.pop("organisation"))
        values["reached"] = values.get("reached") or 0
        actions.record_activity(actor, organisation, proxy_reason=self.proxy_reason, **values)


class ExamImporter(UnitImporter):
    sheet_title = gettext_lazy("Law exams")
    columns = (
        UNIT_COLUMN,
        Column("kind", gettext_lazy("Kind"), parse=as_choice(ExamKind), example=ExamKind.choices[0][1]),
        Column("held_on", gettext_lazy("Date"), parse=as_date, example="2025-06-18"),
        Column("title", gettext_lazy("Title"), max_length=200, example="2025年领导干部任前法律知识考试"),
        Column("takers", gettext_lazy("Number who sat"), parse=as_integer, example=12),
        Column("passed", gettext_lazy("Number who passed"), parse=as_integer, example=12),
    )

    def check_row(self, values: dict, row_number: int, result: ImportResult) -> list[RowError]:
        errors = super().check_row(values, row_number, result)
        takers, passed = values.get("takers"), values.get("passed")
        if takers is not None and passed is not None and passed > takers:
            errors.append(
                RowError(row_number, str(self.columns[5].header), _("More passed than sat the exam."))
            )
        return errors

    def save_row(self, actor, values: dict, row_number: int) -> None:
        organisation = self.unit(values.pop("organisation"))
        actions.record_exam(actor, organisation, proxy_reason=self.proxy_reason, **values)


# Names in one cell may be split by the Chinese enumeration comma, a comma or a new line.
NAME_SEPARATORS = re.compile(r"[、，,;；\n]+")


class OathImporter(UnitImporter):
    sheet_title = gettext_lazy("Oath ceremonies")
    columns = (
        UNIT_COLUMN,
        Column("held_on", gettext_lazy("Date"), parse=as_date, example="2025-12-04"),
        Column("presided_by", gettext_lazy("Presided by"), max_length=100, example="县人大常委会主任"),
        Column("swearers", gettext_lazy("Who swore"), max_length=5000, example="张三、李四"),
    )

    def save_row(self, actor, values: dict, row_number: int) -> None:
        organisation = self.unit(values.pop("organisation"))
        values["swearers"] = "\n".join(NAME_SEPARATORS.split(values["swearers"]))
        actions.record_oath(actor, organisation, proxy_reason=self.proxy_reason, **values)


class CaseImporter(UnitImporter):
    sheet_title = gettext_lazy("Cases used to explain the law")
    columns = (
        UNIT_COLUMN,
        Column("held_on", gettext_lazy("Date"), parse=as_date, example="2025-05-20"),
        Column("case_title", gettext_lazy("Case"), max_length=200, example="某食品店销售过期食品案"),
        Column(
            "lesson",
            gettext_lazy("What the case explains"),
            max_length=2000,
            example="经营者应当查验食品保质期",
        ),
        Column("audience", gettext_lazy("Audience"), max_length=100, example="食品经营户"),
    )

    def save_row(self, actor, values: dict, row_number: int) -> None:
        organisation = self.unit(values.pop("organisation"))
        actions.record_case(actor, organisation, proxy_reason=self.proxy_reason, **values)


class MaterialImporter(UnitImporter):
    sheet_title = gettext_lazy("Legal-education materials")
    columns = (
        UNIT_COLUMN,
        Column(
            "form",
            gettext_lazy("Material form"),
            parse=as_choice(MaterialForm),
            example=MaterialForm.choices[0][1],
        ),
        Column("title", gettext_lazy("Title"), max_length=200, example="民法典宣传手册"),
        Column("issued_on", gettext_lazy("Date handed out"), parse=as_date, example="2025-04-15"),
        Column("copies", gettext_lazy("Copies"), parse=as_integer, example=500),
    )

    def save_row(self, actor, values: dict, row_number: int) -> None:
        organisation = self.unit(values.pop("organisation"))
        actions.record_material(actor, organisation, proxy_reason=self.proxy_reason, **values)


class SiteImporter(UnitImporter):
    sheet_title = gettext_lazy("Demonstration villages and communities")
    columns = (
        Column("organisation", gettext_lazy("Township or street"), max_length=100, example="武康街道"),
        Column("name", gettext_lazy("Name"), max_length=100, example="五四村"),
        Column("kind", gettext_lazy("Kind"), parse=as_choice(SiteKind), example=SiteKind.choices[0][1]),
        Column("level", gettext_lazy("Level"), parse=as_choice(SiteLevel), example=SiteLevel.choices[1][1]),
        Column("year", gettext_lazy("Year named"), parse=as_integer, example=2024),
    )

    def save_row(self, actor, values: dict, row_number: int) -> None:
        organisation = self.unit(values.pop("organisation"))
        actions.name_site(actor, organisation, proxy_reason=self.proxy_reason, **values)


class VicePrincipalImporter(UnitImporter):
    """One row per legal vice-principal; a school not yet listed under the unit is added."""

    sheet_title = gettext_lazy("Legal vice-principals")
    columns = (
        Column("organisation", gettext_lazy("Township or street"), max_length=100, example="武康街道"),
        Column("school", gettext_lazy("School"), max_length=100, example="德清县武康中学"),
        Column("name", gettext_lazy("Vice-principal's name"), max_length=50, example="王五"),
        Column("employer", gettext_lazy("Works at"), max_length=100, example="武康派出所"),
        Column("starts_on", gettext_lazy("Term from"), parse=as_date, example="2024-09-01"),
        Column("ends_on", gettext_lazy("Term until"), parse=as_date, example="2027-08-31"),
    )

    def save_row(self, actor, values: dict, row_number: int) -> None:
        organisation = self.unit(values.pop("organisation"))
        school_name = values.pop("school").strip()
        school = School.objects.filter(organisation=organisation, name=school_name).first()
        if school is None:
            school = actions.add_school(actor, organisation, name=school_name, proxy_reason=self.proxy_reason)
        actions.appoint_vice_principal(actor, school, proxy_reason=self.proxy_reason, **values)


IMPORTERS = {
    "study": StudySessionImporter,
    "activities": ActivityImporter,
    "exams": ExamImporter,
    "oaths": OathImporter,
    "cases": CaseImporter,
    "materials": MaterialImporter,
    "sites": SiteImporter,
    "schools": VicePrincipalImporter,
}
