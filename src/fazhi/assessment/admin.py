from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from fazhi.assessment.models import (
    Assessment,
    AssessmentEvent,
    AssessmentScheme,
    Deduction,
    ItemScore,
    SchemeArea,
    ScoredItem,
)
from fazhi.core.admin import AuditTrailAdmin

for model in (AssessmentScheme, SchemeArea, ScoredItem, Assessment, ItemScore, Deduction):
    admin.site.register(model, SimpleHistoryAdmin)


@admin.register(AssessmentEvent)
class AssessmentEventAdmin(AuditTrailAdmin, admin.ModelAdmin):
    list_display = ["created_at", "scheme", "assessment", "verb", "actor"]
    readonly_fields = [field.name for field in AssessmentEvent._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
