from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from fazhi.core.models import Notice
from fazhi.core.pages import paged
from fazhi.core.scoping import Purpose, scope_of
from fazhi.core.worklist import work_for


def home(request):
    """The user's workbench: what waits for them, then their organisations. Visitors go to the login page."""
    if not request.user.is_authenticated:
        return redirect("login")
    memberships = request.user.memberships.filter(
        is_active=True, organisation__is_active=True
    ).select_related("organisation", "organisation__parent")
    scope = scope_of(request.user)
    reach = scope.organisations(Purpose.READ)
    return render(
        request,
        "core/home.html",
        {
            "work": work_for(request.user),
            "memberships": memberships,
            "reach_count": reach.count(),
            "is_system_admin": request.user.is_superuser,
            "recent_notices": Notice.objects.filter(recipient=request.user)[:5],
        },
    )


@login_required
def notice_list(request):
    page = paged(request, Notice.objects.filter(recipient=request.user))
    return render(request, "core/notices.html", {"page": page})


@login_required
@require_POST
def notices_mark_read(request):
    Notice.objects.filter(recipient=request.user, read_at__isnull=True).update(read_at=timezone.now())
    return redirect("notices")
