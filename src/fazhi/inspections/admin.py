from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

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


class ReadOnlyEventAdmin(admin.ModelAdmin):
    list_display = ["created_at", "verb", "actor"]

    def get_readonly_fields(self, request, obj=None):
        return [field.name for field in self.model._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


admin.site.register(PlanEvent, ReadOnlyEventAdmin)
admin.site.register(ListEvent, ReadOnlyEventAdmin)
