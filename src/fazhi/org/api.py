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

router = Router(tags=["organisations"])
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


@router.get("", response=list[OrganisationOut], summary="Organisations the caller may read")
@paginate(LimitOffsetPagination)
def list_organisations(request, kind: str | None = None, q: str | None = None):
    organisations = visible(Organisation.objects.order_by("region_code", "sort_order", "id"), request.user)
    if kind:
        organisations = organisations.filter(kind=kind)
    if q:
        organisations = organisations.filter(Q(name__contains=q) | Q(short_name__contains=q))
    return organisations


@router.get(
    "/{int:organisation_id}", response=OrganisationOut, summary="One organisation (404 if not readable)"
)
def get_organisation(request, organisation_id: int):
    return get_visible_or_404(Organisation.objects, request.user, pk=organisation_id)


@router.patch("/{int:organisation_id}/contact", response=OrganisationOut, summary="Change contact details")
def update_contact(request, organisation_id: int, payload: ContactIn):
    organisation = get_visible_or_404(Organisation.objects, request.user, pk=organisation_id)
    if not can(request.user, Purpose.EDIT, organisation):
        raise PermissionDenied(_("You may read this organisation but not change it."))
    changes = payload.dict(exclude_none=True)
    # Work on a fresh copy: a refused change must leave nothing half-set.
    fresh = get_object_or_404(Organisation, pk=organisation.pk)
    return actions.update_contact_details(request.user, fresh, **changes)
