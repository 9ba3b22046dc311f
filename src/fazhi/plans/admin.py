from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from fazhi.core.admin import AuditTrailAdmin
from fazhi.plans.models import KeyTask, PlanEvent, ProgressReport, YearPlan


@admin.register(YearPlan)
class YearPlanAdmin(SimpleHistoryAdmin):
    list_display = ["title", "year", "region_code", "organisation"]


@admin.register(KeyTask)
class KeyTaskAdmin(SimpleHistoryAdmin):
    list_display = ["number", "title", "plan", "lead_unit", "deadline", "percent_done", "status"]
    list_filter = ["status"]
    search_fields = ["title"]


@admin.register(ProgressReport)
class ProgressReportAdmin(SimpleHistoryAdmin):
    list_display = ["task", "organisation", "reported_on", "percent_done"]


@admin.register(PlanEvent)
class PlanEventAdmin(AuditTrailAdmin, admin.ModelAdmin):
    list_display = ["created_at", "verb", "plan", "task", "actor"]
    readonly_fields = [field.name for field in PlanEvent._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
