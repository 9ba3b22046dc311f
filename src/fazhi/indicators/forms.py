from django import forms
from django.utils.translation import gettext_lazy as _

from fazhi.catalog import indicators as catalog
from fazhi.core.forms import add_proxy_fields
from fazhi.core.scoping import Purpose, scope_of
from fazhi.indicators.models import Qualifier, Source


def indicator_choices(blank=None):
    names = catalog.areas()
    grouped: dict[str, list] = {}
    for indicator in catalog.all_indicators():
        grouped.setdefault(names.get(indicator.area, indicator.area), []).append(
            (indicator.code, f"{indicator.name}（{indicator.unit}）")
        )
    choices = [("", blank)] if blank else []
    return choices + list(grouped.items())


class ValueFilterForm(forms.Form):
    year = forms.IntegerField(label=_("Year"), required=False, min_value=2000, max_value=2100)
    code = forms.ChoiceField(label=_("Indicator"), required=False)
    source = forms.ChoiceField(
        label=_("Source"), required=False, choices=[("", _("all sources")), *Source.choices]
    )
    q = forms.CharField(label=_("Organisation"), required=False, max_length=50)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].choices = indicator_choices(blank=_("all indicators"))


class ValueForm(forms.Form):
    """A value entered by hand; the organisation must be one the user may edit."""

    organisation = forms.ModelChoiceField(label=_("Organisation"), queryset=None)
    code = forms.ChoiceField(label=_("Indicator"))
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100)
    value = forms.DecimalField(label=_("Value"), max_digits=20, decimal_places=4)
    qualifier = forms.ChoiceField(label=_("Qualifier"), choices=Qualifier.choices, initial=Qualifier.EXACT)
    numerator = forms.DecimalField(
        label=_("Numerator"),
        required=False,
        max_digits=20,
        decimal_places=4,
        help_text=_("For a rate: what was achieved (e.g. hearings a head attended)."),
    )
    denominator = forms.DecimalField(
        label=_("Denominator"),
        required=False,
        max_digits=20,
        decimal_places=4,
        help_text=_("For a rate: what was due (e.g. hearings held)."),
    )
    definition = forms.CharField(
        label=_("Definition"),
        required=False,
        max_length=300,
        help_text=_("For a rate: what the numerator and the denominator count."),
    )
    evidence_url = forms.CharField(label=_("Evidence link"), required=False, max_length=500)
    evidence_text = forms.CharField(
        label=_("Evidence"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, actor, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = (
            scope_of(actor)
            .organisations(Purpose.EDIT)
            .filter(is_active=True)
            .order_by("region_code", "sort_order", "id")
        )
        self.fields["code"].choices = indicator_choices()
        add_proxy_fields(self, actor)


class ConfirmForm(forms.Form):
    note = forms.CharField(
        label=_("What was checked"), max_length=500, widget=forms.Textarea(attrs={"rows": 2})
    )
