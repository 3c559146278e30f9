"""axe-core, the accessibility engine, finds no violation on the pages of kanalvakt."""

from __future__ import annotations

from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.urls import reverse
from playwright.sync_api import Page

from kanalvakt.registry.models import Account
from tests import personas

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
        "resultTypes": ["violations"]}


def violations(page: Page) -> list[str]:
    results = Axe().run(page, options=WCAG)
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])}× e.g. {v['nodes'][0]['html'][:120]})"
            for v in results.response["violations"]]


def test_the_public_pages_are_accessible(page: Page, live_server: Any) -> None:
    personas.load()
    for path in [reverse("login"), reverse("password_reset"), reverse("registry:public_list")]:
        page.goto(live_server.url + path)
        assert violations(page) == [], path


@pytest.mark.parametrize("username", ["alva", "admin"])
def test_the_pages_of_a_logged_in_user_are_accessible(page: Page, live_server: Any, username: str) -> None:
    people = personas.load()
    ung = Account.objects.get(platform="bluesky")
    page.goto(live_server.url + reverse("login"))
    page.get_by_label("Användarnamn").fill(username)
    page.get_by_label("Lösenord").fill(personas.PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    paths = [reverse("home"), reverse("registry:accounts"), reverse("registry:account", args=[ung.pk]),
             reverse("registry:apply"), reverse("registry:guidelines"), reverse("registry:policy"),
             reverse("org:organisation"), reverse("audit:log")]
    if username == "admin":
        paths += [reverse("org:people"), reverse("org:person", args=[people["nils"].pk]),
                  reverse("worker:jobs")]
    else:
        paths += [reverse("registry:plan", args=[ung.pk])]
    for path in paths:
        page.goto(live_server.url + path)
        assert violations(page) == [], path
