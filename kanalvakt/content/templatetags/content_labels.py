"""Swedish names for the classifier's categories and verdicts (PRODUCT.md's table of guideline 8)."""

from __future__ import annotations

from collections.abc import Iterable

from django import template
from django.utils.translation import gettext_lazy as _

register = template.Library()

CATEGORIES = {
    "confidential": _("Confidential information"),
    "offensive": _("Offensive or racist words"),
    "personal_attack": _("Personal attack"),
    "personal_data": _("Personal data without consent"),
    "criminal": _("Criminal material"),
    "advertising": _("Advertising"),
    "off_topic": _("Not about the municipality"),
}
VERDICTS = {"allow": _("allow"), "review": _("review"), "remove": _("remove")}


@register.filter
def category_labels(categories: Iterable[str] | None) -> str:
    return ", ".join(str(CATEGORIES.get(c, c)) for c in categories or [])


@register.filter
def category_label(category: str) -> str:
    return str(CATEGORIES.get(category, category))


@register.filter
def verdict(action: str) -> str:
    return str(VERDICTS.get(action, action or "–"))
