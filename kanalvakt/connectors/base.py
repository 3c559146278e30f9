"""The one interface every platform connector implements, and the normalised values it returns.

Connectors are pure Python (no Django): the content app stores what they return, the worker calls
them on a schedule, and tests drive them against local HTTP servers. See ARCHITECTURE.md
"Connectors" and "Items and the archive".
"""

from __future__ import annotations

import enum
import hashlib
import json
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .errors import (  # noqa: F401  re-exported: callers import the whole interface from here
    ConfigurationError,
    ConnectorError,
    InvalidRequest,
    NotFound,
    PermanentError,
    PermissionDenied,
    RateLimited,
    TokenExpired,
    Transient,
    Unsupported,
)

# A cursor is whatever a connector needs to resume: always a JSON-serialisable dict.
# Callers store it verbatim (after storing the page's items) and pass it back; they never look inside.
Cursor = dict[str, Any]
Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC)


class ItemKind(enum.StrEnum):
    POST = "post"  # a top-level post, own or by a visitor
    COMMENT = "comment"  # a comment on a post
    REPLY = "reply"  # a reply to a comment (or, on threaded platforms, to a reply)
    MESSAGE = "message"  # a direct/private message
    MENTION = "mention"  # someone else's post that mentions or tags the account


class Capability(enum.StrEnum):
    """What a connector can do through the platform's API; absent means "offer the manual route"."""

    READ = "read"
    REPLY = "reply"
    HIDE = "hide"  # reversible hiding of someone else's item
    UNHIDE = "unhide"
    DELETE = "delete"  # removal of someone else's item
    DELETE_OWN = "delete_own"  # removal of the account's own items only
    PUBLISH = "publish"
    PUBLISH_MEDIA = "publish_media"
    MESSAGES = "messages"  # direct messages are synced
    MENTIONS = "mentions"
    ADMINS = "admins"  # admins() returns the real roles
    WEBHOOKS = "webhooks"


# Swedish labels for capabilities, for the account page.
CAPABILITY_LABELS_SV: Mapping[Capability, str] = {
    Capability.READ: "Hämta inlägg och kommentarer",
    Capability.REPLY: "Svara",
    Capability.HIDE: "Dölja",
    Capability.UNHIDE: "Visa dolda igen",
    Capability.DELETE: "Ta bort andras inlägg och kommentarer",
    Capability.DELETE_OWN: "Ta bort egna inlägg",
    Capability.PUBLISH: "Publicera",
    Capability.PUBLISH_MEDIA: "Publicera bilder",
    Capability.MESSAGES: "Direktmeddelanden",
    Capability.MENTIONS: "Omnämnanden",
    Capability.ADMINS: "Läsa kontots administratörer",
    Capability.WEBHOOKS: "Direktavisering (webhook)",
}


def canonical_json(obj: Any) -> bytes:
    """The raw bytes we keep for an item: stable key order, so an unchanged item hashes the same."""
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


@dataclass(frozen=True)
class Item:
    """One captured state of a post, comment, reply, message or mention."""

    platform: str
    platform_id: str
    kind: ItemKind
    text: str
    raw: bytes  # the platform's JSON for this item; the caller stores it and its SHA-256
    author_id: str | None = None
    author_name: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    parent_id: str | None = None  # the post or comment this one answers
    thread_id: str | None = None  # the top-level post of the conversation
    permalink: str | None = None
    is_hidden: bool | None = None  # None: the platform does not tell us
    is_deleted: bool | None = None
    is_own: bool | None = None  # written by the connected account itself

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()

    def raw_json(self) -> Any:
        return json.loads(self.raw)


@dataclass(frozen=True)
class Page:
    """One step of a sync.

    Store ``items`` first, then ``cursor``; if anything fails in between, calling ``items_since`` again
    with the previously stored cursor repeats the same step, so nothing is lost and, because items
    are keyed by (platform, platform_id) and raw hash, nothing is duplicated.
    """

    items: tuple[Item, ...]
    cursor: Cursor
    has_more: bool  # False: caught up for now; poll again on the next schedule
    cycle: str = ""  # identifies one full walk over the account's recent content
    # Threads whose children were all listed during ``cycle`` (this page completed them): any stored
    # child of such a thread that was not seen during the cycle was deleted on the platform.
    complete_threads: tuple[str, ...] = ()


@dataclass(frozen=True)
class Profile:
    platform: str
    platform_id: str
    name: str
    raw: bytes
    handle: str | None = None
    bio: str | None = None
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    website: str | None = None
    links: tuple[str, ...] = ()
    url: str | None = None  # the public page
    picture_url: str | None = None
    followers: int | None = None
    verified: bool | None = None


@dataclass(frozen=True)
class Admin:
    """A person or system user with access to the account, as the platform reports it."""

    platform_id: str
    name: str
    roles: tuple[str, ...] = ()
    email: str | None = None


@dataclass(frozen=True)
class Media:
    """An image or video to publish, given by a public URL (Meta, Instagram) or local bytes."""

    url: str | None = None
    content: bytes | None = None
    content_type: str = "image/jpeg"
    alt_text: str = ""  # required by the accessibility policy; sent where the platform takes it


@dataclass
class ConnectorConfig:
    """Everything a connector needs; built by the registry app from the decrypted credentials."""

    account_id: str  # the platform's id (page id, channel id, DID, organisation id …)
    token: str = ""
    base_url: str | None = None  # tests point this at a local server
    options: dict[str, Any] = field(default_factory=dict)

    def __repr__(self) -> str:
        # Never let a token reach a log line through a repr.
        return f"ConnectorConfig(account_id={self.account_id!r}, base_url={self.base_url!r})"


class Connector(ABC):
    """One platform account. Methods raise ``ConnectorError`` subclasses only."""

    platform: str = ""
    capabilities: frozenset[Capability] = frozenset()

    def can(self, capability: Capability) -> bool:
        return capability in self.capabilities

    def require(self, capability: Capability, what_sv: str = "") -> None:
        if capability not in self.capabilities:
            raise Unsupported(
                f"{self.platform} does not support {capability.value}", platform=self.platform
            )

    @abstractmethod
    def profile(self) -> Profile: ...

    @abstractmethod
    def items_since(self, cursor: Cursor | None) -> Page: ...

    def admins(self) -> list[Admin] | None:
        """The people with roles on the account, or None where the platform does not expose them."""
        return None

    def reply(self, item_id: str, text: str) -> Item:
        raise Unsupported(f"{self.platform} cannot reply", platform=self.platform)

    def hide(self, item_id: str) -> None:
        raise Unsupported(f"{self.platform} cannot hide", platform=self.platform)

    def unhide(self, item_id: str) -> None:
        raise Unsupported(f"{self.platform} cannot unhide", platform=self.platform)

    def delete(self, item_id: str) -> None:
        raise Unsupported(f"{self.platform} cannot delete", platform=self.platform)

    def publish(self, text: str, media: Sequence[Media] = ()) -> Item:
        raise Unsupported(f"{self.platform} cannot publish", platform=self.platform)

    def close(self) -> None:  # noqa: B027  optional hook: only HTTP connectors hold a pool
        """Release the HTTP connection pool."""

    def __enter__(self) -> Connector:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def parse_time(value: Any) -> datetime | None:
    """Parse the timestamp shapes platforms use: ISO 8601 (with Z or +0000) or unix seconds."""
    if value is None or value == "":
        return None
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value, UTC)
    text = str(value).strip()
    if text.isdigit():
        return datetime.fromtimestamp(int(text), UTC)
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    # Graph API writes "+0000"; fromisoformat wants "+00:00".
    if len(text) > 5 and text[-5] in "+-" and text[-4:].isdigit() and text[-3] != ":":
        text = text[:-2] + ":" + text[-2:]
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
