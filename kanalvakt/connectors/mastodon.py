"""Mastodon: the account's statuses, mentions and direct messages, replies, deletes and reports.

Docs: docs.joinmastodon.org/methods/{accounts,statuses,notifications,reports}/ and
docs.joinmastodon.org/api/{guidelines,rate-limits}/ (PLATFORMS.md §4). Mastodon cannot hide or
delete other people's posts; moderation there is report, block and mute.
"""

from __future__ import annotations

import html
import re
import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

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
from .errors import ConnectorError, InvalidRequest
from .httpclient import Response, parse_link_header
from .httpconnector import HttpConnector
from .polling import Fetched, Task

_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"<br\s*/?>|</p>\s*<p>", re.I)


def html_to_text(content: str) -> str:
    """Mastodon sends sanitized HTML; we keep paragraphs and line breaks as newlines."""
    return html.unescape(_TAG.sub("", _BREAK.sub("\n", content or ""))).strip()


def classify_mastodon(response: Response) -> ConnectorError | None:
    return None  # the HTTP status carries the meaning; the generic rules map it


def _max_id(link: str | None) -> str | None:
    nxt = parse_link_header(link).get("next")
    if not nxt:
        return None
    return (parse_qs(urlsplit(nxt).query).get("max_id") or [None])[0]


class MastodonConnector(HttpConnector):
    platform = "mastodon"
    capabilities = frozenset({
        Capability.READ, Capability.REPLY, Capability.DELETE_OWN, Capability.PUBLISH,
        Capability.PUBLISH_MEDIA, Capability.MENTIONS, Capability.MESSAGES,
    })

    classify = staticmethod(classify_mastodon)

    def __init__(self, config: ConnectorConfig, **kw: Any) -> None:
        super().__init__(config, **kw)
        self.account_id = config.account_id

    def api_base_url(self) -> str:
        # There is no default host: every instance is its own server.
        if not self.config.base_url:
            raise InvalidRequest("Mastodon needs the instance URL", platform=self.platform)
        return super().api_base_url()

    def profile(self) -> Profile:
        body = self.http.get_json("api/v1/accounts/verify_credentials")
        fields = body.get("fields") or []
        links = tuple(re.findall(r'href="([^"]+)"', " ".join(f.get("value", "") for f in fields)))
        return Profile(
            self.platform, body["id"], body.get("display_name") or body.get("username", ""), canonical_json(body),
            handle=body.get("acct"), bio=html_to_text(body.get("note", "")), links=links,
            website=links[0] if links else None, url=body.get("url"), picture_url=body.get("avatar"),
            followers=body.get("followers_count"),
        )

    def seed(self, marks: dict[str, Any], cutoff: datetime) -> list[Task]:
        return [Task("statuses"), Task("mentions")]

    def fetch(self, task: Task, marks: dict[str, Any], cutoff: datetime) -> Fetched:
        if task.stream == "statuses":
            params: dict[str, Any] = {"limit": 40, "exclude_replies": "false"}
            path = f"api/v1/accounts/{self.account_id}/statuses"
            key = "created_at"
        else:
            params = {"limit": 80, "types[]": "mention"}
            path = "api/v1/notifications"
            key = "created_at"
        if task.token:
            params["max_id"] = task.token
        response = self.http.request("GET", path, params=params)
        rows = response.json() or []
        fresh = [r for r in rows if (parse_time(r.get(key)) or cutoff) >= cutoff]
        if task.stream == "statuses":
            items = [self.status_item(s) for s in fresh]
        else:
            items = [self.status_item(n["status"], mention=True) for n in fresh if n.get("status")]
        more = _max_id(response.headers.get("link")) if len(fresh) == len(rows) and rows else None
        return Fetched(items=items, next_token=more)

    def status_item(self, status: dict[str, Any], mention: bool = False) -> Item:
        account = status.get("account") or {}
        own = account.get("id") == self.account_id
        if status.get("visibility") == "direct":
            kind = ItemKind.MESSAGE
        elif status.get("in_reply_to_id"):
            kind = ItemKind.REPLY if status.get("in_reply_to_account_id") != self.account_id or own else ItemKind.COMMENT
        else:
            kind = ItemKind.MENTION if mention else ItemKind.POST
        return Item(
            platform=self.platform, platform_id=status["id"], kind=kind,
            text=html_to_text(status.get("content") or status.get("text") or ""),
            raw=canonical_json(status), author_id=account.get("id"),
            author_name=account.get("display_name") or account.get("acct"),
            created_at=parse_time(status.get("created_at")), updated_at=parse_time(status.get("edited_at")),
            parent_id=status.get("in_reply_to_id"), permalink=status.get("url") or status.get("uri"),
            is_deleted=False, is_own=own,
        )

    # -- acting ----------------------------------------------------------------------------

    def _post_status(self, body: dict[str, Any]) -> Item:
        # The Idempotency-Key makes a retried POST safe: the server returns the first status.
        status = self.http.request("POST", "api/v1/statuses", json_body=body, idempotent=True,
                                   headers={"Idempotency-Key": str(uuid.uuid4())}).json()
        return self.status_item(status)

    def reply(self, item_id: str, text: str) -> Item:
        original = self.http.get_json(f"api/v1/statuses/{item_id}")
        # Mastodon keeps a conversation's audience: a reply to a direct message stays direct.
        visibility = original.get("visibility") if original.get("visibility") in ("direct", "private") else "public"
        acct = (original.get("account") or {}).get("acct")
        if acct and f"@{acct}" not in text:
            text = f"@{acct} {text}"
        return self._post_status({"status": text, "in_reply_to_id": item_id, "visibility": visibility, "language": "sv"})

    def publish(self, text: str, media: Sequence[Media] = ()) -> Item:
        media_ids = []
        for m in media[:4]:
            if m.content is None:
                raise InvalidRequest("Mastodon media are uploaded as bytes", platform=self.platform)
            media_ids.append(self._upload(m))
        body: dict[str, Any] = {"status": text, "visibility": "public", "language": "sv"}
        if media_ids:
            body["media_ids"] = media_ids
        return self._post_status(body)

    def _upload(self, media: Media) -> str:
        response = self.http.client.post("api/v2/media", data={"description": media.alt_text},
                                         files={"file": ("bild", media.content or b"", media.content_type)})
        if response.status_code >= 400:
            raise InvalidRequest(f"media upload failed with HTTP {response.status_code}", platform=self.platform)
        return str(response.json()["id"])

    def delete(self, item_id: str) -> None:
        self.http.request("DELETE", f"api/v1/statuses/{item_id}")

    def report(self, account_id: str, status_ids: Sequence[str], comment: str = "",
               category: str = "violation", forward: bool = True) -> dict[str, Any]:
        """Report someone else's posts to the instance moderators (and the remote one with forward)."""
        body: dict[str, Any] = {"account_id": account_id, "status_ids": list(status_ids),
                                "comment": comment[:1000], "category": category, "forward": forward}
        return self.http.request("POST", "api/v1/reports", json_body=body).json()

    def block(self, account_id: str) -> dict[str, Any]:
        return self.http.request("POST", f"api/v1/accounts/{account_id}/block").json()

    def mute(self, account_id: str, duration: int = 0) -> dict[str, Any]:
        return self.http.request("POST", f"api/v1/accounts/{account_id}/mute",
                                 json_body={"notifications": True, "duration": duration}).json()
