"""Bluesky through AT Protocol XRPC: own posts, threads with hidden replies, mentions, and writes.

Docs: docs.bsky.app (com.atproto.server.createSession, com.atproto.repo.*, app.bsky.feed.*,
app.bsky.feed.threadgate lexicon) as summarised in PLATFORMS.md §5. Without an AppView (a bare PDS)
only the account's own repository is read, through com.atproto.repo.listRecords.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from .base import (
    Capability,
    ConnectorConfig,
    Item,
    ItemKind,
    Media,
    Profile,
    canonical_json,
    parse_time,
)
from .errors import (
    ConnectorError,
    InvalidRequest,
    NotFound,
    RateLimited,
    TokenExpired,
    Transient,
    Unsupported,
)
from .httpclient import Response, redact_url
from .httpconnector import HttpConnector
from .polling import Fetched, Task

POST = "app.bsky.feed.post"
THREADGATE = "app.bsky.feed.threadgate"
MAX_HIDDEN = 50  # threadgate lexicon: hiddenReplies maxLength 50


def classify_xrpc(response: Response) -> ConnectorError | None:
    if response.status < 400:
        return None
    try:
        body = json.loads(response.content)
        name = body.get("error") if isinstance(body, dict) else None
    except ValueError:
        return None
    detail = f"XRPC {response.status} {name} on {redact_url(response.url)}: {body.get('message', '')}"
    kw: dict[str, Any] = {"status": response.status, "platform_code": name}
    if name in ("ExpiredToken", "InvalidToken", "AuthenticationRequired", "AccountTakedown"):
        return TokenExpired(detail, **kw)
    if name == "RateLimitExceeded" or response.status == 429:
        return RateLimited(detail, **kw)
    if name in ("UpstreamFailure", "UpstreamTimeout", "InternalServerError"):
        return Transient(detail, **kw)
    if name in ("RecordNotFound", "NotFound", "RepoNotFound"):
        return NotFound(detail, **kw)
    return None


def split_uri(uri: str) -> tuple[str, str, str]:
    """at://did/collection/rkey → (did, collection, rkey)."""
    if not uri.startswith("at://"):
        raise InvalidRequest(f"not an at:// URI: {uri}", platform="bluesky")
    parts = uri[5:].split("/")
    if len(parts) != 3:
        raise InvalidRequest(f"not a record URI: {uri}", platform="bluesky")
    return parts[0], parts[1], parts[2]


class BlueskyConnector(HttpConnector):
    platform = "bluesky"
    capabilities = frozenset({
        Capability.READ, Capability.REPLY, Capability.HIDE, Capability.UNHIDE, Capability.DELETE_OWN,
        Capability.PUBLISH, Capability.PUBLISH_MEDIA, Capability.MENTIONS,
    })  # the most an account can have; each instance narrows it by its options

    default_host = "https://bsky.social"
    api_path = "xrpc/"
    classify = staticmethod(classify_xrpc)

    def __init__(
        self,
        config: ConnectorConfig,
        *,
        on_session: Callable[[dict[str, str]], None] | None = None,
        **kw: Any,
    ) -> None:
        super().__init__(config, **kw)
        self.identifier = config.account_id  # handle or DID
        self.appview = bool(config.options.get("appview", True))
        self.page_size = int(config.options.get("page_size", 50))
        # A stored session (from a previous process) saves a createSession call; those are limited.
        self.session: dict[str, str] = dict(config.options.get("session") or {})
        self.on_session = on_session
        caps = {Capability.READ, Capability.REPLY, Capability.HIDE, Capability.UNHIDE,
                Capability.DELETE_OWN, Capability.PUBLISH, Capability.PUBLISH_MEDIA}
        if self.appview:
            caps.add(Capability.MENTIONS)
        self.capabilities = frozenset(caps)

    def auth_headers(self) -> dict[str, str]:
        # XRPC authenticates each request with a session JWT (access or refresh), not a fixed token.
        return {}

    # -- session ---------------------------------------------------------------------------

    def _store_session(self, body: dict[str, Any]) -> None:
        self.session = {k: body[k] for k in ("accessJwt", "refreshJwt", "did", "handle") if k in body}
        if self.on_session:
            self.on_session(dict(self.session))

    def login(self) -> None:
        body = self.http.request(
            "POST", "com.atproto.server.createSession",
            json_body={"identifier": self.identifier, "password": self.config.token},
            idempotent=True,  # creating a session twice is harmless
        ).json()
        self._store_session(body)

    def _refresh(self) -> None:
        try:
            body = self.http.request(
                "POST", "com.atproto.server.refreshSession", idempotent=True,
                headers={"Authorization": f"Bearer {self.session['refreshJwt']}"},
            ).json()
        except TokenExpired:
            self.session = {}
            self.login()  # the refresh token is gone too; the app password may still work
            return
        self._store_session(body)

    @property
    def did(self) -> str:
        if not self.session:
            self.login()
        return self.session["did"]

    def _call(self, method: str, nsid: str, *, params: Any = None, body: Any = None, idempotent: bool | None = None) -> Any:
        if not self.session:
            self.login()
        for attempt in range(2):
            try:
                return self.http.request(
                    method, nsid, params=params, json_body=body, idempotent=idempotent,
                    headers={"Authorization": f"Bearer {self.session['accessJwt']}"},
                ).json()
            except TokenExpired as exc:
                # Access tokens live two hours: refresh once, then give up.
                if attempt or exc.platform_code not in ("ExpiredToken", "InvalidToken") or "refreshJwt" not in self.session:
                    raise
                self._refresh()
        raise AssertionError("unreachable")

    def _get_record(self, uri: str) -> dict[str, Any]:
        repo, collection, rkey = split_uri(uri)
        return self._call("GET", "com.atproto.repo.getRecord", params={"repo": repo, "collection": collection, "rkey": rkey})

    # -- reading ---------------------------------------------------------------------------

    def profile(self) -> Profile:
        if self.appview:
            body = self._call("GET", "app.bsky.actor.getProfile", params={"actor": self.did})
            handle = body.get("handle")
            return Profile(self.platform, body["did"], body.get("displayName") or handle or "", canonical_json(body),
                           handle=handle, bio=body.get("description"),
                           url=f"https://bsky.app/profile/{handle}" if handle else None,
                           picture_url=body.get("avatar"), followers=body.get("followersCount"))
        try:
            record = self._call("GET", "com.atproto.repo.getRecord",
                                params={"repo": self.did, "collection": "app.bsky.actor.profile", "rkey": "self"})
            value = record.get("value") or {}
        except NotFound:
            record, value = {}, {}
        handle = self.session.get("handle")
        return Profile(self.platform, self.did, value.get("displayName") or handle or "", canonical_json(record),
                       handle=handle, bio=value.get("description"),
                       url=f"https://bsky.app/profile/{handle}" if handle else None)

    def seed(self, marks: dict[str, Any], cutoff: datetime) -> list[Task]:
        tasks = [Task("own")]
        if self.appview:
            tasks.append(Task("notifications"))
        return tasks

    def fetch(self, task: Task, marks: dict[str, Any], cutoff: datetime) -> Fetched:
        if task.stream == "own":
            params = {"repo": self.did, "collection": POST, "limit": self.page_size}
            if task.token:
                params["cursor"] = task.token
            body = self._call("GET", "com.atproto.repo.listRecords", params=params)
            records = body.get("records") or []
            fresh = [r for r in records if (parse_time(r["value"].get("createdAt")) or cutoff) >= cutoff]
            more = body.get("cursor") if len(fresh) == len(records) and records else None
            items = [self.record_item(r["uri"], r, r["value"], self.did) for r in fresh]
            threads = [Task("thread", i.platform_id) for i in items if i.kind == ItemKind.POST] if self.appview else []
            return Fetched(items=items, next_token=more, children=threads)
        if task.stream == "thread":
            assert task.key
            try:
                body = self._call("GET", "app.bsky.feed.getPostThread", params={"uri": task.key, "depth": 1000, "parentHeight": 0})
            except NotFound:
                return Fetched(complete_thread=task.key)
            thread = body.get("thread") or {}
            gate = ((thread.get("post") or {}).get("threadgate") or {}).get("record") or {}
            hidden = set(gate.get("hiddenReplies") or ())
            items: list[Item] = []
            stack = list(thread.get("replies") or [])
            while stack:
                node = stack.pop(0)
                post = node.get("post")
                if not post:
                    continue  # blocked or not-found placeholders
                items.append(self.view_item(post, hidden=post["uri"] in hidden))
                stack.extend(node.get("replies") or [])
            return Fetched(items=items, complete_thread=task.key)
        if task.stream == "notifications":
            params = {"limit": self.page_size, "reasons": ["mention", "quote"]}
            if task.token:
                params["cursor"] = task.token
            body = self._call("GET", "app.bsky.notification.listNotifications", params=params)
            notes = body.get("notifications") or []
            fresh = [n for n in notes if (parse_time(n.get("indexedAt")) or cutoff) >= cutoff]
            items = [self.record_item(n["uri"], n, n.get("record") or {}, (n.get("author") or {}).get("did"),
                                      author=n.get("author"), kind=ItemKind.MENTION) for n in fresh]
            more = body.get("cursor") if len(fresh) == len(notes) and notes else None
            return Fetched(items=items, next_token=more)
        raise ValueError(f"unknown stream {task.stream}")

    def record_item(self, uri: str, raw: dict[str, Any], record: dict[str, Any], author_did: str | None,
                    author: dict[str, Any] | None = None, kind: ItemKind | None = None, hidden: bool | None = None) -> Item:
        reply = record.get("reply") or {}
        parent = (reply.get("parent") or {}).get("uri")
        root = (reply.get("root") or {}).get("uri")
        _, _, rkey = split_uri(uri)
        handle = (author or {}).get("handle") or author_did
        if kind is None:
            kind = ItemKind.POST if not parent else (ItemKind.COMMENT if parent == root else ItemKind.REPLY)
        return Item(
            platform=self.platform, platform_id=uri, kind=kind, text=record.get("text") or "",
            raw=canonical_json(raw), author_id=author_did,
            author_name=(author or {}).get("displayName") or handle,
            created_at=parse_time(record.get("createdAt")), parent_id=parent, thread_id=root or uri,
            permalink=f"https://bsky.app/profile/{handle}/post/{rkey}" if handle else None,
            is_hidden=hidden, is_deleted=False, is_own=author_did == self.session.get("did"),
        )

    def view_item(self, post: dict[str, Any], hidden: bool | None = None) -> Item:
        author = post.get("author") or {}
        return self.record_item(post["uri"], post, post.get("record") or {}, author.get("did"), author=author, hidden=hidden)

    # -- acting ----------------------------------------------------------------------------

    def _create(self, record: dict[str, Any]) -> Item:
        body = self._call("POST", "com.atproto.repo.createRecord", body={"repo": self.did, "collection": POST, "record": record})
        raw = {"uri": body["uri"], "cid": body["cid"], "value": record}
        return self.record_item(body["uri"], raw, record, self.did)

    def _now(self) -> str:
        return self.clock().strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"

    def reply(self, item_id: str, text: str) -> Item:
        parent = self._get_record(item_id)
        parent_ref = {"uri": parent["uri"], "cid": parent["cid"]}
        root_ref = ((parent.get("value") or {}).get("reply") or {}).get("root") or parent_ref
        return self._create({"$type": POST, "text": text, "createdAt": self._now(), "langs": ["sv"],
                             "reply": {"root": root_ref, "parent": parent_ref}})

    def publish(self, text: str, media: Sequence[Media] = ()) -> Item:
        record: dict[str, Any] = {"$type": POST, "text": text, "createdAt": self._now(), "langs": ["sv"]}
        images = []
        for m in media[:4]:  # app.bsky.embed.images: at most four
            if m.content is None:
                raise InvalidRequest("Bluesky images are uploaded as bytes", platform=self.platform)
            blob = self.http.request("POST", "com.atproto.repo.uploadBlob", content=m.content,
                                     headers={"Authorization": f"Bearer {self.session['accessJwt']}",
                                              "Content-Type": m.content_type}).json()["blob"]
            images.append({"alt": m.alt_text, "image": blob})
        if images:
            record["embed"] = {"$type": "app.bsky.embed.images", "images": images}
        return self._create(record)

    def _set_hidden(self, item_id: str, hidden: bool) -> None:
        reply = self._get_record(item_id)
        root = (((reply.get("value") or {}).get("reply") or {}).get("root") or {}).get("uri")
        if not root:
            raise InvalidRequest("only replies can be hidden", platform=self.platform)
        root_did, _, root_rkey = split_uri(root)
        if root_did != self.did:
            raise Unsupported("replies can only be hidden in the account's own threads", platform=self.platform)
        try:
            gate = self._call("GET", "com.atproto.repo.getRecord",
                              params={"repo": self.did, "collection": THREADGATE, "rkey": root_rkey})["value"]
        except NotFound:
            # No "allow" key: everybody may still reply; only the hidden list changes.
            gate = {"$type": THREADGATE, "post": root, "createdAt": self._now()}
        current = list(gate.get("hiddenReplies") or [])
        if hidden and item_id not in current:
            if len(current) >= MAX_HIDDEN:
                raise InvalidRequest("a thread can hide at most 50 replies", platform=self.platform)
            current.append(item_id)
        elif not hidden and item_id in current:
            current.remove(item_id)
        else:
            return  # already as asked
        gate["hiddenReplies"] = current
        self._call("POST", "com.atproto.repo.putRecord", idempotent=True,
                   body={"repo": self.did, "collection": THREADGATE, "rkey": root_rkey, "record": gate})

    def hide(self, item_id: str) -> None:
        self._set_hidden(item_id, True)

    def unhide(self, item_id: str) -> None:
        self._set_hidden(item_id, False)

    def delete(self, item_id: str) -> None:
        repo, collection, rkey = split_uri(item_id)
        if repo != self.did:
            raise Unsupported("Bluesky deletes only the account's own records; hide the reply instead",
                              platform=self.platform)
        self._call("POST", "com.atproto.repo.deleteRecord", idempotent=True,
                   body={"repo": repo, "collection": collection, "rkey": rkey})
