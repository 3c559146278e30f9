"""The scorecard as a printable PDF for the management group."""

from __future__ import annotations

import subprocess
from typing import Any

from django.test import Client
from django.urls import reverse


def login(person: Any) -> Client:
    client = Client()
    client.force_login(person)
    return client


def pdf_text(pdf: bytes) -> str:
    return subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode()


def test_the_communicator_gets_every_account_with_its_deficiencies(people: dict[str, Any]) -> None:
    response = login(people["alva"]).get(reverse("registry:scorecard_pdf"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="kanalvakt-efterlevnad.pdf"'
    assert response.content.startswith(b"%PDF")
    text = pdf_text(response.content)
    assert "Efterlevnad av anvisningar för sociala medier" in text
    assert "Motala kommun" in text
    assert "Motala Ung" in text
    assert "Utse redaktörer" in text
    assert "Brist" in text
    assert "Räddningstjänsten Motala" in text


def test_an_editor_gets_only_their_own_accounts(people: dict[str, Any]) -> None:
    text = pdf_text(login(people["erik"]).get(reverse("registry:scorecard_pdf")).content)
    assert "Motala bibliotek" in text
    assert "Räddningstjänsten Motala" not in text
    assert "Motala Ung" not in text


def test_a_person_without_a_role_is_refused(people: dict[str, Any]) -> None:
    assert login(people["nils"]).get(reverse("registry:scorecard_pdf")).status_code == 403


def test_an_anonymous_visitor_is_sent_to_log_in(db: Any) -> None:
    response = Client().get(reverse("registry:scorecard_pdf"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_without_chromium_the_export_explains_itself_in_swedish(people: dict[str, Any],
                                                                 settings: Any) -> None:
    settings.KANALVAKT_CHROMIUM = "/nonexistent/chromium"
    response = login(people["alva"]).get(reverse("registry:scorecard_pdf"))
    assert response.status_code == 503
    assert "PDF" in response.content.decode()
    assert "webbläsare" in response.content.decode()


def test_the_accounts_page_links_to_the_pdf(people: dict[str, Any]) -> None:
    page = login(people["alva"]).get(reverse("registry:accounts")).content.decode()
    assert reverse("registry:scorecard_pdf") in page
    assert "Exportera efterlevnaden som PDF" in page
