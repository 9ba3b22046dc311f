from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from fazhi.core.admin import AuditTrailAdmin
from fazhi.enforcement.models import (
    Case,
    Certificate,
    ChainCheck,
    Complaint,
    CrimeTransfer,
    EnforcementBody,
    EnforcementEvent,
    FileReview,
    LegalReview,
    Officer,
    Power,
    ProcessRecord,
    Publicity,
    ReviewCampaign,
    ReviewStandard,
    SupervisionLetter,
)

for model in (
    EnforcementBody,
    Power,
    Officer,
    Certificate,
    Case,
    LegalReview,
    Publicity,
    CrimeTransfer,
    ReviewStandard,
    ReviewCampaign,
    FileReview,
    SupervisionLetter,
    Complaint,
):
    admin.site.register(model, SimpleHistoryAdmin)


class ReadOnlyAdmin(AuditTrailAdmin, admin.ModelAdmin):
    """Event rows, chain entries and verifications are written by actions only: the admin reads them."""


for model in (EnforcementEvent, ProcessRecord, ChainCheck):
    admin.site.register(model, ReadOnlyAdmin)
