"""The set-up every HTTP platform connector shares: one ``HttpClient`` per account, built from hooks.

A platform says only what is its own: where its API lives (``api_base_url``), how a request
authenticates (``auth_headers``) and how its error answers read (``classify``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx

from .base import ConnectorConfig
from .httpclient import Classifier, HttpClient
from .polling import PollingConnector


class HttpConnector(PollingConnector):
    """A polling connector that talks to one platform account through one ``HttpClient``.

    ``sleep``, ``clock`` and ``transport`` are test hooks; ``http_options`` (timeout, max_retries,
    jitter …) go to the client unchanged.
    """

    default_host: str = ""  # used when ``config.base_url`` is empty; tests point that at a local server
    api_path: str = ""  # appended to the host, e.g. "2/" for X's API v2
    # The platform's error classifier; ``httpclient.default_classify`` decides what it leaves open.
    classify: Classifier | None = None

    def __init__(
        self,
        config: ConnectorConfig,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
        transport: httpx.BaseTransport | None = None,
        **http_options: Any,
    ) -> None:
        self.config = config
        self.clock = lambda: datetime.fromtimestamp(clock(), UTC)  # type: ignore[method-assign]
        self.http = HttpClient(
            self.api_base_url(),
            platform=self.platform,
            headers=self.auth_headers(),
            classify=self.classify,
            sleep=sleep,
            clock=clock,
            transport=transport,
            **http_options,
        )

    def api_base_url(self) -> str:
        """The URL every request path is relative to; it ends in a slash."""
        return (self.config.base_url or self.default_host).rstrip("/") + "/" + self.api_path

    def auth_headers(self) -> dict[str, str]:
        """Headers sent with every request; the token goes here, never into a URL."""
        return {"Authorization": f"Bearer {self.config.token}"}

    def close(self) -> None:
        self.http.close()
