from __future__ import annotations

import csv
import io
from typing import Any

from django.test import Client
from django.urls import reverse


def _client(person: Any) -> Client:
    client = Client()
    client.force_login(person)
    return client


def test_the_log_shows_entries_with_swedish_labels_and_filters(people: dict[str, Any]) -> None:
    client = _client(people["alva"])
    page = client.get(reverse("audit:log"), {"action": "org.role_granted"}).content.decode()
    assert "Roll tilldelad" in page
    assert "Person skapad" not in page


def test_the_csv_export_has_every_matching_entry(people: dict[str, Any]) -> None:
    client = _client(people["admin"])
    response = client.get(reverse("audit:export"), {"actor": "system"})
    body = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(body)))
    assert rows and all(r["actor"] == "system" for r in rows)
    assert {"Person skapad", "Roll tilldelad"} <= {r["action_label"] for r in rows}
    seqs = [int(r["seq"]) for r in rows]
    assert seqs == sorted(seqs)
