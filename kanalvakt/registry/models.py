"""Official accounts, their plans and appointed editors (guidelines 1–4 and 10)."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kanalvakt.org.models import Unit


class InvalidTransition(Exception):
    """The account's status does not allow this step."""


class Platform(models.TextChoices):
    FACEBOOK = "facebook", "Facebook"
    INSTAGRAM = "instagram", "Instagram"
    X = "x", "X"
    LINKEDIN = "linkedin", "LinkedIn"
    YOUTUBE = "youtube", "YouTube"
    MASTODON = "mastodon", "Mastodon"
    BLUESKY = "bluesky", "Bluesky"
    DEMO = "demo", _("Demo platform")


class Account(models.Model):
    class Status(models.TextChoices):
        APPLIED = "applied", _("Applied")
        RETURNED = "returned", _("Returned")
        ACTIVE = "active", _("Active")
        INACTIVE = "inactive", _("Inactive")
        CLOSING = "closing", _("Being closed")
        CLOSED = "closed", _("Closed")

    platform = models.CharField(_("platform"), max_length=20, choices=Platform.choices)
    name = models.CharField(_("account name"), max_length=200)
    handle = models.CharField(_("address or handle"), max_length=300)
    url = models.URLField(_("public address"), blank=True)
    unit = models.ForeignKey(Unit, verbose_name=_("owning unit"), on_delete=models.PROTECT,
                             related_name="accounts")
    contact = models.CharField(_("contact"), max_length=300, blank=True,
                               help_text=_("E-mail, phone or web page where citizens reach the unit."))
    expectations = models.CharField(_("what to expect"), max_length=500, blank=True,
                                    help_text=_("E.g. 'We answer questions on weekdays within two working days.'"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices,
                              default=Status.APPLIED, db_index=True)
    communications_has_admin = models.BooleanField(
        _("the communications unit has admin rights"), default=False)
    inactivity_days = models.PositiveIntegerField(_("inactive after (days without own posts)"),
                                                  default=90)
    last_own_post_at = models.DateTimeField(_("last own post"), null=True, blank=True)
    applied_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                   related_name="+")
    applied_at = models.DateTimeField(default=timezone.now)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(_("comment"), blank=True)
    status_changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name", "platform"]
        constraints = [models.UniqueConstraint(fields=["platform", "handle"],
                                               name="unique_account_per_platform")]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_platform_display()})"

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.ACTIVE

    @property
    def is_public(self) -> bool:
        """Listed in the public kanalförteckning: every account still run as official."""
        return self.status in {self.Status.ACTIVE, self.Status.INACTIVE, self.Status.CLOSING}

    def current_appointments(self, on: date | None = None) -> models.QuerySet[Appointment]:
        on = on or timezone.localdate()
        return self.appointments.filter(starts_on__lte=on).filter(
            models.Q(ends_on__isnull=True) | models.Q(ends_on__gte=on)).select_related("person")

    def _move(self, allowed: set[str], to: str) -> None:
        if self.status not in allowed:
            raise InvalidTransition(f"{self.status} -> {to}")
        self.status = to
        self.status_changed_at = timezone.now()

    def approve(self) -> None:
        self._move({self.Status.APPLIED}, self.Status.ACTIVE)

    def return_application(self) -> None:
        self._move({self.Status.APPLIED}, self.Status.RETURNED)

    def resubmit(self) -> None:
        self._move({self.Status.RETURNED}, self.Status.APPLIED)

    def mark_inactive(self) -> None:
        self._move({self.Status.ACTIVE}, self.Status.INACTIVE)

    def reactivate(self) -> None:
        self._move({self.Status.INACTIVE}, self.Status.ACTIVE)

    def start_closing(self) -> None:
        self._move({self.Status.ACTIVE, self.Status.INACTIVE}, self.Status.CLOSING)


class Plan(models.Model):
    """The kontoplan of guideline 3."""

    account = models.OneToOneField(Account, on_delete=models.CASCADE, related_name="plan")
    purpose = models.TextField(_("purpose (syfte)"), blank=True)
    goals = models.TextField(_("goals (mål)"), blank=True)
    audience = models.TextField(_("audience (målgrupp)"), blank=True)
    themes = models.TextField(_("editorial themes"), blank=True)
    cadence = models.CharField(_("publishing cadence"), max_length=200, blank=True)
    calendar = models.TextField(_("publishing calendar"), blank=True)
    connection = models.TextField(_("connection to the unit's work"), blank=True)
    signed_off_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                      on_delete=models.SET_NULL, related_name="+")
    signed_off_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    REQUIRED = ["purpose", "goals", "audience", "themes", "cadence", "calendar", "connection"]

    def __str__(self) -> str:
        return f"Plan: {self.account}"

    def missing_fields(self) -> list[str]:
        return [str(self._meta.get_field(name).verbose_name) for name in self.REQUIRED
                if not str(getattr(self, name)).strip()]


class Appointment(models.Model):
    """A person appointed redaktör or ersättare of an account, from a date, until a date."""

    class Role(models.TextChoices):
        EDITOR = "editor", _("Editor")
        SUBSTITUTE = "substitute", _("Substitute")

    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="appointments")
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                               related_name="appointments")
    role = models.CharField(_("role"), max_length=12, choices=Role.choices)
    starts_on = models.DateField(_("from"), default=timezone.localdate)
    ends_on = models.DateField(_("until"), null=True, blank=True)
    appointed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["role", "starts_on"]

    def __str__(self) -> str:
        return f"{self.person} – {self.get_role_display()}"

    def is_current(self, on: date | None = None) -> bool:
        on = on or timezone.localdate()
        return self.starts_on <= on and (self.ends_on is None or self.ends_on >= on)


class ProfileSnapshot(models.Model):
    """The account's public profile as read by its connector, or entered by hand."""

    class Source(models.TextChoices):
        CONNECTOR = "connector", _("Read from the platform")
        MANUAL = "manual", _("Entered by hand")

    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="profiles")
    source = models.CharField(max_length=10, choices=Source.choices)
    name = models.CharField(_("profile name"), max_length=300)
    bio = models.TextField(_("profile text"), blank=True)
    emails = models.JSONField(default=list, blank=True)
    phones = models.JSONField(default=list, blank=True)
    website = models.CharField(_("website"), max_length=500, blank=True)
    links = models.JSONField(default=list, blank=True)
    picture_sha256 = models.CharField(max_length=64, blank=True)
    admins = models.JSONField(null=True, blank=True,
                              help_text="who administers the page, where the platform tells")
    taken_at = models.DateTimeField(default=timezone.now)
    taken_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-taken_at"]
        get_latest_by = "taken_at"

    def __str__(self) -> str:
        return f"{self.account} @ {self.taken_at:%Y-%m-%d}"


class PolicyVersion(models.Model):
    """One saved version of the policy rule file (guideline 2); the newest valid one is in force."""

    number = models.PositiveIntegerField(unique=True)
    text = models.TextField()
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-number"]

    def __str__(self) -> str:
        return f"policy v{self.number}"


class GuidelineDocument(models.Model):
    """The municipality's guidelines as loaded; the newest is the one shown and linked to."""

    title = models.CharField(max_length=300)
    source_text = models.TextField()
    mapping_text = models.TextField(blank=True)
    loaded_at = models.DateTimeField(default=timezone.now)
    loaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                  on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-loaded_at", "-pk"]

    def __str__(self) -> str:
        return self.title


class GuidelineSection(models.Model):
    document = models.ForeignKey(GuidelineDocument, on_delete=models.CASCADE, related_name="sections")
    key = models.CharField(max_length=10)
    title = models.CharField(max_length=300)
    position = models.PositiveIntegerField()
    sentences = models.JSONField(default=list)

    class Meta:
        ordering = ["position"]
        constraints = [models.UniqueConstraint(fields=["document", "key"], name="unique_section_key")]

    def __str__(self) -> str:
        return f"{self.key}. {self.title}"

    @property
    def anchor(self) -> str:
        return "anvisning-" + self.key.replace(".", "-")


class CheckSource(models.Model):
    """Which sentence of the guidelines a check enforces."""

    document = models.ForeignKey(GuidelineDocument, on_delete=models.CASCADE, related_name="checks")
    check_id = models.CharField(max_length=100)
    section = models.ForeignKey(GuidelineSection, on_delete=models.CASCADE)
    sentence_index = models.PositiveIntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["document", "check_id"], name="unique_check_source")]

    def __str__(self) -> str:
        return f"{self.check_id} → {self.section.key}"

    @property
    def anchor(self) -> str:
        return f"{self.section.anchor}-{self.sentence_index + 1}"

    @property
    def sentence(self) -> str:
        return str(self.section.sentences[self.sentence_index])


class HandbookPage(models.Model):
    """A page of the municipality's social media handbook, edited by the communications unit."""

    slug = models.SlugField(unique=True)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"))
    position = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["position", "title"]

    def __str__(self) -> str:
        return self.title
