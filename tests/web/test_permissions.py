"""The permission table: every view × every demo role → expected status.

Erik and Sara are the redaktör and ersättare of Motala bibliotek on Instagram; Maja manages the
library; Räddningstjänsten's account on X is "another account" for all three of them.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from kanalvakt.content.actions import import_files
from kanalvakt.content.models import Item
from kanalvakt.moderation.actions import do_save_config
from kanalvakt.registry.models import Account
from kanalvakt.worker.jobs import ensure_periodic_jobs
from kanalvakt.worker.models import Job

LIBRARY_CSV = (b"platform,platform_id,kind,parent_id,author_id,author_name,created_at,text,permalink\n"
               b"instagram,17900000000000001,comment,,u1,Kim,2026-11-20T10:00:00Z,Har ni lovsaga?,\n")

ROLES = ["anonymous", "alva", "erik", "sara", "maja", "rolf", "arkiv", "admin", "nils"]


def codes(spec: str) -> dict[str, int]:
    """'302 200 200 …' in the order of ROLES."""
    values = [int(v) for v in spec.split()]
    assert len(values) == len(ROLES)
    return dict(zip(ROLES, values, strict=True))


def own(ctx: dict[str, Any]) -> int:
    return ctx["library"].pk


def other(ctx: dict[str, Any]) -> int:
    return ctx["rescue"].pk


#                 anon alva erik sara maja rolf arkiv admin nils
TABLE: list[tuple[str, str, Any, Any, str]] = [
    ("home", "get", lambda c: reverse("home"), None, "302 200 200 200 200 200 200 200 200"),
    ("login page", "get", lambda c: reverse("login"), None, "200 302 302 302 302 302 302 302 302"),
    ("logout by GET", "get", lambda c: reverse("logout"), None, "405 405 405 405 405 405 405 405 405"),
    ("logout", "post", lambda c: reverse("logout"), None, "302 302 302 302 302 302 302 302 302"),
    ("organisation", "get", lambda c: reverse("org:organisation"), None,
     "302 200 200 200 200 200 200 200 403"),
    ("people", "get", lambda c: reverse("org:people"), None, "302 403 403 403 403 403 403 200 403"),
    ("person", "get", lambda c: reverse("org:person", args=[c["nils"].pk]), None,
     "302 403 403 403 403 403 403 200 403"),
    ("grant role by GET", "get", lambda c: reverse("org:grant_role", args=[c["nils"].pk]), None,
     "405 405 405 405 405 405 405 405 405"),
    ("grant role", "post", lambda c: reverse("org:grant_role", args=[c["nils"].pk]),
     {"role": "archivist"}, "302 403 403 403 403 403 403 302 403"),
    ("revoke role", "post", lambda c: reverse(
        "org:revoke_role", args=[c["arkiv"].pk, c["arkiv"].role_assignments.first().pk]), None,
     "302 403 403 403 403 403 403 302 403"),
    ("deactivate", "post", lambda c: reverse("org:deactivate", args=[c["nils"].pk]), None,
     "302 403 403 403 403 403 403 302 403"),
    ("reactivate", "post", lambda c: reverse("org:reactivate", args=[c["nils"].pk]), None,
     "302 403 403 403 403 403 403 302 403"),
    ("audit log", "get", lambda c: reverse("audit:log"), None, "302 200 403 403 403 403 403 200 403"),
    ("audit CSV", "get", lambda c: reverse("audit:export"), None, "302 200 403 403 403 403 403 200 403"),
    ("jobs", "get", lambda c: reverse("worker:jobs"), None, "302 403 403 403 403 403 403 200 403"),
    ("run job now by GET", "get", lambda c: reverse("worker:run_now", args=[c["job"].pk]), None,
     "405 405 405 405 405 405 405 405 405"),
    ("run job now", "post", lambda c: reverse("worker:run_now", args=[c["job"].pk]), None,
     "302 403 403 403 403 403 403 302 403"),
    # The account registry.
    ("accounts", "get", lambda c: reverse("registry:accounts"), None,
     "302 200 200 200 200 200 200 200 403"),
    ("apply form", "get", lambda c: reverse("registry:apply"), None,
     "302 200 200 200 200 200 200 200 403"),
    ("apply with nothing filled in", "post", lambda c: reverse("registry:apply"), None,
     "302 400 400 400 400 400 400 400 403"),
    ("own account", "get", lambda c: reverse("registry:account", args=[own(c)]), None,
     "302 200 200 200 200 403 200 200 403"),
    ("another account", "get", lambda c: reverse("registry:account", args=[other(c)]), None,
     "302 200 403 403 403 403 200 200 403"),
    ("approve", "post", lambda c: reverse("registry:approve", args=[own(c)]), None,
     "302 302 403 403 403 403 403 403 403"),
    ("return", "post", lambda c: reverse("registry:return", args=[own(c)]), {"note": "Komplettera"},
     "302 302 403 403 403 403 403 403 403"),
    ("plan form", "get", lambda c: reverse("registry:plan", args=[own(c)]), None,
     "302 200 200 200 403 403 403 403 403"),
    ("plan of another account", "get", lambda c: reverse("registry:plan", args=[other(c)]), None,
     "302 200 403 403 403 403 403 403 403"),
    ("sign off plan", "post", lambda c: reverse("registry:sign_off", args=[own(c)]), None,
     "302 403 403 403 302 403 403 403 403"),
    ("appoint", "post", lambda c: reverse("registry:appoint", args=[own(c)]),
     lambda c: {"person": c["nils"].pk, "role": "substitute"}, "302 302 302 302 403 403 403 403 403"),
    ("appoint on another account", "post", lambda c: reverse("registry:appoint", args=[other(c)]),
     lambda c: {"person": c["nils"].pk, "role": "substitute"}, "302 302 403 403 403 403 403 403 403"),
    ("end appointment", "post", lambda c: reverse(
        "registry:end_appointment", args=[own(c), c["library"].appointments.first().pk]), None,
     "302 302 302 302 403 403 403 403 403"),
    ("communications admin", "post", lambda c: reverse("registry:communications_admin", args=[own(c)]),
     {"has_admin": "true"}, "302 302 403 403 403 403 403 403 403"),
    ("record profile", "post", lambda c: reverse("registry:profile", args=[own(c)]),
     {"name": "Motala bibliotek"}, "302 302 302 302 403 403 403 403 403"),
    ("read profile from the platform", "post", lambda c: reverse("registry:read_profile", args=[own(c)]),
     None, "302 302 302 302 403 403 403 403 403"),
    ("start closing", "post", lambda c: reverse("registry:start_closing", args=[own(c)]), None,
     "302 302 403 403 403 403 403 403 403"),
    ("scorecard CSV", "get", lambda c: reverse("registry:scorecard_csv"), None,
     "302 200 200 200 200 200 200 200 403"),
    ("scorecard PDF", "get", lambda c: reverse("registry:scorecard_pdf"), None,
     "302 200 200 200 200 200 200 200 403"),
    ("guidelines", "get", lambda c: reverse("registry:guidelines"), None,
     "302 200 200 200 200 200 200 200 403"),
    ("handbook page", "get", lambda c: reverse("registry:handbook_page", args=["svara-pa-kommentarer"]),
     None, "302 200 200 200 200 200 200 200 403"),
    ("handbook edit form", "get", lambda c: reverse("registry:handbook_edit", args=["svara-pa-kommentarer"]),
     None, "302 200 403 403 403 403 403 403 403"),
    ("handbook save", "post", lambda c: reverse("registry:handbook_edit", args=["svara-pa-kommentarer"]),
     {"title": "Svara", "body": "Text", "position": 1}, "302 302 403 403 403 403 403 403 403"),
    ("policy page", "get", lambda c: reverse("registry:policy"), None,
     "302 200 200 200 200 200 200 200 403"),
    ("policy save", "post", lambda c: reverse("registry:policy"), {"text": "schema: 1\n"},
     "302 302 403 403 403 403 403 403 403"),
    # Content of an account: its items, what editors do with them, and its connection (IT's).
    ("content", "get", lambda c: reverse("content:items", args=[own(c)]), None,
     "302 200 200 200 200 403 200 200 403"),
    ("content of another account", "get", lambda c: reverse("content:items", args=[other(c)]), None,
     "302 200 403 403 403 403 200 200 403"),
    ("item", "get", lambda c: reverse("content:item", args=[c["item"].pk]), None,
     "302 200 200 200 200 403 200 200 403"),
    ("reply", "post", lambda c: reverse("content:act", args=[c["item"].pk, "reply"]), {"text": "Hej!"},
     "302 302 302 302 403 403 403 403 403"),
    ("hidden by hand", "post", lambda c: reverse("content:confirm_manual", args=[c["item"].pk, "hide"]),
     None, "302 302 302 302 403 403 403 403 403"),
    ("publish", "post", lambda c: reverse("content:publish", args=[own(c)]), {"text": "Nytt inlägg"},
     "302 302 302 302 403 403 403 403 403"),
    ("import", "post", lambda c: reverse("content:import", args=[own(c)]), None,
     "302 302 302 302 403 403 403 403 403"),
    ("sync now", "post", lambda c: reverse("content:sync_now", args=[own(c)]), None,
     "302 302 302 302 403 403 403 302 403"),
    ("connect", "post", lambda c: reverse("content:connect", args=[own(c)]),
     {"platform_account_id": "1784", "token": "t"}, "302 403 403 403 403 403 403 302 403"),
    ("disconnect", "post", lambda c: reverse("content:disconnect", args=[own(c)]), None,
     "302 403 403 403 403 403 403 302 403"),
    # The moderation engine: its settings and models are the communications unit's; IT may read.
    ("moderation settings", "get", lambda c: reverse("moderation:config"), None,
     "302 200 403 403 403 403 403 200 403"),
    ("moderation settings save", "post", lambda c: reverse("moderation:config"),
     {"text": 'version: "ny"\n'}, "302 302 403 403 403 403 403 403 403"),
    ("moderation settings version", "get", lambda c: reverse(
        "moderation:config_version", args=[c["config"].number]), None,
     "302 200 403 403 403 403 403 200 403"),
    ("trained models", "get", lambda c: reverse("moderation:models"), None,
     "302 200 403 403 403 403 403 200 403"),
    ("train model", "post", lambda c: reverse("moderation:train"), None,
     "302 302 403 403 403 403 403 403 403"),
    ("train model by GET", "get", lambda c: reverse("moderation:train"), None,
     "405 405 405 405 405 405 405 405 405"),
    ("keep item", "post", lambda c: reverse("moderation:keep", args=[c["item"].pk]), None,
     "302 302 302 302 403 403 403 403 403"),
    ("Meta webhook without its verify token", "get", lambda c: reverse("content:meta_webhook"), None,
     "403 403 403 403 403 403 403 403 403"),
    ("public account list", "get", lambda c: reverse("registry:public_list"), None,
     "200 200 200 200 200 200 200 200 200"),
    ("public account list as JSON", "get", lambda c: reverse("registry:public_json"), None,
     "200 200 200 200 200 200 200 200 200"),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("name", "method", "url", "data", "expected"), TABLE, ids=[t[0] for t in TABLE])
def test_permission_table(people: dict[str, Any], role: str, name: str, method: str, url: Any,
                          data: Any, expected: str) -> None:
    from kanalvakt.audit import tasks  # noqa: F401 - registers the periodic task

    ensure_periodic_jobs()
    library = Account.objects.get(platform="instagram", handle="motalabibliotek")
    import_files(None, library, {"export.csv": LIBRARY_CSV})
    ctx = {**people, "job": Job.objects.get(key="audit.verify_chain"), "library": library,
           "rescue": Account.objects.get(platform="x", handle="raddningmotala"),
           "item": Item.objects.get(platform_id="17900000000000001"),
           "config": do_save_config(people["alva"], 'version: "behörighet"\n')}
    client = Client()
    if role != "anonymous":
        client.force_login(people[role])
    payload = data(ctx) if callable(data) else (data or {})
    response = getattr(client, method)(url(ctx), payload)
    assert response.status_code == codes(expected)[role], f"{name} as {role}"


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
    ("alva", ["Översikt", "Konton", "Organisation", "Granskningslogg", "Moderering – inställningar",
              "Inlärda modeller"],
     ["Personer och roller", "Bakgrundsjobb"]),
    ("admin", ["Översikt", "Konton", "Personer och roller", "Granskningslogg", "Bakgrundsjobb",
               "Moderering – inställningar", "Inlärda modeller"], []),
    ("maja", ["Översikt", "Konton", "Organisation"],
     ["Granskningslogg", "Bakgrundsjobb", "Personer och roller", "Moderering", "Inlärda modeller"]),
    ("erik", ["Översikt", "Konton", "Organisation"],
     ["Granskningslogg", "Bakgrundsjobb", "Personer och roller", "Moderering", "Inlärda modeller"]),
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
