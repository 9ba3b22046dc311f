from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from fazhi.catalog import regions
from fazhi.core.models import Event, TimeStampedModel
from fazhi.core.scoping import Role


def validate_region_code(code: str) -> None:
    if regions.get(code) is None:
        raise ValidationError(_("Unknown region code %(code)s."), params={"code": code}, code="region")


class OrganisationKind(models.TextChoices):
    GOVERNMENT = "government", _("people's government")
    DEPARTMENT = "department", _("government department")
    TOWNSHIP = "township", _("township")
    STREET = "street", _("street")
    COMMISSIONED_BODY = "commissioned_body", _("commissioned enforcement body")
    OTHER = "other", _("other body")


phone_validator = RegexValidator(
    r"^[0-9][0-9\-]{6,19}$", _("Write a phone number with digits and dashes only.")
)


class Organisation(TimeStampedModel):
    """A government, department, township/street or other body.

    ``region_code`` is the 6-digit code (GB/T 2260) of the region the body
    belongs to, checked against ``fazhi.catalog.regions``; townships and
    streets carry their county's code (townships have no code in the catalog).
    """

    name = models.CharField(_("name"), max_length=100)
    short_name = models.CharField(_("short name"), max_length=30, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind.choices)
    region_code = models.CharField(
        _("region code"), max_length=6, validators=[validate_region_code], db_index=True
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    is_active = models.BooleanField(_("in operation"), default=True)
    # The justice bureau that hosts the rule-of-law office (依法治区办): it
    # issues notices and receives the region's filings.
    is_rule_of_law_office = models.BooleanField(_("hosts the rule-of-law office"), default=False)
    # How the office signs its documents when the name by region level (依法治县办...) is not the one
    # it uses, and the prefix of its document numbers (德依法治办〔2026〕3号); blank means derived.
    office_name = models.CharField(_("office name on documents"), max_length=60, blank=True)
    document_number_prefix = models.CharField(_("document number prefix"), max_length=20, blank=True)
    contact_person = models.CharField(_("contact person"), max_length=30, blank=True)
    contact_phone = models.CharField(
        _("contact phone"), max_length=20, blank=True, validators=[phone_validator]
    )
    address = models.CharField(_("address"), max_length=200, blank=True)
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    history = HistoricalRecords()

    scope_paths = ("pk",)

    class Meta:
        ordering = ["sort_order", "id"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(fields=["region_code", "name"], name="org_unique_name_in_region"),
        ]
        # Lists of every app sort by the unit's order (indicator values, filings): issue 18 §3.
        indexes = [models.Index(fields=["sort_order", "id"], name="org_sort_order")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("org:detail", args=[self.pk])

    @property
    def region(self) -> regions.Region | None:
        return regions.get(self.region_code)

    @property
    def ancestors(self) -> list[Organisation]:
        """Top first, this organisation excluded."""
        chain = []
        node = self.parent
        while node is not None and len(chain) < 20:
            chain.append(node)
            node = node.parent
        return chain[::-1]


class User(AbstractUser):
    """A person with a login. Chinese names are not split into first and last."""

    full_name = models.CharField(_("full name"), max_length=50, blank=True)
    phone = models.CharField(_("phone"), max_length=20, blank=True, validators=[phone_validator])

    history = HistoricalRecords(excluded_fields=["password", "last_login"])

    class Meta(AbstractUser.Meta):
        verbose_name = _("user")
        verbose_name_plural = _("users")

    @property
    def display_name(self) -> str:
        return self.full_name or self.username

    def __str__(self) -> str:
        return self.display_name


class Membership(TimeStampedModel):
    user = models.ForeignKey(
        User, verbose_name=_("person"), on_delete=models.CASCADE, related_name="memberships"
    )
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    is_active = models.BooleanField(_("active"), default=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["organisation__sort_order", "id"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation", "role"], name="org_unique_membership"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.organisation} · {self.get_role_display()}"

    @property
    def role_label(self) -> str:
        """The role as people say it: an office reviewer is 依法治县办审核人员 in a county, and so on."""
        from fazhi.org.naming import role_label

        return role_label(self.role, self.organisation)


# Who receives a notice. Only active logins with an active membership: a deactivated account reads no
# notice and must get no mail. Every membership condition sits in one filter() so that all of them
# hold for the same membership row.


def members(organisation, *roles: Role) -> list[User]:
    """The people who answer for ``organisation`` in one of ``roles`` (any role when none is given)."""
    conditions = {"memberships__organisation": organisation, "memberships__is_active": True}
    if roles:
        conditions["memberships__role__in"] = roles
    return list(User.objects.filter(is_active=True, **conditions).distinct())


def unit_people(organisation) -> list[User]:
    """Who answers for a unit's own work: its filers and leaders."""
    return members(organisation, Role.UNIT_FILER, Role.UNIT_LEADER)


def office_reviewers(region_code: str) -> list[User]:
    """The reviewers of the rule-of-law office (依法治区办) of the region."""
    return list(
        User.objects.filter(
            is_active=True,
            memberships__is_active=True,
            memberships__role=Role.OFFICE_REVIEWER,
            memberships__organisation__is_rule_of_law_office=True,
            memberships__organisation__is_active=True,
            memberships__organisation__region_code=region_code,
        ).distinct()
    )


class OrganisationEvent(Event):
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="events"
    )

    class Meta(Event.Meta):
        verbose_name = _("organisation event")
        verbose_name_plural = _("organisation events")

    VERBS = {
        "create": _("created"),
        "update": _("changed"),
        "activate": _("put back in operation"),
        "deactivate": _("taken out of operation"),
        "grant_role": _("role granted"),
        "revoke_role": _("role revoked"),
    }
