"""Excel imports: the issuer lists (正面/负面清单) and the register of documents already in force."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from fazhi.core.importers import Column, ExcelImporter, ImportResult, RowError, as_boolean, as_choice, as_date
from fazhi.core.scoping import Purpose, visible
from fazhi.normdocs import actions
from fazhi.normdocs.models import Listing
from fazhi.org.models import Organisation
from fazhi.org.naming import named


class _ByName(ExcelImporter):
    purpose = Purpose.EDIT
    name_column = 0

    def __init__(self, actor):
        self.actor = actor

    def organisation(self, name):
        return named(visible(Organisation.objects.all(), self.actor, self.purpose), name).first()

    def check_row(self, values: dict, row_number: int, result: ImportResult) -> list[RowError]:
        if "organisation" in values and self.organisation(values["organisation"]) is None:
            return [
                RowError(
                    row_number,
                    str(self.columns[self.name_column].header),
                    _("No organisation called %(name)s that you may act for.")
                    % {"name": values["organisation"]},
                )
            ]
        return []


class IssuerListingImporter(_ByName):
    sheet_title = gettext_lazy("Issuer lists")
    purpose = Purpose.MANAGE
    columns = (
        Column("organisation", gettext_lazy("Organisation"), max_length=100, example="武康街道"),
        Column("listing", gettext_lazy("List"), parse=as_choice(Listing), example=Listing.choices[0][1]),
        Column("listed_on", gettext_lazy("Listed on"), parse=as_date, example="2026-01-01"),
        Column("basis", gettext_lazy("Basis"), required=False, max_length=200, example="县政府常务会议决定"),
    )

    def save_row(self, actor, values: dict, row_number: int) -> None:
        actions.set_issuer_listing(
            actor,
            self.organisation(values.pop("organisation")),
            listing=values["listing"],
            listed_on=values["listed_on"],
            basis=values.get("basis") or "",
        )


class DocumentRegisterImporter(_ByName):
    sheet_title = gettext_lazy("Documents in force")
    columns = (
        Column("organisation", gettext_lazy("Issuing body"), max_length=100, example="市场监管局"),
        Column("title", gettext_lazy("Document title"), max_length=200, example="关于某某事项的管理办法"),
        Column(
            "document_number", gettext_lazy("Document number"), max_length=60, example="德市监〔2025〕5号"
        ),
        Column("issued_on", gettext_lazy("Issued on"), parse=as_date, example="2025-06-30"),
        Column("effective_on", gettext_lazy("In force from"), required=False, parse=as_date),
        Column("valid_until", gettext_lazy("Valid until"), required=False, parse=as_date),
        Column("is_provisional", gettext_lazy("Provisional"), required=False, parse=as_boolean),
    )

    def check_row(self, values: dict, row_number: int, result: ImportResult) -> list[RowError]:
        errors = super().check_row(values, row_number, result)
        key = (values.get("organisation"), values.get("document_number"))
        if None not in key and key in {
            (row.get("organisation"), row.get("document_number")) for row in result.rows
        }:
            errors.append(RowError(row_number, str(self.columns[2].header), _("Appears twice in the file.")))
        return errors

    def save_row(self, actor, values: dict, row_number: int) -> None:
        organisation = self.organisation(values.pop("organisation"))
        values["is_provisional"] = bool(values.get("is_provisional"))
        actions.register_issued_document(actor, organisation, **values)


IMPORTERS = {
    "issuers": (IssuerListingImporter, Purpose.MANAGE),
    "documents": (DocumentRegisterImporter, Purpose.EDIT),
}
