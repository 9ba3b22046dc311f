from django.contrib import admin

from fazhi.ops.models import Job, ScheduledRun


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = ("id", "kind", "requested_by", "status", "done", "total", "created_at", "finished_at")
    list_filter = ("kind", "status")
    readonly_fields = [field.name for field in Job._meta.fields]


@admin.register(ScheduledRun)
class ScheduledRunAdmin(admin.ModelAdmin):
    list_display = ("name", "due_at", "enqueued_at", "task_id")
    list_filter = ("name",)
    readonly_fields = ("name", "due_at", "enqueued_at", "task_id")
