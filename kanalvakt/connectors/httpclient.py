"""The HTTP layer shared by all connectors: timeouts, retries with backoff, rate limits, no token leaks.

Each connector passes a ``classify`` function that turns a platform's error answer into one of our
typed errors; everything else (when to retry, how long to wait, what to log) is decided here once.
Sleep and clock are injectable so tests never wait.
"""

from __future__ import annotations

import json
import logging
import random
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

from .errors import (
    ConnectorError,
    InvalidRequest,
    NotFound,
    PermanentError,
    PermissionDenied,
    RateLimited,
    TokenExpired,
    Transient,
)

log = logging.getLogger("kanalvakt.connectors.http")

SECRET_PARAMS = {"access_token", "token", "client_secret", "password", "refresh_token", "code"}


def redact_url(url: str) -> str:
    """Drop secrets from a URL's query string before it goes anywhere near a log or an error."""
    parts = urlsplit(str(url))
    if not parts.query:
        return str(url)
    query = [(k, "***" if k.lower() in SECRET_PARAMS else v) for k, v in parse_qsl(parts.query, True)]
    return urlunsplit(parts._replace(query=urlencode(query)))


@dataclass
class Response:
    status: int
    headers: httpx.Headers
    content: bytes
    url: str

    _json: Any = None
    _parsed: bool = False

    def json(self) -> Any:
        """The parsed body; garbled JSON is a Transient error (a proxy or a half-sent answer)."""
        if not self._parsed:
            if not self.content.strip():
                self._json = None
            else:
                try:
                    self._json = json.loads(self.content)
                except ValueError as exc:
                    raise Transient(
                        f"malformed JSON from {redact_url(self.url)}: {exc}", status=self.status
                    ) from None
            self._parsed = True
        return self._json


Classifier = Callable[[Response], ConnectorError | None]


def retry_after_seconds(headers: Mapping[str, str], now: float) -> float | None:
    """Seconds to wait, from Retry-After (seconds or HTTP date) or a reset header (unix or ISO time)."""
    value = headers.get("retry-after")
    if value:
        value = value.strip()
        if value.replace(".", "", 1).isdigit():
            return float(value)
        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - now)
        except (TypeError, ValueError):
            pass
    for name in ("x-rate-limit-reset", "ratelimit-reset", "x-ratelimit-reset"):
        value = headers.get(name)
        if not value:
            continue
        value = value.strip()
        if value.isdigit():
            number = int(value)
            # The IETF draft header counts seconds from now; X and Bluesky send a unix time.
            return float(number) if number < 10**8 else max(0.0, number - now)
        try:
            reset = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            continue
        if reset.tzinfo is None:
            reset = reset.replace(tzinfo=UTC)
        return max(0.0, reset.timestamp() - now)
    return None


def default_classify(response: Response) -> ConnectorError | None:
    """Generic HTTP status rules; platform classifiers run first and fall back to this."""
    status = response.status
    if status < 400:
        return None
    detail = f"HTTP {status} from {redact_url(response.url)}: {response.content[:300]!r}"
    if status == 401:
        return TokenExpired(detail, status=status)
    if status == 403:
        return PermissionDenied(detail, status=status)
    if status in (404, 410):
        return NotFound(detail, status=status)
    if status == 429:
        return RateLimited(detail, status=status)
    if status in (408, 425) or status >= 500:
        return Transient(detail, status=status)
    if status in (400, 409, 422):
        return InvalidRequest(detail, status=status)
    return PermanentError(detail, status=status)


class HttpClient:
    """A small wrapper around one ``httpx.Client`` for one platform account."""

    def __init__(
        self,
        base_url: str,
        *,
        platform: str,
        headers: Mapping[str, str] | None = None,
        classify: Classifier | None = None,
        timeout: float = 15.0,
        max_retries: int = 4,
        backoff_base: float = 1.0,
        backoff_max: float = 60.0,
        max_wait: float = 120.0,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
        transport: httpx.BaseTransport | None = None,
        jitter: bool = True,
    ) -> None:
        self.platform = platform
        self.classify = classify
        self.max_retries = max_retries
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        # A wait longer than this is not slept through: the error goes up so the worker reschedules.
        self.max_wait = max_wait
        self.sleep = sleep
        self.clock = clock
        self.jitter = jitter
        self.blocked_until = 0.0  # set when a success says the quota is used up
        self.client = httpx.Client(
            base_url=base_url,
            headers=dict(headers or {}),
            timeout=httpx.Timeout(timeout),
            transport=transport,
            follow_redirects=False,
        )

    def set_header(self, name: str, value: str | None) -> None:
        if value is None:
            self.client.headers.pop(name, None)
        else:
            self.client.headers[name] = value

    def close(self) -> None:
        self.client.close()

    def _backoff(self, attempt: int) -> float:
        delay = min(self.backoff_max, self.backoff_base * (2**attempt))
        if self.jitter:
            # Full jitter keeps many workers from retrying in lockstep.
            delay = random.uniform(delay / 2, delay)
        return delay

    def _wait_for_quota(self) -> None:
        wait = self.blocked_until - self.clock()
        if wait <= 0:
            return
        if wait > self.max_wait:
            raise RateLimited(
                "quota used up until reset", retry_after=wait, platform=self.platform
            )
        self.sleep(wait)

    def _note_quota(self, headers: httpx.Headers) -> None:
        remaining = (
            headers.get("x-rate-limit-remaining")
            or headers.get("ratelimit-remaining")
            or headers.get("x-ratelimit-remaining")
        )
        if remaining is not None and remaining.strip() == "0":
            wait = retry_after_seconds(headers, self.clock())
            if wait:
                self.blocked_until = self.clock() + wait

    def request(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, Any] | list[tuple[str, Any]] | None = None,
        json_body: Any = None,
        data: Mapping[str, Any] | None = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        idempotent: bool | None = None,
        expect_json: bool = True,
    ) -> Response:
        """Send one request, retrying what is safe to retry; raise a typed ``ConnectorError``.

        POSTs are not retried after the server may have acted on them (a reply must not be posted
        twice) unless the caller says the request is idempotent, e.g. with an Idempotency-Key.
        """
        if idempotent is None:
            idempotent = method.upper() in ("GET", "HEAD", "PUT", "DELETE")
        attempt = 0
        while True:
            self._wait_for_quota()
            safe_url = redact_url(str(self.client.base_url.join(url)))
            try:
                raw = self.client.request(
                    method, url, params=params, json=json_body, data=data, content=content,
                    headers=headers,
                )
            except httpx.ConnectError as exc:
                # Nothing reached the server, so even a POST may be retried.
                error: ConnectorError = Transient(
                    f"connect to {safe_url} failed: {type(exc).__name__}", platform=self.platform
                )
                reached = False
            except httpx.TimeoutException as exc:
                error = Transient(f"timeout on {safe_url}: {type(exc).__name__}", platform=self.platform)
                reached = not isinstance(exc, httpx.ConnectTimeout)
            except httpx.TransportError as exc:
                error = Transient(f"transport error on {safe_url}: {type(exc).__name__}", platform=self.platform)
                reached = True
            else:
                response = Response(raw.status_code, raw.headers, raw.content, str(raw.request.url))
                log.debug("%s %s -> %s", method, safe_url, raw.status_code)
                found = (self.classify(response) if self.classify else None) or default_classify(
                    response
                )
                if found is None:
                    self._note_quota(raw.headers)
                    try:
                        if expect_json:
                            response.json()
                        return response
                    except Transient as exc:
                        found = exc
                error = found
                error.platform = error.platform or self.platform
                error.status = error.status or response.status
                if isinstance(error, RateLimited) and error.retry_after is None:
                    error.retry_after = retry_after_seconds(raw.headers, self.clock())
                reached = not isinstance(error, RateLimited)  # a 429 was not acted on
            if not error.retryable or attempt >= self.max_retries or (reached and not idempotent):
                log.info("%s %s failed: %s", method, safe_url, error.code)
                raise error
            if isinstance(error, RateLimited):
                wait = error.retry_after if error.retry_after is not None else self._backoff(attempt + 2)
                if wait > self.max_wait:
                    raise error
            else:
                wait = self._backoff(attempt)
            log.info("%s %s: %s, retry %d in %.1fs", method, safe_url, error.code, attempt + 1, wait)
            self.sleep(wait)
            attempt += 1

    def get_json(self, url: str, params: Any = None, **kw: Any) -> Any:
        return self.request("GET", url, params=params, **kw).json()


_LINK_RE = re.compile(r'<([^>]*)>\s*;\s*rel="?([^";]+)"?')


def parse_link_header(value: str | None) -> dict[str, str]:
    """RFC 8288 Link header → {rel: url}, as Mastodon paginates."""
    if not value:
        return {}
    return {rel: url for url, rel in _LINK_RE.findall(value)}
