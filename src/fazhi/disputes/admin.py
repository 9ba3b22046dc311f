from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from fazhi.core.admin import AuditTrailAdmin
from fazhi.disputes.models import (
    CaseEvent,
    CourtHearing,
    CourtSuggestion,
    CourtSuggestionEvent,
    Hearing,
    Lawsuit,
    LawsuitEvent,
    LegalServiceEvent,
    LegalServiceReport,
    MediationCase,
    MediationEvent,
    MediationOrganisation,
    Mediator,
    MonthlyMediationReport,
    OpinionLetter,
    OpinionLetterEvent,
    ReconsiderationCase,
    Suspension,
)

for model in (
    ReconsiderationCase,
    Hearing,
    Suspension,
    OpinionLetter,
    Lawsuit,
    CourtHearing,
    CourtSuggestion,
    MediationOrganisation,
    Mediator,
    MediationCase,
    MonthlyMediationReport,
    LegalServiceReport,
):
    admin.site.register(model, SimpleHistoryAdmin)


class ReadOnlyEventAdmin(AuditTrailAdmin, admin.ModelAdmin):
    list_display = ["created_at", "verb", "actor"]

    def get_readonly_fields(self, request, obj=None):
        return [field.name for field in self.model._meta.fields]


for event_model in (
    CaseEvent,
    LawsuitEvent,
    MediationEvent,
    OpinionLetterEvent,
    CourtSuggestionEvent,
    LegalServiceEvent,
):
    admin.site.register(event_model, ReadOnlyEventAdmin)
