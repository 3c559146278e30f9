"""Faults in the middle of a paginated sync: nothing lost, nothing duplicated, the next sync resumes
from the stored cursor, and the connection's health says what happened in Swedish."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.utils import timezone

from kanalvakt.connectors.base import Connector
from kanalvakt.connectors.polling import sync_all
from kanalvakt.content.actions import do_connect
from kanalvakt.content.models import Connection, Item, Version
from kanalvakt.content.sync import store_page, sync_account
from kanalvakt.registry.models import Account
from tests.connectors.fake_meta import FakeGraph, graph_error
from tests.connectors.fakeserver import FakeServer, FakeSleep, Reply

Connect = Callable[..., Connector]
COMMENTS = r"_\d+/comments$"
TRANSIENT = "Plattformen svarar inte som den ska just nu – vi försöker igen automatiskt."


def stored() -> list[str]:
    return sorted(Item.objects.values_list("platform_id", flat=True))


def assert_complete(expected: set[str]) -> None:
    ids = stored()
    assert sorted(expected) == ids  # nothing lost, nothing twice
    assert Version.objects.count() == len(ids)  # and no version was written twice


@pytest.mark.parametrize("fault", [
    Reply(500, {"error": {"message": "An unknown error occurred", "type": "OAuthException", "code": 1,
                          "is_transient": True}}),
    Reply(503, b"<html>Service Unavailable</html>", {"content-type": "text/html"}),
    Reply(200, b'{"data":[{"id":"12'),
    Reply(200, {"data": []}, delay=0.6),  # slower than the client's 0.3 s timeout
], ids=["graph-code-1", "503", "malformed-json", "timeout"])
def test_a_persistent_transient_fault_stops_the_sync_and_the_next_one_resumes(
        page: Account, connect: Connect, server: FakeServer, connection: Connection, fault: Reply) -> None:
    expected = {i.platform_id for i in sync_all(connect())[0]}
    # The second post's comments fail more often than the client retries (max_retries=2).
    server.fail("GET", COMMENTS, fault, times=3, skip=1)
    result = sync_account(page, connector=connect())
    assert not result.ok and result.error is not None and result.error.code == "transient"
    connection.refresh_from_db()
    assert connection.health == Connection.Health.FAILING
    assert connection.last_error_code == "transient" and connection.last_error_message == TRANSIENT
    assert connection.next_sync_at > timezone.now()  # backs off
    partial = stored()
    assert 0 < len(partial) < len(expected)
    assert connection.cursor is not None

    server.requests.clear()
    again = sync_account(page, connector=connect())
    assert again.ok
    assert_complete(expected)
    # It resumed at the failed listing: the posts were not walked again.
    assert not server.calls("GET", r"/feed$")
    connection.refresh_from_db()
    assert connection.health == Connection.Health.OK and connection.failures == 0


def test_short_faults_are_retried_inside_one_sync(page: Account, connect: Connect, server: FakeServer,
                                                  fake_sleep: FakeSleep) -> None:
    expected = {i.platform_id for i in sync_all(connect())[0]}
    server.fail("GET", COMMENTS, Reply(502, b"Bad Gateway", {"content-type": "text/html"}), times=2, skip=1)
    assert sync_account(page, connector=connect()).ok
    assert_complete(expected)
    assert fake_sleep.waits == [1.0, 2.0]  # exponential backoff


def test_a_429_with_a_long_retry_after_reschedules_the_account(
        page: Account, connect: Connect, server: FakeServer, connection: Connection) -> None:
    expected = {i.platform_id for i in sync_all(connect())[0]}
    server.fail("GET", COMMENTS, Reply(429, {"error": {"message": "slow down"}}, {"retry-after": "3600"}), skip=1)
    before = timezone.now()
    result = sync_account(page, connector=connect())
    assert not result.ok
    connection.refresh_from_db()
    assert connection.health == Connection.Health.RATE_LIMITED
    assert "vi försöker igen om cirka 60 minuter" in connection.last_error_message
    wait = connection.next_sync_at - before
    assert timedelta(minutes=59) < wait < timedelta(minutes=61)
    assert sync_account(page, connector=connect()).ok
    assert_complete(expected)


@pytest.mark.parametrize("code", [4, 17, 32, 613])
def test_meta_rate_limit_codes(page: Account, connect: Connect, server: FakeServer, connection: Connection,
                               fake_sleep: FakeSleep, code: int) -> None:
    expected = {i.platform_id for i in sync_all(connect())[0]}

    def limited(minutes: int) -> Reply:
        reply = graph_error(code, f"(#{code}) Application request limit reached", 400)
        reply.headers["x-business-use-case-usage"] = (
            '{"1001":[{"type":"pages","call_count":100,"total_cputime":25,"total_time":25,'
            f'"estimated_time_to_regain_access":{minutes}}}]}}')
        return reply

    # A minute's wait is slept through inside the sync …
    server.fail("GET", COMMENTS, limited(1), skip=1)
    assert sync_account(page, connector=connect()).ok
    assert fake_sleep.waits == [60.0]
    assert_complete(expected)
    # … half an hour stops it, and the account waits that long.
    server.fail("GET", COMMENTS, limited(30), skip=1)
    result = sync_account(page, connector=connect())
    assert not result.ok
    connection.refresh_from_db()
    assert connection.health == Connection.Health.RATE_LIMITED
    assert "cirka 30 minuter" in connection.last_error_message
    assert sync_account(page, connector=connect()).ok
    assert_complete(expected)


def test_an_expired_token_marks_the_account_and_mails_the_communicators_once(
        page: Account, connect: Connect, graph: FakeGraph, connection: Connection, people: dict[str, Any],
        django_capture_on_commit_callbacks: Any) -> None:
    expected = {i.platform_id for i in sync_all(connect())[0]}
    # The first page is stored, then Meta expires the token.
    original = graph.token
    store_page(connection, connect().items_since(None), timezone.now())
    graph.token = "rotated-by-meta"
    with django_capture_on_commit_callbacks(execute=True):
        result = sync_account(page, connector=connect())
        sync_account(page, connector=connect())  # still expired: no second e-mail
    assert not result.ok and result.error is not None and result.error.code == "token_expired"
    connection.refresh_from_db()
    assert connection.health == Connection.Health.EXPIRED
    assert connection.last_error_message == "Behörigheten har gått ut – koppla om kontot."
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert people["alva"].email in message.to and people["erik"].email not in message.to
    assert "koppla om kontot" in message.body
    assert original not in message.body and "rotated" not in message.body

    # Reconnecting with the new token resumes from the stored cursor.
    graph.token = "EAAB-new-token"
    do_connect(people["admin"], page, graph.token, connection.options, platform_account_id=graph.page_id)
    assert sync_account(page, connector=connect()).ok
    assert_complete(expected)
    connection.refresh_from_db()
    assert connection.health == Connection.Health.OK and connection.expiry_notified_at is None


def test_a_failed_sync_writes_its_audit_entry_too(page: Account, connect: Connect, server: FakeServer) -> None:
    from kanalvakt.audit.models import Entry

    server.fail("GET", r"/feed$", Reply(200, b"{not json"), times=3)
    sync_account(page, connector=connect())
    entry = Entry.objects.filter(action="content.synced").first()
    assert entry is not None and entry.after["error"] == "transient" and entry.after["health"] == "failing"
    assert entry.note == TRANSIENT
