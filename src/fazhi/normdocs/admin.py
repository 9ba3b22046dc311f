from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from fazhi.core.admin import AuditTrailAdmin
from fazhi.normdocs.models import (
    ChecklistItem,
    CleanupCampaign,
    CleanupDecision,
    Evaluation,
    Filing,
    IssuerListing,
    LegalityReview,
    NormativeDocument,
    NormativeDocumentEvent,
)


@admin.register(NormativeDocument)
class NormativeDocumentAdmin(SimpleHistoryAdmin):
    list_display = ["title", "organisation", "document_number", "status", "issued_on", "valid_until"]
    list_filter = ["status"]
    search_fields = ["title", "document_number"]


for model in (
    IssuerListing,
    ChecklistItem,
    LegalityReview,
    Filing,
    CleanupCampaign,
    CleanupDecision,
    Evaluation,
):
    admin.site.register(model, SimpleHistoryAdmin)


@admin.register(NormativeDocumentEvent)
class NormativeDocumentEventAdmin(AuditTrailAdmin, admin.ModelAdmin):
    list_display = ["created_at", "document", "verb", "actor"]
    readonly_fields = [field.name for field in NormativeDocumentEvent._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
