"""Fixtures of the moderation app: a library comment imported from a file, and logged-in clients."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from kanalvakt.content.actions import import_files
from kanalvakt.content.models import Item
from kanalvakt.registry.models import Account

CSV_HEADER = "platform,platform_id,kind,parent_id,author_id,author_name,created_at,text,permalink\n"


@pytest.fixture
def library(people: dict[str, Any]) -> Account:
    return Account.objects.get(platform="instagram", handle="motalabibliotek")


@pytest.fixture
def comment(library: Account) -> Callable[[str, str], Item]:
    """Import one comment on the library's account and return it as stored (and classified)."""
    def make(platform_id: str, text: str) -> Item:
        csv = CSV_HEADER + f"instagram,{platform_id},comment,,u1,Kim,2026-11-20T10:00:00Z,{text},\n"
        import_files(None, library, {"export.csv": csv.encode()})
        return Item.objects.get(platform="instagram", platform_id=platform_id)
    return make


@pytest.fixture
def login(people: dict[str, Any]) -> Callable[[str], Client]:
    def make(name: str) -> Client:
        client = Client()
        client.force_login(people[name])
        return client
    return make
