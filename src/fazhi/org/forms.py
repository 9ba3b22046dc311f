from django import forms
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.utils.translation import gettext_lazy as _

from fazhi.core.scoping import Role
from fazhi.org.models import Organisation, OrganisationKind
from fazhi.org.naming import document_number_prefix, office_display_name, role_label


class ContactDetailsForm(forms.ModelForm):
    class Meta:
        model = Organisation
        fields = ["contact_person", "contact_phone", "address"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The office reaches a unit through these two; the model allows blanks
        # only for organisations created before anyone filled them in.
        self.fields["contact_person"].required = True
        self.fields["contact_phone"].required = True


class OfficeDetailsForm(ContactDetailsForm):
    """The office's contact details and how it signs documents (blank: the name by its region's level)."""

    class Meta(ContactDetailsForm.Meta):
        fields = [*ContactDetailsForm.Meta.fields, "office_name", "document_number_prefix"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        default = Organisation(region_code=self.instance.region_code)
        self.fields["office_name"].help_text = _("Blank: %(name)s") % {"name": office_display_name(default)}
        self.fields["document_number_prefix"].help_text = _("Blank: %(name)s") % {
            "name": document_number_prefix(default)
        }


class OrganisationFilterForm(forms.Form):
    q = forms.CharField(label=_("search"), max_length=50, required=False)
    kind = forms.ChoiceField(
        label=_("kind"), required=False, choices=[("", _("all kinds")), *OrganisationKind.choices]
    )


class AddPersonForm(forms.Form):
    username = forms.CharField(label=_("user name"), max_length=150, validators=[UnicodeUsernameValidator()])
    full_name = forms.CharField(label=_("full name"), max_length=50)
    role = forms.ChoiceField(label=_("role"))
    password = forms.CharField(
        label=_("initial password"),
        required=False,
        strip=False,
        widget=forms.PasswordInput(render_value=False),
        help_text=_("Only for a new login; the person changes it after logging in."),
    )

    def __init__(self, *args, organisation: Organisation, actor, **kwargs):
        super().__init__(*args, **kwargs)
        roles = [Role.UNIT_FILER, Role.UNIT_LEADER, Role.EVALUATOR]
        if organisation.is_rule_of_law_office:
            roles.append(Role.OFFICE_REVIEWER)
        if actor.is_superuser:
            roles.append(Role.SYSTEM_ADMIN)
        self.fields["role"].choices = [(role.value, role_label(role, organisation)) for role in roles]
        if actor.is_superuser:
            # Separation of duties: office and unit roles are held together only when a
            # system administrator says so (org.actions.grant_role).
            self.fields["allow_office_and_unit"] = forms.BooleanField(
                label=_("allow office and unit roles together"),
                required=False,
                help_text=_("Only a system administrator may let one person hold both."),
            )
