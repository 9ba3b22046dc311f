"""Small helpers that keep every app's views thin and alike."""

from __future__ import annotations

from fazhi.core.actions import ActionRefused


def add_refusal(form, refusal: ActionRefused) -> None:
    """Show a rule's refusal on the form: beside its field when the form has it, else on top."""
    form.add_error(refusal.field if refusal.field in form.fields else None, refusal.message)


def pager_query(request) -> str:
    """The list's filters, for the pager's links (the page number is added there)."""
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()
