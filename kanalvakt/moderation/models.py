"""The moderation engine's configuration versions, moderators' decisions and trained models.

The engine itself (`engine/`) has no Django; these tables are how the municipality edits its
configuration, how moderators' decisions become labelled examples, and how a learned model is
traced to the decisions it was trained on.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kanalvakt.content.models import Item, Version


class AppendOnlyError(Exception):
    """Configuration versions and trained models are never changed once saved."""


class EngineConfigVersion(models.Model):
    """One saved version of the engine's YAML configuration; the newest that still loads is in force (`active.in_force`)."""

    number = models.PositiveIntegerField(unique=True)
    text = models.TextField()
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-number"]

    def __str__(self) -> str:
        return self.engine_version

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise AppendOnlyError("configuration versions are never changed")
        super().save(*args, **kwargs)

    @property
    def engine_version(self) -> str:
        """The `version` the engine reports with every evaluation made under this configuration."""
        return f"db-{self.number}"


class ModerationDecision(models.Model):
    """A moderator kept, hid or deleted an item: one labelled example for the learner."""

    class Decision(models.TextChoices):
        KEPT = "kept", _("Kept")
        HIDDEN = "hidden", _("Hidden")
        DELETED = "deleted", _("Deleted")

    item = models.ForeignKey(Item, on_delete=models.PROTECT, related_name="decisions")
    # The version the moderator saw; its text is copied so the example outlives culling.
    version = models.ForeignKey(Version, null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="+")
    text = models.TextField(blank=True)
    account_key = models.CharField(max_length=300, blank=True)  # the engine's account key (handle)
    decision = models.CharField(max_length=10, choices=Decision.choices)
    categories = models.JSONField(default=list, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    decided_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-decided_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_decision_display()} {self.item_id}"

    @property
    def labels(self) -> frozenset[str]:
        """What the learner is taught: the categories of a removal, none for a kept item."""
        return frozenset() if self.decision == self.Decision.KEPT else frozenset(self.categories)


class TrainedModel(models.Model):
    """One training run: its evaluation, the decisions it learnt from and (if any) the model.

    The newest accepted model is the one in use.
    """

    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    model_id = models.CharField(max_length=64, blank=True)  # the manifest's content hash
    data = models.BinaryField(null=True, blank=True)  # the .npz file (no pickle)
    accepted = models.BooleanField(default=False)
    reason = models.CharField(max_length=30, blank=True)  # see training.REASONS
    report = models.JSONField(default=dict, blank=True)
    decision_ids = models.JSONField(default=list, blank=True)  # trained on
    config_version = models.CharField(max_length=100, blank=True)  # the engine config it ran with

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"modell {self.pk} ({self.model_id[:12] or '–'})"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise AppendOnlyError("trained models are never changed")
        super().save(*args, **kwargs)

    @classmethod
    def in_use(cls) -> TrainedModel | None:
        return cls.objects.filter(accepted=True).filter(data__isnull=False).order_by("-created_at", "-pk").first()
