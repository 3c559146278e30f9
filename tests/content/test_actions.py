"""Acting on the platform: reply, hide, unhide, delete, publish; nothing hidden or removed without evidence."""

from __future__ import annotations

from typing import Any

import pytest

from kanalvakt.audit.models import Entry
from kanalvakt.connectors import Capability
from kanalvakt.connectors.errors import Unsupported
from kanalvakt.content.actions import (
    EvidenceRequired,
    do_connect,
    do_platform_action,
    do_publish,
    do_store_evidence,
)
from kanalvakt.content.models import Connection, Evidence, Item, Version
from kanalvakt.content.sync import sync_account
from kanalvakt.registry.models import Account


@pytest.fixture
def demo(people: dict[str, Any]) -> Account:
    account = Account.objects.get(platform="demo")
    assert sync_account(account).ok
    return account


@pytest.fixture
def comment(demo: Account) -> Item:
    return Item.objects.filter(account=demo, kind="comment", deleted_on_platform=False).order_by("pk").first()


def test_the_demo_page_is_connected_and_its_inbox_fills(demo: Account) -> None:
    connection = Connection.objects.get(account=demo)
    assert connection.health == Connection.Health.OK
    items = Item.objects.filter(account=demo)
    assert items.filter(kind="comment").count() > 30
    assert items.exclude(action="allow").exists()  # some of it is inappropriate
    assert Capability.HIDE in connection.capabilities
    assert "Dölja" in connection.capability_labels()


def test_hiding_requires_evidence_first(people: dict[str, Any], comment: Item) -> None:
    with pytest.raises(EvidenceRequired):
        do_platform_action(people["erik"], comment, "hide")
    with pytest.raises(EvidenceRequired):
        do_platform_action(people["erik"], comment, "delete")
    comment.refresh_from_db()
    assert not comment.is_hidden and comment.version_count == 1
    assert not Entry.objects.filter(action__in=["content.hidden", "content.deleted"]).exists()


def test_evidence_without_a_registration_request_is_not_enough(people: dict[str, Any], comment: Item) -> None:
    evidence = do_store_evidence(people["erik"], comment, request_registration=False)
    with pytest.raises(EvidenceRequired):
        do_platform_action(people["erik"], comment, "hide", evidence=evidence)


def test_evidence_of_another_item_is_not_enough(people: dict[str, Any], demo: Account, comment: Item) -> None:
    other = Item.objects.filter(account=demo, kind="comment").exclude(pk=comment.pk).first()
    evidence = do_store_evidence(people["erik"], other)
    with pytest.raises(EvidenceRequired):
        do_platform_action(people["erik"], comment, "hide", evidence=evidence)


def test_hiding_with_evidence_records_a_version_and_an_audit_entry(people: dict[str, Any], demo: Account,
                                                                   comment: Item) -> None:
    evidence = do_store_evidence(people["erik"], comment)
    assert evidence.snapshot["versions"][0]["raw"] == comment.versions.get().raw
    assert len(evidence.sha256) == 64 and evidence.registration_requested
    do_platform_action(people["erik"], comment, "hide", evidence=evidence)
    comment.refresh_from_db()
    assert comment.is_hidden
    last = comment.versions.last()
    assert last is not None and (last.change, last.source, last.actor) == ("hidden", "action", people["erik"])
    assert Entry.objects.filter(action="content.hidden", actor=people["erik"]).count() == 1
    # The next sync sees the comment hidden on the platform: that is no new change.
    assert sync_account(demo).ok
    comment.refresh_from_db()
    assert comment.version_count == 2
    # Showing it again needs no evidence.
    do_platform_action(people["erik"], comment, "unhide")
    comment.refresh_from_db()
    assert not comment.is_hidden and comment.versions.last().change == "unhidden"


def test_evidence_taken_before_an_edit_does_not_cover_the_edit(people: dict[str, Any], comment: Item) -> None:
    evidence = do_store_evidence(people["erik"], comment)
    do_platform_action(people["erik"], comment, "hide", evidence=evidence)  # a new version after the evidence
    comment.refresh_from_db()
    with pytest.raises(EvidenceRequired):
        do_platform_action(people["erik"], comment, "delete", evidence=evidence)


def test_deleting_keeps_the_archived_record(people: dict[str, Any], demo: Account, comment: Item) -> None:
    evidence = do_store_evidence(people["erik"], comment)
    do_platform_action(people["erik"], comment, "delete", evidence=evidence)
    comment.refresh_from_db()
    assert comment.removed_by_us and comment.deleted_on_platform
    assert [v.change for v in comment.versions.all()] == ["created", "removed_by_us"]
    assert comment.versions.first().text == comment.text
    assert Evidence.objects.filter(item=comment).count() == 1
    assert sync_account(demo).ok
    comment.refresh_from_db()
    assert comment.version_count == 2  # the platform now shows it deleted: nothing new


def test_a_reply_is_stored_as_our_own_item(people: dict[str, Any], demo: Account, comment: Item) -> None:
    reply = do_platform_action(people["erik"], comment, "reply", "Tack för din fråga! /Erik")
    assert reply.is_own and reply.kind == "reply" and reply.parent_platform_id == comment.platform_id
    assert reply.versions.get().source == Version.Source.ACTION
    assert Entry.objects.filter(action="content.replied").count() == 1
    assert sync_account(demo).ok  # the demo platform remembers the reply across processes
    assert Connection.objects.get(account=demo).options["state"]["own"]


def test_publishing_stores_an_own_post_and_moves_the_last_own_post(people: dict[str, Any], demo: Account) -> None:
    Account.objects.filter(pk=demo.pk).update(last_own_post_at=None)
    post = do_publish(people["erik"], demo, "Välkommen till höstmarknaden på lördag!")
    assert post.is_own and post.kind == "post"
    demo.refresh_from_db()
    assert demo.last_own_post_at == post.created_at
    assert Entry.objects.filter(action="content.published").count() == 1


def test_a_platform_without_hiding_refuses_with_a_swedish_message(people: dict[str, Any]) -> None:
    account = Account.objects.get(platform="linkedin")
    do_connect(people["admin"], account, "li-token", {}, platform_account_id="urn:li:organization:1")
    item = Item.objects.create(account=account, platform="linkedin", platform_id="urn:li:comment:1",
                               kind="comment", sha256="0" * 64, fingerprint="", version_count=0)
    evidence = do_store_evidence(people["erik"], item)
    with pytest.raises(Unsupported) as info:
        do_platform_action(people["erik"], item, "hide", evidence=evidence)
    assert "gör det direkt i plattformens app" in info.value.message_sv
    failed = Entry.objects.get(action="content.platform_action_failed")
    assert failed.after == {"action": "hide", "error": "unsupported"}
