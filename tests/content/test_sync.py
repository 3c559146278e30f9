"""Syncing an account: every item once, a version per change, nothing new on a repeat."""

from __future__ import annotations

from collections.abc import Callable

from kanalvakt.audit.models import Entry
from kanalvakt.connectors.base import Connector
from kanalvakt.connectors.demo_text import TEST_PERSONNUMMER
from kanalvakt.connectors.polling import sync_all
from kanalvakt.content.models import Connection, Item, Version
from kanalvakt.content.sync import sync_account
from kanalvakt.registry.models import Account
from tests.connectors.fake_meta import FakeGraph

Connect = Callable[..., Connector]


def expected_ids(connect: Connect) -> set[str]:
    items, _ = sync_all(connect())
    return {i.platform_id for i in items}


def test_a_first_sync_stores_every_item_once_with_one_version(page: Account, connect: Connect) -> None:
    expected = expected_ids(connect)
    result = sync_account(page, connector=connect())
    assert result.ok
    assert set(Item.objects.filter(account=page).values_list("platform_id", flat=True)) == expected
    assert result.counts.created == len(expected) == 27  # 3 posts, 12 comments, 12 replies
    assert Version.objects.filter(item__account=page).count() == len(expected)
    version = Version.objects.filter(item__kind="reply").first()
    assert version is not None and version.change == Version.Change.CREATED
    assert version.item.parent_platform_id and version.item.thread_platform_id
    import hashlib
    assert hashlib.sha256(version.raw.encode()).hexdigest() == version.sha256


def test_a_repeated_sync_creates_nothing(page: Account, connect: Connect) -> None:
    sync_account(page, connector=connect())
    rows = list(Item.objects.values_list("pk", "platform_id", "version_count", "sha256"))
    versions = Version.objects.count()
    result = sync_account(page, connector=connect())
    assert result.ok and result.counts.created == result.counts.versions == 0
    assert result.counts.unchanged == 27
    assert list(Item.objects.values_list("pk", "platform_id", "version_count", "sha256")) == rows
    assert Version.objects.count() == versions


def test_an_edit_creates_exactly_one_new_version(page: Account, connect: Connect, graph: FakeGraph) -> None:
    sync_account(page, connector=connect())
    comment = graph.comments[graph.posts[0]["id"]][0]
    comment["message"] = f"Mitt personnummer är {TEST_PERSONNUMMER[0]}, ring mig"
    result = sync_account(page, connector=connect())
    assert (result.counts.created, result.counts.versions) == (0, 1)
    item = Item.objects.get(platform_id=comment["id"])
    assert [(v.seq, v.change) for v in item.versions.all()] == [(1, "created"), (2, "edited")]
    assert item.text == comment["message"] and item.version_count == 2
    assert "personal_data" in item.categories
    assert item.versions.get(seq=1).text.startswith("Kommentar")  # the old text is kept


def test_an_author_deletion_is_detected_and_kept_as_a_version(page: Account, connect: Connect,
                                                               graph: FakeGraph) -> None:
    sync_account(page, connector=connect())
    post_id = graph.posts[1]["id"]
    gone = graph.comments[post_id].pop(2)
    result = sync_account(page, connector=connect())
    assert result.counts.deleted == 1
    item = Item.objects.get(platform_id=gone["id"])
    assert item.deleted_on_platform and not item.removed_by_us
    last = item.versions.last()
    assert last is not None and last.change == Version.Change.DELETED_BY_AUTHOR
    assert last.text == gone["message"]  # the archive keeps what was said
    assert Item.objects.filter(deleted_on_platform=True).count() == 1
    again = sync_account(page, connector=connect())
    assert again.counts.deleted == 0 and item.versions.count() == 2


def test_comments_are_classified_when_stored(page: Account, connect: Connect, graph: FakeGraph) -> None:
    graph.add_comment(graph.posts[0]["id"], f"Här är hans personnummer {TEST_PERSONNUMMER[1]}", age=30)
    sync_account(page, connector=connect())
    flagged = Item.objects.get(text__contains=TEST_PERSONNUMMER[1])
    assert flagged.action in ("review", "remove") and "personal_data" in flagged.categories
    assert flagged.versions.get().findings[0]["category"] == "personal_data"
    assert Item.objects.get(text="Kommentar 1 på nyhet 0").action == "allow"


def test_own_posts_move_the_accounts_last_own_post(page: Account, connect: Connect, graph: FakeGraph) -> None:
    Account.objects.filter(pk=page.pk).update(last_own_post_at=None)
    sync_account(page, connector=connect())
    page.refresh_from_db()
    newest = Item.objects.filter(kind="post", is_own=True).order_by("-created_at").first()
    assert newest is not None and page.last_own_post_at == newest.created_at


def test_every_sync_writes_one_audit_entry_with_counts(page: Account, connect: Connect) -> None:
    before = Entry.objects.filter(action="content.synced").count()
    sync_account(page, connector=connect())
    sync_account(page, connector=connect())
    entries = list(Entry.objects.filter(action="content.synced").order_by("seq"))
    assert len(entries) == before + 2
    first, second = entries[-2:]
    assert first.actor is None and first.actor_name == "system"
    assert first.after["created"] == 27 and first.after["health"] == "ok"
    assert second.after["created"] == 0 and second.after["unchanged"] == 27


def test_a_successful_sync_marks_the_connection_healthy_and_schedules_the_next(
        page: Account, connect: Connect, connection: Connection) -> None:
    sync_account(page, connector=connect())
    connection.refresh_from_db()
    assert connection.health == Connection.Health.OK and connection.last_success_at
    assert connection.next_sync_at > connection.last_success_at
    assert connection.cursor is not None


def test_the_municipalitys_own_items_are_not_judged_by_the_base_model(page: Account,
                                                                        connect: Connect) -> None:
    sync_account(page, connector=connect())
    own = Item.objects.filter(account=page, is_own=True)
    assert own.exists()
    for item in own:
        version = item.versions.get(seq=1)
        assert not any(f["rule"].startswith("model:") for f in version.findings), item.text
