"""The permission table: every view of the foundation × every demo role → expected status."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from kanalvakt.worker.jobs import ensure_periodic_jobs
from kanalvakt.worker.models import Job

ROLES = ["anonymous", "alva", "erik", "sara", "maja", "rolf", "arkiv", "admin", "nils"]
NO_ROLE = {"erik", "sara", "nils"}  # Erik and Sara get their editor roles with the registry.


def row(anonymous: int, with_role: int, *, admin: int | None = None, alva: int | None = None,
        no_role: int = 403) -> dict[str, int]:
    expected = {"anonymous": anonymous}
    for name in ROLES[1:]:
        expected[name] = no_role if name in NO_ROLE else with_role
    if alva is not None:
        expected["alva"] = alva
    if admin is not None:
        expected["admin"] = admin
    return expected


# (name, method, url maker, expected status per role)
TABLE: list[tuple[str, str, Any, dict[str, int]]] = [
    ("home", "get", lambda ctx: reverse("home"), row(302, 200, no_role=200)),
    ("login page", "get", lambda ctx: reverse("login"), row(200, 302, no_role=302)),
    ("logout by GET", "get", lambda ctx: reverse("logout"), row(405, 405, no_role=405)),
    ("logout", "post", lambda ctx: reverse("logout"), row(302, 302, no_role=302)),
    ("organisation", "get", lambda ctx: reverse("org:organisation"), row(302, 200)),
    ("people", "get", lambda ctx: reverse("org:people"), row(302, 403, admin=200)),
    ("person", "get", lambda ctx: reverse("org:person", args=[ctx["nils"].pk]),
     row(302, 403, admin=200)),
    ("grant role by GET", "get", lambda ctx: reverse("org:grant_role", args=[ctx["nils"].pk]),
     row(405, 405, no_role=405)),
    ("grant role", "post", lambda ctx: reverse("org:grant_role", args=[ctx["nils"].pk]),
     row(302, 403, admin=302)),
    ("revoke role", "post", lambda ctx: reverse(
        "org:revoke_role", args=[ctx["arkiv"].pk, ctx["arkiv"].role_assignments.first().pk]),
     row(302, 403, admin=302)),
    ("deactivate", "post", lambda ctx: reverse("org:deactivate", args=[ctx["nils"].pk]),
     row(302, 403, admin=302)),
    ("reactivate", "post", lambda ctx: reverse("org:reactivate", args=[ctx["nils"].pk]),
     row(302, 403, admin=302)),
    ("audit log", "get", lambda ctx: reverse("audit:log"), row(302, 403, admin=200, alva=200)),
    ("audit CSV", "get", lambda ctx: reverse("audit:export"), row(302, 403, admin=200, alva=200)),
    ("jobs", "get", lambda ctx: reverse("worker:jobs"), row(302, 403, admin=200)),
    ("run job now by GET", "get", lambda ctx: reverse("worker:run_now", args=[ctx["job"].pk]),
     row(405, 405, no_role=405)),
    ("run job now", "post", lambda ctx: reverse("worker:run_now", args=[ctx["job"].pk]),
     row(302, 403, admin=302)),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("name", "method", "url", "expected"), TABLE, ids=[t[0] for t in TABLE])
def test_permission_table(people: dict[str, Any], role: str, name: str, method: str, url: Any,
                          expected: dict[str, int]) -> None:
    from kanalvakt.audit import tasks  # noqa: F401 - registers the periodic task

    ensure_periodic_jobs()
    ctx = {**people, "job": Job.objects.get(key="audit.verify_chain")}
    client = Client()
    if role != "anonymous":
        client.force_login(people[role])
    response = getattr(client, method)(url(ctx), {"role": "archivist"} if "grant" in name else {})
    assert response.status_code == expected[role], f"{name} as {role}"


def test_a_person_without_role_sees_only_that_they_have_none(people: dict[str, Any]) -> None:
    client = Client()
    client.force_login(people["nils"])
    page = client.get(reverse("home")).content.decode()
    assert "Du har ingen roll i kanalvakt" in page
    assert 'aria-label="Huvudmeny"' not in page
    forbidden = client.get(reverse("org:organisation"))
    assert forbidden.status_code == 403
    assert "Du har ingen roll i kanalvakt" in forbidden.content.decode()


@pytest.mark.parametrize(("role", "shown", "hidden"), [
    ("alva", ["Översikt", "Organisation", "Granskningslogg"], ["Personer och roller", "Bakgrundsjobb"]),
    ("admin", ["Översikt", "Personer och roller", "Granskningslogg", "Bakgrundsjobb"], []),
    ("maja", ["Översikt", "Organisation"], ["Granskningslogg", "Bakgrundsjobb", "Personer och roller"]),
])
def test_navigation_shows_only_what_the_role_allows(people: dict[str, Any], role: str,
                                                    shown: list[str], hidden: list[str]) -> None:
    client = Client()
    client.force_login(people[role])
    page = client.get(reverse("home")).content.decode()
    nav = page.split('aria-label="Huvudmeny"', 1)[1].split("</nav>", 1)[0]
    for label in shown:
        assert label in nav
    for label in hidden:
        assert label not in nav
