from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from fazhi.core.admin import AuditTrailAdmin
from fazhi.counsel.models import Engagement, EngagementEvent, Participation

admin.site.register(Engagement, SimpleHistoryAdmin)
admin.site.register(Participation, SimpleHistoryAdmin)


@admin.register(EngagementEvent)
class EngagementEventAdmin(AuditTrailAdmin, admin.ModelAdmin):
    list_display = ["created_at", "engagement", "verb", "actor"]
    readonly_fields = [field.name for field in EngagementEvent._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
