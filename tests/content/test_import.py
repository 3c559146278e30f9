"""File import: validated whole, stored all or nothing, audited, idempotent."""

from __future__ import annotations

from typing import Any

import pytest

from kanalvakt.audit.models import Entry
from kanalvakt.connectors.demo_text import TEST_PERSONNUMMER
from kanalvakt.connectors.importers import ImportFileError
from kanalvakt.content.actions import import_files
from kanalvakt.content.models import Item, Version
from kanalvakt.registry.models import Account

PNR = TEST_PERSONNUMMER[0]
HEADER = "platform,platform_id,kind,parent_id,author_id,author_name,created_at,text,permalink\n"
GOOD = (HEADER
        + "facebook,1001_1,post,,1001,Motala kommun,2026-11-01T10:00:00+01:00,Välkommen till julmarknaden!,\n"
        + "facebook,1_2,comment,1001_1,42,Anna Andersson,2026-11-01T11:00:00+01:00,När öppnar den?,\n"
        + f"facebook,1_3,comment,1001_1,43,Bo Berg,2026-11-01T12:00:00+01:00,Hans personnummer är {PNR},\n")


def test_a_valid_csv_imports_every_item(people: dict[str, Any], page: Account) -> None:
    result = import_files(people["alva"], page, {"historik.csv": GOOD.encode()})
    assert (result.files, result.items, result.created) == (1, 3, 3)
    assert Item.objects.filter(account=page).count() == 3
    assert Version.objects.filter(source=Version.Source.IMPORT).count() == 3
    entry = Entry.objects.filter(action="content.imported").get()
    assert entry.actor == people["alva"] and entry.after["created"] == 3
    assert Item.objects.get(platform_id="1_3").categories  # classified like any other item


def test_importing_the_same_file_again_creates_nothing(people: dict[str, Any], page: Account) -> None:
    import_files(people["alva"], page, {"historik.csv": GOOD.encode()})
    again = import_files(people["alva"], page, {"historik.csv": GOOD.encode()})
    assert (again.created, again.versions, again.unchanged) == (0, 0, 3)
    assert Version.objects.count() == 3


@pytest.mark.parametrize(("bad", "line", "field"), [
    (GOOD + "facebook,1_4,comment,,,,inte-en-tid,Hej,\n", 5, "created_at"),
    (GOOD + "facebook,1_5,gilla,,,,2026-11-01T12:00:00+01:00,Hej,\n", 5, "kind"),
    (GOOD + "facebook,1_2,comment,,,,2026-11-01T12:00:00+01:00,Dubblett,\n", 5, "platform_id"),
    (GOOD + "instagram,1_6,comment,,,,2026-11-01T12:00:00+01:00,Fel plattform,\n", None, "platform"),
], ids=["bad-time", "bad-kind", "duplicate-id", "other-platform"])
def test_a_broken_file_is_refused_with_its_location_and_nothing_is_imported(
        people: dict[str, Any], page: Account, bad: str, line: int | None, field: str) -> None:
    with pytest.raises(ImportFileError) as info:
        import_files(people["alva"], page, {"good.csv": GOOD.encode(), "bad.csv": bad.encode()})
    assert (info.value.file, info.value.line, info.value.field) == ("bad.csv", line, field)
    assert "Ingenting ur filen har importerats" in info.value.message_sv
    assert not Item.objects.exists()
    assert not Entry.objects.filter(action="content.imported").exists()


def test_a_facebook_export_imports_posts_and_comments(people: dict[str, Any], page: Account) -> None:
    export = ('[{"timestamp": 1764000000, "data": [{"post": "Snöröjningen börjar i natt"}], '
              '"title": "Motala kommun uppdaterade sin status."}]').encode()
    result = import_files(people["alva"], page, {"your_posts_1.json": export})
    assert result.created == 1
    assert Item.objects.get().text == "Snöröjningen börjar i natt"
