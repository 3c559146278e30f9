"""YouTube Data API v3 connector against a fake.

Shapes from the youtube.v3 discovery document and developers.google.com/youtube/v3/docs:
channels.list, playlistItems.list, commentThreads.list (allThreadsRelatedToChannelId,
moderationStatus, nextPageToken, inline replies.comments ≤ 5), comments.list (parentId),
comments.insert, comments.setModerationStatus (204), Google JSON errors with errors[].reason
(quotaExceeded 403, authError 401). See PLATFORMS.md §3.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from kanalvakt.connectors.base import ConnectorConfig, ItemKind
from kanalvakt.connectors.errors import RateLimited, TokenExpired, Unsupported
from kanalvakt.connectors.polling import sync_all
from kanalvakt.connectors.youtube import YouTubeConnector

from .fakeserver import FakeServer, FakeSleep, Reply, Request, ok

CH = "UCexempelkommun000000000"


def gerror(status: int, reason: str, domain: str = "youtube.comment") -> Reply:
    return Reply(status, {"error": {"code": status, "message": reason, "errors": [{"message": reason, "domain": domain, "reason": reason}]}})


class FakeYouTube:
    def __init__(self, server: FakeServer, now: float) -> None:
        self.now = now
        self.threads: list[dict[str, Any]] = []
        self.replies: dict[str, list[dict[str, Any]]] = {}
        self.status: dict[str, str] = {}
        s = server
        t = lambda age: datetime.fromtimestamp(now - age, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")  # noqa: E731
        self.t = t

        s.route("GET", "/youtube/v3/channels")(lambda r: ok({"kind": "youtube#channelListResponse", "items": [{
            "kind": "youtube#channel", "id": CH, "snippet": {"title": "Exempels kommun", "description": "Officiell kanal",
                                                              "customUrl": "@exempelskommun", "thumbnails": {"default": {"url": "https://yt3/x.jpg"}}},
            "contentDetails": {"relatedPlaylists": {"uploads": "UU" + CH[2:]}}, "statistics": {"subscriberCount": "1200"}}]}))
        s.route("GET", "/youtube/v3/playlistItems")(lambda r: ok({"kind": "youtube#playlistItemListResponse", "items": [{
            "kind": "youtube#playlistItem", "id": "pl1", "snippet": {"publishedAt": t(86400), "channelId": CH, "title": "Kommunfullmäktige 12 november",
                                                                   "description": "Sändning", "channelTitle": "Exempels kommun",
                                                                   "resourceId": {"kind": "youtube#video", "videoId": "vid1"}},
            "contentDetails": {"videoId": "vid1"}}], "pageInfo": {"totalResults": 1, "resultsPerPage": 50}}))

        @s.route("GET", "/youtube/v3/commentThreads")
        def threads(req: Request) -> Reply:
            status = req.q("moderationStatus") or "published"
            rows = [th for th in self.threads if self.status.get(th["id"], "published") == status]
            start = int(req.q("pageToken") or 0)
            size = int(req.q("maxResults") or 20)
            body: dict[str, Any] = {"kind": "youtube#commentThreadListResponse", "items": rows[start:start + size],
                                    "pageInfo": {"totalResults": len(rows), "resultsPerPage": size}}
            if start + size < len(rows):
                body["nextPageToken"] = str(start + size)
            return ok(body)

        @s.route("GET", "/youtube/v3/comments")
        def comments(req: Request) -> Reply:
            rows = self.replies.get(req.q("parentId") or "", [])
            start = int(req.q("pageToken") or 0)
            body: dict[str, Any] = {"kind": "youtube#commentListResponse", "items": rows[start:start + 3]}
            if start + 3 < len(rows):
                body["nextPageToken"] = str(start + 3)
            return ok(body)

        @s.route("POST", "/youtube/v3/comments")
        def insert(req: Request) -> Reply:
            snippet = req.json()["snippet"]
            c = self.comment(f"{snippet['parentId']}.r{len(self.replies.get(snippet['parentId'], []))}", snippet["textOriginal"], 0, CH, snippet["parentId"])
            self.replies.setdefault(snippet["parentId"], []).append(c)
            return ok(c)

        @s.route("POST", "/youtube/v3/comments/setModerationStatus")
        def moderate(req: Request) -> Reply:
            if req.q("moderationStatus") not in ("heldForReview", "published", "rejected"):
                return gerror(400, "invalidModerationStatus")
            for cid in (req.q("id") or "").split(","):
                self.status[cid] = req.q("moderationStatus") or ""
            return Reply(204, None)

    def comment(self, cid: str, text: str, age: float, author: str, parent: str | None = None) -> dict[str, Any]:
        snippet = {"authorDisplayName": "@x", "authorChannelId": {"value": author}, "textDisplay": text, "textOriginal": text,
                   "likeCount": 0, "publishedAt": self.t(age), "updatedAt": self.t(age), "viewerRating": "none", "canRate": True,
                   "videoId": "vid1"}
        if parent:
            snippet["parentId"] = parent
        return {"kind": "youtube#comment", "etag": "e", "id": cid, "snippet": snippet}

    def add_thread(self, n: int, replies: int) -> None:
        top = self.comment(f"Ugx{n}", f"Fråga {n} om sändningen", 3600 + n, f"UCviewer{n}")
        reps = [self.comment(f"Ugx{n}.r{k}", f"Svar {k}", 3000, "UCother", f"Ugx{n}") for k in range(replies)]
        self.replies[f"Ugx{n}"] = reps
        self.threads.append({"kind": "youtube#commentThread", "id": f"Ugx{n}", "snippet": {
            "channelId": CH, "videoId": "vid1", "canReply": True, "isPublic": True, "totalReplyCount": replies,
            "topLevelComment": top}, **({"replies": {"comments": reps[:5]}} if replies else {})})


@pytest.fixture
def yt(server: FakeServer, fake_sleep: FakeSleep) -> tuple[FakeYouTube, YouTubeConnector]:
    fake = FakeYouTube(server, fake_sleep.now)
    for n in range(130):
        fake.add_thread(n, replies=7 if n == 3 else n % 3)
    return fake, YouTubeConnector(ConnectorConfig(CH, "tok", server.url), sleep=fake_sleep, clock=fake_sleep.clock, jitter=False)


def test_sync_reads_videos_threads_inline_and_overflowing_replies(yt: tuple[FakeYouTube, YouTubeConnector]) -> None:
    fake, conn = yt
    assert conn.profile().handle == "@exempelskommun"
    fake.status["Ugx5"] = "heldForReview"
    items, _ = sync_all(conn)
    kinds = [i.kind for i in items]
    assert kinds.count(ItemKind.POST) == 1 and kinds.count(ItemKind.COMMENT) == 130
    expected_replies = sum(7 if n == 3 else n % 3 for n in range(130))
    assert kinds.count(ItemKind.REPLY) == expected_replies
    assert len({i.platform_id for i in items}) == len(items)


def test_hide_unhide_delete_reply(yt: tuple[FakeYouTube, YouTubeConnector]) -> None:
    fake, conn = yt
    conn.hide("Ugx1")
    assert fake.status["Ugx1"] == "heldForReview"
    conn.unhide("Ugx1")
    assert fake.status["Ugx1"] == "published"
    conn.delete("Ugx1")
    assert fake.status["Ugx1"] == "rejected"
    reply = conn.reply("Ugx2.r0", "Tack för frågan!")
    assert reply.kind == ItemKind.REPLY and reply.parent_id == "Ugx2" and reply.is_own
    with pytest.raises(Unsupported):
        conn.publish("text")


def test_quota_exceeded_waits_until_pacific_midnight_and_401_is_token_expired(yt: tuple[FakeYouTube, YouTubeConnector], server: FakeServer) -> None:
    server.fail("GET", "commentThreads", gerror(403, "quotaExceeded", "youtube.quota"))
    conn = yt[1]
    conn.items_since(None)  # videos first
    with pytest.raises(RateLimited) as info:
        conn.items_since(conn.items_since(None).cursor)
    assert info.value.retry_after and 0 < info.value.retry_after <= 86400
    server.fail("GET", "channels", Reply(401, {"error": {"code": 401, "message": "Invalid Credentials", "errors": [{"reason": "authError", "domain": "global"}]}}))
    with pytest.raises(TokenExpired):
        conn.profile()
