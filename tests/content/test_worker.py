"""The worker's sync task: due connections only, each claimed by one worker at a time."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import pytest
from django.db import close_old_connections
from django.db import connection as db
from django.utils import timezone

from kanalvakt.audit.models import Entry
from kanalvakt.content import tasks  # noqa: F401 - registers content.sync_due
from kanalvakt.content.demo import ensure_demo_connection
from kanalvakt.content.models import Connection, Item, Version
from kanalvakt.content.sync import LEASE, claim_due, sync_due
from kanalvakt.worker import jobs
from tests import personas


def test_the_periodic_task_syncs_due_connections_and_reschedules_them(people: dict[str, Any]) -> None:
    connection = Connection.objects.get(account__platform="demo")
    jobs.ensure_periodic_jobs()
    jobs.run_due()
    connection.refresh_from_db()
    assert connection.health == Connection.Health.OK
    assert Item.objects.filter(account=connection.account).exists()
    assert timedelta(seconds=50) < connection.next_sync_at - timezone.now() <= timedelta(seconds=60)
    assert sync_due() == {"synced": 0, "failed": 0}  # not due again yet


def test_a_claimed_connection_is_not_due_until_its_lease_ends(people: dict[str, Any]) -> None:
    now = timezone.now()
    (claimed,) = claim_due(now)
    assert Connection.objects.get(pk=claimed.pk).next_sync_at == now + LEASE
    assert claim_due(now) == []
    # A worker that died mid-sync leaves the lease behind; after it, another worker takes over.
    assert [c.pk for c in claim_due(now + LEASE + timedelta(seconds=1))] == [claimed.pk]


def test_the_demo_connection_is_made_once(people: dict[str, Any]) -> None:
    personas.load()
    ensure_demo_connection()
    assert Connection.objects.filter(account__platform="demo").count() == 1
    assert Entry.objects.filter(action="content.connected").count() == 1


@pytest.mark.django_db(transaction=True)
def test_two_workers_never_sync_the_same_account_at_once() -> None:
    personas.load()
    start = threading.Barrier(2)
    results: list[dict[str, int]] = []
    errors: list[BaseException] = []

    def work() -> None:
        # Each thread has its own database connection, as each worker process has.
        try:
            start.wait()
            results.append(sync_due())
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            close_old_connections()
            db.close()

    threads = [threading.Thread(target=work) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sum(r["synced"] for r in results) == 1
    assert Entry.objects.filter(action="content.synced").count() == 1
    assert Version.objects.filter(seq=1).count() == Item.objects.count() > 0
