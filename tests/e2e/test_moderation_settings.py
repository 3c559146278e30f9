"""In a real browser: after an upgrade the newest saved moderation settings no longer load; the
settings page says so in Swedish, moderation goes on with the previous version, and saving a
corrected version puts it in force."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from kanalvakt.moderation.actions import do_save_config
from kanalvakt.moderation.models import EngineConfigVersion
from tests import personas
from tests.e2e.test_accessibility import violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

GOOD = 'version: "motala-2026.1"\nlexicon:\n  offensive: [blorfnik]\n'
MISSPELT = ('version: "motala-2026.2"\ntreshholds:\n  default: {review: 0.5, remove: 0.9}\n'
            'lexicon:\n  offensive: [blorfnik, snorvel]\n')


def test_a_saved_version_that_no_longer_loads_is_shown_and_corrected(
        page: Page, live_server: Any) -> None:
    people = personas.load()
    do_save_config(people["alva"], GOOD)
    # Saved by an older kanalvakt, which did not refuse unknown keys.
    EngineConfigVersion.objects.create(number=2, text=MISSPELT, created_by=people["alva"])
    page.goto(live_server.url + "/logga-in/")
    page.get_by_label("Användarnamn").fill("alva")
    page.get_by_label("Lösenord").fill(personas.PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.get_by_role("navigation", name="Huvudmeny").get_by_role(
        "link", name="Moderering – inställningar").click()

    warning = page.locator("#config-not-loaded")
    expect(warning).to_be_visible()
    expect(warning).to_contain_text("Den senast sparade versionen av modereringsinställningarna, "
                                     "db-2, kan inte användas av den här versionen av kanalvakt:")
    expect(warning).to_contain_text("Rad 2: Okända nycklar: treshholds.")
    expect(warning).to_contain_text("Modereringen fortsätter med version db-1 i stället.")
    expect(warning).to_contain_text("Rätta texten nedan (version db-2) och spara den som en ny "
                                    "version, så gäller den rättade versionen.")
    expect(page.get_by_text("Gäller: db-1")).to_be_visible()
    assert violations(page) == []

    text = page.get_by_label("Inställningar (YAML)")
    expect(text).to_have_accessible_description(re.compile("Rad 2: Okända nycklar: treshholds"))
    text.fill(text.input_value().replace("treshholds:", "thresholds:"))
    page.get_by_label("Vad som ändrades").fill("Stavningen av thresholds")
    page.get_by_role("button", name="Spara som ny version").click()
    expect(page.get_by_text("Version db-3 av modereringsinställningarna gäller nu.")).to_be_visible()
    expect(page.locator("#config-not-loaded")).to_have_count(0)
    expect(page.get_by_text("Gäller: db-3")).to_be_visible()
