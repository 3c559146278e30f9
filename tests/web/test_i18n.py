"""Swedish is complete: every text of the interface has a Swedish translation."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import kanalvakt

CATALOG = Path(kanalvakt.__file__).parent / "locale" / "sv" / "LC_MESSAGES" / "django.po"


def _entries(text: str) -> list[tuple[str, str, bool]]:
    entries = []
    for block in text.split("\n\n")[1:]:
        fuzzy = "#, fuzzy" in block
        msgid = "".join(re.findall(r'"(.*)"', block.split("msgid ", 1)[1].split("msgstr", 1)[0]))
        msgstr = "".join(re.findall(r'"(.*)"', block.split("msgstr ", 1)[1])) if "msgstr " in block else ""
        entries.append((msgid, msgstr, fuzzy))
    return entries


def test_every_interface_text_is_translated_to_swedish() -> None:
    untranslated = [msgid for msgid, msgstr, fuzzy in _entries(CATALOG.read_text()) if not msgstr or fuzzy]
    assert untranslated == []


def test_the_compiled_catalogue_is_up_to_date(tmp_path: Path) -> None:
    compiled = tmp_path / "django.mo"
    subprocess.run(["msgfmt", "-o", str(compiled), str(CATALOG)], check=True)
    assert compiled.read_bytes() == CATALOG.with_suffix(".mo").read_bytes(), "run make messages"


def test_the_stylesheet_and_htmx_are_served_without_a_cdn(client: object) -> None:
    from django.test import Client

    page = Client().get("/logga-in/").content.decode()
    for path in re.findall(r'(?:href|src)="(/static/[^"]+)"', page):
        response = Client().get(path)
        assert response.status_code == 200, path
    assert "/static/kanalvakt/kanalvakt.css" in page and "htmx" in page
    assert "https://" not in page.split("<body", 1)[0]


def test_no_interface_text_is_missing_from_the_swedish_catalogue(
        tmp_path: Path, settings: object, monkeypatch: object) -> None:
    """makemessages on a copy of the code finds nothing that lacks a Swedish translation."""
    import shutil

    from django.core.management import call_command

    copy = tmp_path / "kanalvakt"
    shutil.copytree(CATALOG.parents[3], copy, ignore=shutil.ignore_patterns(
        "moderation", "connectors", "__pycache__", "*.mo", "data"))
    settings.LOCALE_PATHS = [copy / "locale"]  # type: ignore[attr-defined]
    monkeypatch.chdir(copy)  # type: ignore[attr-defined]
    call_command("makemessages", locale=["sv"], no_obsolete=True, verbosity=0)
    fresh = (copy / "locale" / "sv" / "LC_MESSAGES" / "django.po").read_text()
    missing = [msgid for msgid, msgstr, fuzzy in _entries(fresh) if not msgstr or fuzzy]
    assert missing == [], "run `make messages` and translate these"
