"""A saved version that a newer kanalvakt no longer loads stops nothing: moderation goes on with
the newest version that still loads (else the shipped default), and people are told.

Every saved version was accepted when it was saved; the rows below are inserted directly, as an
older kanalvakt would have saved them, with texts the loader now refuses.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from kanalvakt.audit.models import Entry
from kanalvakt.content.models import Item
from kanalvakt.content.sync import engine
from kanalvakt.moderation import active
from kanalvakt.moderation.actions import do_save_config
from kanalvakt.moderation.active import NOT_LOADED_ACTION, current_config_text, current_engine
from kanalvakt.moderation.models import EngineConfigVersion

GOOD = 'version: "motala-2026.1"\nlexicon:\n  offensive: [blorfnik]\n'
# A misspelt key, accepted (and ignored) before the loader checked every key.
MISSPELT = ('version: "motala-2026.2"\ntreshholds:\n  default: {review: 0.5, remove: 0.9}\n'
            'lexicon:\n  offensive: [blorfnik, snorvel]\n')
# Thresholds as percentages, accepted before the loader refused thresholds above 1.
PERCENT = 'version: "motala-2026.3"\nthresholds:\n  offensive: {review: 50, remove: 90}\n'

ALLOWED = ("version, replace_municipality, municipality, purpose, topics, services, off_topic, "
           "thresholds, lexicon, model, base_model, accounts")
MISSPELT_SV = f"Rad 2: Okända nycklar: treshholds. Tillåtna är: {ALLOWED}."
MISSPELT_EN = f"Line 2: Unknown keys: treshholds. Allowed are: {ALLOWED}."
PERCENT_SV = ("Rad 3: Tröskelvärdena för kategorin offensive anges mellan 0 och 1 (0.9 i stället för "
              "90), men review är 50 och remove 90.")


def _saved_by_an_older_kanalvakt(number: int, text: str, person: Any) -> EngineConfigVersion:
    return EngineConfigVersion.objects.create(number=number, text=text, created_by=person,
                                              note=f"version {number}")


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.name == "kanalvakt.moderation.active" and r.levelno == logging.WARNING]


def test_the_engine_falls_back_to_the_previous_version_that_loads_and_says_so(
        people: dict[str, Any], caplog: pytest.LogCaptureFixture) -> None:
    assert isinstance(do_save_config(people["alva"], GOOD), EngineConfigVersion)
    assert current_engine().config.version == "db-1"
    _saved_by_an_older_kanalvakt(2, MISSPELT, people["alva"])
    caplog.set_level(logging.WARNING, logger="kanalvakt.moderation.active")
    eng = current_engine()
    assert eng.config.version == "db-1"  # the version actually used, not the newest saved
    # db-1's lexicon, not db-2's: snorvel is only in the version that does not load.
    # (The municipality's own words are the lexicon's "custom" group; the base model may take
    # any "Ni är ..." for an insult, which is not what this is about.)
    assert any(f.rule == "lexicon:custom" for f in eng.classify("Ni är blorfnik").findings)
    assert not any(f.rule == "lexicon:custom" for f in eng.classify("Ni är snorvel").findings)
    [warning] = _warnings(caplog)
    assert "db-2" in warning and MISSPELT_EN in warning and "goes on with db-1" in warning
    entry = Entry.objects.get(action=NOT_LOADED_ACTION)
    assert entry.actor is None and entry.actor_name == "system"
    assert entry.object_repr == "db-2"
    assert entry.before == {"version": "db-2"}
    assert entry.after == {"version": "db-1", "not_loaded": ["db-2"]}
    assert entry.note == f"db-2: {MISSPELT_SV}"  # in the language of the interface
    assert current_config_text() == GOOD
    # Another process building its engine does not record it again.
    active._built = None
    assert current_engine().config.version == "db-1"
    assert Entry.objects.filter(action=NOT_LOADED_ACTION).count() == 1


def test_without_a_version_that_loads_the_shipped_default_is_used(
        people: dict[str, Any], caplog: pytest.LogCaptureFixture) -> None:
    _saved_by_an_older_kanalvakt(1, MISSPELT, people["alva"])
    caplog.set_level(logging.WARNING, logger="kanalvakt.moderation.active")
    eng = current_engine()
    assert eng.config.version.startswith("default")
    assert "offensive" not in eng.classify("Ni är blorfnik").categories
    [warning] = _warnings(caplog)
    assert "db-1" in warning and "the shipped default configuration" in warning
    assert Entry.objects.get(action=NOT_LOADED_ACTION).after == {"version": "default",
                                                                  "not_loaded": ["db-1"]}


def test_several_versions_that_do_not_load_are_all_passed_over(
        people: dict[str, Any], caplog: pytest.LogCaptureFixture) -> None:
    do_save_config(people["alva"], GOOD)
    _saved_by_an_older_kanalvakt(2, MISSPELT, people["alva"])
    _saved_by_an_older_kanalvakt(3, PERCENT, people["alva"])
    caplog.set_level(logging.WARNING, logger="kanalvakt.moderation.active")
    assert current_engine().config.version == "db-1"
    warnings = _warnings(caplog)
    assert len(warnings) == 2 and "db-3" in warnings[0] and "db-2" in warnings[1]
    entry = Entry.objects.get(action=NOT_LOADED_ACTION)
    assert entry.object_repr == "db-3" and entry.after["not_loaded"] == ["db-3", "db-2"]
    assert entry.note == f"db-3: {PERCENT_SV}\ndb-2: {MISSPELT_SV}"


def test_comments_are_still_classified_after_an_upgrade(
        people: dict[str, Any], comment: Callable[[str, str], Item]) -> None:
    do_save_config(people["alva"], GOOD)
    _saved_by_an_older_kanalvakt(2, MISSPELT, people["alva"])
    item = comment("17900000000000401", "Det stod blorfnik på skylten")
    assert "offensive" in item.categories
    assert engine().config.version == "db-1"


def test_the_settings_page_warns_in_swedish_and_names_the_version_used(
        people: dict[str, Any], login: Callable[[str], Client]) -> None:
    do_save_config(people["alva"], GOOD)
    _saved_by_an_older_kanalvakt(2, MISSPELT, people["alva"])
    page = login("alva").get(reverse("moderation:config")).content.decode()
    assert 'id="config-not-loaded"' in page
    assert ("Den senast sparade versionen av modereringsinställningarna, db-2, kan inte användas "
            "av den här versionen av kanalvakt:") in page
    assert MISSPELT_SV in page
    assert "Modereringen fortsätter med version db-1 i stället." in page
    assert ("Rätta texten nedan (version db-2) och spara den som en ny version, så gäller den "
            "rättade versionen.") in page
    assert "Gäller: <strong>db-1</strong>" in page  # not db-2
    assert "treshholds:" in page  # the text to correct is in the textarea, with its line 2
    assert 'aria-describedby="config-not-loaded"' in page
    listed = {line.split("</a>")[0].rsplit(">", 1)[1]: line for line in page.splitlines()
              if "/moderering/installningar/" in line and "<li>" in line}
    assert listed["db-2"].endswith("version 2 (kan inte användas av den här versionen av "
                                   "kanalvakt)</li>")
    assert listed["db-1"].endswith(" (gäller)</li>")
    # The system administrator reads the same warning, without the invitation to edit.
    admin = login("admin").get(reverse("moderation:config")).content.decode()
    assert MISSPELT_SV in admin and "Rätta texten nedan" not in admin
    assert "När kommunikationsenheten sparar en rättad version gäller den versionen." in admin


def test_the_page_names_the_shipped_default_when_no_saved_version_loads(
        people: dict[str, Any], login: Callable[[str], Client]) -> None:
    _saved_by_an_older_kanalvakt(1, MISSPELT, people["alva"])
    _saved_by_an_older_kanalvakt(2, PERCENT, people["alva"])
    page = login("alva").get(reverse("moderation:config")).content.decode()
    assert ("De 2 senast sparade versionerna av modereringsinställningarna kan inte användas av "
            "den här versionen av kanalvakt:") in page
    assert f"db-2</a>: {PERCENT_SV}" in page and f"db-1</a>: {MISSPELT_SV}" in page
    assert "Modereringen fortsätter med de medföljande standardinställningarna i stället." in page
    assert "Gäller: de medföljande standardinställningarna" in page


def test_a_version_page_does_not_call_a_version_that_does_not_load_in_force(
        people: dict[str, Any], login: Callable[[str], Client]) -> None:
    do_save_config(people["alva"], GOOD)
    _saved_by_an_older_kanalvakt(2, MISSPELT, people["alva"])
    client = login("alva")
    failing = client.get(reverse("moderation:config_version", args=[2])).content.decode()
    assert ("kan inte användas av den här versionen av kanalvakt: " + MISSPELT_SV) in failing
    assert "Modereringen fortsätter med version db-1 i stället." in failing
    assert "<dd>gäller</dd>" not in failing
    assert "<dd>gäller</dd>" in client.get(reverse("moderation:config_version", args=[1])).content.decode()


def test_saving_a_corrected_version_puts_it_in_force_and_the_warning_goes(
        people: dict[str, Any], login: Callable[[str], Client]) -> None:
    do_save_config(people["alva"], GOOD)
    _saved_by_an_older_kanalvakt(2, MISSPELT, people["alva"])
    assert current_engine().config.version == "db-1"
    client = login("alva")
    corrected = MISSPELT.replace("treshholds:", "thresholds:")
    response = client.post(reverse("moderation:config"), {"text": corrected, "note": "Stavning"})
    assert response.status_code == 302
    page = client.get(reverse("moderation:config")).content.decode()
    assert 'id="config-not-loaded"' not in page and "Gäller: <strong>db-3</strong>" in page
    eng = current_engine()
    assert eng.config.version == "db-3"
    assert "offensive" in eng.classify("Ni är snorvel").categories
    # The audit entry names the version moderation ran with before the save, not the newest.
    saved = Entry.objects.filter(action="moderation.config_saved").order_by("-pk").first()
    assert saved.before == {"version": "db-1"} and saved.after["version"] == "db-3"


def test_the_audit_log_names_the_fallback_in_swedish(
        people: dict[str, Any], login: Callable[[str], Client]) -> None:
    _saved_by_an_older_kanalvakt(1, MISSPELT, people["alva"])
    current_engine()
    page = login("admin").get(reverse("audit:log")).content.decode()
    assert "Modereringsinställningarna kunde inte läsas in" in page
