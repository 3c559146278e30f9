"""LinkedIn Community Management API connector against a fake.

From learn.microsoft.com/linkedin/marketing/community-management: shares/posts-api (GET /rest/posts?q=author,
POST /rest/posts → 201 with x-restli-id), shares/comments-api (GET/POST /rest/socialActions/{urn}/comments,
parentComment for replies, DELETE …/comments/{id}?actor=), organizations/organization-access-control-by-role
(GET /rest/organizationAcls?q=organization), versioned headers LinkedIn-Version and
X-Restli-Protocol-Version 2.0.0, paging {start,count,total}, errors {"status","serviceErrorCode","code","message"}.
See PLATFORMS.md §7. There is no hide API.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

import pytest

from kanalvakt.connectors.base import Capability, ConnectorConfig, ItemKind
from kanalvakt.connectors.errors import PermissionDenied, Unsupported
from kanalvakt.connectors.linkedin import LinkedInConnector
from kanalvakt.connectors.polling import sync_all

from .fakeserver import FakeServer, FakeSleep, Reply, Request, ok

ORG = "urn:li:organization:2414183"


class FakeLinkedIn:
    def __init__(self, server: FakeServer, now: float) -> None:
        self.now_ms = int(now * 1000)
        self.posts: list[dict[str, Any]] = []
        self.comments: dict[str, list[dict[str, Any]]] = {}
        self.n = 7000
        s = server

        def paged(req: Request, rows: list[Any]) -> Reply:
            if req.headers.get("x-restli-protocol-version") != "2.0.0" or not req.headers.get("linkedin-version"):
                return Reply(400, {"status": 400, "code": "VERSION_MISSING", "message": "A version must be present"})
            start, count = int(req.q("start") or 0), int(req.q("count") or 10)
            return ok({"elements": rows[start:start + count], "paging": {"start": start, "count": count, "total": len(rows), "links": []}})

        s.route("GET", r"/rest/organizations/2414183")(lambda r: ok({"id": 2414183, "localizedName": "Exempels kommun",
                                                                    "vanityName": "exempels-kommun", "localizedWebsite": "https://www.exempel.se",
                                                                    "localizedDescription": "Officiell sida"}))
        s.route("GET", "/rest/posts")(lambda r: paged(r, self.posts))
        s.route("GET", "/rest/organizationAcls")(lambda r: paged(r, [
            {"roleAssignee": "urn:li:person:a1", "role": "ADMINISTRATOR", "state": "APPROVED", "organization": ORG},
            {"roleAssignee": "urn:li:person:a1", "role": "DIRECT_SPONSORED_CONTENT_POSTER", "state": "APPROVED", "organization": ORG},
            {"roleAssignee": "urn:li:person:b2", "role": "ADMINISTRATOR", "state": "APPROVED", "organization": ORG}]))

        @s.route("GET", r"/rest/socialActions/([^/]+)/comments")
        def list_comments(req: Request) -> Reply:
            return paged(req, self.comments.get(unquote(req.groups[0]), []))

        @s.route("POST", r"/rest/socialActions/([^/]+)/comments")
        def create(req: Request) -> Reply:
            body = req.json()
            target = unquote(req.groups[0])
            c = self.comment(body["object"], body["message"]["text"], body["actor"], body.get("parentComment"))
            self.comments.setdefault(target, []).append(c)
            return Reply(201, c)

        @s.route("DELETE", r"/rest/socialActions/([^/]+)/comments/(\d+)")
        def delete(req: Request) -> Reply:
            if req.q("actor") != ORG:
                return Reply(403, {"status": 403, "serviceErrorCode": 100, "code": "ACCESS_DENIED", "message": "Not enough permissions"})
            rows = self.comments.get(unquote(req.groups[0]), [])
            self.comments[unquote(req.groups[0])] = [c for c in rows if c["id"] != req.groups[1]]
            return Reply(204, None)

        @s.route("POST", "/rest/posts")
        def publish(req: Request) -> Reply:
            p = self.post(req.json()["commentary"])
            return Reply(201, None, {"x-restli-id": p["id"]})

        @s.route("GET", r"/rest/posts/([^/]+)")
        def get_post(req: Request) -> Reply:
            return ok(next(p for p in self.posts if p["id"] == unquote(req.groups[0])))

    def post(self, text: str) -> dict[str, Any]:
        self.n += 1
        p = {"id": f"urn:li:share:{self.n}", "author": ORG, "commentary": text, "visibility": "PUBLIC",
             "lifecycleState": "PUBLISHED", "createdAt": self.now_ms - 1000, "lastModifiedAt": self.now_ms - 1000}
        self.posts.insert(0, p)
        return p

    def comment(self, obj: str, text: str, actor: str, parent: str | None = None) -> dict[str, Any]:
        self.n += 1
        c: dict[str, Any] = {"id": str(self.n), "commentUrn": f"urn:li:comment:({obj},{self.n})", "actor": actor, "object": obj,
                             "message": {"text": text}, "created": {"actor": actor, "time": self.now_ms},
                             "lastModified": {"actor": actor, "time": self.now_ms}, "commentsSummary": {"aggregatedTotalComments": 0}}
        if parent:
            c["parentComment"] = parent
        return c


@pytest.fixture
def li(server: FakeServer, fake_sleep: FakeSleep) -> tuple[FakeLinkedIn, LinkedInConnector]:
    fake = FakeLinkedIn(server, fake_sleep.now)
    for n in range(60):
        p = fake.post(f"Nyhet {n}")
        c = fake.comment(p["id"], f"Kommentar {n}", "urn:li:person:x")
        fake.comments[p["id"]] = [c]
        if n % 10 == 0:
            c["commentsSummary"]["aggregatedTotalComments"] = 1
            fake.comments[c["commentUrn"]] = [fake.comment(p["id"], "Svar", "urn:li:person:y", c["commentUrn"])]
    return fake, LinkedInConnector(ConnectorConfig("2414183", "tok", server.url), sleep=fake_sleep, clock=fake_sleep.clock, jitter=False)


def test_sync_profile_and_admins(li: tuple[FakeLinkedIn, LinkedInConnector]) -> None:
    _, conn = li
    assert conn.profile().website == "https://www.exempel.se"
    items, _ = sync_all(conn)
    kinds = [i.kind for i in items]
    assert (kinds.count(ItemKind.POST), kinds.count(ItemKind.COMMENT), kinds.count(ItemKind.REPLY)) == (60, 60, 6)
    admins = conn.admins() or []
    assert [(a.platform_id, a.roles) for a in admins][0] == ("urn:li:person:a1", ("ADMINISTRATOR", "DIRECT_SPONSORED_CONTENT_POSTER"))
    assert len(admins) == 2


def test_reply_delete_publish_and_no_hide(li: tuple[FakeLinkedIn, LinkedInConnector]) -> None:
    fake, conn = li
    post = fake.posts[0]
    comment = fake.comments[post["id"]][0]
    reply = conn.reply(comment["commentUrn"], "Tack!")
    assert reply.kind == ItemKind.REPLY and reply.is_own
    conn.delete(comment["commentUrn"])
    assert all(c["id"] != comment["id"] for c in fake.comments[post["id"]])
    assert conn.publish("Ny nyhet").text == "Ny nyhet"
    assert not conn.can(Capability.HIDE)
    with pytest.raises(Unsupported) as info:
        conn.hide(comment["commentUrn"])
    assert "direkt i plattformens app" in info.value.message_sv


def test_access_denied_is_permission_denied(li: tuple[FakeLinkedIn, LinkedInConnector], server: FakeServer) -> None:
    server.fail("GET", "/rest/posts", Reply(403, {"status": 403, "serviceErrorCode": 100, "code": "ACCESS_DENIED", "message": "no"}))
    with pytest.raises(PermissionDenied):
        li[1].items_since(None)
