"""Connections to the platforms, and the items (posts, comments, replies, messages) with their versions.

An item is stored once per (platform, platform id); every change the platform shows us becomes a
new `Version`, never an update in place (ARCHITECTURE.md "Items and the archive").
"""

from __future__ import annotations

import hashlib
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kanalvakt.connectors import Capability, connector_class
from kanalvakt.connectors.base import CAPABILITY_LABELS_SV, ItemKind
from kanalvakt.content import crypto
from kanalvakt.registry.models import Account


class NotConnected(Exception):
    """The account has no working connection to its platform."""


class Connection(models.Model):
    """How kanalvakt reaches one account on its platform, and how that went last time."""

    class Health(models.TextChoices):
        NEW = "new", _("Not synced yet")
        OK = "ok", _("Working")
        RATE_LIMITED = "rate_limited", _("Slowed down by the platform")
        EXPIRED = "expired", _("Permission expired")
        FAILING = "failing", _("Failing")
        DISCONNECTED = "disconnected", _("Disconnected")

    account = models.OneToOneField(Account, on_delete=models.CASCADE, related_name="connection")
    # The platform's id of the account (page id, channel id, DID …), as the connector needs it.
    platform_account_id = models.CharField(_("platform id"), max_length=300)
    # Fernet token of the credentials; never shown again, never logged, never in the audit log.
    secret = models.TextField(editable=False, blank=True)
    options = models.JSONField(default=dict, blank=True,
                               help_text="non-secret connector options (base_url, page ids, demo state)")
    cursor = models.JSONField(null=True, blank=True)
    # Our own name for the connector's current walk over the account (its `Page.cycle` plus a
    # nonce, since a connector may name two walks alike), when it began, and whether it ended.
    cycle = models.CharField(max_length=150, blank=True)
    cycle_source = models.CharField(max_length=100, blank=True)
    cycle_started_at = models.DateTimeField(null=True, blank=True)
    cycle_complete = models.BooleanField(default=False)

    interval_seconds = models.PositiveIntegerField(_("sync every (seconds)"), default=300)
    next_sync_at = models.DateTimeField(_("next sync"), default=timezone.now, db_index=True)

    health = models.CharField(_("health"), max_length=20, choices=Health.choices, default=Health.NEW)
    last_success_at = models.DateTimeField(_("last successful sync"), null=True, blank=True)
    last_error_at = models.DateTimeField(_("last error"), null=True, blank=True)
    last_error_code = models.CharField(max_length=50, blank=True)
    last_error_message = models.TextField(_("last error message"), blank=True)  # Swedish, for people
    failures = models.PositiveIntegerField(default=0)  # consecutive, for the backoff
    expiry_notified_at = models.DateTimeField(null=True, blank=True)

    connected_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="+")
    connected_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Koppling: {self.account}"

    def __repr__(self) -> str:
        # Never the secret, not even encrypted.
        return f"<Connection account={self.account_id} health={self.health}>"

    @property
    def is_connected(self) -> bool:
        return bool(self.secret) and self.health != self.Health.DISCONNECTED

    def set_token(self, token: str) -> None:
        self.secret = crypto.encrypt(token)

    def token(self) -> str:
        if not self.secret:
            raise NotConnected(f"{self.account} has no stored credentials")
        return crypto.decrypt(self.secret)

    @property
    def capabilities(self) -> frozenset[Capability]:
        """What the platform's connector can do at most; absent means "offer the manual route"."""
        return connector_class(self.account.platform).capabilities

    def capability_labels(self) -> list[str]:
        return [CAPABILITY_LABELS_SV[c] for c in Capability if c in self.capabilities]

    # -- health transitions ----------------------------------------------------------------

    def mark_ok(self, now: Any) -> None:
        self.health = self.Health.OK
        self.last_success_at = now
        self.failures = 0
        self.expiry_notified_at = None
        self.next_sync_at = now + timedelta(seconds=self.interval_seconds)

    def mark_error(self, now: Any, health: str, code: str, message_sv: str, retry_in: timedelta) -> None:
        self.health = health
        self.last_error_at = now
        self.last_error_code = code[:50]
        self.last_error_message = message_sv
        self.failures += 1
        self.next_sync_at = now + retry_in


class Item(models.Model):
    """A post, comment, reply, message or mention, once per (platform, platform id)."""

    class Kind(models.TextChoices):
        POST = ItemKind.POST.value, _("Post")
        COMMENT = ItemKind.COMMENT.value, _("Comment")
        REPLY = ItemKind.REPLY.value, _("Reply")
        MESSAGE = ItemKind.MESSAGE.value, _("Message")
        MENTION = ItemKind.MENTION.value, _("Mention")

    account = models.ForeignKey(Account, on_delete=models.PROTECT, related_name="items")
    platform = models.CharField(max_length=20)
    platform_id = models.CharField(max_length=300)
    kind = models.CharField(max_length=10, choices=Kind.choices)
    parent_platform_id = models.CharField(max_length=300, blank=True)
    thread_platform_id = models.CharField(max_length=300, blank=True)
    author_id = models.CharField(max_length=300, blank=True)
    author_name = models.CharField(max_length=300, blank=True)
    permalink = models.CharField(max_length=1000, blank=True)
    created_at = models.DateTimeField(null=True, blank=True)  # on the platform
    first_seen_at = models.DateTimeField(default=timezone.now)
    is_own = models.BooleanField(default=False)

    # The current state, copied from the latest version for fast lists.
    is_hidden = models.BooleanField(default=False)
    deleted_on_platform = models.BooleanField(default=False)
    removed_by_us = models.BooleanField(default=False)
    text = models.TextField(blank=True)
    sha256 = models.CharField(max_length=64)
    fingerprint = models.CharField(max_length=64)  # what decides whether a sighting is a change
    version_count = models.PositiveIntegerField(default=0)
    changed_at = models.DateTimeField(default=timezone.now)
    action = models.CharField(max_length=10, blank=True)  # the classifier's allow/review/remove
    categories = models.JSONField(default=list, blank=True)
    seen_cycle = models.CharField(max_length=150, blank=True)  # the last sync cycle that listed it

    class Meta:
        ordering = ["-first_seen_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["platform", "platform_id"],
                                               name="unique_item_per_platform")]
        indexes = [
            models.Index(fields=["account", "-first_seen_at"], name="content_item_inbox"),
            models.Index(fields=["account", "thread_platform_id"], name="content_item_thread"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.platform_id}"


def fingerprint(text: str, hidden: bool, deleted: bool) -> str:
    """What a change is: the text or the visibility. Other churn (like counts) is not a new version."""
    return hashlib.sha256(f"{int(hidden)}{int(deleted)}\0{text}".encode()).hexdigest()


class AppendOnlyError(Exception):
    """Versions are never changed."""


class VersionQuerySet(models.QuerySet["Version"]):
    def update(self, **kwargs: Any) -> int:
        raise AppendOnlyError("versions are never updated in place")


class Version(models.Model):
    """One state of an item as the platform showed it (or as our own action left it)."""

    class Change(models.TextChoices):
        CREATED = "created", _("First seen")
        EDITED = "edited", _("Edited")
        DELETED_BY_AUTHOR = "deleted_by_author", _("Deleted by its author")
        HIDDEN = "hidden", _("Hidden")
        UNHIDDEN = "unhidden", _("Shown again")
        REMOVED_BY_US = "removed_by_us", _("Removed by us")

    class Source(models.TextChoices):
        POLL = "poll", _("Sync")
        WEBHOOK = "webhook", _("Webhook")
        IMPORT = "import", _("File import")
        ACTION = "action", _("Our action")

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="versions")
    seq = models.PositiveIntegerField()
    raw = models.TextField()  # the platform's JSON, exactly the bytes that were hashed
    text = models.TextField(blank=True)
    sha256 = models.CharField(max_length=64)
    seen_at = models.DateTimeField(default=timezone.now)
    change = models.CharField(max_length=20, choices=Change.choices)
    source = models.CharField(max_length=10, choices=Source.choices)
    is_hidden = models.BooleanField(default=False)
    is_deleted = models.BooleanField(default=False)
    action = models.CharField(max_length=10, blank=True)
    findings = models.JSONField(default=list, blank=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="+")

    objects = VersionQuerySet.as_manager()

    class Meta:
        ordering = ["item", "seq"]
        constraints = [models.UniqueConstraint(fields=["item", "seq"], name="unique_version_seq")]

    def __str__(self) -> str:
        return f"{self.item_id} v{self.seq} {self.change}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise AppendOnlyError("versions are never updated in place")
        super().save(*args, **kwargs)


class Evidence(models.Model):
    """Everything we hold of an item, frozen before it may be hidden or removed on the platform.

    The records app will turn `registration_requested_at` into a real request to the registrar;
    until then the flag is the placeholder the invariant checks.
    """

    item = models.ForeignKey(Item, on_delete=models.PROTECT, related_name="evidence")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    snapshot = models.JSONField()
    sha256 = models.CharField(max_length=64)
    last_seq = models.PositiveIntegerField()  # the newest version the snapshot holds
    registration_requested_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name_plural = "evidence"

    def __str__(self) -> str:
        return f"Bevis {self.pk} för {self.item}"

    @property
    def registration_requested(self) -> bool:
        return self.registration_requested_at is not None
