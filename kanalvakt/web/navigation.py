"""The main navigation: each entry is shown only to roles that may open it."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from kanalvakt.org import access


@dataclass(frozen=True)
class NavEntry:
    url_name: str
    label: str | Promise
    check: access.Check


NAVIGATION: list[NavEntry] = [
    NavEntry("home", _("Overview"), access.any_role),
    NavEntry("org:organisation", _("Organisation"), access.any_role),
    NavEntry("org:people", _("People and roles"), access.can_manage_people),
    NavEntry("audit:log", _("Audit log"), access.can_read_audit),
    NavEntry("worker:jobs", _("Background jobs"), access.can_operate),
]


def register(entry: NavEntry, *, before: str | None = None) -> None:
    """Other apps add their pages; `before` keeps the order readable."""
    if any(e.url_name == entry.url_name for e in NAVIGATION):
        return
    index = next((i for i, e in enumerate(NAVIGATION) if e.url_name == before), len(NAVIGATION))
    NAVIGATION.insert(index, entry)
