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
