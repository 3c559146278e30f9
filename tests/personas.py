"""The named people of the tests: the demo organisation's users, one per role."""

from __future__ import annotations

from kanalvakt.org.demo import ensure_demo
from kanalvakt.org.models import Person

PASSWORD = "demo-kanalvakt"
ROLES = ["alva", "erik", "sara", "maja", "rolf", "arkiv", "admin", "nils"]


def load() -> dict[str, Person]:
    ensure_demo(PASSWORD)
    return {p.username: p for p in Person.objects.filter(username__in=ROLES)}
