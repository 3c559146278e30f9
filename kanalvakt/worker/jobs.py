"""Queueing, claiming and running jobs.

A job is claimed with a conditional UPDATE that only one worker can win (healthchecks'
`sendalerts` pattern); on PostgreSQL the candidates are first picked with
`SELECT … FOR UPDATE SKIP LOCKED`, so that busy workers do not queue behind each other's locks.
A claim is a lease: if a worker dies, its job becomes due again when the lease runs out.
"""

from __future__ import annotations

import logging
import os
import socket
import traceback
import uuid
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from kanalvakt.worker import registry
from kanalvakt.worker.models import Job

log = logging.getLogger(__name__)

BACKOFF_BASE_SECONDS = 30
BACKOFF_MAX_SECONDS = 3600


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def backoff(attempts: int) -> timedelta:
    """30 s, 1 min, 2 min, … capped at an hour."""
    return timedelta(seconds=min(BACKOFF_BASE_SECONDS * 2 ** max(attempts - 1, 0), BACKOFF_MAX_SECONDS))


def enqueue(task_name: str, *, run_at: Any = None, max_attempts: int | None = None,
            **kwargs: Any) -> Job:
    task = registry.get(task_name)
    if task is None:
        raise LookupError(f"no task named {task_name!r}")
    return Job.objects.create(task=task_name, kwargs=kwargs, run_at=run_at or timezone.now(),
                              max_attempts=max_attempts or task.max_attempts)


def ensure_periodic_jobs() -> int:
    """One row per periodic task; several workers starting at once create it only once."""
    created = 0
    for task in registry.periodic():
        assert task.every is not None
        _, was_created = Job.objects.get_or_create(
            key=task.name,
            defaults={"task": task.name, "interval_seconds": int(task.every.total_seconds()),
                      "max_attempts": task.max_attempts},
        )
        created += was_created
    return created


def _due() -> Q:
    now = timezone.now()
    return (Q(status=Job.Status.WAITING, run_at__lte=now)
            | Q(status=Job.Status.RUNNING, lease_until__lt=now))


def claim(name: str | None = None) -> Job | None:
    """Claim one due job for this worker, or return None when nothing is due."""
    name = name or worker_name()
    for _ in range(5):
        with transaction.atomic():
            candidates = Job.objects.filter(_due()).order_by("run_at", "pk")
            if connection.features.has_select_for_update_skip_locked:
                candidates = candidates.select_for_update(skip_locked=True)
            job = candidates.first()
            if job is None:
                return None
            token = uuid.uuid4()
            now = timezone.now()
            won = Job.objects.filter(
                pk=job.pk, status=job.status, claim_token=job.claim_token
            ).filter(_due()).update(
                status=Job.Status.RUNNING, claim_token=token, claimed_by=name,
                lease_until=now + timedelta(seconds=settings.WORKER_LEASE_SECONDS),
                attempts=F("attempts") + 1, last_started_at=now,
            )
        if won == 1:
            job.refresh_from_db()
            return job
        # Another worker claimed it first; look again.
    return None


def run(job: Job) -> bool:
    """Run a claimed job and record its outcome; True when it succeeded."""
    task = registry.get(job.task)
    try:
        if task is None:
            raise LookupError(f"no task named {job.task!r} in this version of kanalvakt")
        result = task.function(**job.kwargs)
    except Exception as exc:  # noqa: BLE001 - a failing job must never stop the worker
        log.exception("job %s failed", job)
        _finish_failed(job, f"{type(exc).__name__}: {exc}\n\n{traceback.format_exc(limit=8)}")
        return False
    _finish_ok(job, "" if result is None else str(result))
    return True


def _finish_ok(job: Job, result: str) -> None:
    now = timezone.now()
    fields: dict[str, Any] = {"last_finished_at": now, "last_success_at": now,
                              "last_result": result[:2000], "claim_token": None,
                              "lease_until": None, "claimed_by": ""}
    if job.is_periodic:
        assert job.interval_seconds is not None
        fields |= {"status": Job.Status.WAITING, "attempts": 0,
                   "run_at": now + timedelta(seconds=job.interval_seconds)}
    else:
        fields |= {"status": Job.Status.DONE}
    Job.objects.filter(pk=job.pk, claim_token=job.claim_token).update(**fields)


def _finish_failed(job: Job, error: str) -> None:
    now = timezone.now()
    fields: dict[str, Any] = {"last_finished_at": now, "last_error": error[:10000],
                              "last_error_at": now, "claim_token": None, "lease_until": None,
                              "claimed_by": ""}
    if job.attempts < job.max_attempts:
        fields |= {"status": Job.Status.WAITING, "run_at": now + backoff(job.attempts)}
    elif job.is_periodic:
        # A periodic job never gives up: it tries again at its next ordinary run.
        assert job.interval_seconds is not None
        fields |= {"status": Job.Status.WAITING, "attempts": 0,
                   "run_at": now + timedelta(seconds=job.interval_seconds)}
    else:
        fields |= {"status": Job.Status.FAILED}
    Job.objects.filter(pk=job.pk, claim_token=job.claim_token).update(**fields)


def run_due(name: str | None = None, limit: int | None = None) -> int:
    """Claim and run due jobs until none is due (or `limit` ran); returns how many ran."""
    ran = 0
    while limit is None or ran < limit:
        job = claim(name)
        if job is None:
            break
        run(job)
        ran += 1
    return ran
