"""A fake Meta Graph API (Facebook Page + Instagram) that answers as the documentation shows.

Shapes follow, per route:
- GET /{page-id}?fields=…: developers.facebook.com/docs/graph-api/reference/page/
- GET /{page-id}/feed, /published_posts, /tagged: developers.facebook.com/docs/graph-api/reference/page/feed/
- GET /{object-id}/comments (filter=stream): developers.facebook.com/docs/graph-api/reference/object/comments/
- POST /{comment-id}?is_hidden=: developers.facebook.com/docs/graph-api/reference/comment/ (v2.2 changelog)
- GET /{page-id}/conversations, /{conversation-id}/messages: developers.facebook.com/docs/graph-api/reference/page/conversations/
- GET /{page-id}/assigned_users: developers.facebook.com/docs/graph-api/reference/page/assigned_users/
- Paging {"data","paging":{"cursors":{"before","after"},"next"}}: developers.facebook.com/docs/graph-api/results
- Errors {"error":{"message","type","code","error_subcode","fbtrace_id"}}:
  developers.facebook.com/docs/graph-api/guides/error-handling
- Instagram media/comments/replies/hide: developers.facebook.com/docs/instagram-platform/comment-moderation
  and …/instagram-platform/reference/ig-comment
(as summarised in ../shared/PLATFORMS.md §1–2).
"""

from __future__ import annotations

import base64
import itertools
from datetime import UTC, datetime
from typing import Any

from .fakeserver import FakeServer, Reply, Request, ok

V = "/v25.0"


def fb_time(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")


def graph_error(code: int, message: str, status: int = 400, subcode: int | None = None, type_: str = "OAuthException") -> Reply:
    error: dict[str, Any] = {"message": message, "type": type_, "code": code, "fbtrace_id": "EJplcsCHuLu"}
    if subcode is not None:
        error["error_subcode"] = subcode
    return Reply(status, {"error": error})


def paginate(req: Request, rows: list[dict[str, Any]], base: str, default_limit: int = 25) -> dict[str, Any]:
    limit = int(req.q("limit") or default_limit)
    after = req.q("after")
    start = int(base64.b64decode(after).decode()) if after else 0
    chunk = rows[start : start + limit]
    body: dict[str, Any] = {"data": chunk}
    if chunk:
        enc = lambda i: base64.b64encode(str(i).encode()).decode()  # noqa: E731
        body["paging"] = {"cursors": {"before": enc(start), "after": enc(start + len(chunk))}}
        if start + len(chunk) < len(rows):
            body["paging"]["next"] = f"https://graph.facebook.com{base}?limit={limit}&after={enc(start + len(chunk))}"
    return body


class FakeGraph:
    def __init__(self, server: FakeServer, now: float, page_id: str = "1001", ig_id: str = "17841400000000001") -> None:
        self.server = server
        self.now = now
        self.page_id = page_id
        self.ig_id = ig_id
        self.token = "EAAB-page-token-SECRET"
        self.ids = itertools.count(5000)
        self.posts: list[dict[str, Any]] = []  # newest first, as the feed edge returns them
        self.comments: dict[str, list[dict[str, Any]]] = {}
        self.conversations: list[dict[str, Any]] = []
        self.messages: dict[str, list[dict[str, Any]]] = {}
        self.tagged: list[dict[str, Any]] = []
        self.users = [
            {"id": "u1", "name": "Alva Kommunikatör", "tasks": ["MANAGE", "CREATE_CONTENT", "MODERATE", "MESSAGING", "ADVERTISE", "ANALYZE"]},
            {"id": "u2", "name": "Erik Redaktör", "tasks": ["CREATE_CONTENT", "MODERATE"]},
            {"id": "u3", "name": "Gammal Praktikant", "tasks": ["MODERATE"]},
        ]
        self.ig_media: list[dict[str, Any]] = []
        self.ig_comments: dict[str, list[dict[str, Any]]] = {}
        self.install()

    # -- data ------------------------------------------------------------------------------

    def add_post(self, message: str, age: float, author: dict[str, str] | None = None) -> dict[str, Any]:
        post_id = f"{self.page_id}_{next(self.ids)}"
        post = {
            "id": post_id, "message": message, "created_time": fb_time(self.now - age),
            "updated_time": fb_time(self.now - age),
            "permalink_url": f"https://www.facebook.com/{post_id.replace('_', '/posts/')}",
            "from": author or {"id": self.page_id, "name": "Exempels kommun"},
            "is_hidden": False,
        }
        self.posts.insert(0, post)
        self.posts.sort(key=lambda p: p["created_time"], reverse=True)
        self.comments[post_id] = []
        return post

    def add_comment(self, post_id: str, message: str, age: float, parent: str | None = None, name: str = "Anna Andersson") -> dict[str, Any]:
        cid = f"{post_id.split('_')[1]}_{next(self.ids)}"
        comment: dict[str, Any] = {
            "id": cid, "message": message, "created_time": fb_time(self.now - age),
            "from": {"id": f"9{abs(hash(name)) % 10**8}", "name": name},
            "is_hidden": False, "can_hide": True, "can_remove": True, "comment_count": 0,
            "permalink_url": f"https://www.facebook.com/{post_id}?comment_id={cid}",
        }
        if parent:
            comment["parent"] = {"id": parent}
        self.comments[post_id].append(comment)
        return comment

    def find_comment(self, cid: str) -> tuple[str, dict[str, Any]] | None:
        for post_id, rows in self.comments.items():
            for c in rows:
                if c["id"] == cid:
                    return post_id, c
        for media_id, rows in self.ig_comments.items():
            for c in rows:
                if c["id"] == cid:
                    return media_id, c
        return None

    # -- routes ----------------------------------------------------------------------------

    def install(self) -> None:
        s = self.server

        def auth(fn: Any) -> Any:
            def wrapper(req: Request) -> Reply:
                if req.headers.get("authorization") != f"Bearer {self.token}":
                    return graph_error(190, "Error validating access token: Session has expired.", 400, 463)
                return fn(req)
            return wrapper

        @s.route("GET", rf"{V}/(\d+)")
        @auth
        def node(req: Request) -> Reply:
            oid = req.groups[0]
            if oid == self.page_id:
                return ok({
                    "id": self.page_id, "name": "Exempels kommun", "about": "Officiell sida för Exempels kommun.",
                    "emails": ["kommun@exempel.se"], "phone": "+46 141 22 50 00", "website": "https://www.exempel.se",
                    "link": f"https://www.facebook.com/{self.page_id}", "category": "Government organization",
                    "fan_count": 12000, "followers_count": 12873, "verification_status": "blue_verified",
                    "picture": {"data": {"url": "https://scontent.xx.fbcdn.net/p.jpg", "is_silhouette": False}},
                    "instagram_business_account": {"id": self.ig_id},
                })
            if oid == self.ig_id:
                return ok({"id": self.ig_id, "username": "exempelskommun", "name": "Exempels kommun",
                           "biography": "Officiellt konto. Vi svarar vardagar 8–16.", "website": "https://www.exempel.se",
                           "profile_picture_url": "https://scontent.cdninstagram.com/p.jpg", "followers_count": 3400})
            for m in self.ig_media:
                if m["id"] == oid:
                    return ok(m)
            found = self.find_comment(oid)
            if found:
                return ok({**found[1], "media": {"id": found[0]}})
            return graph_error(100, f"Unsupported get request. Object with ID '{oid}' does not exist", 400, 33)

        @s.route("GET", rf"{V}/(\d+_\d+)")
        @auth
        def post_or_comment(req: Request) -> Reply:
            oid = req.groups[0]
            for p in self.posts:
                if p["id"] == oid:
                    return ok(p)
            found = self.find_comment(oid)
            if found:
                return ok({**found[1], "object": {"id": found[0]}})
            return graph_error(100, "Object does not exist", 400, 33)

        @s.route("GET", rf"{V}/(\d+)/(feed|published_posts)")
        @auth
        def feed(req: Request) -> Reply:
            since = int(req.q("since") or 0)
            rows = [p for p in self.posts if datetime.fromisoformat(p["created_time"].replace("+0000", "+00:00")).timestamp() >= since]
            if req.groups[1] == "published_posts":
                rows = [p for p in rows if p["from"]["id"] == self.page_id]
            return ok(paginate(req, rows, req.path))

        @s.route("GET", rf"{V}/(\d+)/tagged")
        @auth
        def tagged(req: Request) -> Reply:
            return ok(paginate(req, self.tagged, req.path))

        @s.route("GET", rf"{V}/(\d+_\d+)/comments")
        @auth
        def comments(req: Request) -> Reply:
            rows = self.comments.get(req.groups[0])
            if rows is None:
                return graph_error(100, "Object does not exist", 400, 33)
            if req.q("filter") != "stream":
                rows = [c for c in rows if "parent" not in c]
            body = paginate(req, rows, req.path)
            body["summary"] = {"order": req.q("order") or "chronological", "total_count": len(rows), "can_comment": True}
            return ok(body)

        @s.route("POST", rf"{V}/(\d+_\d+)/comments")
        @auth
        def reply(req: Request) -> Reply:
            target = req.groups[0]
            message = req.param("message")
            if not message:
                return graph_error(100, "(#100) The parameter message is required")
            post_id = target if target in self.comments else (self.find_comment(target) or (None,))[0]
            if post_id is None:
                return graph_error(100, "Object does not exist", 400, 33)
            c = self.add_comment(post_id, message, 0, parent=None if target == post_id else target, name="Exempels kommun")
            c["from"] = {"id": self.page_id, "name": "Exempels kommun"}
            return ok({"id": c["id"]})

        @s.route("POST", rf"{V}/(\d+_\d+|\d+)")
        @auth
        def update(req: Request) -> Reply:
            found = self.find_comment(req.groups[0])
            media = next((m for m in self.ig_media if m["id"] == req.groups[0]), None)
            if media and req.param("comment_enabled") is not None:
                media["comment_enabled"] = req.param("comment_enabled") == "true"
                return ok({"success": True})
            if not found:
                return graph_error(100, "Object does not exist", 400, 33)
            if req.param("is_hidden") is not None:
                if not found[1].get("can_hide", True):
                    return graph_error(200, "(#200) Permissions error", 403)
                found[1]["is_hidden"] = req.param("is_hidden") == "true"
            elif req.param("hide") is not None:
                found[1]["hidden"] = req.param("hide") == "true"
            else:
                return graph_error(100, "(#100) No valid parameter")
            return ok({"success": True})

        @s.route("DELETE", rf"{V}/(\d+_\d+|\d+)")
        @auth
        def delete(req: Request) -> Reply:
            found = self.find_comment(req.groups[0])
            if not found:
                return graph_error(100, "Object does not exist", 400, 33)
            container = self.comments.get(found[0]) or self.ig_comments[found[0]]
            container.remove(found[1])
            return ok({"success": True})

        @s.route("POST", rf"{V}/(\d+)/feed")
        @auth
        def publish(req: Request) -> Reply:
            post = self.add_post(req.param("message") or "", 0)
            return ok({"id": post["id"]})

        @s.route("POST", rf"{V}/(\d+)/photos")
        @auth
        def photo(req: Request) -> Reply:
            post = self.add_post(req.param("caption") or "", 0)
            return ok({"id": post["id"].split("_")[1], "post_id": post["id"]})

        @s.route("GET", rf"{V}/(\d+)/conversations")
        @auth
        def conversations(req: Request) -> Reply:
            if req.q("platform") != "messenger":
                return graph_error(100, "(#100) platform is required")
            return ok(paginate(req, self.conversations, req.path))

        @s.route("GET", rf"{V}/(t_\w+)/messages")
        @auth
        def messages(req: Request) -> Reply:
            return ok(paginate(req, self.messages.get(req.groups[0], []), req.path))

        @s.route("GET", rf"{V}/(\d+)/assigned_users")
        @auth
        def assigned(req: Request) -> Reply:
            if not req.q("business"):
                return graph_error(100, "(#100) The parameter business is required")
            return ok(paginate(req, self.users, req.path, default_limit=2))

        @s.route("POST", rf"{V}/(\d+)/subscribed_apps")
        @auth
        def subscribe(req: Request) -> Reply:
            return ok({"success": "true"})

        # Instagram -------------------------------------------------------------------------

        @s.route("GET", rf"{V}/(\d+)/media")
        @auth
        def ig_media(req: Request) -> Reply:
            return ok(paginate(req, self.ig_media, req.path))

        @s.route("GET", rf"{V}/(\d+)/tags")
        @auth
        def ig_tags(req: Request) -> Reply:
            return ok({"data": []})

        @s.route("GET", rf"{V}/(\d+)/comments")
        @auth
        def ig_comments(req: Request) -> Reply:
            rows = self.ig_comments.get(req.groups[0], [])
            top = [c for c in rows if not c.get("parent_id")]
            body = paginate(req, top, req.path)
            for c in body["data"]:
                replies = [r for r in rows if r.get("parent_id") == c["id"]]
                c_out = dict(c)
                if replies:
                    c_out["replies"] = {"data": replies}
                body["data"][body["data"].index(c)] = c_out
            return ok(body)

        @s.route("POST", rf"{V}/(\d+)/(replies|comments)")
        @auth
        def ig_reply(req: Request) -> Reply:
            target, edge = req.groups
            is_media = any(m["id"] == target for m in self.ig_media)
            if edge == "replies" and is_media:
                return graph_error(100, "(#100) Tried accessing nonexisting field (replies)")
            media_id = target if is_media else (self.find_comment(target) or (None,))[0]
            if media_id is None:
                return graph_error(100, "Object does not exist", 400, 33)
            c = self.add_ig_comment(media_id, req.param("message") or "", None if is_media else target, username="exempelskommun")
            return ok({"id": c["id"]})

        @s.route("POST", rf"{V}/(\d+)/media")
        @auth
        def ig_container(req: Request) -> Reply:
            if not req.param("image_url"):
                return graph_error(100, "(#100) image_url is required")
            return ok({"id": f"1790{next(self.ids)}"})

        @s.route("POST", rf"{V}/(\d+)/media_publish")
        @auth
        def ig_publish(req: Request) -> Reply:
            m = self.add_ig_media("Publicerad från kanalvakt", 0)
            return ok({"id": m["id"]})

    def add_ig_media(self, caption: str, age: float) -> dict[str, Any]:
        mid = f"1789{next(self.ids)}"
        m = {"id": mid, "caption": caption, "media_type": "IMAGE", "media_product_type": "FEED",
             "permalink": f"https://www.instagram.com/p/{mid}/", "timestamp": fb_time(self.now - age),
             "comments_count": 0, "like_count": 3, "username": "exempelskommun"}
        self.ig_media.insert(0, m)
        self.ig_comments[mid] = []
        return m

    def add_ig_comment(self, media_id: str, text: str, parent: str | None = None, username: str = "medborgare") -> dict[str, Any]:
        cid = f"1787{next(self.ids)}"
        c: dict[str, Any] = {"id": cid, "text": text, "timestamp": fb_time(self.now), "username": username,
                             "from": {"id": f"17{abs(hash(username)) % 10**8}", "username": username},
                             "hidden": False, "like_count": 0}
        if parent:
            c["parent_id"] = parent
        self.ig_comments[media_id].append(c)
        return c
