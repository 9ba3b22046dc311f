"""Talks (约谈), notices (通报) and referrals: the list and each one's page. Thin: scoped look-ups, one action."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from fazhi.core.actions import ActionRefused
from fazhi.core.history import history_rows
from fazhi.core.pages import event_rows, message_refusal, paged
from fazhi.core.scoping import Purpose, can, get_visible_or_404, visible
from fazhi.core.uploads import private_file_response
from fazhi.org.offices import office_for
from fazhi.oversight import actions
from fazhi.oversight.forms import FollowUpForm
from fazhi.oversight.models import Consequence, ConsequenceKind


def _consequences(user):
    return visible(Consequence.objects.select_related("organisation", "issued_by", "problem"), user)


@login_required
def consequence_list(request):
    consequences = _consequences(request.user)
    kind = request.GET.get("kind", "")
    if kind in ConsequenceKind.values:
        consequences = consequences.filter(kind=kind)
    return render(
        request,
        "oversight/consequence_list.html",
        {
            "page": paged(request, consequences.order_by("-held_on", "-id")),
            "kinds": ConsequenceKind.choices,
            "kind": kind,
            "is_office": office_for(request.user) is not None,
        },
    )


@login_required
def consequence_detail(request, pk: int):
    consequence = get_visible_or_404(_consequences(request.user), request.user, pk=pk)
    may_follow_up = can(request.user, Purpose.REVIEW, consequence.issued_by) and can(
        request.user, Purpose.REVIEW, consequence.organisation
    )
    return render(
        request,
        "oversight/consequence_detail.html",
        {
            "consequence": consequence,
            "follow_up_form": FollowUpForm(initial={"follow_up": consequence.follow_up})
            if may_follow_up
            else None,
            "events": event_rows(request, consequence.events),
            "history": history_rows(request, consequence),
        },
    )


@login_required
def consequence_minutes(request, pk: int):
    consequence = get_visible_or_404(Consequence.objects, request.user, pk=pk)
    if not consequence.minutes:
        raise Http404
    return private_file_response(consequence.minutes, consequence.minutes.name.rsplit("/", 1)[-1])


@login_required
@require_POST
def consequence_follow_up(request, pk: int):
    consequence = get_visible_or_404(_consequences(request.user), request.user, pk=pk)
    form = FollowUpForm(request.POST, request.FILES or None)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect(consequence)
    try:
        actions.record_follow_up(request.user, consequence, **form.cleaned_data)
    except ActionRefused as refusal:
        message_refusal(request, refusal)
    else:
        messages.success(request, _("Follow-up recorded."))
    return redirect(consequence)
