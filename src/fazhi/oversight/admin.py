from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from fazhi.core.admin import AuditTrailAdmin
from fazhi.oversight.models import Consequence, Inspection, InspectionCheck, OversightEvent, Problem


@admin.register(Inspection)
class InspectionAdmin(SimpleHistoryAdmin):
    list_display = ["title", "form", "organisation", "starts_on", "ends_on", "status"]
    list_filter = ["form", "status"]
    search_fields = ["title", "topics"]


@admin.register(InspectionCheck)
class InspectionCheckAdmin(SimpleHistoryAdmin):
    list_display = ["inspection", "organisation", "kind", "done_on"]
    list_filter = ["kind"]


@admin.register(Problem)
class ProblemAdmin(SimpleHistoryAdmin):
    list_display = ["description", "organisation", "source", "severity", "status", "rectification_deadline"]
    list_filter = ["source", "severity", "status"]
    search_fields = ["description"]


@admin.register(Consequence)
class ConsequenceAdmin(SimpleHistoryAdmin):
    list_display = ["held_on", "kind", "organisation", "subject"]
    list_filter = ["kind"]


@admin.register(OversightEvent)
class OversightEventAdmin(AuditTrailAdmin, admin.ModelAdmin):
    list_display = ["created_at", "verb", "organisation", "actor"]
    readonly_fields = [field.name for field in OversightEvent._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
