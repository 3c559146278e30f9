"""Fixtures for the content app: a fake Graph API on loopback and the demo organisation's Facebook page
connected to it, so syncs run through the real connector, HTTP client and database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from kanalvakt.connectors.base import Connector
from kanalvakt.content.actions import do_connect
from kanalvakt.content.models import Connection
from kanalvakt.content.sync import build_connector
from kanalvakt.registry.models import Account
from tests.connectors.fake_meta import FakeGraph
from tests.connectors.fakeserver import FakeServer, FakeSleep

DAY = 86400.0


@pytest.fixture
def fake_sleep() -> FakeSleep:
    return FakeSleep()


@pytest.fixture
def server() -> Iterator[FakeServer]:
    srv = FakeServer().start()
    yield srv
    srv.stop()


@pytest.fixture
def graph(server: FakeServer, fake_sleep: FakeSleep) -> FakeGraph:
    """Three recent posts with four comments and four replies each; an old one outside the window."""
    g = FakeGraph(server, fake_sleep.now)
    for n in range(3):
        post = g.add_post(f"Nyhet {n} från kommunen", age=(n + 1) * DAY)
        for k in range(4):
            c = g.add_comment(post["id"], f"Kommentar {k} på nyhet {n}", age=(n + 1) * DAY - 60 * (k + 1))
            g.add_comment(post["id"], f"Svar på kommentar {k}", age=(n + 1) * DAY - 60 * (k + 2),
                          parent=c["id"], name="Bo Berg")
    g.add_post("Gammal nyhet utanför fönstret", age=40 * DAY)
    return g


@pytest.fixture
def page(people: dict[str, Any]) -> Account:
    return Account.objects.get(platform="facebook", handle="motalakommun")


@pytest.fixture
def connection(people: dict[str, Any], page: Account, server: FakeServer, graph: FakeGraph) -> Connection:
    return do_connect(people["admin"], page, graph.token,
                      {"base_url": server.url + "/v25.0/", "page_size": 2, "messages": False,
                       "mentions": False}, platform_account_id=graph.page_id)


@pytest.fixture
def connect(connection: Connection, fake_sleep: FakeSleep) -> Callable[..., Connector]:
    """A connector built from the stored connection (decrypted token), with a fake clock and no real sleeps."""
    def make(**kw: Any) -> Connector:
        connection.refresh_from_db()
        options = {"sleep": fake_sleep, "clock": fake_sleep.clock, "timeout": 0.3, "jitter": False,
                   "max_retries": 2, **kw}
        return build_connector(connection, **options)
    return make
