"""What Facebook Pages and Instagram share: the Graph API's error codes, rate-limit headers and paging.

Docs: developers.facebook.com/docs/graph-api/guides/error-handling and
developers.facebook.com/docs/graph-api/overview/rate-limiting (see PLATFORMS.md §1–2).
"""

from __future__ import annotations

import json
from abc import abstractmethod
from typing import Any

import httpx

from .base import ConnectorConfig, Item
from .errors import (
    ConnectorError,
    InvalidRequest,
    NotFound,
    PermissionDenied,
    RateLimited,
    TokenExpired,
    Transient,
)
from .httpclient import Response, redact_url
from .httpconnector import HttpConnector

DEFAULT_VERSION = "v25.0"
RATE_LIMIT_CODES = {4, 17, 32, 613, 341, 80001, 80002, 80004, 80005, 80006, 80008}
TOKEN_CODES = {190, 102, 2500}  # 2500: "An active access token must be used"


def _regain_seconds(headers: httpx.Headers) -> float | None:
    """``estimated_time_to_regain_access`` (minutes) from the BUC header, as seconds."""
    raw = headers.get("x-business-use-case-usage")
    if not raw:
        return None
    try:
        usage = json.loads(raw)
    except ValueError:
        return None
    minutes = [
        entry.get("estimated_time_to_regain_access", 0)
        for entries in usage.values() if isinstance(entries, list)
        for entry in entries if isinstance(entry, dict)
    ]
    longest = max(minutes, default=0)
    return float(longest) * 60 if longest else None


def classify_graph(response: Response) -> ConnectorError | None:
    if response.status < 400:
        return None
    try:
        error = (json.loads(response.content) or {}).get("error") or {}
    except (ValueError, AttributeError):
        return None  # not a Graph error body; the generic status rules decide
    if not isinstance(error, dict):
        return None
    code = error.get("code")
    sub = error.get("error_subcode")
    detail = f"Graph error {code}/{sub} on {redact_url(response.url)}: {error.get('message', '')}"
    kw: dict[str, Any] = {"status": response.status, "platform_code": code}
    if code in TOKEN_CODES:
        return TokenExpired(detail, **kw)
    if code in RATE_LIMIT_CODES:
        return RateLimited(detail, retry_after=_regain_seconds(response.headers), **kw)
    if code in (1, 2) or error.get("is_transient"):
        return Transient(detail, **kw)
    if code == 368 or code == 10 or (isinstance(code, int) and 200 <= code <= 299):
        return PermissionDenied(detail, **kw)
    if code == 100 and sub == 33:
        return NotFound(detail, **kw)  # "Object does not exist … or does not support this operation"
    if code in (100, 506):
        return InvalidRequest(detail, **kw)
    return None


class GraphConnector(HttpConnector):
    """Shared set-up for Graph API connectors; the token goes in a header, never in a URL."""

    default_host = "https://graph.facebook.com"

    classify = staticmethod(classify_graph)

    def __init__(self, config: ConnectorConfig, **kw: Any) -> None:
        super().__init__(config, **kw)
        self.account_id = config.account_id
        self.page_size = int(config.options.get("page_size", 25))

    def api_base_url(self) -> str:
        # A configured base URL already names the API version (tests serve it under "/v25.0/").
        version = self.config.options.get("api_version", DEFAULT_VERSION)
        base = self.config.base_url or f"{self.default_host}/{version}/"
        return base if base.endswith("/") else base + "/"

    def _get(self, path: str, params: dict[str, Any] | None = None) -> Any:
        return self.http.get_json(path, params=params)

    def _post(self, path: str, data: dict[str, Any]) -> Any:
        return self.http.request("POST", path, data=data).json()

    def _success(self, body: Any, what: str) -> None:
        # Graph answers {"success":true}; the subscribed_apps edge even says "true" as a string.
        if not (isinstance(body, dict) and body.get("success") in (True, "true")):
            raise InvalidRequest(f"{what}: unexpected answer {body!r}"[:300], platform=self.platform)

    @abstractmethod
    def get_item(self, item_id: str) -> Item:
        """One item read again by id; Facebook and Instagram read different fields."""


def next_after(body: dict[str, Any]) -> str | None:
    """The ``after`` cursor when there is a next page (``paging.next`` present), else None."""
    paging = body.get("paging") or {}
    if not paging.get("next"):
        return None
    return (paging.get("cursors") or {}).get("after")
