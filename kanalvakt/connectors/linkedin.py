"""LinkedIn organisation pages through the Community Management API: posts, comments, replies, roles.

Docs: learn.microsoft.com/linkedin/marketing/community-management/shares/{posts-api,comments-api},
…/organizations/organization-access-control-by-role (PLATFORMS.md §7). LinkedIn has no way to hide
a comment; the page can only delete it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from .base import Admin, Capability, ConnectorConfig, Item, ItemKind, Media, Profile, canonical_json
from .errors import (
    ConnectorError,
    InvalidRequest,
    NotFound,
    PermissionDenied,
    RateLimited,
    TokenExpired,
    Unsupported,
)
from .httpclient import Response
from .httpconnector import HttpConnector
from .polling import Fetched, Task

DEFAULT_VERSION = "202510"


def classify_linkedin(response: Response) -> ConnectorError | None:
    if response.status < 400:
        return None
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    if not isinstance(body, dict):
        return None
    code = body.get("code") or body.get("serviceErrorCode")
    detail = f"LinkedIn {response.status} {code}: {body.get('message', '')}"
    kw: dict[str, Any] = {"status": response.status, "platform_code": code}
    if response.status == 401 or code in ("EXPIRED_ACCESS_TOKEN", "REVOKED_ACCESS_TOKEN", 65600, 65601):
        return TokenExpired(detail, **kw)
    if response.status == 429:
        return RateLimited(detail, **kw)
    if code == "ACCESS_DENIED" or response.status == 403:
        return PermissionDenied(detail, **kw)
    if response.status == 404:
        return NotFound(detail, **kw)
    return None


def _ms(value: Any) -> datetime | None:
    return datetime.fromtimestamp(value / 1000, UTC) if isinstance(value, int | float) else None


def comment_parts(comment_urn: str) -> tuple[str, str]:
    """urn:li:comment:(urn:li:activity:123,456) → (urn:li:activity:123, 456)."""
    prefix = "urn:li:comment:("
    if not comment_urn.startswith(prefix) or not comment_urn.endswith(")"):
        raise InvalidRequest(f"not a comment URN: {comment_urn}", platform="linkedin")
    inner = comment_urn[len(prefix):-1]
    parent, _, comment_id = inner.rpartition(",")
    return parent, comment_id


class LinkedInConnector(HttpConnector):
    platform = "linkedin"
    capabilities = frozenset({
        Capability.READ, Capability.REPLY, Capability.DELETE, Capability.DELETE_OWN, Capability.PUBLISH,
        Capability.ADMINS,
    })

    default_host = "https://api.linkedin.com"
    api_path = "rest/"
    classify = staticmethod(classify_linkedin)

    def __init__(self, config: ConnectorConfig, **kw: Any) -> None:
        super().__init__(config, **kw)
        self.org_id = config.account_id
        self.org_urn = f"urn:li:organization:{self.org_id}"

    def auth_headers(self) -> dict[str, str]:
        # The versioned REST API wants its version and the Rest.li 2.0 protocol on every request.
        return {
            **super().auth_headers(),
            "LinkedIn-Version": str(self.config.options.get("version", DEFAULT_VERSION)),
            "X-Restli-Protocol-Version": "2.0.0",
        }

    def profile(self) -> Profile:
        body = self.http.get_json(f"organizations/{self.org_id}")
        name = ((body.get("localizedName") or (body.get("name") or {}).get("localized", {}).get("sv_SE")) or "")
        desc = body.get("localizedDescription")
        website = body.get("localizedWebsite")
        return Profile(self.platform, str(body.get("id", self.org_id)), name, canonical_json(body),
                       handle=body.get("vanityName"), bio=desc, website=website,
                       links=(website,) if website else (),
                       url=f"https://www.linkedin.com/company/{body.get('vanityName') or self.org_id}/")

    def seed(self, marks: dict[str, Any], cutoff: datetime) -> list[Task]:
        return [Task("posts", None, 0)]

    def fetch(self, task: Task, marks: dict[str, Any], cutoff: datetime) -> Fetched:
        start = int(task.token or 0)
        if task.stream == "posts":
            body = self.http.get_json("posts", {"q": "author", "author": self.org_urn, "count": 50, "start": start,
                                                "sortBy": "CREATED"})
            rows = body.get("elements") or []
            fresh = [p for p in rows if (_ms(p.get("createdAt")) or cutoff) >= cutoff]
            more = self._next_start(body, start, len(rows)) if len(fresh) == len(rows) else None
            return Fetched(items=[self.post_item(p) for p in fresh], next_token=more,
                           children=[Task("comments", p["id"], 0) for p in fresh])
        if task.stream == "comments":
            assert task.key
            post, _, sub = task.key.partition("|")
            # Replies to a comment are listed under the comment's own URN.
            target = sub or post
            body = self.http.get_json(f"socialActions/{quote(target, safe='')}/comments", {"start": start, "count": 100})
            rows = body.get("elements") or []
            items: list[Item] = []
            children = []
            for c in rows:
                items.append(self.comment_item(c, post))
                if (c.get("commentsSummary") or {}).get("aggregatedTotalComments"):
                    children.append(Task("comments", f"{post}|{c['commentUrn']}", 0))
            more = self._next_start(body, start, len(rows))
            return Fetched(items=items, next_token=more, children=children)
        raise ValueError(f"unknown stream {task.stream}")

    @staticmethod
    def _next_start(body: dict[str, Any], start: int, got: int) -> int | None:
        paging = body.get("paging") or {}
        total = paging.get("total")
        nxt = start + got
        if got == 0 or (total is not None and nxt >= total):
            return None
        if total is None and not any(link.get("rel") == "next" for link in paging.get("links") or []):
            return None
        return nxt

    def post_item(self, post: dict[str, Any]) -> Item:
        return Item(self.platform, post["id"], ItemKind.POST, post.get("commentary") or "", canonical_json(post),
                    author_id=post.get("author"), created_at=_ms(post.get("createdAt")),
                    updated_at=_ms(post.get("lastModifiedAt")), thread_id=post["id"],
                    permalink=f"https://www.linkedin.com/feed/update/{post['id']}/",
                    is_deleted=post.get("lifecycleState") == "DELETED", is_own=post.get("author") == self.org_urn)

    def comment_item(self, comment: dict[str, Any], post: str) -> Item:
        parent = comment.get("parentComment")
        actor = comment.get("actor")
        return Item(self.platform, comment["commentUrn"], ItemKind.REPLY if parent else ItemKind.COMMENT,
                    ((comment.get("message") or {}).get("text")) or "", canonical_json(comment),
                    author_id=actor, created_at=_ms((comment.get("created") or {}).get("time")),
                    updated_at=_ms((comment.get("lastModified") or {}).get("time")),
                    parent_id=parent or post, thread_id=post, is_own=actor == self.org_urn)

    # -- acting ----------------------------------------------------------------------------

    def reply(self, item_id: str, text: str) -> Item:
        if item_id.startswith("urn:li:comment:"):
            target, _ = comment_parts(item_id)
            body: dict[str, Any] = {"actor": self.org_urn, "object": target, "parentComment": item_id,
                                    "message": {"text": text}}
            # Replies are created under the parent comment's URN.
            path = f"socialActions/{quote(item_id, safe='')}/comments"
        else:
            target = item_id
            body = {"actor": self.org_urn, "object": item_id, "message": {"text": text}}
            path = f"socialActions/{quote(item_id, safe='')}/comments"
        created = self.http.request("POST", path, json_body=body).json()
        return self.comment_item(created, target)

    def delete(self, item_id: str) -> None:
        if item_id.startswith("urn:li:comment:"):
            target, comment_id = comment_parts(item_id)
            self.http.request("DELETE", f"socialActions/{quote(target, safe='')}/comments/{comment_id}",
                              params={"actor": self.org_urn}, expect_json=False)
        else:
            self.http.request("DELETE", f"posts/{quote(item_id, safe='')}", expect_json=False)

    def publish(self, text: str, media: Sequence[Media] = ()) -> Item:
        if media:
            raise Unsupported("image upload through the Images API is not supported yet", platform=self.platform)
        body = {"author": self.org_urn, "commentary": text, "visibility": "PUBLIC",
                "distribution": {"feedDistribution": "MAIN_FEED", "targetEntities": [], "thirdPartyDistributionChannels": []},
                "lifecycleState": "PUBLISHED", "isReshareDisabledByAuthor": False}
        response = self.http.request("POST", "posts", json_body=body, expect_json=False)
        # 201 Created with the new URN in x-restli-id and no body.
        urn = response.headers.get("x-restli-id") or response.headers.get("x-linkedin-id")
        if not urn:
            raise InvalidRequest("LinkedIn did not return the new post id", platform=self.platform)
        return self.post_item(self.http.get_json(f"posts/{quote(urn, safe='')}"))

    def admins(self) -> list[Admin] | None:
        roles: dict[str, list[str]] = {}
        names: dict[str, str] = {}
        start = 0
        while True:
            body = self.http.get_json("organizationAcls", {"q": "organization", "organization": self.org_urn,
                                                          "state": "APPROVED", "start": start, "count": 100})
            rows = body.get("elements") or []
            for acl in rows:
                # One row per person and role; the drift check wants one entry per person.
                roles.setdefault(acl["roleAssignee"], []).append(acl.get("role", ""))
                names.setdefault(acl["roleAssignee"], acl.get("roleAssigneeName") or acl["roleAssignee"])
            nxt = self._next_start(body, start, len(rows))
            if nxt is None:
                return [Admin(urn, names[urn], tuple(r)) for urn, r in roles.items()]
            start = nxt
