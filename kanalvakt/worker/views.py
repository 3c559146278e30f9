from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kanalvakt.audit.log import record
from kanalvakt.org import access
from kanalvakt.worker.models import Job


@access.require(access.can_operate)
def jobs(request: HttpRequest) -> HttpResponse:
    periodic = Job.objects.filter(key__isnull=False).order_by("key")
    failing = Job.objects.filter(key__isnull=True).exclude(status=Job.Status.DONE).order_by("-run_at")[:100]
    return render(request, "worker/jobs.html", {"periodic": periodic, "one_off": failing})


@require_POST
@access.require(access.can_operate)
def run_now(request: HttpRequest, pk: int) -> HttpResponse:
    job = get_object_or_404(Job, pk=pk)
    with transaction.atomic():
        # A running job keeps its claim; only a waiting or failed one is moved forward.
        changed = Job.objects.filter(pk=job.pk, status__in=[Job.Status.WAITING, Job.Status.FAILED]).update(
            status=Job.Status.WAITING, run_at=timezone.now(), attempts=0)
        if changed:
            record(request.user, "worker.job_retried", job)
    if changed:
        messages.success(request, _("The job will run as soon as a worker is free."))
    else:
        messages.info(request, _("The job is running right now."))
    return redirect("worker:jobs")
