"""Shared fixtures for connector tests: a fake clock/sleep and a local HTTP server per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .fakeserver import FakeServer, FakeSleep


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "pds: starts a real Bluesky PDS (Node 22, @atproto/dev-env) on loopback")


@pytest.fixture
def fake_sleep() -> FakeSleep:
    return FakeSleep()


@pytest.fixture
def server() -> Iterator[FakeServer]:
    srv = FakeServer().start()
    yield srv
    srv.stop()
