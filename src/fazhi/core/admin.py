from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from fazhi.core.models import Notice

admin.site.site_header = _("fazhi administration")
admin.site.site_title = _("fazhi administration")
admin.site.index_title = _("System administration")


@admin.register(Notice)
class NoticeAdmin(admin.ModelAdmin):
    list_display = ["created_at", "recipient", "text", "read_at"]
    search_fields = ["text", "recipient__username"]


class AuditTrailAdmin:
    """The admin of an app's event rows (``core.models.Event``): read, never added, changed or deleted.

    Events are the audit trail; their records protect them too (``on_delete=PROTECT``),
    so the admin refuses to delete a record that has any, listing them.
    """

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_readonly_fields(self, request, obj=None):
        return [field.name for field in self.model._meta.fields]
