"""The job queue: rows in the database that any number of workers on any number of hosts share."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Job(models.Model):
    class Status(models.TextChoices):
        WAITING = "waiting", _("Waiting")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    # Periodic jobs have a key (their task name) so that there is only ever one row for each.
    key = models.CharField(max_length=200, unique=True, null=True, blank=True)
    task = models.CharField(_("task"), max_length=200)
    kwargs = models.JSONField(default=dict, blank=True)
    interval_seconds = models.PositiveIntegerField(null=True, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices,
                              default=Status.WAITING, db_index=True)
    run_at = models.DateTimeField(_("next run"), default=timezone.now, db_index=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    max_attempts = models.PositiveIntegerField(default=5)
    claimed_by = models.CharField(max_length=200, blank=True)
    claim_token = models.UUIDField(null=True, blank=True)
    lease_until = models.DateTimeField(null=True, blank=True)
    last_started_at = models.DateTimeField(_("last started"), null=True, blank=True)
    last_finished_at = models.DateTimeField(_("last finished"), null=True, blank=True)
    last_success_at = models.DateTimeField(_("last success"), null=True, blank=True)
    last_result = models.TextField(_("last result"), blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    last_error_at = models.DateTimeField(_("last error at"), null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["run_at", "pk"]
        indexes = [models.Index(fields=["status", "run_at"])]

    def __str__(self) -> str:
        return self.key or f"{self.task} #{self.pk}"

    @property
    def is_periodic(self) -> bool:
        return self.interval_seconds is not None
