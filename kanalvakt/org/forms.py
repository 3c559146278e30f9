from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from kanalvakt.org.models import Administration, Role, Unit


class GrantRoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)
    unit = forms.ModelChoiceField(label=_("Unit (for managers)"), queryset=Unit.objects.all(),
                                  required=False)
    administration = forms.ModelChoiceField(label=_("Administration (for registrars)"),
                                            queryset=Administration.objects.all(), required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        role_value = data.get("role")
        if not role_value:
            return data
        role = Role(role_value)
        if role.needs_unit and not data.get("unit"):
            self.add_error("unit", _("A manager is manager of a unit: choose the unit."))
        if role.needs_administration and not data.get("administration"):
            self.add_error("administration",
                           _("A registrar is registrar of an administration: choose it."))
        if not role.needs_unit:
            data["unit"] = None
        if not role.needs_administration:
            data["administration"] = None
        return data


class DeactivateForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=500, required=False)
