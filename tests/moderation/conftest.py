"""Shared fixtures for the moderation engine tests: the engine and the shared test data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kanalvakt.moderation.engine.engine import Engine
from tests.moderation.engines import rules_only

REPO = Path(__file__).resolve().parents[2]
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def engine() -> Engine:
    """The rules alone (see `engines.rules_only`)."""
    return rules_only()


def shared(*parts: str) -> Path:
    path = SHARED_DATA.joinpath(*parts)
    assert path.exists(), f"shared test data missing: {path}"
    return path


def load_json(*parts: str) -> object:
    return json.loads(shared(*parts).read_text(encoding="utf-8"))
