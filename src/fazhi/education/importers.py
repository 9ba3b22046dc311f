"""Import study sessions and legal-education events from Excel: every row or none."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from fazhi.core.importers import Column, ExcelImporter, ImportResult, RowError, as_choice, as_date, as_integer
from fazhi.core.scoping import Purpose, visible
from fazhi.education import actions
from fazhi.education.models import ActivityKind, StudyKind
from fazhi.org.models import Organisation
from fazhi.org.naming import named

UNIT_COLUMN = Column("organisation", gettext_lazy("Unit"), max_length=100, example="德清县市场监督管理局")


class UnitImporter(ExcelImporter):
    """Rows of records of units the importer may act for (named in the first column)."""

    def __init__(self, actor):
        self.actor = actor

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
        actions.record_study_session(actor, organisation, **values)


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
        actions.record_activity(actor, organisation, **values)


IMPORTERS = {"study": StudySessionImporter, "activities": ActivityImporter}
