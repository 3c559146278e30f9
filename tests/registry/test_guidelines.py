"""The guidelines in kanalvakt: parsed into sentences, linked from every check, replaceable."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from django.urls import reverse

from kanalvakt.audit.models import Entry
from kanalvakt.registry.guidelines import (
    GuidelinesError,
    bundled_motala,
    parse_guidelines,
    parse_mapping,
)
from kanalvakt.registry.models import Account, GuidelineDocument, HandbookPage
from kanalvakt.registry.scorecard import scorecard

OTHER_TOWN = """Riktlinjer för sociala medier i Exempelby kommun

1. Tydlig avsändare.
Det ska framgå att Exempelby kommun står bakom kontot. Kontot ska ha kontaktuppgifter.

2. Utsedda redaktörer.
Varje konto har minst två redaktörer.
"""


def login(person: Any) -> Client:
    client = Client()
    client.force_login(person)
    return client


def test_motalas_guidelines_split_into_sections_and_sentences() -> None:
    title, sections = parse_guidelines(bundled_motala()[0])
    assert title == "Gemensamma anvisningar för sociala medier"
    assert [s.key for s in sections][:10] == [str(n) for n in range(1, 11)]
    assert sections[3].sentences == [
        "Alla kommunens konton ska ha minst två utsedda redaktörer.",
        "Administratörsrättighet för kontot ska också ges till kommunikationsenheten."]
    # A sentence broken by a page break in the source stays one sentence.
    assert "som tidigare har diarieförts." in sections[6].sentences[1]
    assert "Sekretessbelagda uppgifter" in sections[7].sentences


def test_a_mapping_must_name_exactly_one_sentence() -> None:
    _title, sections = parse_guidelines(OTHER_TOWN)
    with pytest.raises(GuidelinesError, match="ingen mening i anvisning 2 börjar med 'Alla'"):
        parse_mapping("too_few_editors: {section: '2', sentence: 'Alla'}", sections)
    with pytest.raises(GuidelinesError, match="anvisning 7 finns inte"):
        parse_mapping("too_few_editors: {section: '7', sentence: 'Varje'}", sections)


def test_every_check_on_the_scorecard_links_to_its_sentence(people: dict[str, Any]) -> None:
    ung = Account.objects.get(platform="bluesky")
    line = scorecard(ung)[3]
    assert [s.sentence for s in line.sources] == [
        "Alla kommunens konton ska ha minst två utsedda redaktörer.",
        "Det ska finnas minst en redaktör och minst en ersättare."]
    assert line.sources[0].url == "/anvisningar/#anvisning-4-1"
    page = login(people["erik"]).get(reverse("registry:guidelines")).content.decode()
    assert 'id="anvisning-4-1"' in page and "too_few_editors" in page
    assert 'id="anvisning-1-1-2"' in page  # appendix 1.1, second sentence


def test_another_municipality_loads_its_own_guidelines(people: dict[str, Any], tmp_path: Path) -> None:
    text, mapping = tmp_path / "riktlinjer.txt", tmp_path / "koppling.yaml"
    text.write_text(OTHER_TOWN, encoding="utf-8")
    mapping.write_text("too_few_editors: {section: '2', sentence: 'Varje konto'}\n"
                       "sender.municipality: {section: '1', sentence: 'Det ska framgå'}\n")
    call_command("load_guidelines", str(text), str(mapping))
    document = GuidelineDocument.objects.first()
    assert document is not None and document.title.startswith("Riktlinjer för sociala medier i Exempelby")
    line = scorecard(Account.objects.get(platform="bluesky"))[3]
    assert line.title == "Utsedda redaktörer."
    assert [s.sentence for s in line.sources] == ["Varje konto har minst två redaktörer."]


def test_a_bad_mapping_loads_nothing(people: dict[str, Any], tmp_path: Path) -> None:
    text, mapping = tmp_path / "riktlinjer.txt", tmp_path / "koppling.yaml"
    text.write_text(OTHER_TOWN, encoding="utf-8")
    mapping.write_text("too_few_editors: {section: '9', sentence: 'Varje'}\n")
    before = GuidelineDocument.objects.count()
    with pytest.raises(CommandError, match="anvisning 9 finns inte i texten"):
        call_command("load_guidelines", str(text), str(mapping))
    assert GuidelineDocument.objects.count() == before


def test_the_communications_unit_writes_the_handbook(people: dict[str, Any]) -> None:
    client = login(people["alva"])
    response = client.post(reverse("registry:handbook_new"),
                           {"title": "Kris", "body": "Vid kris publicerar kommunikatören.", "position": 2})
    page = HandbookPage.objects.get(title="Kris")
    assert response["Location"] == reverse("registry:handbook_page", args=[page.slug])
    assert Entry.objects.filter(action="registry.handbook_saved", object_id=str(page.pk)).exists()
    assert "Vid kris" in login(people["erik"]).get(response["Location"]).content.decode()
    refused = login(people["erik"]).post(reverse("registry:handbook_edit", args=[page.slug]),
                                         {"title": "Ändrad", "body": "x", "position": 1})
    assert refused.status_code == 403
    page.refresh_from_db()
    assert page.title == "Kris"
