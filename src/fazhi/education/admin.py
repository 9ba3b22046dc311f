from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from fazhi.core.admin import AuditTrailAdmin
from fazhi.education import models

for model in (
    models.StudyTopic,
    models.StudySession,
    models.LawExam,
    models.OathCeremony,
    models.AccountabilityReport,
    models.ResponsibilityList,
    models.CaseExplanation,
    models.Activity,
    models.Material,
    models.DemonstrationSite,
    models.School,
    models.VicePrincipal,
):
    admin.site.register(model, SimpleHistoryAdmin)


@admin.register(models.EducationEvent)
class EducationEventAdmin(AuditTrailAdmin, admin.ModelAdmin):
    list_display = ["created_at", "organisation", "verb", "actor"]
    readonly_fields = [field.name for field in models.EducationEvent._meta.fields]

    def has_change_permission(self, request, obj=None):
        return False
