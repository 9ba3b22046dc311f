"""What the enforcement views share: the one-form page around an action; CSV goes via core.exports."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from fazhi.core.actions import ActionRefused
from fazhi.core.forms import FORM_TOKEN, add_form_token, add_version_field, edited_version, pop_proxy_reason
from fazhi.core.pages import add_refusal, import_page, submit_once
from fazhi.core.scoping import Purpose, scope_of


def form_page(  # noqa: PLR0913 - one page helper for every form of the app
    request,
    form,
    act: Callable[[dict], object],
    *,
    title,
    back,
    proxy: bool = False,
    to_result: bool = False,
    edits=None,
):
    """Render ``form`` on ``core/form.html``; on a valid POST call ``act(cleaned_data)`` and go ``back``
    (or, ``to_result``, to the record ``act`` returned).

    ``edits`` is the ``core.models.Versioned`` record the step saves: the form carries the version it
    showed, and a save after someone else's is refused (``StaleRefusal``) with the form kept as typed.
    Without ``edits`` the form makes a record, and carries a one-time token against a double submit.
    """
    if edits is not None:
        add_version_field(form, edits)
    else:
        add_form_token(form)
    if request.method == "POST" and form.is_valid():
        if edits is not None:
            edited_version(form, edits)
        data = dict(form.cleaned_data)
        data.pop(FORM_TOKEN, None)
        if proxy:
            data["proxy_reason"] = pop_proxy_reason(data)
        try:
            result = submit_once(form, lambda: act(data)) if edits is None else act(data)
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(request, _("Saved."))
            return redirect(result if to_result else back)
    record = back if hasattr(back, "get_absolute_url") else None
    return render(request, "core/form.html", {"form": form, "title": title, "back": record})


def excel_import(request, importer, *, heading, done_url: str, template_url: str):
    """The app's Excel import page: whoever may edit some unit's records uploads, row errors come back."""
    refuse_unless(not scope_of(request.user).is_empty(Purpose.EDIT), _("You may not import these records."))
    return import_page(
        request,
        importer,
        template="enforcement/import.html",
        done_message=_("%(n)d rows imported."),
        done_url=done_url,
        context={"heading": heading, "template_url": template_url},
    )


def refuse_unless(allowed: bool, message=None) -> None:
    if not allowed:
        raise PermissionDenied(message or _("You may read this record but not change it."))
