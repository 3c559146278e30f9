"""The content pages: connecting, reading items and versions, and acting on them, evidence first."""

from __future__ import annotations

from typing import Any

from django.core import mail
from django.test import Client
from django.urls import reverse

from kanalvakt.audit.models import Entry
from kanalvakt.content.models import Connection, Evidence, Item, Version
from kanalvakt.content.sync import sync_account
from kanalvakt.registry.models import Account

CSV_HEADER = "platform,platform_id,kind,parent_id,author_id,author_name,created_at,text,permalink\n"


def login(person: Any) -> Client:
    client = Client()
    client.force_login(person)
    return client


def demo_account() -> Account:
    account = Account.objects.get(platform="demo")
    sync_account(account, max_pages=1)
    return account


def test_an_editor_sees_the_synced_items_of_the_demo_page(people: dict[str, Any]) -> None:
    account = demo_account()
    assert Item.objects.filter(account=account).count() > 10
    page = login(people["alva"]).get(reverse("content:items", args=[account.pk])).content.decode()
    assert "Fungerar" in page  # the connection's health
    newest = Item.objects.filter(account=account).order_by("-first_seen_at", "-pk").first()
    assert newest is not None and reverse("content:item", args=[newest.pk]) in page
    flagged = login(people["alva"]).get(reverse("content:items", args=[account.pk]), {"visa": "granska"})
    assert flagged.status_code == 200


def test_hiding_stores_evidence_and_tells_the_registrar_first(
        people: dict[str, Any], django_capture_on_commit_callbacks: Any) -> None:
    account = demo_account()
    item = Item.objects.filter(account=account, is_own=False).first()
    assert item is not None
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = login(people["alva"]).post(reverse("content:act", args=[item.pk, "hide"]))
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.is_hidden
    evidence = Evidence.objects.get(item=item)
    assert evidence.registration_requested
    hidden = item.versions.get(change=Version.Change.HIDDEN)
    assert evidence.created_at <= hidden.seen_at
    assert [m.to for m in mail.outbox] == [["kommunledningsforvaltningen@motala.se"]]
    assert evidence.sha256 in mail.outbox[0].body
    actions = list(Entry.objects.filter(object_id=str(item.pk)).order_by("seq")
                   .values_list("action", flat=True))
    assert actions.index("content.evidence_stored") < actions.index("content.hidden")


def test_an_editor_replies_and_deletes_on_the_demo_page(people: dict[str, Any]) -> None:
    account = demo_account()
    item = Item.objects.filter(account=account, is_own=False).exclude(kind="message").first()
    assert item is not None
    client = login(people["alva"])
    client.post(reverse("content:act", args=[item.pk, "reply"]), {"text": "Hej! Tack för frågan. /Alva"})
    assert Item.objects.filter(account=account, is_own=True, text="Hej! Tack för frågan. /Alva").exists()
    client.post(reverse("content:act", args=[item.pk, "delete"]))
    item.refresh_from_db()
    assert item.removed_by_us and item.versions.filter(change=Version.Change.REMOVED_BY_US).exists()
    assert Evidence.objects.filter(item=item).exists()


def test_where_the_platform_cannot_hide_the_manual_route_is_offered(
        people: dict[str, Any]) -> None:
    linkedin = Account.objects.get(platform="linkedin")
    client = login(people["alva"])
    csv = CSV_HEADER + "linkedin,urn:li:comment:1,comment,,u1,Kim,2026-11-20T10:00:00Z,Köp billiga klockor nu!,\n"
    client.post(reverse("content:import", args=[linkedin.pk]),
                {"files": [_upload("linkedin.csv", csv)]})
    item = Item.objects.get(platform="linkedin", platform_id="urn:li:comment:1")
    page = client.get(reverse("content:item", args=[item.pk])).content.decode()
    assert "Spara bevis och dölj" not in page
    assert reverse("content:confirm_manual", args=[item.pk, "hide"]) in page
    client.post(reverse("content:confirm_manual", args=[item.pk, "hide"]))
    item.refresh_from_db()
    assert item.is_hidden and Evidence.objects.filter(item=item).exists()


def test_a_broken_import_file_is_refused_with_its_place_and_imports_nothing(people: dict[str, Any]) -> None:
    library = Account.objects.get(platform="instagram")
    csv = (CSV_HEADER + "instagram,1,comment,,u1,Kim,2026-11-20T10:00:00Z,Bra!,\n"
           + "instagram,2,comment,,u2,Bo,inte-ett-datum,Fint,\n")
    response = login(people["erik"]).post(reverse("content:import", args=[library.pk]),
                                          {"files": [_upload("export.csv", csv)]}, follow=True)
    page = response.content.decode()
    assert "export.csv, rad 3" in page and "Ingenting ur filen har importerats" in page
    assert not Item.objects.filter(account=library).exists()


def test_only_it_connects_accounts_and_the_token_is_never_shown(people: dict[str, Any]) -> None:
    library = Account.objects.get(platform="instagram")
    form = {"platform_account_id": "17841400000000", "token": "EAAG-hemlig-token"}
    assert login(people["erik"]).post(reverse("content:connect", args=[library.pk]), form).status_code == 403
    client = login(people["admin"])
    assert client.post(reverse("content:connect", args=[library.pk]), form).status_code == 302
    connection = Connection.objects.get(account=library)
    assert connection.token() == "EAAG-hemlig-token"
    page = client.get(reverse("content:items", args=[library.pk])).content.decode()
    assert "EAAG-hemlig-token" not in page
    assert not Entry.objects.filter(after__icontains="EAAG").exists()
    assert "EAAG" not in connection.secret


def _upload(name: str, text: str) -> Any:
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, text.encode(), content_type="text/csv")


def test_the_content_page_has_a_plain_title_and_one_publish_form(people: dict[str, Any]) -> None:
    account = Account.objects.get(platform="demo")
    page = login(people["alva"]).get(reverse("content:items", args=[account.pk])).content.decode()
    title = page.split("<title>", 1)[1].split("</title>", 1)[0]
    assert title == "Innehåll – Motala kommun – demosida – kanalvakt"
    assert page.count('id="pub-h"') == 1
