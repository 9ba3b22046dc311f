"""What the enforcement views share: the one-form page around an action; CSV goes via core.exports."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from fazhi.core.actions import ActionRefused
from fazhi.core.forms import pop_proxy_reason
from fazhi.core.pages import add_refusal, import_page
from fazhi.core.scoping import Purpose, scope_of

PAGE_SIZE = 50


def form_page(
    request, form, act: Callable[[dict], object], *, title, back, proxy: bool = False, to_result: bool = False
):
    """Render ``form`` on ``core/form.html``; on a valid POST call ``act(cleaned_data)`` and go ``back``
    (or, ``to_result``, to the record ``act`` returned)."""
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        if proxy:
            data["proxy_reason"] = pop_proxy_reason(data)
        try:
            result = act(data)
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
