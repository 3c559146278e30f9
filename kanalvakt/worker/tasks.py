from __future__ import annotations

from datetime import timedelta

from django.contrib.sessions.models import Session
from django.utils import timezone

from kanalvakt.worker.models import Job
from kanalvakt.worker.registry import task


@task("worker.housekeeping", every=timedelta(hours=6))
def housekeeping() -> str:
    """Expired sessions and finished one-off jobs older than 30 days are removed."""
    sessions, _ = Session.objects.filter(expire_date__lt=timezone.now()).delete()
    jobs, _ = Job.objects.filter(status=Job.Status.DONE, key__isnull=True,
                                 last_finished_at__lt=timezone.now() - timedelta(days=30)).delete()
    return f"{sessions} sessions, {jobs} jobs removed"
