"""Platform connectors behind one interface (``base.Connector``); no Django here.

``get_connector("facebook", config)`` builds the right one; ``PLATFORMS`` lists them with their
Swedish names for the UI.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from .base import Capability, Connector, ConnectorConfig, Cursor, Item, ItemKind, Page, Profile
from .errors import (
    ConnectorError,
    PermanentError,
    RateLimited,
    TokenExpired,
    Transient,
    Unsupported,
)

# platform → (module, class, Swedish name)
PLATFORMS: dict[str, tuple[str, str, str]] = {
    "facebook": ("facebook", "FacebookConnector", "Facebook-sida"),
    "instagram": ("instagram", "InstagramConnector", "Instagram"),
    "youtube": ("youtube", "YouTubeConnector", "YouTube"),
    "linkedin": ("linkedin", "LinkedInConnector", "LinkedIn-sida"),
    "mastodon": ("mastodon", "MastodonConnector", "Mastodon"),
    "bluesky": ("bluesky", "BlueskyConnector", "Bluesky"),
    "x": ("x", "XConnector", "X (Twitter)"),
    "demo": ("demo", "DemoConnector", "Demoplattform"),
}


def connector_class(platform: str) -> type[Connector]:
    module, cls, _ = PLATFORMS[platform]
    return getattr(import_module(f"{__name__}.{module}"), cls)  # type: ignore[no-any-return]


def get_connector(platform: str, config: ConnectorConfig, **kw: Any) -> Connector:
    """Build a connector; ``kw`` passes test hooks (sleep, clock, transport) and HTTP options."""
    return connector_class(platform)(config, **kw)  # type: ignore[call-arg]


__all__ = [
    "PLATFORMS", "Capability", "Connector", "ConnectorConfig", "ConnectorError", "Cursor", "Item", "ItemKind",
    "Page", "PermanentError", "Profile", "RateLimited", "TokenExpired", "Transient", "Unsupported",
    "connector_class", "get_connector",
]
