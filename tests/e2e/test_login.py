"""In a real browser: log in through the login page, see the role's Swedish navigation, log out."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests import personas

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site(live_server: Any) -> str:
    personas.load()
    return live_server.url


def test_a_communicator_logs_in_sees_her_navigation_and_logs_out(page: Page, site: str) -> None:
    page.goto(site + "/")
    expect(page).to_have_url(site + "/logga-in/")
    expect(page.get_by_role("heading", name="Logga in i kanalvakt")).to_be_visible()
    page.get_by_label("Användarnamn").fill("alva")
    page.get_by_label("Lösenord").fill(personas.PASSWORD)
    page.get_by_role("button", name="Logga in").click()

    expect(page.get_by_role("heading", name="Välkommen, Alva")).to_be_visible()
    nav = page.get_by_role("navigation", name="Huvudmeny")
    expect(nav.get_by_role("link")).to_have_text(
        ["Översikt", "Konton", "Anvisningar", "Moderering – inställningar", "Inlärda modeller",
         "Organisation", "Granskningslogg"])
    nav.get_by_role("link", name="Granskningslogg").click()
    expect(page.get_by_role("cell", name="Loggade in").first).to_be_visible()

    page.get_by_role("button", name="Logga ut").click()
    expect(page).to_have_url(site + "/logga-in/")
    page.goto(site + "/logg/")
    expect(page).to_have_url(site + "/logga-in/?next=/logg/")


def test_the_system_administrator_sees_the_operations_pages(page: Page, site: str) -> None:
    page.goto(site + "/logga-in/")
    page.get_by_label("Användarnamn").fill("admin")
    page.get_by_label("Lösenord").fill(personas.PASSWORD)
    page.keyboard.press("Enter")
    nav = page.get_by_role("navigation", name="Huvudmeny")
    expect(nav.get_by_role("link")).to_have_text(
        ["Översikt", "Konton", "Anvisningar", "Moderering – inställningar", "Inlärda modeller",
         "Organisation", "Personer och roller", "Granskningslogg", "Bakgrundsjobb"])


def test_a_wrong_password_shows_a_swedish_error_and_gives_no_session(page: Page, site: str) -> None:
    page.goto(site + "/logga-in/")
    page.get_by_label("Användarnamn").fill("alva")
    page.get_by_label("Lösenord").fill("fel-lösenord")
    page.get_by_role("button", name="Logga in").click()
    expect(page.get_by_role("alert")).to_contain_text("Ange ett korrekt användarnamn och lösenord")
    assert not [c for c in page.context.cookies() if c["name"] == "sessionid"]
    page.goto(site + "/")
    expect(page).to_have_url(site + "/logga-in/")


def test_a_person_without_a_role_sees_only_that(page: Page, site: str) -> None:
    page.goto(site + "/logga-in/")
    page.get_by_label("Användarnamn").fill("nils")
    page.get_by_label("Lösenord").fill(personas.PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    expect(page.get_by_role("heading", name="Du har ingen roll i kanalvakt")).to_be_visible()
    expect(page.get_by_role("navigation", name="Huvudmeny")).to_have_count(0)


def test_the_interface_is_available_in_english(page: Page, site: str) -> None:
    page.goto(site + "/logga-in/")
    page.get_by_label("Språk").select_option("en")
    page.get_by_role("button", name="Byt").click()
    expect(page.get_by_role("heading", name="Log in to kanalvakt")).to_be_visible()
