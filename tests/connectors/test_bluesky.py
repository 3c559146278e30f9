"""Bluesky connector against a fake XRPC server for what a bare PDS cannot show: the AppView reads
(getPostThread with threadgate hiddenReplies, listNotifications), 429 RateLimitExceeded with
RateLimit-Reset, and an expired access token refreshed with refreshSession.
Shapes from the lexicons in bluesky-social/atproto (app.bsky.feed.getPostThread, app.bsky.notification.listNotifications,
com.atproto.server.refreshSession) and docs.bsky.app/docs/advanced-guides/rate-limits; PLATFORMS.md §5.
"""

from __future__ import annotations

from typing import Any

import pytest

from kanalvakt.connectors.base import ConnectorConfig, ItemKind
from kanalvakt.connectors.bluesky import BlueskyConnector
from kanalvakt.connectors.polling import sync_all

from .fakeserver import FakeServer, FakeSleep, Reply, Request, ok

DID = "did:plc:kommun"
ANNA = {"did": "did:plc:anna", "handle": "anna.test", "displayName": "Anna"}


def post_view(uri: str, text: str, author: dict[str, Any], reply_to: str | None = None, root: str | None = None) -> dict[str, Any]:
    record: dict[str, Any] = {"$type": "app.bsky.feed.post", "text": text, "createdAt": "2026-09-21T10:00:00.000Z", "langs": ["sv"]}
    if reply_to:
        record["reply"] = {"root": {"uri": root or reply_to, "cid": "bafy"}, "parent": {"uri": reply_to, "cid": "bafy"}}
    return {"uri": uri, "cid": "bafy", "author": author, "record": record, "replyCount": 0, "indexedAt": "2026-09-21T10:00:01.000Z", "labels": []}


@pytest.fixture
def bsky(server: FakeServer, fake_sleep: FakeSleep) -> BlueskyConnector:
    root = f"at://{DID}/app.bsky.feed.post/3kroot"
    a1, a2 = "at://did:plc:anna/app.bsky.feed.post/3ka1", "at://did:plc:anna/app.bsky.feed.post/3ka2"
    state = {"access": "acc1"}

    def authed(fn: Any) -> Any:
        def wrapper(req: Request) -> Reply:
            if req.headers.get("authorization") != f"Bearer {state['access']}":
                return Reply(400, {"error": "ExpiredToken", "message": "Token has expired"})
            return fn(req)
        return wrapper

    server.route("POST", "/xrpc/com.atproto.server.createSession")(lambda r: ok({"accessJwt": "acc1", "refreshJwt": "ref1", "did": DID, "handle": "kommun.test", "active": True}))

    @server.route("POST", "/xrpc/com.atproto.server.refreshSession")
    def refresh(req: Request) -> Reply:
        assert req.headers["authorization"] == "Bearer ref1"
        state["access"] = "acc2"
        return ok({"accessJwt": "acc2", "refreshJwt": "ref2", "did": DID, "handle": "kommun.test"})

    server.route("GET", "/xrpc/com.atproto.repo.listRecords")(authed(lambda r: ok({"records": [
        {"uri": root, "cid": "bafy", "value": {"$type": "app.bsky.feed.post", "text": "Nyhet", "createdAt": "2026-09-21T09:00:00.000Z"}}]})))
    server.route("GET", "/xrpc/app.bsky.feed.getPostThread")(authed(lambda r: ok({"thread": {
        "$type": "app.bsky.feed.defs#threadViewPost",
        "post": {**post_view(root, "Nyhet", {"did": DID, "handle": "kommun.test"}),
                 "threadgate": {"uri": f"at://{DID}/app.bsky.feed.threadgate/3kroot", "cid": "bafy", "record": {"hiddenReplies": [a2]}}},
        "replies": [{"post": post_view(a1, "Bra!", ANNA, root), "replies": [{"post": post_view(a2, "Dumma kommun", ANNA, a1, root), "replies": []}]},
                    {"$type": "app.bsky.feed.defs#notFoundPost", "uri": "at://x", "notFound": True}]}})))

    @server.route("GET", "/xrpc/app.bsky.notification.listNotifications")
    @authed
    def notes(req: Request) -> Reply:
        assert req.qs("reasons") == ["mention", "quote"]
        cursor = req.q("cursor")
        n = int(cursor or 0)
        body: dict[str, Any] = {"notifications": [{"uri": f"at://did:plc:anna/app.bsky.feed.post/3km{n}", "cid": "bafy", "author": ANNA,
                                                   "reason": "mention", "record": {"text": f"@kommun.test hej {n}", "createdAt": "2026-09-21T10:00:00.000Z"},
                                                   "isRead": False, "indexedAt": "2026-09-21T10:00:00.000Z", "labels": []}]}
        if n < 2:
            body["cursor"] = str(n + 1)
        return ok(body)

    return BlueskyConnector(ConnectorConfig("kommun.test", "app-pass", server.url), sleep=fake_sleep, clock=fake_sleep.clock, jitter=False)


def test_threads_mark_hidden_replies_and_notifications_page(bsky: BlueskyConnector, server: FakeServer, fake_sleep: FakeSleep) -> None:
    server.fail("GET", "listNotifications", Reply(429, {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"},
                                                  {"ratelimit-limit": "3000", "ratelimit-remaining": "0",
                                                   "ratelimit-reset": str(int(fake_sleep.now) + 20), "ratelimit-policy": "3000;w=300"}), skip=1)
    items, _ = sync_all(bsky)
    by_id = {i.platform_id.rsplit("/", 1)[1]: i for i in items}
    assert by_id["3ka1"].kind == ItemKind.COMMENT and by_id["3ka1"].is_hidden is False
    assert by_id["3ka2"].kind == ItemKind.REPLY and by_id["3ka2"].is_hidden is True
    assert [k for k in by_id if k.startswith("3km")] == ["3km0", "3km1", "3km2"]
    assert fake_sleep.waits == [20.0]


def test_an_expired_access_token_is_refreshed_once(bsky: BlueskyConnector, server: FakeServer) -> None:
    sync_all(bsky)
    bsky.session["accessJwt"] = "old"
    items, _ = sync_all(bsky)
    assert items and bsky.session["accessJwt"] == "acc2"
    assert len(server.calls("POST", "refreshSession")) == 1
