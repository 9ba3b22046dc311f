from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from fazhi.core.admin import AuditTrailAdmin
from fazhi.inspections.models import (
    Conflict,
    Draw,
    Entity,
    InspectionEvent,
    Inspector,
    Matter,
    Plan,
    Task,
)

for model in (Matter, Entity, Inspector, Conflict, Plan, Draw, Task):
    admin.site.register(model, SimpleHistoryAdmin)


@admin.register(InspectionEvent)
class InspectionEventAdmin(AuditTrailAdmin, admin.ModelAdmin):
    list_display = ["created_at", "kind", "verb", "organisation", "plan", "actor"]
    list_filter = ["kind"]
