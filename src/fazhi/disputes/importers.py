"""Excel imports: applications received before the platform (one row per case, entered through the
receiving action), and the monthly statistics mediation committees report today (one row per
committee and month)."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from fazhi.core.importers import (
    Column,
    ExcelImporter,
    ImportResult,
    RowError,
    as_choice,
    as_date,
    as_integer,
)
from fazhi.core.scoping import Purpose, visible
from fazhi.disputes import actions as reconsideration
from fazhi.disputes import legal_service_actions
from fazhi.disputes import mediation_actions as actions
from fazhi.disputes.models import ActKind, ApplicationForm, Channel, MediationOrganisation
from fazhi.org.models import Organisation
from fazhi.org.naming import named


class ApplicationImporter(ExcelImporter):
    """Applications as the office's register lists them; each row is received through the action."""

    sheet_title = gettext_lazy("Reconsideration cases")
    columns = (
        Column(
            "case_number",
            gettext_lazy("Case number"),
            required=False,
            max_length=60,
            example="德政复〔2026〕1号",
        ),
        Column("respondent", gettext_lazy("Respondent"), max_length=100, example="市场监管局"),
        Column("applicant_name", gettext_lazy("Applicant"), max_length=100, example="张某"),
        Column(
            "application_form",
            gettext_lazy("Application"),
            parse=as_choice(ApplicationForm),
            example=ApplicationForm.choices[0][1],
        ),
        Column("channel", gettext_lazy("Channel"), parse=as_choice(Channel), example=Channel.choices[0][1]),
        Column(
            "act_kind", gettext_lazy("Kind of act"), parse=as_choice(ActKind), example=ActKind.choices[0][1]
        ),
        Column("act_description", gettext_lazy("Act challenged"), max_length=300, example="某行政处罚决定"),
        Column("known_on", gettext_lazy("Applicant knew of the act on"), parse=as_date, example="2026-03-01"),
        Column("received_on", gettext_lazy("Received on"), parse=as_date, example="2026-03-20"),
    )

    def __init__(self, actor, office):
        self.actor = actor
        self.office = office

    def respondent(self, name):
        return named(visible(Organisation.objects.all(), self.actor, Purpose.REVIEW), name).first()

    def check_row(self, values: dict, row_number: int, result: ImportResult) -> list[RowError]:
        if "respondent" in values and self.respondent(values["respondent"]) is None:
            return [
                RowError(
                    row_number,
                    str(self.columns[1].header),
                    _("No organisation called %(name)s that you may act for.")
                    % {"name": values["respondent"]},
                )
            ]
        if "known_on" in values and "received_on" in values and values["known_on"] > values["received_on"]:
            return [
                RowError(
                    row_number,
                    str(self.columns[7].header),
                    _("The applicant cannot have applied before knowing of the act."),
                )
            ]
        return []

    def save_row(self, actor, values: dict, row_number: int) -> None:
        values["respondent"] = self.respondent(values["respondent"])
        values["case_number"] = values.get("case_number") or ""
        reconsideration.receive_application(actor, office=self.office, **values)


class MonthlyReportImporter(ExcelImporter):
    sheet_title = gettext_lazy("Monthly mediation reports")
    columns = (
        Column(
            "mediation_organisation",
            gettext_lazy("Mediation organisation"),
            max_length=100,
            example="某村人民调解委员会",
        ),
        Column("month", gettext_lazy("Month"), parse=as_date, example="2026-03-01"),
        Column("disputes_mediated", gettext_lazy("Disputes mediated"), parse=as_integer, example=12),
        Column("disputes_settled", gettext_lazy("Disputes settled"), parse=as_integer, example=11),
        Column(
            "written_agreements",
            gettext_lazy("Written agreements"),
            parse=as_integer,
            required=False,
            example=6,
        ),
        Column(
            "oral_agreements", gettext_lazy("Oral agreements"), parse=as_integer, required=False, example=5
        ),
        Column(
            "judicial_confirmations",
            gettext_lazy("Judicial confirmations"),
            parse=as_integer,
            required=False,
            example=1,
        ),
    )

    def __init__(self, actor):
        self.actor = actor

    def body(self, name):
        bodies = visible(
            MediationOrganisation.objects.select_related("organisation"), self.actor, Purpose.EDIT
        )
        return bodies.filter(name=name).first()

    def check_row(self, values: dict, row_number: int, result: ImportResult) -> list[RowError]:
        errors = []
        if "mediation_organisation" in values and self.body(values["mediation_organisation"]) is None:
            errors.append(
                RowError(
                    row_number,
                    str(self.columns[0].header),
                    _("No mediation organisation called %(name)s that you may act for.")
                    % {"name": values["mediation_organisation"]},
                )
            )
        mediated, settled = values.get("disputes_mediated"), values.get("disputes_settled")
        if mediated is not None and settled is not None and settled > mediated:
            errors.append(
                RowError(row_number, str(self.columns[3].header), _("More disputes settled than mediated."))
            )
        return errors

    def save_row(self, actor, values: dict, row_number: int) -> None:
        body = self.body(values.pop("mediation_organisation"))
        values = {key: value for key, value in values.items() if value is not None and value != ""}
        # The office imports a county's reports for the committees (proxy entry: they have no login).
        reason = "" if body.organisation_id in _own(actor) else str(_("imported from the monthly statistics"))
        actions.record_monthly_report(actor, body, proxy_reason=reason, **values)


class LegalServiceReportImporter(ExcelImporter):
    """The monthly tallies of legal aid and public legal services, one row per unit and month."""

    sheet_title = gettext_lazy("Legal service reports")
    columns = (
        Column("organisation", gettext_lazy("Reporting unit"), max_length=100, example="县法律援助中心"),
        Column("month", gettext_lazy("Month"), parse=as_date, example="2026-03-01"),
        Column("legal_aid_cases", gettext_lazy("Legal-aid cases"), parse=as_integer, example=40),
        Column("notarizations", gettext_lazy("Notarizations"), parse=as_integer, required=False, example=120),
        Column(
            "judicial_appraisals",
            gettext_lazy("Judicial appraisals"),
            parse=as_integer,
            required=False,
            example=8,
        ),
        Column(
            "consultations",
            gettext_lazy("Legal consultations"),
            parse=as_integer,
            required=False,
            example=300,
        ),
        Column(
            "other_services",
            gettext_lazy("Other public legal services"),
            parse=as_integer,
            required=False,
            example=15,
        ),
    )

    def __init__(self, actor):
        self.actor = actor

    def unit(self, name):
        return named(visible(Organisation.objects.all(), self.actor, Purpose.EDIT), name).first()

    def check_row(self, values: dict, row_number: int, result: ImportResult) -> list[RowError]:
        errors = []
        if "organisation" in values and self.unit(values["organisation"]) is None:
            errors.append(
                RowError(
                    row_number,
                    str(self.columns[0].header),
                    _("No organisation called %(name)s that you may act for.")
                    % {"name": values["organisation"]},
                )
            )
        for index, column in enumerate(self.columns[2:], start=2):
            value = values.get(column.field)
            if isinstance(value, int) and value < 0:
                errors.append(
                    RowError(
                        row_number,
                        str(self.columns[index].header),
                        _("A count is a whole number, zero or more."),
                    )
                )
        return errors

    def save_row(self, actor, values: dict, row_number: int) -> None:
        unit = self.unit(values.pop("organisation"))
        values = {key: value for key, value in values.items() if value is not None and value != ""}
        reason = "" if unit.pk in _own(actor) else str(_("imported from the legal service statistics"))
        legal_service_actions.record_legal_service_report(actor, unit, proxy_reason=reason, **values)


def _own(actor):
    from fazhi.core.worklist import own_units

    return own_units(actor)
