"""The registry in the web interface: scorecard, policy file, CSV and the public account list."""

from __future__ import annotations

import csv
import io
from typing import Any

from django.test import Client
from django.urls import reverse

from kanalvakt.registry.models import Account, PolicyVersion
from kanalvakt.registry.policy import current_text


def login(person: Any) -> Client:
    client = Client()
    client.force_login(person)
    return client


def test_the_scorecard_shows_the_ten_guidelines_with_reasons(people: dict[str, Any]) -> None:
    ung = Account.objects.get(platform="bluesky")
    page = login(people["alva"]).get(reverse("registry:account", args=[ung.pk])).content.decode()
    assert page.count('class="badge') >= 10
    assert "4. Utse redaktörer." in page
    assert "Kontot har 1 utsedda redaktörer; minst två krävs." in page
    assert "Ingen ersättare är utsedd." in page


def test_the_sender_checks_read_the_recorded_profile(people: dict[str, Any]) -> None:
    facebook = Account.objects.get(platform="facebook")
    page = login(people["alva"]).get(reverse("registry:account", args=[facebook.pk])).content.decode()
    assert "1. Visa tydlig avsändare." in page
    library = Account.objects.get(platform="instagram")
    client = login(people["erik"])
    client.post(reverse("registry:profile", args=[library.pk]), {"name": "Biblioteket"})
    page = client.get(reverse("registry:account", args=[library.pk])).content.decode()
    assert "Kontaktuppgifter saknas" in page


def test_an_invalid_policy_file_is_refused_with_its_line_and_the_old_one_stays(
        people: dict[str, Any]) -> None:
    client = login(people["alva"])
    before = current_text()
    bad = "schema: 1\nreadability:\n  max_lix: hög\n"
    response = client.post(reverse("registry:policy"), {"text": bad})
    assert response.status_code == 400
    assert "Rad 3" in response.content.decode()
    assert PolicyVersion.objects.count() == 0 and current_text() == before
    good = "schema: 1\nreadability:\n  max_lix: 40\n"
    assert client.post(reverse("registry:policy"), {"text": good}).status_code == 302
    assert current_text() == good
    response = client.post(reverse("registry:policy"), {"text": "schema: [1\n"})
    assert response.status_code == 400 and current_text() == good


def test_only_the_communications_unit_changes_the_policy(people: dict[str, Any]) -> None:
    response = login(people["erik"]).post(reverse("registry:policy"), {"text": "schema: 1\n"})
    assert response.status_code == 403
    assert PolicyVersion.objects.count() == 0


def test_an_editor_sees_only_their_own_accounts(people: dict[str, Any]) -> None:
    page = login(people["erik"]).get(reverse("registry:accounts")).content.decode()
    assert "Motala bibliotek" in page and "Räddningstjänsten Motala" not in page
    page = login(people["maja"]).get(reverse("registry:accounts")).content.decode()
    assert "Motala bibliotek" in page and "Räddningstjänsten Motala" not in page


def test_the_scorecards_export_as_csv(people: dict[str, Any]) -> None:
    body = login(people["alva"]).get(reverse("registry:scorecard_csv")).content.decode()
    rows = list(csv.DictReader(io.StringIO(body)))
    assert len(rows) == 8 * 10
    ung = [r for r in rows if r["konto"] == "Motala Ung" and r["anvisning"] == "4"]
    assert ung[0]["bedömning"] == "Brist"


def test_the_public_list_needs_no_login_and_lists_official_accounts(people: dict[str, Any]) -> None:
    response = Client().get(reverse("registry:public_json"))
    data = response.json()["accounts"]
    assert {(a["platform"], a["name"]) for a in data} >= {("instagram", "Motala bibliotek"),
                                                          ("bluesky", "Motala Ung")}
    library = next(a for a in data if a["platform"] == "instagram")
    assert library["address"] == "https://www.instagram.com/motalabibliotek"
    assert library["unit"] == "Motala bibliotek"
    assert "två arbetsdagar" in library["what_to_expect"]
    page = Client().get(reverse("registry:public_list")).content.decode()
    assert "Kommunens officiella konton i sociala medier" in page
