"""Role drift (guideline 4): who really administers the page, against who is appointed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kanalvakt.org.models import Person
from kanalvakt.registry.models import Account


@dataclass(frozen=True)
class Drift:
    not_appointed: list[str]  # have access on the platform, are not appointed
    without_access: list[str]  # are appointed, have no access on the platform


def _key(value: str | None) -> str:
    return (value or "").strip().casefold()


def role_drift(account: Account) -> Drift | None:
    """None when the platform does not tell who administers the page."""
    profile = account.profiles.first()
    if profile is None or profile.admins is None:
        return None
    admins: list[dict[str, Any]] = profile.admins
    appointed = [a.person for a in account.current_appointments()]
    communications = list(Person.objects.filter(unit__is_communications_unit=True, is_active=True))

    def matches(admin: dict[str, Any], person: Person) -> bool:
        if admin.get("email") and _key(admin["email"]) == _key(person.email):
            return True
        return _key(admin.get("name")) == _key(person.get_full_name())

    not_appointed = [str(admin.get("name") or admin.get("email") or admin.get("platform_id"))
                     for admin in admins
                     if not any(matches(admin, p) for p in appointed + communications)]
    without_access = [str(p) for p in appointed if not any(matches(a, p) for a in admins)]
    return Drift(not_appointed, without_access)
