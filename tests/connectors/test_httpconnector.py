"""The shared HTTP connector set-up: each platform's base URL, auth headers, classifier and test hooks."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kanalvakt.connectors import connector_class
from kanalvakt.connectors.base import ConnectorConfig
from kanalvakt.connectors.bluesky import classify_xrpc
from kanalvakt.connectors.errors import InvalidRequest
from kanalvakt.connectors.graph import classify_graph
from kanalvakt.connectors.httpconnector import HttpConnector
from kanalvakt.connectors.instagram import InstagramConnector
from kanalvakt.connectors.linkedin import DEFAULT_VERSION, classify_linkedin
from kanalvakt.connectors.mastodon import MastodonConnector, classify_mastodon
from kanalvakt.connectors.x import classify_x
from kanalvakt.connectors.youtube import classify_google

from .fakeserver import FakeServer, FakeSleep, ok

# platform → (path prefix under a configured base URL, default base URL, classifier)
PLATFORMS = {
    "facebook": ("/v25.0/", "https://graph.facebook.com/v25.0/", classify_graph),
    "instagram": ("/v25.0/", "https://graph.facebook.com/v25.0/", classify_graph),
    "youtube": ("/youtube/v3/", "https://youtube.googleapis.com/youtube/v3/", classify_google),
    "linkedin": ("/rest/", "https://api.linkedin.com/rest/", classify_linkedin),
    "mastodon": ("/", None, classify_mastodon),
    "bluesky": ("/xrpc/", "https://bsky.social/xrpc/", classify_xrpc),
    "x": ("/2/", "https://api.x.com/2/", classify_x),
}


def build(platform: str, base_url: str | None, fake_sleep: FakeSleep) -> HttpConnector:
    if platform in ("facebook", "instagram") and base_url:
        base_url += "/v25.0/"  # a configured Graph base URL names the version itself
    conn = connector_class(platform)(ConnectorConfig("acct", "tok", base_url),  # type: ignore[call-arg]
                                     sleep=fake_sleep, clock=fake_sleep.clock, jitter=False, max_retries=0)
    assert isinstance(conn, HttpConnector)
    return conn


@pytest.mark.parametrize("platform", sorted(PLATFORMS))
def test_requests_go_below_the_platform_path_with_its_auth_headers(
    platform: str, server: FakeServer, fake_sleep: FakeSleep
) -> None:
    prefix, _, _ = PLATFORMS[platform]
    server.route("GET", f"{prefix}probe")(lambda r: ok({"ok": True}))
    conn = build(platform, server.url, fake_sleep)
    with conn:
        assert conn.http.get_json("probe") == {"ok": True}
    (request,) = server.requests
    assert request.path == f"{prefix}probe"
    if platform == "bluesky":
        # XRPC sends a session JWT per request; the app password never goes in a header.
        assert "authorization" not in request.headers
    else:
        assert request.headers["authorization"] == "Bearer tok"
    if platform == "linkedin":
        assert request.headers["linkedin-version"] == DEFAULT_VERSION
        assert request.headers["x-restli-protocol-version"] == "2.0.0"


@pytest.mark.parametrize("platform", sorted(p for p, (_, default, _) in PLATFORMS.items() if default))
def test_without_a_base_url_the_platform_host_is_used(platform: str, fake_sleep: FakeSleep) -> None:
    _, default, classify = PLATFORMS[platform]
    conn = build(platform, None, fake_sleep)
    with conn:
        assert str(conn.http.client.base_url) == default
        assert conn.http.classify is classify


def test_instagram_login_tokens_talk_to_graph_instagram_com() -> None:
    config = ConnectorConfig("acct", "tok", options={"instagram_login": True, "api_version": "v24.0"})
    conn = InstagramConnector(config)
    with conn:
        assert str(conn.http.client.base_url) == "https://graph.instagram.com/v24.0/"


def test_mastodon_needs_the_instance_url() -> None:
    with pytest.raises(InvalidRequest, match="instance URL"):
        MastodonConnector(ConnectorConfig("acct", "tok"))


def test_the_injected_clock_drives_the_sync_cycle(fake_sleep: FakeSleep) -> None:
    conn = build("x", None, fake_sleep)
    with conn:
        assert conn.clock() == datetime.fromtimestamp(fake_sleep.now, UTC)
        fake_sleep(60)
        assert conn.clock() == datetime.fromtimestamp(fake_sleep.now, UTC)
