"""What may change in the organisation tree. Pure checks; actions call them."""

from __future__ import annotations

from django.utils.translation import gettext as _

from fazhi.core.actions import ActionRefused
from fazhi.core.scoping import region_codes_within


def check_parent(organisation, parent) -> None:
    """A parent sits in the same region or one above, and no loop forms."""
    if parent is None:
        return
    if parent.pk is not None and parent.pk == organisation.pk:
        raise ActionRefused(_("An organisation cannot be its own parent."), field="parent")
    if organisation.region_code not in region_codes_within(parent.region_code):
        raise ActionRefused(
            _("The parent organisation must belong to the same region or one above it."), field="parent"
        )
    node = parent
    seen = 0
    while node is not None and seen < 50:
        if organisation.pk is not None and node.pk == organisation.pk:
            raise ActionRefused(_("This parent would put the organisation under itself."), field="parent")
        node = node.parent
        seen += 1


def check_deactivation(organisation) -> None:
    if organisation.children.filter(is_active=True).exists():
        raise ActionRefused(_("Deactivate the organisations under it first."))
