"""The named people of the tests: the demo organisation's users, one per role, and its accounts."""

from __future__ import annotations

from kanalvakt.org.demo import ensure_demo
from kanalvakt.org.models import Person
from kanalvakt.registry.demo import ensure_demo_accounts

PASSWORD = "demo-kanalvakt"
ROLES = ["alva", "erik", "sara", "maja", "rolf", "arkiv", "admin", "nils"]


def load() -> dict[str, Person]:
    ensure_demo(PASSWORD)
    ensure_demo_accounts(PASSWORD)
    return {p.username: p for p in Person.objects.all()}
