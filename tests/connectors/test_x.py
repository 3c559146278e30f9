"""X API v2 connector against a fake.

From docs.x.com: GET /2/users/me, GET /2/users/:id/tweets and /mentions (meta.next_token →
pagination_token, includes.users), GET /2/dm_events, POST /2/tweets, PUT /2/tweets/:id/hidden
({"data":{"hidden":true}}), DELETE /2/tweets/:id ({"data":{"deleted":true}}); rate limits with
x-rate-limit-* headers and 429 {"errors":[{"code":88}]}; problem+json errors. See PLATFORMS.md §6.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from kanalvakt.connectors.base import ConnectorConfig, ItemKind
from kanalvakt.connectors.errors import PermissionDenied, RateLimited
from kanalvakt.connectors.polling import sync_all
from kanalvakt.connectors.x import XConnector

from .fakeserver import FakeServer, FakeSleep, Reply, Request, ok

ME = "2244994945"


class FakeX:
    def __init__(self, server: FakeServer, now: float) -> None:
        self.now = now
        self.tweets: list[dict[str, Any]] = []
        self.hidden: set[str] = set()
        self.users = {ME: {"id": ME, "name": "Exempels kommun", "username": "exempelskommun"},
                      "77": {"id": "77", "name": "Anna", "username": "anna"}}
        self.n = 1_000_000
        s = server

        def listing(req: Request, rows: list[dict[str, Any]]) -> Reply:
            size = int(req.q("max_results") or 10)
            start = int(req.q("pagination_token") or 0)
            chunk = rows[start:start + size]
            meta: dict[str, Any] = {"result_count": len(chunk)}
            if chunk:
                meta.update(newest_id=chunk[0]["id"], oldest_id=chunk[-1]["id"])
            if start + size < len(rows):
                meta["next_token"] = str(start + size)
            authors = {t["author_id"] for t in chunk}
            return ok({"data": chunk, "includes": {"users": [self.users[a] for a in authors]}, "meta": meta},
                      x_rate_limit_limit="900", x_rate_limit_remaining="899", x_rate_limit_reset=str(int(self.now) + 900))

        s.route("GET", "/2/users/me")(lambda r: ok({"data": {**self.users[ME], "description": "Officiellt konto",
                                                             "entities": {"url": {"urls": [{"expanded_url": "https://www.exempel.se"}]}},
                                                             "public_metrics": {"followers_count": 5000}, "verified": False}}))
        s.route("GET", rf"/2/users/{ME}/tweets")(lambda r: listing(r, [t for t in self.tweets if t["author_id"] == ME]))
        s.route("GET", rf"/2/users/{ME}/mentions")(lambda r: listing(r, [t for t in self.tweets if t["author_id"] != ME]))
        s.route("GET", "/2/dm_events")(lambda r: ok({"data": [{"id": "dm1", "event_type": "MessageCreate", "text": "Hej!",
                                                              "sender_id": "77", "dm_conversation_id": f"77-{ME}",
                                                              "created_at": self.iso(60)}], "meta": {"result_count": 1}}))

        @s.route("GET", r"/2/tweets/(\d+)")
        def get(req: Request) -> Reply:
            t = next((t for t in self.tweets if t["id"] == req.groups[0]), None)
            if not t:
                return Reply(200, {"errors": [{"title": "Not Found Error", "type": "https://api.x.com/2/problems/resource-not-found"}]})
            return ok({"data": t, "includes": {"users": [self.users[t["author_id"]]]}})

        @s.route("POST", "/2/tweets")
        def post(req: Request) -> Reply:
            body = req.json()
            t = self.add(body["text"], ME, 0, (body.get("reply") or {}).get("in_reply_to_tweet_id"))
            return Reply(201, {"data": {"id": t["id"], "text": t["text"]}})

        @s.route("PUT", r"/2/tweets/(\d+)/hidden")
        def hide(req: Request) -> Reply:
            hidden = req.json()["hidden"]
            (self.hidden.add if hidden else self.hidden.discard)(req.groups[0])
            return ok({"data": {"hidden": hidden}})

        @s.route("DELETE", r"/2/tweets/(\d+)")
        def delete(req: Request) -> Reply:
            t = next((t for t in self.tweets if t["id"] == req.groups[0]), None)
            if t and t["author_id"] != ME:
                return Reply(403, {"title": "Forbidden", "detail": "You are not allowed to delete this Tweet.",
                                   "type": "https://api.x.com/2/problems/not-authorized-for-resource"},
                             {"content-type": "application/problem+json"})
            self.tweets = [x for x in self.tweets if x["id"] != req.groups[0]]
            return ok({"data": {"deleted": True}})

    def iso(self, age: float) -> str:
        return datetime.fromtimestamp(self.now - age, UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")

    def add(self, text: str, author: str, age: float, reply_to: str | None = None) -> dict[str, Any]:
        self.n += 1
        parent = next((t for t in self.tweets if t["id"] == reply_to), None)
        t: dict[str, Any] = {"id": str(self.n), "text": text, "author_id": author, "created_at": self.iso(age),
                             "conversation_id": parent["conversation_id"] if parent else str(self.n),
                             "edit_history_tweet_ids": [str(self.n)]}
        if parent:
            t["referenced_tweets"] = [{"type": "replied_to", "id": reply_to}]
            t["in_reply_to_user_id"] = parent["author_id"]
        self.tweets.insert(0, t)
        return t


@pytest.fixture
def xw(server: FakeServer, fake_sleep: FakeSleep) -> tuple[FakeX, XConnector]:
    fake = FakeX(server, fake_sleep.now)
    for n in range(120):
        t = fake.add(f"Nyhet {n}", ME, 600 * (120 - n))
        fake.add(f"@exempelskommun fråga {n}", "77", 600 * (120 - n) - 30, t["id"])
    return fake, XConnector(ConnectorConfig(ME, "tok", server.url), sleep=fake_sleep, clock=fake_sleep.clock, jitter=False)


def test_sync_pages_through_tweets_mentions_and_dms_and_waits_on_429(xw: tuple[FakeX, XConnector], server: FakeServer, fake_sleep: FakeSleep) -> None:
    fake, conn = xw
    assert conn.profile().website == "https://www.exempel.se"
    server.fail("GET", "/mentions$", Reply(429, {"errors": [{"code": 88, "message": "Rate limit exceeded"}]},
                                          {"x-rate-limit-remaining": "0", "x-rate-limit-reset": str(int(fake_sleep.now) + 45)}), skip=1)
    items, _ = sync_all(conn)
    kinds = [i.kind for i in items]
    assert kinds.count(ItemKind.POST) == 120 and kinds.count(ItemKind.COMMENT) == 120 and kinds.count(ItemKind.MESSAGE) == 1
    assert len({i.platform_id for i in items}) == len(items)
    assert fake_sleep.waits == [45.0]


def test_a_long_x_rate_limit_raises_with_retry_after(xw: tuple[FakeX, XConnector], server: FakeServer, fake_sleep: FakeSleep) -> None:
    server.fail("GET", "/tweets$", Reply(429, {"errors": [{"code": 88}]}, {"x-rate-limit-reset": str(int(fake_sleep.now) + 900)}))
    with pytest.raises(RateLimited) as info:
        xw[1].items_since(None)
    assert info.value.retry_after == 900


def test_reply_hide_unhide_delete(xw: tuple[FakeX, XConnector]) -> None:
    fake, conn = xw
    question = next(t for t in fake.tweets if t["author_id"] == "77")
    reply = conn.reply(question["id"], "Hej Anna!")
    assert reply.kind == ItemKind.REPLY and reply.parent_id == question["id"] and reply.is_own
    conn.hide(question["id"])
    assert question["id"] in fake.hidden
    conn.unhide(question["id"])
    assert question["id"] not in fake.hidden
    conn.delete(reply.platform_id)
    with pytest.raises(PermissionDenied):
        conn.delete(question["id"])
    assert conn.publish("Ny nyhet").kind == ItemKind.POST
