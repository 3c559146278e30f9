"""A connected account's public profile is read through its connection, for the sender checks."""

from __future__ import annotations

from typing import Any

from kanalvakt.registry.models import Account
from kanalvakt.registry.platform import read_profile


def test_a_connected_page_profile_is_read_through_its_connection(
        connection: Any, page: Account) -> None:
    snapshot = read_profile(None, page)
    assert snapshot is not None and snapshot.source == "connector"
    assert snapshot.name
    assert page.profiles.first() == snapshot
