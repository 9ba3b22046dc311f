"""Editing a unit's education record after it was saved (issue 15's leftover).

The records edited here (study topics and sessions, exams, oaths, cases, events, materials,
demonstration sites) have no state: nobody confirms or rates them, so nothing locks them and
they stay editable. The unit edits its own; the office edits only what it entered for the unit
(代为录入), the edit's event row then carrying the reason given when it was entered. The
record's creator runs its checks again on the new values (``editing=``), so an edit is held to
the same rules as a new record, and the save matches the version the form showed.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from fazhi.core.actions import ActionRefused
from fazhi.core.duties import PROXY_REASON, acts_for_unit
from fazhi.core.scoping import Actor
from fazhi.education import actions, queries
from fazhi.education.models import (
    Activity,
    CaseExplanation,
    DemonstrationSite,
    LawExam,
    Material,
    OathCeremony,
    StudySession,
    StudyTopic,
)

CREATORS = {
    StudyTopic: actions.plan_topic,
    StudySession: actions.record_study_session,
    LawExam: actions.record_exam,
    OathCeremony: actions.record_oath,
    CaseExplanation: actions.record_case,
    Activity: actions.record_activity,
    Material: actions.record_material,
    DemonstrationSite: actions.name_site,
}


def proxy_entry_reason(record) -> str:
    """The reason the office gave when it entered ``record`` for its unit; "" when the unit did."""
    entered = queries.events_of(record).filter(verb="create").order_by("pk").first()
    return (entered.data.get(PROXY_REASON) or "") if entered else ""


def may_edit(user, record) -> bool:
    """The unit's own people; the office (whoever reaches the unit from above) for a proxy entry."""
    if type(record) not in CREATORS:
        return False
    return acts_for_unit(user, record.organisation) or bool(proxy_entry_reason(record))


def edit_record(actor: Actor, record, **fields):
    """Save new values of ``record`` (at ``record.version``) through its creator's checks; one event row."""
    creator = CREATORS.get(type(record))
    if creator is None:
        raise ActionRefused(_("This record cannot be edited here."))
    proxy_reason = ""
    if not acts_for_unit(actor, record.organisation):
        proxy_reason = proxy_entry_reason(record)
        if not proxy_reason:
            raise ActionRefused(
                _(
                    "Only %(unit)s edits this record: the office edits only what it entered for the unit "
                    "(代为录入)."
                )
                % {"unit": record.organisation.name}
            )
    return creator(actor, record.organisation, proxy_reason=proxy_reason, editing=record, **fields)
