from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from kanalvakt.content.templatetags.content_labels import CATEGORIES


class ConfigForm(forms.Form):
    text = forms.CharField(label=_("Configuration (YAML)"), strip=False,
                           widget=forms.Textarea(attrs={"rows": 30, "class": "code",
                                                        "spellcheck": "false"}))
    note = forms.CharField(label=_("What changed"), max_length=300, required=False)


class CategoriesForm(forms.Form):
    """The categories a moderator removes an item for, pre-ticked from the classifier's findings."""

    categories = forms.MultipleChoiceField(
        label=_("Why (categories of guideline 8)"), required=False,
        choices=list(CATEGORIES.items()), widget=forms.CheckboxSelectMultiple)
