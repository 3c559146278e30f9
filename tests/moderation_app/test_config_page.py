"""Editing the engine's configuration: a new version only if the engine accepts it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.test import Client
from django.urls import reverse

from kanalvakt.audit.models import Entry
from kanalvakt.moderation.active import current_config_text, current_engine
from kanalvakt.moderation.models import EngineConfigVersion

GOOD = 'version: "motala-2026.1"\nlexicon:\n  offensive: [blorfnik]\n'


def test_the_page_shows_the_shipped_default_until_a_version_is_saved(
        people: dict[str, Any], login: Callable[[str], Client]) -> None:
    page = login("alva").get(reverse("moderation:config")).content.decode()
    assert "Moderering – inställningar" in page
    assert "default-2025.1" in page  # the shipped file's own version line, in the textarea
    assert current_engine().config.version.startswith("default")


def test_an_accepted_version_is_saved_audited_and_reported_by_the_engine(
        people: dict[str, Any], login: Callable[[str], Client]) -> None:
    response = login("alva").post(reverse("moderation:config"), {"text": GOOD, "note": "Nytt ord"})
    assert response.status_code == 302
    version = EngineConfigVersion.objects.get()
    assert (version.number, version.created_by, version.note) == (1, people["alva"], "Nytt ord")
    assert current_config_text() == GOOD
    assert current_engine().config.version == "db-1"
    entry = Entry.objects.get(action="moderation.config_saved")
    assert entry.actor == people["alva"] and entry.after["version"] == "db-1"
    page = login("alva").get(reverse("moderation:config")).content.decode()
    assert "db-1" in page and "Nytt ord" in page
    assert "blorfnik" in login("admin").get(reverse("moderation:config_version", args=[1])).content.decode()


def test_a_yaml_error_is_refused_with_its_line_in_swedish_and_the_previous_version_stays(
        people: dict[str, Any], login: Callable[[str], Client]) -> None:
    client = login("alva")
    client.post(reverse("moderation:config"), {"text": GOOD})
    broken = 'version: "2"\nlexicon:\n  offensive: [blorfnik\nservices: []\n'
    response = client.post(reverse("moderation:config"), {"text": broken})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Inställningarna sparades inte" in page
    assert "Rad 4:" in page
    assert "blorfnik\nservices" in page  # the refused text is kept in the textarea to be fixed
    assert EngineConfigVersion.objects.count() == 1
    assert current_engine().config.version == "db-1"
    assert Entry.objects.filter(action="moderation.config_saved").count() == 1


def test_a_configuration_the_engine_refuses_is_not_saved(
        people: dict[str, Any], login: Callable[[str], Client]) -> None:
    text = ('version: "3"\naccounts:\n  bibliotek:\n    thresholds:\n'
            '      offensive: {review: 0.9, remove: 0.2}\n')
    response = login("alva").post(reverse("moderation:config"), {"text": text})
    assert response.status_code == 400
    page = response.content.decode()
    assert ("Rad 5: Kontot bibliotek (under accounts), tröskelvärdena för kategorin offensive: "
            "review måste vara mellan 0 och remove, men review är 0.9 och remove 0.2.") in page
    no_version = login("alva").post(reverse("moderation:config"), {"text": "lexicon: {}\n"})
    assert "version" in no_version.content.decode() and no_version.status_code == 400
    assert not EngineConfigVersion.objects.exists()
    assert current_engine().config.version.startswith("default")


def test_the_system_administrator_reads_but_does_not_edit(
        people: dict[str, Any], login: Callable[[str], Client]) -> None:
    page = login("admin").get(reverse("moderation:config")).content.decode()
    assert "readonly" in page and "Spara som ny version" not in page
    assert login("admin").post(reverse("moderation:config"), {"text": GOOD}).status_code == 403
    assert not EngineConfigVersion.objects.exists()
