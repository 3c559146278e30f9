"""The job queue: one-off and periodic jobs, retries with backoff, leases, and no double runs."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import pytest
from django.db import close_old_connections, connection
from django.utils import timezone

from kanalvakt.worker import jobs, registry
from kanalvakt.worker.models import Job

calls: list[Any] = []
calls_lock = threading.Lock()


@registry.task("test.record")
def record_call(n: int) -> str:
    with calls_lock:
        calls.append(n)
    return f"ran {n}"


@registry.task("test.fail", max_attempts=3)
def always_fail() -> None:
    raise RuntimeError("the platform said no")


@registry.task("test.every_minute", every=timedelta(minutes=1))
def every_minute() -> None:
    calls.append("tick")


@pytest.fixture(autouse=True)
def _reset() -> None:
    calls.clear()


def test_a_one_off_job_runs_once_and_is_done(db: Any) -> None:
    job = jobs.enqueue("test.record", n=1)
    assert jobs.run_due() == 1
    assert jobs.run_due() == 0
    job.refresh_from_db()
    assert (job.status, job.last_result, calls) == (Job.Status.DONE, "ran 1", [1])


def test_a_job_is_not_run_before_it_is_due(db: Any) -> None:
    jobs.enqueue("test.record", n=1, run_at=timezone.now() + timedelta(minutes=5))
    assert jobs.run_due() == 0


def test_a_failing_job_is_retried_with_growing_backoff_then_marked_failed(db: Any) -> None:
    job = jobs.enqueue("test.fail")
    pauses = []
    for _ in range(3):
        Job.objects.filter(pk=job.pk).update(run_at=timezone.now())
        before = timezone.now()
        assert jobs.run_due() == 1
        job.refresh_from_db()
        pauses.append(round((job.run_at - before).total_seconds()))
    assert job.status == Job.Status.FAILED
    assert "RuntimeError: the platform said no" in job.last_error
    assert job.attempts == 3
    assert pauses[0] == 30 and pauses[1] == 60  # the third attempt gave up


def test_a_periodic_job_exists_once_and_is_rescheduled(db: Any) -> None:
    jobs.ensure_periodic_jobs()
    jobs.ensure_periodic_jobs()
    assert Job.objects.filter(key="test.every_minute").count() == 1
    Job.objects.exclude(key="test.every_minute").delete()
    assert jobs.run_due() == 1
    job = Job.objects.get(key="test.every_minute")
    assert job.status == Job.Status.WAITING
    assert timedelta(seconds=50) < job.run_at - timezone.now() <= timedelta(minutes=1)


def test_a_job_whose_worker_died_is_claimed_again_after_its_lease(db: Any) -> None:
    job = jobs.enqueue("test.record", n=7)
    claimed = jobs.claim("dead-worker")
    assert claimed is not None and claimed.pk == job.pk
    assert jobs.claim("other") is None  # the lease holds
    Job.objects.filter(pk=job.pk).update(lease_until=timezone.now() - timedelta(seconds=1))
    again = jobs.claim("other")
    assert again is not None and again.claimed_by == "other"
    # The dead worker's late report cannot overwrite the new claim.
    jobs._finish_ok(claimed, "late")
    again.refresh_from_db()
    assert again.status == Job.Status.RUNNING


def test_an_unknown_task_fails_visibly(db: Any) -> None:
    job = Job.objects.create(task="no.such.task", max_attempts=1)
    jobs.run_due()
    job.refresh_from_db()
    assert job.status == Job.Status.FAILED
    assert "no task named 'no.such.task'" in job.last_error


@pytest.mark.django_db(transaction=True)
def test_two_workers_sharing_the_queue_never_run_a_job_twice() -> None:
    count = 120
    Job.objects.bulk_create([Job(task="test.record", kwargs={"n": n}) for n in range(count)])
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def work(name: str) -> None:
        # Each thread has its own database connection, as each worker process has.
        try:
            start.wait()
            jobs.run_due(name)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=work, args=(f"worker-{i}",)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors
    assert sorted(calls) == list(range(count))
    assert Job.objects.filter(status=Job.Status.DONE).count() == count
