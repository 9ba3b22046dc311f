"""Organisation endpoints; mounted by fazhi.api under /api/orgs."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Router, Schema
from ninja.pagination import paginate

from fazhi.core.api_input import LimitOffsetPagination
from fazhi.core.scoping import Purpose, can, get_visible_or_404, visible
from fazhi.org import actions
from fazhi.org.models import Organisation

# Tagged with the app's Chinese name by fazhi.api.main; DESCRIPTION describes the tag.
router = Router()
DESCRIPTION = "单位及其联系方式。"
PREFIX = "orgs"  # /api/orgs, older than the rule that an app's API sits at /api/<app label>


class OrganisationOut(Schema):
    id: int
    name: str
    short_name: str
    kind: str
    region_code: str
    parent_id: int | None
    is_active: bool
    is_rule_of_law_office: bool
    contact_person: str
    contact_phone: str
    address: str


class ContactIn(Schema):
    contact_person: str | None = None
    contact_phone: str | None = None
    address: str | None = None


@router.get(
    "",
    response=list[OrganisationOut],
    summary="可查看的单位",
    description="本人可查看的单位，可按 kind（单位类别）和 q（名称关键词）筛选。",
)
@paginate(LimitOffsetPagination)
def list_organisations(request, kind: str | None = None, q: str | None = None):
    organisations = visible(Organisation.objects.order_by("region_code", "sort_order", "id"), request.user)
    if kind:
        organisations = organisations.filter(kind=kind)
    if q:
        organisations = organisations.filter(Q(name__contains=q) | Q(short_name__contains=q))
    return organisations


@router.get(
    "/{int:organisation_id}",
    response=OrganisationOut,
    summary="一个单位（无权查看时返回 404）",
    description="单位的名称、类别、行政区划代码和联系方式。",
)
def get_organisation(request, organisation_id: int):
    return get_visible_or_404(Organisation.objects, request.user, pk=organisation_id)


@router.patch(
    "/{int:organisation_id}/contact",
    response=OrganisationOut,
    summary="修改联系方式",
    description="单位本身或依法治县（市、区）办修改单位的联系人、电话和地址。",
)
def update_contact(request, organisation_id: int, payload: ContactIn):
    organisation = get_visible_or_404(Organisation.objects, request.user, pk=organisation_id)
    if not can(request.user, Purpose.EDIT, organisation):
        raise PermissionDenied(_("You may read this organisation but not change it."))
    changes = payload.dict(exclude_none=True)
    # Work on a fresh copy: a refused change must leave nothing half-set.
    fresh = get_object_or_404(Organisation, pk=organisation.pk)
    return actions.update_contact_details(request.user, fresh, **changes)
