from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

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
class EducationEventAdmin(admin.ModelAdmin):
    list_display = ["created_at", "organisation", "verb", "actor"]
    readonly_fields = [field.name for field in models.EducationEvent._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
