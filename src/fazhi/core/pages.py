"""Small helpers that keep every app's views thin and alike."""

from __future__ import annotations

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from fazhi.core.actions import ActionRefused
from fazhi.core.forms import FORM_TOKEN, ImportForm, add_proxy_fields, pop_proxy_reason, proxy_reason_given
from fazhi.core.models import UsedFormToken


def add_refusal(form, refusal: ActionRefused) -> None:
    """Show a rule's refusal on the form: beside its field when the form has it, else on top."""
    form.add_error(refusal.field if refusal.field in form.fields else None, refusal.message)


def message_refusal(request, refusal: ActionRefused) -> None:
    """Show a refusal of a step taken without a form (a button) as error messages on the next page.

    A refusal listing its problems (a scheme file's) shows the first 30 of them too.
    """
    messages.error(request, refusal.message)
    for problem in getattr(refusal, "problems", [])[:30]:
        messages.error(request, str(problem))


def is_confirmed(request) -> bool:
    """The POST of a confirmation page (``core/confirm.html``) carries ``confirm=1``."""
    return request.POST.get("confirm") == "1"


def import_page(
    request,
    importer,
    *,
    template: str,
    done_message,
    done_url,
    context: dict | None = None,
    proxy: bool = False,
):
    """The Excel import page every app has: the importer saves every row or none.

    ``done_message`` carries ``%(n)d`` for the rows saved; ``done_url`` is
    anything ``redirect`` accepts. The caller checks who may import first.

    ``proxy=True`` when the rows are a unit's own step (each row names its
    unit): the office then sees the proxy-entry fields (代为录入,
    ``core.forms.add_proxy_fields``) and gives one reason for the whole file,
    handed to the importer as ``importer.proxy_reason``; its ``save_row``
    passes it to the unit's action (``core.duties.unit_step``), whose event
    row keeps it. Ticking proxy entry without a reason is refused on the form.
    """
    form = ImportForm(request.POST if request.method == "POST" else None, request.FILES or None)
    if proxy:
        add_proxy_fields(form, request.user)
    result = None
    if request.method == "POST" and form.is_valid() and (not proxy or proxy_reason_given(form)):
        if proxy:
            importer.proxy_reason = pop_proxy_reason(form.cleaned_data)
        result = importer.run(request.user, form.cleaned_data["file"])
        if result.ok:
            messages.success(request, done_message % {"n": result.saved})
            return redirect(done_url)
    return render(request, template, {**(context or {}), "form": form, "result": result})


def submit_once(form, create):
    """Call ``create()`` (one action) unless this form's token (``core.forms.add_form_token``) was used.

    The token is kept in the same transaction as what ``create`` saves: a
    refused submit can be corrected and sent again, a double click cannot
    create twice. A form without a token (an old page) is not guarded.
    """
    token = (form.cleaned_data.pop(FORM_TOKEN, "") or "").strip()
    if not token:
        return create()
    with transaction.atomic():
        try:
            with transaction.atomic():
                UsedFormToken.objects.create(token=token)
        except IntegrityError:
            raise ActionRefused(
                _("This form was already sent (a double click?) and saved once; it is not saved again.")
            ) from None
        return create()


def list_page_size() -> int:
    """Rows on one page of a list (``FAZHI_LIST_PAGE_SIZE``, 50 unless set)."""
    from django.conf import settings

    return settings.LIST_PAGE_SIZE


def paged(request, items, *, param: str = "page"):
    """One page of ``items`` (an ordered queryset), its number from ``request.GET[param]``.

    A page shows more than one list (seasons and reports) with a ``param`` each;
    ``core/_list_pages.html`` draws the links (``{% include ... with page=... param=... %}``),
    keeping the rest of the address.
    """
    from django.core.paginator import Paginator

    return Paginator(items, list_page_size()).get_page(request.GET.get(param))


def event_rows(request, events):
    """A record's event rows (newest first), a page at a time, for ``core/_events.html``.

    A record a province works on for years gathers more rows than one page shows;
    the panel pages them (``?events=N``) rather than cutting the oldest off.
    """
    return paged(request, events.select_related("actor"), param="events")
