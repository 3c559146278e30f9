"""Facebook Page connector against a fake Graph API (see fake_meta.py for the documentation cited)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kanalvakt.connectors.base import Capability, ConnectorConfig, ItemKind, Media
from kanalvakt.connectors.errors import NotFound, RateLimited, TokenExpired, Transient
from kanalvakt.connectors.facebook import FacebookConnector
from kanalvakt.connectors.polling import sync_all

from .fake_meta import FakeGraph, graph_error
from .fakeserver import FakeServer, FakeSleep, Reply

DAY = 86400.0


@pytest.fixture
def graph(server: FakeServer, fake_sleep: FakeSleep) -> FakeGraph:
    g = FakeGraph(server, fake_sleep.now)
    for n in range(3):
        post = g.add_post(f"Nyhet {n} från kommunen", age=(n + 1) * DAY)
        for k in range(4):
            c = g.add_comment(post["id"], f"Kommentar {k} på nyhet {n}", age=(n + 1) * DAY - 60 * (k + 1))
            g.add_comment(post["id"], f"Svar på kommentar {k}", age=(n + 1) * DAY - 60 * (k + 2), parent=c["id"], name="Bo Berg")
    g.add_post("Gammal nyhet utanför fönstret", age=40 * DAY)
    g.conversations = [{"id": "t_100", "updated_time": g.posts[0]["created_time"], "link": "/exempel/inbox"}]
    g.messages["t_100"] = [
        {"id": "m_1", "created_time": g.posts[0]["created_time"], "from": {"id": "555", "name": "Eva Ek"},
         "to": {"data": [{"id": g.page_id, "name": "Exempels kommun"}]}, "message": "Hej! När öppnar badhuset?"},
    ]
    g.tagged = [{"id": "777_888", "message": "Bra jobbat @Exempels kommun", "created_time": g.posts[0]["created_time"],
                 "from": {"id": "777", "name": "Föreningen"}, "permalink_url": "https://www.facebook.com/777/posts/888"}]
    return g


@pytest.fixture
def fb(server: FakeServer, graph: FakeGraph, fake_sleep: FakeSleep) -> Iterator[FacebookConnector]:
    config = ConnectorConfig(account_id=graph.page_id, token=graph.token, base_url=server.url + "/v25.0/",
                             options={"business_id": "b1", "page_size": 2})
    conn = FacebookConnector(config, sleep=fake_sleep, clock=fake_sleep.clock, timeout=0.5, jitter=False)
    yield conn
    conn.close()


def test_profile_reads_contact_fields(fb: FacebookConnector) -> None:
    profile = fb.profile()
    assert profile.name == "Exempels kommun"
    assert profile.emails == ("kommun@exempel.se",)
    assert profile.phones == ("+46 141 22 50 00",)
    assert profile.website == "https://www.exempel.se"
    assert profile.verified is True


def test_a_full_sync_returns_posts_comments_replies_mentions_and_messages(fb: FacebookConnector, graph: FakeGraph) -> None:
    items, cursor = sync_all(fb)
    ids = [i.platform_id for i in items]
    assert len(ids) == len(set(ids))
    kinds = [i.kind for i in items]
    assert kinds.count(ItemKind.POST) == 3  # the 40-day-old post is outside the window
    assert kinds.count(ItemKind.COMMENT) == 12
    assert kinds.count(ItemKind.REPLY) == 12
    assert kinds.count(ItemKind.MENTION) == 1
    assert kinds.count(ItemKind.MESSAGE) == 1
    reply = next(i for i in items if i.kind == ItemKind.REPLY)
    assert reply.parent_id and reply.parent_id != reply.thread_id
    assert reply.raw_json()["message"].startswith("Svar")
    assert len(reply.sha256) == 64
    post = next(i for i in items if i.kind == ItemKind.POST)
    assert post.is_own is True
    import json
    json.dumps(cursor)  # the cursor is storable as JSON


def test_the_token_travels_in_a_header_never_in_the_url(fb: FacebookConnector, server: FakeServer, graph: FakeGraph) -> None:
    sync_all(fb)
    assert all("access_token" not in r.query for r in server.requests)


def test_a_cycle_declares_each_post_complete_once(fb: FacebookConnector) -> None:
    completed: list[str] = []
    cursor = None
    while True:
        page = fb.items_since(cursor)
        completed.extend(page.complete_threads)
        cursor = page.cursor
        if not page.has_more:
            break
    assert len(completed) == 3 and len(set(completed)) == 3


def test_a_second_cycle_sees_new_comments(fb: FacebookConnector, graph: FakeGraph) -> None:
    _, cursor = sync_all(fb)
    graph.add_comment(graph.posts[0]["id"], "Ny fråga om sophämtningen", age=0)
    items, _ = sync_all(fb, cursor)
    assert "Ny fråga om sophämtningen" in [i.text for i in items]


@pytest.mark.parametrize(
    "fault",
    [
        Reply(500, {"error": {"message": "An unknown error occurred", "type": "OAuthException", "code": 1, "is_transient": True}}),
        Reply(503, b"<html>Service Unavailable</html>", {"content-type": "text/html"}),
        Reply(200, b'{"data":[{"id":"12'),  # truncated body
        Reply(200, {"data": []}, delay=1.0),  # slower than the client's 0.5 s timeout
    ],
    ids=["graph-code-1", "503", "malformed-json", "timeout"],
)
def test_a_transient_fault_mid_pagination_is_retried_without_loss(fb: FacebookConnector, server: FakeServer, fake_sleep: FakeSleep, fault: Reply) -> None:
    expected, _ = sync_all(fb)
    server.fail("GET", r"_\d+/comments$", fault, times=2, skip=1)
    items, _ = sync_all(fb)
    assert [i.platform_id for i in items] == [i.platform_id for i in expected]
    assert fake_sleep.waits[:2] == [1.0, 2.0]  # exponential backoff


@pytest.mark.parametrize("code", [4, 17, 32, 613])
def test_meta_rate_limit_codes_wait_then_continue(fb: FacebookConnector, server: FakeServer, fake_sleep: FakeSleep, code: int) -> None:
    expected, _ = sync_all(fb)
    buc = '{"1001":[{"type":"pages","call_count":100,"total_cputime":25,"total_time":25,"estimated_time_to_regain_access":1}]}'
    reply = graph_error(code, f"(#{code}) Application request limit reached", 400)
    reply.headers["x-business-use-case-usage"] = buc
    server.fail("GET", r"/feed$", reply, times=1, skip=1)
    items, _ = sync_all(fb)
    assert [i.platform_id for i in items] == [i.platform_id for i in expected]
    assert fake_sleep.waits == [60.0]


def test_a_long_rate_limit_stops_the_sync_and_the_stored_cursor_resumes_it(fb: FacebookConnector, server: FakeServer) -> None:
    expected, _ = sync_all(fb)
    server.fail("GET", r"_\d+/comments$", Reply(429, {"error": {"message": "slow down", "code": 613}}, {"retry-after": "3600"}), times=1, skip=1)
    seen: list[str] = []
    cursor = None
    with pytest.raises(RateLimited) as info:
        while True:
            page = fb.items_since(cursor)
            seen.extend(i.platform_id for i in page.items)
            cursor = page.cursor
            if not page.has_more:
                break
    assert info.value.retry_after == 3600
    assert "försöker igen om cirka 60 minuter" in info.value.message_sv
    # A later run in another process: only the stored cursor carries over.
    while True:
        page = fb.items_since(cursor)
        seen.extend(i.platform_id for i in page.items)
        cursor = page.cursor
        if not page.has_more:
            break
    assert seen == [i.platform_id for i in expected]


def test_persistent_garbage_raises_transient_and_resume_loses_nothing(fb: FacebookConnector, server: FakeServer) -> None:
    expected, _ = sync_all(fb)
    server.fail("GET", r"/feed$", Reply(200, b"{not json"), times=5, skip=1)
    seen: list[str] = []
    cursor = None
    for _ in range(3):
        try:
            while True:
                page = fb.items_since(cursor)
                seen.extend(i.platform_id for i in page.items)
                cursor = page.cursor
                if not page.has_more:
                    break
            break
        except Transient:
            continue
    assert seen == [i.platform_id for i in expected]


def test_an_expired_token_raises_token_expired_with_a_swedish_message(fb: FacebookConnector, graph: FakeGraph) -> None:
    graph.token = "rotated"
    with pytest.raises(TokenExpired) as info:
        fb.items_since(None)
    assert info.value.platform_code == 190
    assert info.value.message_sv == "Behörigheten har gått ut – koppla om kontot."
    assert "EAAB" not in str(info.value)


def test_reply_hide_unhide_delete(fb: FacebookConnector, graph: FakeGraph) -> None:
    post_id = graph.posts[0]["id"]
    comment = graph.comments[post_id][0]
    reply = fb.reply(comment["id"], "Tack för din fråga! /Alva")
    assert reply.kind == ItemKind.REPLY and reply.parent_id == comment["id"] and reply.is_own
    fb.hide(comment["id"])
    assert comment["is_hidden"] is True
    fb.unhide(comment["id"])
    assert comment["is_hidden"] is False
    fb.delete(comment["id"])
    assert graph.find_comment(comment["id"]) is None
    with pytest.raises(NotFound):
        fb.delete(comment["id"])


def test_hiding_without_permission_is_permission_denied(fb: FacebookConnector, graph: FakeGraph) -> None:
    from kanalvakt.connectors.errors import PermissionDenied

    comment = graph.comments[graph.posts[0]["id"]][0]
    comment["can_hide"] = False
    with pytest.raises(PermissionDenied):
        fb.hide(comment["id"])


def test_a_failed_reply_is_not_posted_twice(fb: FacebookConnector, server: FakeServer, graph: FakeGraph) -> None:
    post_id = graph.posts[0]["id"]
    server.fail("POST", r"/comments$", Reply(502, b"Bad Gateway", {"content-type": "text/html"}))
    with pytest.raises(Transient):
        fb.reply(post_id, "Hej!")
    assert len(server.calls("POST", r"/comments$")) == 1


def test_publish_text_and_photo(fb: FacebookConnector, graph: FakeGraph) -> None:
    item = fb.publish("Välkommen till kulturnatten!")
    assert item.kind == ItemKind.POST and item.text == "Välkommen till kulturnatten!"
    photo = fb.publish("Bild från invigningen", [Media(url="https://www.exempel.se/bild.jpg", alt_text="Bandklippning")])
    assert photo.platform_id.startswith(graph.page_id + "_")


def test_admins_come_from_assigned_users_across_pages(fb: FacebookConnector) -> None:
    admins = fb.admins()
    assert admins is not None
    assert [a.name for a in admins] == ["Alva Kommunikatör", "Erik Redaktör", "Gammal Praktikant"]
    assert "MODERATE" in admins[1].roles


def test_without_a_business_id_admins_are_unknown(server: FakeServer, graph: FakeGraph) -> None:
    conn = FacebookConnector(ConnectorConfig(graph.page_id, graph.token, server.url + "/v25.0/"))
    assert conn.admins() is None
    assert not conn.can(Capability.ADMINS)
    assert conn.can(Capability.HIDE)


def test_subscribe_webhooks(fb: FacebookConnector, server: FakeServer) -> None:
    fb.subscribe_webhooks()
    assert server.calls("POST", "subscribed_apps")
