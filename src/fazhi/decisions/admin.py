from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from fazhi.core.admin import AuditTrailAdmin
from fazhi.decisions.models import (
    ArchiveDocument,
    Catalogue,
    Decision,
    DecisionEvaluation,
    DecisionEvent,
    Hearing,
    Procedure,
)

for model in (Catalogue, Decision, Procedure, Hearing, ArchiveDocument, DecisionEvaluation):
    admin.site.register(model, SimpleHistoryAdmin)


@admin.register(DecisionEvent)
class DecisionEventAdmin(AuditTrailAdmin, admin.ModelAdmin):
    list_display = ["created_at", "decision", "verb", "actor"]
    readonly_fields = [field.name for field in DecisionEvent._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
