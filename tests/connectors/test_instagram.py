"""Instagram connector against the fake Graph API (docs cited in fake_meta.py)."""

from __future__ import annotations

import pytest

from kanalvakt.connectors.base import ConnectorConfig, ItemKind, Media
from kanalvakt.connectors.errors import InvalidRequest
from kanalvakt.connectors.instagram import InstagramConnector
from kanalvakt.connectors.polling import sync_all

from .fake_meta import FakeGraph
from .fakeserver import FakeServer, FakeSleep


@pytest.fixture
def world(server: FakeServer, fake_sleep: FakeSleep) -> tuple[FakeGraph, InstagramConnector]:
    g = FakeGraph(server, fake_sleep.now)
    for n in range(3):
        m = g.add_ig_media(f"Bild {n}", age=3600 * (n + 1))
        c = g.add_ig_comment(m["id"], f"Fin bild {n}!")
        g.add_ig_comment(m["id"], "Håller med", parent=c["id"], username="granne")
    conn = InstagramConnector(ConnectorConfig(g.ig_id, g.token, server.url + "/v25.0/", {"page_size": 2}),
                              sleep=fake_sleep, clock=fake_sleep.clock, jitter=False)
    return g, conn


def test_profile_and_sync(world: tuple[FakeGraph, InstagramConnector]) -> None:
    g, conn = world
    assert conn.profile().handle == "exempelskommun"
    items, _ = sync_all(conn)
    assert [i.kind for i in items].count(ItemKind.POST) == 3
    assert [i.kind for i in items].count(ItemKind.COMMENT) == 3
    replies = [i for i in items if i.kind == ItemKind.REPLY]
    assert len(replies) == 3 and all(r.thread_id for r in replies)


def test_reply_hide_unhide_delete_and_comment_on_media(world: tuple[FakeGraph, InstagramConnector]) -> None:
    g, conn = world
    media_id = g.ig_media[0]["id"]
    comment = g.ig_comments[media_id][0]
    reply = conn.reply(comment["id"], "Tack!")
    assert reply.kind == ItemKind.REPLY and reply.parent_id == comment["id"]
    top = conn.reply(media_id, "Välkomna!")  # replies endpoint refuses media: falls back to comments
    assert top.kind == ItemKind.COMMENT
    conn.hide(comment["id"])
    assert comment["hidden"] is True
    conn.unhide(comment["id"])
    assert comment["hidden"] is False
    conn.delete(comment["id"])
    assert g.find_comment(comment["id"]) is None
    conn.disable_comments(media_id)
    assert g.ig_media[0]["comment_enabled"] is False


def test_publishing_needs_an_image(world: tuple[FakeGraph, InstagramConnector]) -> None:
    _, conn = world
    with pytest.raises(InvalidRequest):
        conn.publish("Bara text")
    item = conn.publish("Sommar!", [Media(url="https://www.exempel.se/sommar.jpg", alt_text="Badplats")])
    assert item.kind == ItemKind.POST
