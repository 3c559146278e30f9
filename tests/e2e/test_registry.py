"""In a real browser: an editor applies for an account, the manager signs off the plan, the
communications unit approves it, its scorecard shows, and the public list has it without login."""

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


def login(page: Page, site: str, username: str) -> None:
    page.context.clear_cookies()
    page.goto(site + "/logga-in/")
    page.get_by_label("Användarnamn").fill(username)
    page.get_by_label("Lösenord").fill(personas.PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    expect(page.get_by_role("navigation", name="Huvudmeny")).to_be_visible()


def test_an_applied_account_becomes_active_and_public(page: Page, site: str) -> None:
    login(page, site, "erik")
    page.get_by_role("navigation", name="Huvudmeny").get_by_role("link", name="Konton").click()
    page.get_by_role("link", name="Ansök om ett nytt konto").click()
    page.get_by_label("Plattform").select_option("facebook")
    page.get_by_label("Kontonamn").fill("Motala bibliotek")
    page.get_by_label("Adress eller användarnamn").fill("motalabibliotek.fb")
    page.get_by_label("Offentlig adress").fill("https://www.facebook.com/motalabibliotek")
    page.get_by_label("Ägande enhet").select_option(label="Motala bibliotek")
    page.get_by_label("Kontakt:", exact=True).fill("bibliotek@motala.se")
    page.get_by_label("Vad man kan förvänta sig").fill("Vi svarar vardagar inom två arbetsdagar.")
    for label, value in [("Syfte", "Tipsa om böcker och evenemang"), ("Mål", "Fler låntagare"),
                         ("Målgrupp", "Vuxna läsare"), ("Redaktionella teman", "Boktips, evenemang"),
                         ("Publiceringstakt", "Två gånger i veckan"),
                         ("Publiceringskalender", "Tisdag: boktips; fredag: helgens evenemang"),
                         ("Koppling till verksamheten", "Bibliotekets läsfrämjande uppdrag")]:
        page.get_by_label(f"{label}:", exact=True).fill(value)
    page.get_by_label("Redaktör:", exact=True).select_option(label="Erik Berg")
    page.get_by_label("Ersättare:", exact=True).select_option(label="Sara Holm")
    page.get_by_role("button", name="Skicka ansökan").click()
    expect(page.get_by_text("Ansökan skickades till kommunikationsenheten.")).to_be_visible()
    expect(page.locator("#account-status")).to_have_text("Ansökt")
    account_url = page.url

    login(page, site, "maja")
    page.goto(account_url)
    page.get_by_role("button", name="Signera planen").click()
    expect(page.get_by_text("Du har signerat planen.")).to_be_visible()

    login(page, site, "alva")
    page.goto(account_url)
    page.get_by_role("button", name="Godkänn och aktivera").click()
    expect(page.get_by_text("Kommunikationsenheten har inte administratörsrätt på kontot.").first).to_be_visible()
    page.get_by_role("button", name="Bekräfta att kommunikationsenheten har administratörsrätt").click()
    page.get_by_role("button", name="Godkänn och aktivera").click()
    expect(page.get_by_text("Kontot är godkänt och aktivt.")).to_be_visible()
    expect(page.locator("#account-status")).to_have_text("Aktivt")
    scorecard = page.get_by_role("table").filter(has_text="Anvisning")
    expect(scorecard.get_by_role("row")).to_have_count(11)
    expect(scorecard.get_by_role("row", name="4. Utse redaktörer.")).to_contain_text("Uppfyllt")

    page.context.clear_cookies()
    response = page.request.get(site + "/kanaler.json")
    names = [(a["platform"], a["handle"]) for a in response.json()["accounts"]]
    assert ("facebook", "motalabibliotek.fb") in names
