"""Mastodon connector against a fake instance.

Shapes and behaviour from docs.joinmastodon.org: methods/accounts (verify_credentials, statuses),
methods/notifications (types[]=mention), methods/statuses (POST with Idempotency-Key, DELETE),
methods/reports, api/guidelines (Link header pagination with max_id), api/rate-limits (429,
X-RateLimit-Reset as ISO time), entities/Error ({"error": "..."}). See PLATFORMS.md §4.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from kanalvakt.connectors.base import ConnectorConfig, ItemKind
from kanalvakt.connectors.errors import NotFound, TokenExpired
from kanalvakt.connectors.mastodon import MastodonConnector
from kanalvakt.connectors.polling import sync_all

from .fakeserver import FakeServer, FakeSleep, Reply, Request, ok

ME = {"id": "14715", "username": "kommun", "acct": "kommun", "display_name": "Exempels kommun",
      "url": "https://social.example/@kommun", "note": "<p>Officiellt konto.<br>Vi svarar vardagar.</p>",
      "followers_count": 821, "avatar": "https://social.example/a.png",
      "fields": [{"name": "Webb", "value": '<a href="https://www.exempel.se">exempel.se</a>'}], "source": {"note": ""}}


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


class FakeMastodon:
    def __init__(self, server: FakeServer, now: float) -> None:
        self.statuses: list[dict[str, Any]] = []
        self.notifications: list[dict[str, Any]] = []
        self.now = now
        self.next_id = 1000
        self.keys: dict[str, dict[str, Any]] = {}
        s = server

        def page(req: Request, rows: list[dict[str, Any]], path: str, default: int) -> Reply:
            limit = int(req.q("limit") or default)
            max_id = req.q("max_id")
            rows = [r for r in rows if max_id is None or int(r["id"]) < int(max_id)]
            chunk = rows[:limit]
            headers = {}
            if len(rows) > limit:
                headers["link"] = (f'<https://social.example{path}?max_id={chunk[-1]["id"]}>; rel="next", '
                                   f'<https://social.example{path}?min_id={chunk[0]["id"]}>; rel="prev"')
            return Reply(200, chunk, headers)

        s.route("GET", "/api/v1/accounts/verify_credentials")(lambda r: ok(ME))
        s.route("GET", r"/api/v1/accounts/14715/statuses")(lambda r: page(r, [x for x in self.statuses if x["account"]["id"] == "14715"], r.path, 20))
        s.route("GET", "/api/v1/notifications")(lambda r: page(r, [n for n in self.notifications if n["type"] in r.qs("types[]")], r.path, 40))

        @s.route("GET", r"/api/v1/statuses/(\d+)")
        def get(req: Request) -> Reply:
            found = next((x for x in self.statuses if x["id"] == req.groups[0]), None)
            return ok(found) if found else Reply(404, {"error": "Record not found"})

        @s.route("POST", "/api/v1/statuses")
        def post(req: Request) -> Reply:
            key = req.headers.get("idempotency-key", "")
            if key in self.keys:
                return ok(self.keys[key])
            body = req.json()
            status = self.add(body["status"], ME, 0, in_reply_to=body.get("in_reply_to_id"), visibility=body.get("visibility", "public"))
            self.keys[key] = status
            return ok(status)

        @s.route("DELETE", r"/api/v1/statuses/(\d+)")
        def delete(req: Request) -> Reply:
            found = next((x for x in self.statuses if x["id"] == req.groups[0]), None)
            if not found:
                return Reply(404, {"error": "Record not found"})
            if found["account"]["id"] != "14715":
                return Reply(403, {"error": "This action is not allowed"})
            self.statuses.remove(found)
            return ok({**found, "text": "source"})

        s.route("POST", "/api/v1/reports")(lambda r: ok({"id": "48914", "action_taken": False, "category": r.json()["category"],
                                                        "status_ids": r.json()["status_ids"], "target_account": {"id": r.json()["account_id"]}}))

    def add(self, text: str, account: dict[str, Any], age: float, in_reply_to: str | None = None, visibility: str = "public") -> dict[str, Any]:
        self.next_id += 1
        parent = next((x for x in self.statuses if x["id"] == in_reply_to), None)
        status = {"id": str(self.next_id), "created_at": iso(self.now - age), "in_reply_to_id": in_reply_to,
                  "in_reply_to_account_id": parent["account"]["id"] if parent else None, "visibility": visibility,
                  "language": "sv", "uri": f"https://social.example/s/{self.next_id}", "url": f"https://social.example/@x/{self.next_id}",
                  "replies_count": 0, "content": f"<p>{text}</p>", "account": account, "media_attachments": [], "mentions": [],
                  "tags": [], "edited_at": None}
        self.statuses.insert(0, status)
        if account["id"] != "14715":
            self.notifications.insert(0, {"id": str(self.next_id + 50000), "type": "mention", "created_at": status["created_at"],
                                          "account": account, "status": status})
        return status


@pytest.fixture
def masto(server: FakeServer, fake_sleep: FakeSleep) -> tuple[FakeMastodon, MastodonConnector]:
    fake = FakeMastodon(server, fake_sleep.now)
    anna = {"id": "99", "acct": "anna@other.example", "display_name": "Anna"}
    for n in range(45):
        post = fake.add(f"Nyhet {n}", ME, age=3600 * (45 - n))
        fake.add(f"@kommun fråga {n}", anna, age=3600 * (45 - n) - 60, in_reply_to=post["id"])
    fake.add("@kommun hej privat", anna, age=10, visibility="direct")
    conn = MastodonConnector(ConnectorConfig("14715", "tok", server.url), sleep=fake_sleep, clock=fake_sleep.clock, jitter=False)
    return fake, conn


def test_profile(masto: tuple[FakeMastodon, MastodonConnector]) -> None:
    profile = masto[1].profile()
    assert profile.bio == "Officiellt konto.\nVi svarar vardagar."
    assert profile.website == "https://www.exempel.se"


def test_sync_follows_link_headers_and_survives_a_429(masto: tuple[FakeMastodon, MastodonConnector], server: FakeServer, fake_sleep: FakeSleep) -> None:
    reset = iso(fake_sleep.now + 30)
    server.fail("GET", "/statuses$", Reply(429, {"error": "Too many requests"}, {"x-ratelimit-limit": "300", "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset}), skip=1)
    items, _ = sync_all(masto[1])
    kinds = [i.kind for i in items]
    assert kinds.count(ItemKind.POST) == 45 and kinds.count(ItemKind.COMMENT) == 45 and kinds.count(ItemKind.MESSAGE) == 1
    assert len({i.platform_id for i in items}) == len(items)
    assert 29 <= fake_sleep.waits[0] <= 30


def test_reply_is_idempotent_and_keeps_direct_visibility(masto: tuple[FakeMastodon, MastodonConnector], server: FakeServer) -> None:
    fake, conn = masto
    dm = next(x for x in fake.statuses if x["visibility"] == "direct")
    # The first attempt times out after the server acted: the retry with the same key returns the same status.
    server.fail("POST", "/api/v1/statuses$", Reply(503, {"error": "unavailable"}))
    item = conn.reply(dm["id"], "Hej Anna! /Alva")
    assert item.kind == ItemKind.MESSAGE and item.text.startswith("@anna@other.example")
    keys = {r.headers["idempotency-key"] for r in server.calls("POST", "/api/v1/statuses$")}
    assert len(keys) == 1


def test_delete_own_report_and_errors(masto: tuple[FakeMastodon, MastodonConnector]) -> None:
    fake, conn = masto
    own = next(x for x in fake.statuses if x["account"]["id"] == "14715")
    conn.delete(own["id"])
    with pytest.raises(NotFound):
        conn.delete(own["id"])
    other = next(x for x in fake.statuses if x["account"]["id"] == "99")
    report = conn.report("99", [other["id"]], "Hot mot personal", category="violation")
    assert report["status_ids"] == [other["id"]]


def test_a_401_is_token_expired(server: FakeServer, masto: tuple[FakeMastodon, MastodonConnector]) -> None:
    server.fail("GET", "verify_credentials", Reply(401, {"error": "The access token is invalid"}))
    with pytest.raises(TokenExpired):
        masto[1].profile()
