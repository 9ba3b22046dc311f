from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from fazhi.core.admin import AuditTrailAdmin
from fazhi.inspections.models import (
    Conflict,
    Draw,
    Entity,
    Inspector,
    ListEvent,
    Matter,
    Plan,
    PlanEvent,
    Task,
)

for model in (Matter, Entity, Inspector, Conflict, Plan, Draw, Task):
    admin.site.register(model, SimpleHistoryAdmin)


class ReadOnlyEventAdmin(AuditTrailAdmin, admin.ModelAdmin):
    list_display = ["created_at", "verb", "actor"]

    def get_readonly_fields(self, request, obj=None):
        return [field.name for field in self.model._meta.fields]


admin.site.register(PlanEvent, ReadOnlyEventAdmin)
admin.site.register(ListEvent, ReadOnlyEventAdmin)
