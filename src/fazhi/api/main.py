from __future__ import annotations

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DataError
from django.utils import translation
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Schema, Swagger
from ninja.errors import HttpError
from ninja.security import django_auth

from fazhi.api.public import router as public_router
from fazhi.core.actions import ActionRefused
from fazhi.core.api_input import HostileText, StrictJsonParser
from fazhi.core.middleware import out_of_range_message
from fazhi.core.modules import app_modules
from fazhi.org.models import Membership

# The API's docs are written in Chinese, for the offices' and units' IT staff: every operation
# has a Chinese ``summary`` (and where it helps a ``description``); each app's operations are
# grouped under its Chinese name (``app_tag``) and the app's api.py may say more in ``DESCRIPTION``.
api = NinjaAPI(
    title="法治政府建设工作平台接口",
    version="1",
    description=(
        "法治政府建设工作平台（fazhi）的 HTTP 接口。\n\n"
        "登录后使用：以浏览器会话（session cookie）认证，写操作须带 CSRF 令牌（X-CSRFToken）。"
        "每个列表和记录都只含调用者有权查看的内容：单位人员只能看到本单位的，依法治县（市、区）办"
        "看到本地区的；无权查看的记录返回 404。操作不被允许时返回 400，detail 为中文原因，"
        "field 为出错的字段。\n\n"
        "公开数据（/api/public/…）无需登录：门户网站公开的各类数据按地区和年度提供，"
        "与门户网站的 CSV、JSON 下载内容相同。"
    ),
    auth=django_auth,  # the session cookie; writes need the CSRF token
    urls_namespace="api",
    parser=StrictJsonParser(),
    # Swagger UI from django-ninja's own static files (no CDN); no call to the online validator.
    docs=Swagger(settings={"validatorUrl": None}),
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


@api.get(
    "/me",
    response=MeOut,
    tags=["当前用户"],
    summary="当前用户及其角色",
    description="登录账号、姓名、是否系统管理员，以及在各单位担任的角色。",
)
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
                "role_label": m.role_label,
            }
            for m in memberships
        ],
    }


def app_tag(config) -> str:
    """The tag grouping an app's operations in the docs: the app's name in the platform's language."""
    with translation.override(settings.LANGUAGE_CODE):
        return str(config.verbose_name)


# The public open data (no login), read from the apps' opendata.py through core.opendata.
api.add_router("/public", public_router)
TAGS = [
    {"name": "当前用户", "description": "调用者本人。"},
    {"name": "公开数据", "description": "门户网站公开的数据，无需登录。"},
]
# Each installed app's api.py ``router`` at /api/<app label>, or at its ``PREFIX`` when it names one,
# tagged with the app's Chinese name whatever tag the router itself carries.
for config, module in app_modules("api"):
    tag = app_tag(config)
    api.add_router(f"/{getattr(module, 'PREFIX', config.label)}", module.router, tags=[tag])
    TAGS.append({"name": tag, "description": getattr(module, "DESCRIPTION", tag)})
api.openapi_extra = {"tags": TAGS}
