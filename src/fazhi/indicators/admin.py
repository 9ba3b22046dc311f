from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from fazhi.core.admin import AuditTrailAdmin
from fazhi.indicators.models import IndicatorEvent, IndicatorValue


@admin.register(IndicatorValue)
class IndicatorValueAdmin(SimpleHistoryAdmin):
    list_display = ["code", "organisation", "period_start", "value", "unit", "source"]
    list_filter = ["source", "qualifier"]
    search_fields = ["code", "organisation__name"]
    autocomplete_fields = ["organisation"]


@admin.register(IndicatorEvent)
class IndicatorEventAdmin(AuditTrailAdmin, admin.ModelAdmin):
    list_display = ["created_at", "value", "verb", "actor"]
    readonly_fields = [field.name for field in IndicatorEvent._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
