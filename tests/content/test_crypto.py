"""Platform credentials are encrypted at rest, never shown in the audit log, and need the right key."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from cryptography.fernet import Fernet, InvalidToken
from django.db import connection as db

from kanalvakt.audit.models import Entry
from kanalvakt.content import crypto
from kanalvakt.content.actions import do_connect, do_disconnect
from kanalvakt.content.models import Connection
from kanalvakt.content.sync import sync_account
from kanalvakt.registry.models import Account
from tests.connectors.fake_meta import FakeGraph


def test_the_token_is_not_in_the_database_column(connection: Connection, graph: FakeGraph) -> None:
    with db.cursor() as cursor:
        cursor.execute("SELECT secret, options FROM content_connection WHERE id = %s", [connection.pk])
        secret, options = cursor.fetchone()
    assert graph.token not in secret and graph.token not in str(options)
    assert secret.startswith("gAAAA")  # a Fernet token
    assert Connection.objects.get(pk=connection.pk).token() == graph.token
    assert graph.token not in repr(connection)


def test_a_wrong_key_cannot_decrypt(connection: Connection, settings: Any) -> None:
    settings.ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    with pytest.raises(InvalidToken):
        Connection.objects.get(pk=connection.pk).token()


def test_a_sync_with_a_wrong_key_reports_a_configuration_error(
        connection: Connection, page: Account, settings: Any) -> None:
    settings.ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    result = sync_account(page)
    assert not result.ok
    connection.refresh_from_db()
    assert connection.health == Connection.Health.FAILING and connection.last_error_code == "configuration"
    assert "systemadministratören" in connection.last_error_message


def test_keys_can_be_rotated(connection: Connection, graph: FakeGraph, settings: Any) -> None:
    new = Fernet.generate_key().decode()
    settings.ENCRYPTION_KEYS = [new, *settings.ENCRYPTION_KEYS]
    rotated = crypto.rotate(connection.secret)
    settings.ENCRYPTION_KEYS = [new]
    assert crypto.decrypt(rotated) == graph.token


def test_the_token_never_reaches_the_audit_log(people: dict[str, Any], page: Account, graph: FakeGraph,
                                               connect: Callable[..., Any]) -> None:
    do_connect(people["admin"], page, "second-SECRET-token", {"page_size": 2}, platform_account_id="1001")
    do_disconnect(people["admin"], page)
    entries = Entry.objects.filter(action__startswith="content.")
    assert {"content.connected", "content.disconnected"} <= {e.action for e in entries}
    for entry in entries:
        text = f"{entry.before} {entry.after} {entry.note}"
        assert "SECRET" not in text and "gAAAA" not in text
    assert Connection.objects.get(account=page).secret == ""


def test_secrets_are_refused_as_options(people: dict[str, Any], page: Account) -> None:
    with pytest.raises(ValueError):
        do_connect(people["admin"], page, "token", {"app_secret": "x"})
