"""In a real browser: the demo page's synced comments, and hiding one the guidelines' way."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from kanalvakt.content.models import Evidence, Item
from kanalvakt.content.sync import sync_account
from kanalvakt.registry.models import Account
from tests import personas

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_editor_hides_a_flagged_comment_after_evidence_is_saved(page: Page, live_server: Any) -> None:
    personas.load()
    demo = Account.objects.get(platform="demo")
    sync_account(demo, max_pages=2)
    flagged = Item.objects.filter(account=demo, action__in=["review", "remove"], is_own=False).first()
    assert flagged is not None

    page.goto(live_server.url + "/logga-in/")
    page.get_by_label("Användarnamn").fill("alva")
    page.get_by_label("Lösenord").fill(personas.PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.get_by_role("navigation", name="Huvudmeny").get_by_role("link", name="Konton").click()
    page.get_by_role("link", name="Motala kommun – demosida").click()
    page.get_by_role("link", name="Inlägg, kommentarer och meddelanden").click()
    expect(page.get_by_text("Fungerar")).to_be_visible()
    page.get_by_role("link", name="Visa bara det som klassificeraren flaggat").click()
    page.locator(f'a[href="/inlagg/{flagged.pk}/"]').click()
    expect(page.get_by_role("heading", name="Versioner")).to_be_visible()
    page.get_by_role("button", name="Spara bevis och dölj").click()
    expect(page.get_by_text("Beviset sparades och skickades till registratorn; inlägget är nu dolt.")).to_be_visible()
    expect(page.get_by_role("heading", name="Bevis")).to_be_visible()
    flagged.refresh_from_db()
    assert flagged.is_hidden and Evidence.objects.filter(item=flagged).exists()
