from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from kanalvakt.org.models import Person
from kanalvakt.registry.models import Account, Appointment, Plan


class AccountForm(forms.ModelForm):
    class Meta:
        model = Account
        fields = ["platform", "name", "handle", "url", "unit", "contact", "expectations"]


class PlanForm(forms.ModelForm):
    class Meta:
        model = Plan
        fields = Plan.REQUIRED
        widgets = {name: forms.Textarea(attrs={"rows": 3}) for name in Plan.REQUIRED if name != "cadence"}


class ApplicationForm(forms.Form):
    editor = forms.ModelChoiceField(label=_("Editor (redaktör)"),
                                    queryset=Person.objects.filter(is_active=True))
    substitute = forms.ModelChoiceField(label=_("Substitute (ersättare)"),
                                        queryset=Person.objects.filter(is_active=True))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("editor") and data.get("editor") == data.get("substitute"):
            self.add_error("substitute", _("The substitute must be another person than the editor."))
        return data


class AppointForm(forms.Form):
    person = forms.ModelChoiceField(label=_("Person"), queryset=Person.objects.filter(is_active=True))
    role = forms.ChoiceField(label=_("Role"), choices=Appointment.Role.choices)
    starts_on = forms.DateField(label=_("From"), required=False,
                                widget=forms.DateInput(attrs={"type": "date"}))
    ends_on = forms.DateField(label=_("Until"), required=False,
                              widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("starts_on") and data.get("ends_on") and data["ends_on"] < data["starts_on"]:
            self.add_error("ends_on", _("The end date is before the start date."))
        return data


class DecisionForm(forms.Form):
    note = forms.CharField(label=_("Comment"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class ReturnForm(forms.Form):
    note = forms.CharField(label=_("What must be changed"), widget=forms.Textarea(attrs={"rows": 2}))


class ProfileForm(forms.Form):
    name = forms.CharField(label=_("Profile name"), max_length=300)
    bio = forms.CharField(label=_("Profile text"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    emails = forms.CharField(label=_("E-mail addresses (comma-separated)"), required=False)
    phones = forms.CharField(label=_("Phone numbers (comma-separated)"), required=False)
    website = forms.CharField(label=_("Website"), required=False)
    links = forms.CharField(label=_("Other links (comma-separated)"), required=False)

    @staticmethod
    def split(value: str) -> list[str]:
        return [part.strip() for part in value.split(",") if part.strip()]


