from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from fazhi.core.admin import AuditTrailAdmin
from fazhi.filings.models import (
    AnnualReportFiling,
    BenchmarkReport,
    BenchmarkSet,
    FilingEvent,
    FilingSeason,
    ReportFact,
    ReportVersion,
)


@admin.register(FilingSeason)
class FilingSeasonAdmin(SimpleHistoryAdmin):
    list_display = ["year", "region_code", "filing_due", "publication_due", "requires_publication"]
    list_filter = ["year"]
    filter_horizontal = ["required_organisations"]


@admin.register(AnnualReportFiling)
class AnnualReportFilingAdmin(SimpleHistoryAdmin):
    list_display = ["organisation", "season", "status", "submitted_on", "published_on"]
    list_filter = ["status", "season__year"]
    search_fields = ["organisation__name"]
    raw_id_fields = ["current_version"]


@admin.register(ReportVersion)
class ReportVersionAdmin(SimpleHistoryAdmin):
    list_display = ["filing", "number", "kind", "size", "created_at"]
    readonly_fields = ["reading", "sha256"]


@admin.register(ReportFact)
class ReportFactAdmin(SimpleHistoryAdmin):
    list_display = ["organisation", "year", "indicator", "value", "unit"]
    list_filter = ["year", "indicator"]


@admin.register(BenchmarkSet)
class BenchmarkSetAdmin(SimpleHistoryAdmin):
    list_display = ["name", "region_code", "created_at"]


@admin.register(BenchmarkReport)
class BenchmarkReportAdmin(SimpleHistoryAdmin):
    list_display = ["benchmark_set", "source", "region_name", "year"]
    readonly_fields = ["reading", "sha256"]


@admin.register(FilingEvent)
class FilingEventAdmin(AuditTrailAdmin, admin.ModelAdmin):
    list_display = ["created_at", "season", "filing", "benchmark_set", "verb", "actor"]
    readonly_fields = [field.name for field in FilingEvent._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
