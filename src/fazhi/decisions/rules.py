"""What may happen to a catalogue and a decision. Pure checks; actions call them.

``DECISIONS_COMMENT_DAYS`` (default 30, Art.15): the shortest public comment
period without a stated reason.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils.translation import gettext as _

from fazhi.core import dates
from fazhi.core.actions import ActionRefused

# Files of the full-process archive (全过程记录): the office keeps scans, Word and Excel originals, photos of
# hearings and zipped bundles; every one is checked by content (core.uploads.check_upload).
ARCHIVE_FILE_KINDS = ("pdf", "docx", "doc", "xlsx", "xls", "jpg", "png", "zip")
ARCHIVE_FILE_MAX_BYTES = 20 * 1024 * 1024


def comment_days() -> int:
    return getattr(settings, "DECISIONS_COMMENT_DAYS", 30)


def procedure_names(kinds) -> str:
    from fazhi.decisions.models import ProcedureKind

    labels = dict(ProcedureKind.choices)
    return "、".join(str(labels[kind]) for kind in kinds)


def check_adjustment_reason(reason: str) -> None:
    if not reason.strip():
        raise ActionRefused(_("Give the reason for adjusting the published catalogue."), field="reason")


def check_adjustment_date(catalogue, adjusted_on: dt.date) -> None:
    """A catalogue is adjusted once it is published, not before (issue 11)."""
    dates.check_date(adjusted_on, field="adjusted_on", label=_("The date of the adjustment"))
    dates.check_order(
        catalogue.published_on,
        adjusted_on,
        field="adjusted_on",
        message=_("An adjustment cannot be dated before the catalogue was published (%(published)s).")
        % {"published": catalogue.published_on.isoformat() if catalogue.published_on else ""},
    )


def check_merge(decision, into) -> None:
    if into is None or into.pk == decision.pk:
        raise ActionRefused(_("Choose another item of the same catalogue to merge into."), field="into")
    if into.catalogue_id != decision.catalogue_id or into.status not in ("planned", "taken"):
        raise ActionRefused(_("Choose another item of the same catalogue to merge into."), field="into")


def _check_can_hold(decision, kind: str, started_on: dt.date, ended_on: dt.date, documents: str) -> None:
    from fazhi.decisions.models import DecisionStatus

    if decision.status != DecisionStatus.PLANNED:
        raise ActionRefused(_("Procedures are recorded before the decision is taken."))
    if ended_on < started_on:
        raise ActionRefused(_("The procedure ends before it starts."), field="ended_on")
    if not documents.strip():
        raise ActionRefused(_("List the documents of the procedure."), field="documents")
    if decision.procedures.filter(kind=kind).exists():
        raise ActionRefused(_("This procedure has already been recorded for the decision."), field="kind")


def _check_comment_period(started_on: dt.date, ended_on: dt.date, short_period_reason: str) -> None:
    """Art.15: at least ``comment_days()`` calendar days, both ends counted, unless a reason is stated."""
    if (ended_on - started_on).days + 1 < comment_days() and not short_period_reason.strip():
        raise ActionRefused(
            _("Public comment lasts at least %(n)d days unless a reason for a shorter period is given.")
            % {"n": comment_days()},
            field="short_period_reason",
        )


def _outcome_waits_for_the_end(ended_on: dt.date) -> ActionRefused:
    return ActionRefused(
        _(
            "The comment period runs until %(date)s: the outcome (how the comments were taken up) "
            "is recorded after it has closed."
        )
        % {"date": ended_on.isoformat()},
        field="outcome",
    )


def check_procedure(
    decision,
    *,
    kind: str,
    started_on: dt.date,
    ended_on: dt.date,
    documents: str,
    outcome: str,
    short_period_reason: str = "",
    today: dt.date,
) -> None:
    """A procedure recorded in one step, outcome included.

    Public participation is recorded this way only once its period has closed (a call entered
    afterwards); a call still running is opened with ``check_open_call`` and closed later.
    """
    from fazhi.decisions.models import ProcedureKind

    _check_can_hold(decision, kind, started_on, ended_on, documents)
    if not outcome.strip():
        raise ActionRefused(_("Record the outcome of the procedure."), field="outcome")
    if kind == ProcedureKind.PUBLIC_PARTICIPATION:
        _check_comment_period(started_on, ended_on, short_period_reason)
        if ended_on >= today:
            raise _outcome_waits_for_the_end(ended_on)
    if kind in (ProcedureKind.LEGALITY_REVIEW, ProcedureKind.COLLECTIVE_DISCUSSION):
        check_hearing_held(decision, procedure_names([kind]))
    if kind == ProcedureKind.COLLECTIVE_DISCUSSION:
        review = decision.procedures.filter(kind=ProcedureKind.LEGALITY_REVIEW).first()
        if review is None or review.ended_on > started_on:
            raise ActionRefused(
                _("A draft decision is discussed only after its legality review."), field="kind"
            )


def check_open_call(
    decision,
    *,
    started_on: dt.date,
    ended_on: dt.date,
    documents: str,
    how_to_comment: str,
    short_period_reason: str = "",
    today: dt.date,
) -> None:
    """Opening a call for public comment (征求意见): the draft and its explanation, where to send comments."""
    from fazhi.decisions.models import ProcedureKind

    _check_can_hold(decision, ProcedureKind.PUBLIC_PARTICIPATION, started_on, ended_on, documents)
    if not how_to_comment.strip():
        raise ActionRefused(_("Say where and how the public sends comments."), field="how_to_comment")
    if ended_on < today:
        raise ActionRefused(
            _(
                "This comment period has already closed: record the public participation with its "
                "outcome instead."
            ),
            field="ended_on",
        )
    _check_comment_period(started_on, ended_on, short_period_reason)


def check_call_outcome(procedure, *, outcome: str, today: dt.date) -> None:
    """The outcome of a call (意见采纳情况) is recorded once, after its last day."""
    from fazhi.decisions.models import DecisionStatus

    if procedure.decision.status != DecisionStatus.PLANNED:
        raise ActionRefused(_("Procedures are recorded before the decision is taken."))
    if not procedure.is_call or not procedure.is_outcome_pending:
        raise ActionRefused(_("There is no call for comment waiting for its outcome."))
    if not procedure.is_closed_on(today):
        raise _outcome_waits_for_the_end(procedure.ended_on)
    if not outcome.strip():
        raise ActionRefused(_("Record the outcome of the procedure."), field="outcome")


def check_take(decision, taken_on: dt.date, today: dt.date) -> None:
    """The decision is taken only with every required procedure on record, outcome included."""
    check_hearing_held(decision, _("the decision"))
    missing = decision.missing_procedures()
    if missing:
        raise ActionRefused(
            _(
                "The decision cannot be recorded as taken: these required procedures are missing: "
                "%(procedures)s."
            )
            % {"procedures": procedure_names(missing)}
        )
    pending = decision.pending_procedures()
    if pending:
        raise ActionRefused(
            _(
                "The decision cannot be recorded as taken: the outcome of these procedures is not "
                "recorded yet: %(procedures)s."
            )
            % {"procedures": procedure_names(pending)}
        )
    if taken_on > today:
        raise ActionRefused(_("The decision date cannot be in the future."), field="taken_on")
    discussion = decision.procedures.filter(kind="collective_discussion").first()
    if discussion is not None and taken_on < discussion.started_on:
        raise ActionRefused(_("A decision is taken at or after its collective discussion."), field="taken_on")


def has_hearing(decision) -> bool:
    from fazhi.decisions.models import Hearing

    return Hearing.objects.filter(decision=decision).exists()


def check_hearing_held(decision, step) -> None:
    """An item marked for a hearing (听证) goes on to its legality examination only after the hearing."""
    if decision.requires_hearing and not has_hearing(decision):
        raise ActionRefused(
            _("This item requires a hearing: record the hearing before %(step)s.") % {"step": step}
        )


def check_hearing(
    decision, *, held_on: dt.date, participants: int, opinions_adopted: str, today: dt.date
) -> None:
    """A hearing of an item in preparation, marked for one, recorded once, dated when it was held."""
    from fazhi.decisions.models import DecisionStatus

    if not decision.requires_hearing:
        raise ActionRefused(_("The catalogue does not mark this item for a hearing."))
    if decision.status != DecisionStatus.PLANNED:
        raise ActionRefused(_("Procedures are recorded before the decision is taken."))
    if has_hearing(decision):
        raise ActionRefused(_("The hearing of this item is already recorded."))
    dates.check_date(held_on, field="held_on", label=_("The hearing date"))
    dates.check_not_future(held_on, field="held_on", label=_("The hearing date"), today=today)
    if participants < 1:
        raise ActionRefused(
            _("A hearing has at least one participant or representative."), field="participants"
        )
    if not opinions_adopted.strip():
        raise ActionRefused(_("Say which opinions of the hearing were adopted."), field="opinions_adopted")


def catalogue_counts(catalogue) -> dict[str, int]:
    """Initial items, added, merged, removed and the final count (the catalogue as it stands)."""
    from fazhi.decisions.models import IN_CATALOGUE, DecisionStatus

    items = list(catalogue.decisions.values_list("is_added_later", "status"))
    counts = {
        "initial": sum(1 for later, _s in items if not later),
        "added": sum(1 for later, _s in items if later),
        "merged": sum(1 for _l, status in items if status == DecisionStatus.MERGED),
        "removed": sum(1 for _l, status in items if status == DecisionStatus.REMOVED),
        "final": sum(1 for _l, status in items if status in IN_CATALOGUE),
    }
    return counts
