from __future__ import annotations

import datetime as dt

from django import forms
from django.utils.translation import gettext_lazy as _

from fazhi.core.dates import BoundedDates
from fazhi.core.scoping import Purpose, scope_of
from fazhi.counsel.models import CounselKind, Engagement, Participation

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class EngagementFilterForm(forms.Form):
    q = forms.CharField(label=_("search"), max_length=50, required=False)
    kind = forms.ChoiceField(
        label=_("kind"), required=False, choices=[("", _("all kinds")), *CounselKind.choices]
    )
    expiring = forms.BooleanField(label=_("ending soon, no successor"), required=False)


class EngagementForm(BoundedDates, forms.ModelForm):
    organisation = forms.ModelChoiceField(label=_("unit served"), queryset=None)

    class Meta:
        model = Engagement
        fields = [
            "organisation",
            "kind",
            "provider_type",
            "provider_name",
            "lawyer_names",
            "starts_on",
            "ends_on",
        ]
        widgets = {"starts_on": DATE, "ends_on": DATE}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = (
            scope_of(user).organisations(Purpose.EDIT).filter(is_active=True)
        )


class ParticipationForm(BoundedDates, forms.ModelForm):
    class Meta:
        model = Participation
        fields = ["kind", "occurred_on", "subject", "quantity"]
        widgets = {"occurred_on": DATE}


class EndForm(BoundedDates, forms.Form):
    ended_on = forms.DateField(label=_("ended on"), widget=DATE, initial=dt.date.today)
    reason = forms.CharField(label=_("reason"), max_length=300)


class CoverageForm(BoundedDates, forms.Form):
    on = forms.DateField(label=_("on"), widget=DATE, required=False)
