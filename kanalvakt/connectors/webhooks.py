"""Meta webhook helpers: the subscription challenge, the X-Hub-Signature-256 check, payload parsing.

Docs: developers.facebook.com/docs/graph-api/webhooks/getting-started and
…/pages-api/webhooks-for-pages, …/instagram-platform/webhooks (PLATFORMS.md §1–2). Webhooks are
hints: the sync layer stores what they carry and re-reads the object through the connector.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .base import Item, ItemKind, canonical_json, parse_time


class WebhookError(Exception):
    """The request is not a genuine, well-formed Meta webhook; answer 403 or 400 and store nothing."""

    def __init__(self, detail: str, message_sv: str) -> None:
        super().__init__(detail)
        self.message_sv = message_sv


def verify_signature(app_secret: str | bytes, body: bytes, header: str | None) -> bool:
    """True only if ``header`` is ``sha256=<hex HMAC-SHA256(app_secret, body)>`` for the raw body."""
    if not header or not app_secret:
        return False
    scheme, _, given = header.strip().partition("=")
    if scheme.lower() != "sha256" or not given:
        return False
    secret = app_secret.encode() if isinstance(app_secret, str) else app_secret
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, given.strip().lower())


def challenge_response(params: Mapping[str, str], verify_token: str) -> str:
    """The body to answer Meta's GET verification with; raises WebhookError if it is not ours."""
    if params.get("hub.mode") != "subscribe":
        raise WebhookError("hub.mode is not subscribe", "Fel läge i verifieringen av webhooken.")
    given = params.get("hub.verify_token") or ""
    if not verify_token or not hmac.compare_digest(given.encode(), verify_token.encode()):
        raise WebhookError("verify token mismatch", "Verifieringsnyckeln för webhooken stämmer inte.")
    challenge = params.get("hub.challenge")
    if not challenge:
        raise WebhookError("hub.challenge missing", "Meta skickade ingen kontrollkod.")
    return challenge


@dataclass(frozen=True)
class WebhookChange:
    """One change from a payload: what happened to which object, and the item when it was included."""

    platform: str
    account_id: str  # the Page or Instagram account the entry is for
    field: str
    verb: str  # add, edited, remove, hide, unhide … (Instagram comments: "add")
    object_id: str
    item: Item | None


def parse_payload(body: bytes) -> list[WebhookChange]:
    """Parse a Page (object "page") or Instagram (object "instagram") webhook body."""
    try:
        payload = json.loads(body)
    except ValueError as exc:
        raise WebhookError(f"not JSON: {exc}", "Webhookens innehåll är inte giltig JSON.") from None
    if not isinstance(payload, dict) or payload.get("object") not in ("page", "instagram"):
        raise WebhookError("unknown webhook object", "Okänd typ av webhook.")
    platform = "facebook" if payload["object"] == "page" else "instagram"
    changes: list[WebhookChange] = []
    for entry in payload.get("entry") or []:
        account = str(entry.get("id", ""))
        for change in entry.get("changes") or []:
            field = change.get("field", "")
            value = change.get("value") or {}
            if platform == "facebook":
                parsed = _facebook_change(account, field, value)
            else:
                parsed = _instagram_change(account, field, value)
            if parsed:
                changes.append(parsed)
    return changes


def _facebook_change(page_id: str, field: str, value: dict[str, Any]) -> WebhookChange | None:
    if field != "feed":
        return None
    kind_name = value.get("item")
    verb = value.get("verb", "")
    if kind_name == "comment":
        object_id = value.get("comment_id", "")
        post_id = value.get("post_id")
        parent = value.get("parent_id")
        kind = ItemKind.COMMENT if not parent or parent == post_id else ItemKind.REPLY
    elif kind_name in ("status", "post", "photo", "video", "share"):
        object_id = value.get("post_id", "")
        post_id, parent, kind = object_id, None, ItemKind.POST
    else:
        return None  # reactions and likes are not items
    if not object_id:
        return None
    author = value.get("from") or {}
    item = None
    if verb in ("add", "edited", "remove", "hide", "unhide"):
        item = Item(
            platform="facebook", platform_id=object_id, kind=kind, text=value.get("message") or "",
            raw=canonical_json(value), author_id=author.get("id"), author_name=author.get("name"),
            created_at=parse_time(value.get("created_time")), parent_id=parent if kind != ItemKind.POST else None,
            thread_id=post_id, is_hidden={"hide": True, "unhide": False}.get(verb),
            is_deleted=True if verb == "remove" else None,
            is_own=(author.get("id") == page_id) if author else None,
        )
    return WebhookChange("facebook", page_id, field, verb, object_id, item)


def _instagram_change(account: str, field: str, value: dict[str, Any]) -> WebhookChange | None:
    if field not in ("comments", "mentions", "live_comments"):
        return None
    object_id = str(value.get("id") or value.get("comment_id") or value.get("media_id") or "")
    if not object_id:
        return None
    author = value.get("from") or {}
    media = (value.get("media") or {}).get("id") or value.get("media_id")
    parent = value.get("parent_id")
    kind = ItemKind.MENTION if field == "mentions" else (ItemKind.REPLY if parent else ItemKind.COMMENT)
    item = Item(
        platform="instagram", platform_id=object_id, kind=kind, text=value.get("text") or "",
        raw=canonical_json(value), author_id=author.get("id"), author_name=author.get("username"),
        parent_id=parent or media, thread_id=media, is_own=(author.get("id") == account) if author else None,
    )
    return WebhookChange("instagram", account, field, "add", object_id, item)
