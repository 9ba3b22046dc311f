from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DataError
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Schema
from ninja.errors import HttpError
from ninja.security import django_auth

from fazhi.api.public import router as public_router
from fazhi.core.actions import ActionRefused
from fazhi.core.api_input import HostileText, StrictJsonParser
from fazhi.core.middleware import out_of_range_message
from fazhi.core.modules import app_modules
from fazhi.org.models import Membership

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
    parser=StrictJsonParser(),
)


@api.exception_handler(HttpError)
def http_error(request, exc: HttpError):
    # ninja wraps a parser's error as "Cannot parse request body"; say what was wrong instead.
    if isinstance(exc.__cause__, HostileText):
        return api.create_response(request, {"detail": exc.__cause__.message}, status=400)
    return api.create_response(request, {"detail": str(exc)}, status=exc.status_code)


@api.exception_handler(ActionRefused)
def action_refused(request, exc: ActionRefused):
    return api.create_response(request, {"detail": exc.message, "field": exc.field}, status=400)


@api.exception_handler(DjangoValidationError)
def validation_failed(request, exc: DjangoValidationError):
    detail = exc.message_dict if hasattr(exc, "error_dict") else {"__all__": exc.messages}
    return api.create_response(request, {"detail": detail}, status=400)


@api.exception_handler(OverflowError)
@api.exception_handler(DataError)
def out_of_range(request, exc: Exception):
    return api.create_response(request, {"detail": out_of_range_message()}, status=400)


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


# The public open data (no login), read from the apps' opendata.py through core.opendata.
api.add_router("/public", public_router)
# Each installed app's api.py ``router`` at /api/<app label>, or at its ``PREFIX`` when it names one.
for config, module in app_modules("api"):
    api.add_router(f"/{getattr(module, 'PREFIX', config.label)}", module.router)
