from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Schema
from ninja.security import django_auth

from fazhi.api.public import router as public_router
from fazhi.assessment.api import router as assessment_router
from fazhi.core.actions import ActionRefused
from fazhi.counsel.api import router as counsel_router
from fazhi.decisions.api import router as decisions_router
from fazhi.filings.api import router as filings_router
from fazhi.indicators.api import router as indicators_router
from fazhi.normdocs.api import router as normdocs_router
from fazhi.org.api import router as org_router
from fazhi.org.models import Membership
from fazhi.oversight.api import router as oversight_router
from fazhi.plans.api import router as plans_router

api = NinjaAPI(
    title="fazhi API",
    version="1",
    description=(
        "法治政府建设工作平台 API. Every list and record is limited to what the caller may see.\n\n"
        "公开数据（/api/public/…）无需登录：门户网站公开的各类数据按地区和年度提供，"
        "与门户网站的 CSV、JSON 下载内容相同。"
    ),
    auth=django_auth,  # the session cookie; writes need the CSRF token
    urls_namespace="api",
)


@api.exception_handler(ActionRefused)
def action_refused(request, exc: ActionRefused):
    return api.create_response(request, {"detail": exc.message, "field": exc.field}, status=400)


@api.exception_handler(DjangoValidationError)
def validation_failed(request, exc: DjangoValidationError):
    detail = exc.message_dict if hasattr(exc, "error_dict") else {"__all__": exc.messages}
    return api.create_response(request, {"detail": detail}, status=400)


@api.exception_handler(PermissionDenied)
def permission_denied(request, exc: PermissionDenied):
    return api.create_response(request, {"detail": str(exc) or _("Forbidden.")}, status=403)


class MembershipOut(Schema):
    organisation_id: int
    organisation_name: str
    role: str
    role_label: str


class MeOut(Schema):
    username: str
    full_name: str
    is_system_admin: bool
    memberships: list[MembershipOut]


@api.get("/me", response=MeOut, tags=["me"], summary="The caller and their roles")
def me(request):
    user = request.user
    memberships = Membership.objects.filter(user=user, is_active=True).select_related("organisation")
    return {
        "username": user.username,
        "full_name": user.full_name,
        "is_system_admin": user.is_superuser,
        "memberships": [
            {
                "organisation_id": m.organisation_id,
                "organisation_name": m.organisation.name,
                "role": m.role,
                "role_label": str(m.get_role_display()),
            }
            for m in memberships
        ],
    }


api.add_router("/public", public_router)
api.add_router("/orgs", org_router)
api.add_router("/indicators", indicators_router)
api.add_router("/assessment", assessment_router)
api.add_router("/normdocs", normdocs_router)
api.add_router("/decisions", decisions_router)
api.add_router("/counsel", counsel_router)
api.add_router("/oversight", oversight_router)
api.add_router("/filings", filings_router)
api.add_router("/plans", plans_router)
