from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from simple_history.admin import SimpleHistoryAdmin

from fazhi.core.admin import AuditTrailAdmin
from fazhi.org.models import Membership, Organisation, OrganisationEvent, User


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["organisation"]


@admin.register(Organisation)
class OrganisationAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "region_code", "parent", "is_active", "is_rule_of_law_office"]
    list_filter = ["kind", "is_active", "is_rule_of_law_office"]
    search_fields = ["name", "short_name", "region_code"]
    autocomplete_fields = ["parent"]


@admin.register(User)
class PersonAdmin(SimpleHistoryAdmin, UserAdmin):
    list_display = ["username", "full_name", "is_active", "is_staff", "is_superuser"]
    search_fields = ["username", "full_name"]
    fieldsets = [*UserAdmin.fieldsets, (None, {"fields": ["full_name", "phone"]})]
    inlines = [MembershipInline]


@admin.register(Membership)
class MembershipAdmin(SimpleHistoryAdmin):
    list_display = ["user", "organisation", "role", "is_active"]
    list_filter = ["role", "is_active"]
    autocomplete_fields = ["user", "organisation"]


@admin.register(OrganisationEvent)
class OrganisationEventAdmin(AuditTrailAdmin, admin.ModelAdmin):
    list_display = ["created_at", "organisation", "verb", "actor"]
    readonly_fields = [field.name for field in OrganisationEvent._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
