"""The demo platform: deterministic, time-driven, every category of inappropriate material, role drift."""

from __future__ import annotations

import json
from collections import Counter

from kanalvakt.connectors.base import ConnectorConfig, ItemKind
from kanalvakt.connectors.demo import EPOCH, TICK, DemoConnector
from kanalvakt.connectors.demo_text import INAPPROPRIATE, TEST_PERSONNUMMER
from kanalvakt.connectors.polling import sync_all

NOW = EPOCH + 400 * 86400.0


def demo(now: float = NOW, **options: object) -> DemoConnector:
    return DemoConnector(ConnectorConfig("demo-page", options={"seed": "test", **options}), clock=lambda: now)


def test_the_same_seed_and_time_give_the_same_items_in_any_process() -> None:
    a, _ = sync_all(demo())
    b, _ = sync_all(demo())
    assert [i.sha256 for i in a] == [i.sha256 for i in b]
    assert len(a) > 100


def test_later_syncs_continue_from_the_cursor_without_duplicates() -> None:
    first, cursor = sync_all(demo())
    json.dumps(cursor)
    later, _ = sync_all(demo(NOW + 6 * 3600), json.loads(json.dumps(cursor)))
    assert later and not {i.platform_id for i in later if i.updated_at is None} & {i.platform_id for i in first}
    assert all(i.created_at and i.created_at.timestamp() > NOW - 13 * TICK for i in later if i.updated_at is None)


def test_a_week_of_traffic_has_every_kind_and_every_category() -> None:
    conn = demo()
    events = [e for tick in range(conn.now_tick() - 7 * 288, conn.now_tick()) for e in conn.events(tick)]
    kinds = Counter(e.kind for e in events if e.slot in ("p", "c", "r", "cr", "m"))
    assert {ItemKind.POST, ItemKind.COMMENT, ItemKind.REPLY, ItemKind.MESSAGE} <= set(kinds)
    categories = Counter(e.category for e in events if e.slot == "c")
    assert set(INAPPROPRIATE) <= set(categories)
    share = sum(v for k, v in categories.items() if k) / sum(categories.values())
    assert 0.12 < share < 0.35
    assert any(e.slot == "e" for e in events) and any(e.slot == "d" for e in events)
    pnr = [e.text for e in events if e.category == "personal_data" and "personnummer" in e.text]
    assert pnr
    assert all(any(p in text for p in TEST_PERSONNUMMER) for text in pnr)


def test_actions_are_kept_in_a_json_state_across_processes() -> None:
    conn = demo()
    items, _ = sync_all(conn)
    comment = next(i for i in items if i.kind == ItemKind.COMMENT)
    reply = conn.reply(comment.platform_id, "Hej! Vi tittar på det. /Alva")
    conn.hide(comment.platform_id)
    state = json.loads(json.dumps(conn.state))
    again = demo(state=state)
    items, _ = sync_all(again)
    assert next(i for i in items if i.platform_id == comment.platform_id).is_hidden is True
    assert again.reply(reply.platform_id, "Tillägg").parent_id == reply.platform_id


def test_admins_drift_from_the_appointed_editors() -> None:
    names = {a.name for a in demo().admins() or []}
    assert "Kalle Sommarvikarie" in names
    other_week = {a.name for a in demo(NOW + 7 * 86400).admins() or []}
    assert names ^ other_week == {"Sara Ersättare"}
