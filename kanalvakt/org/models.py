"""The municipality, its förvaltningar and units, the people who use kanalvakt and their roles."""

from __future__ import annotations

from typing import ClassVar

from django.contrib.auth.models import AbstractUser, UserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from stdnum.se import orgnr


def validate_org_number(value: str) -> None:
    if not orgnr.is_valid(value):
        raise ValidationError(_("%(value)s is not a valid Swedish organisation number."),
                              params={"value": value})


class Municipality(models.Model):
    """The organisation running kanalvakt; one per installation."""

    name = models.CharField(_("name"), max_length=200)
    org_number = models.CharField(_("organisation number"), max_length=11,
                                  validators=[validate_org_number], unique=True)
    comment_rules_url = models.URLField(_("comment rules (web address)"), blank=True)

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def __str__(self) -> str:
        return self.name


class Administration(models.Model):
    """A förvaltning: a department with its own registrar and document management plan."""

    municipality = models.ForeignKey(Municipality, on_delete=models.PROTECT,
                                     related_name="administrations")
    name = models.CharField(_("name"), max_length=200)
    code = models.SlugField(_("code"), max_length=40, unique=True)
    registrar_email = models.EmailField(_("registrar mailbox"))

    class Meta:
        ordering = ["name"]
        verbose_name = _("administration")
        verbose_name_plural = _("administrations")

    def __str__(self) -> str:
        return self.name


class Unit(models.Model):
    """An enhet or verksamhet under a förvaltning; units own accounts."""

    administration = models.ForeignKey(Administration, on_delete=models.PROTECT, related_name="units")
    name = models.CharField(_("name"), max_length=200)
    code = models.SlugField(_("code"), max_length=40, unique=True)
    is_communications_unit = models.BooleanField(
        _("communications unit"), default=False,
        help_text=_("Kommunikationsenheten holds admin rights on every account."))

    class Meta:
        ordering = ["administration__name", "name"]
        verbose_name = _("unit")
        verbose_name_plural = _("units")

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    COMMUNICATOR = "communicator", _("Communicator")
    MANAGER = "manager", _("Manager")
    REGISTRAR = "registrar", _("Registrar")
    ARCHIVIST = "archivist", _("Archivist")
    SYSADMIN = "sysadmin", _("System administrator")

    @property
    def needs_unit(self) -> bool:
        return self is Role.MANAGER

    @property
    def needs_administration(self) -> bool:
        return self is Role.REGISTRAR


class PersonManager(UserManager["Person"]):
    """Django's user manager, typed for Person."""


class Person(AbstractUser):
    """Someone who logs in to kanalvakt, locally or through single sign-on."""

    unit = models.ForeignKey(Unit, verbose_name=_("unit"), null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="people")
    title = models.CharField(_("title"), max_length=200, blank=True)
    sso_subject = models.CharField(_("SSO subject"), max_length=255, null=True, blank=True, unique=True)
    deactivated_at = models.DateTimeField(_("deactivated"), null=True, blank=True)

    objects: ClassVar[PersonManager] = PersonManager()  # type: ignore[assignment]

    class Meta:
        ordering = ["first_name", "last_name", "username"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    def role_set(self) -> set[str]:
        """The person's global roles, cached for the request."""
        if not hasattr(self, "_role_cache"):
            self._role_cache = set(self.role_assignments.values_list("role", flat=True))
        return self._role_cache

    def has_role(self, *roles: Role) -> bool:
        return any(role in self.role_set() for role in roles)

    @property
    def has_any_role(self) -> bool:
        return bool(self.role_set()) or self.is_appointed

    @property
    def is_appointed(self) -> bool:
        """Appointed redaktör or ersättare of an account today (the registry's per-account role)."""
        if not hasattr(self, "_appointed_cache"):
            today = timezone.localdate()
            self._appointed_cache = self.appointments.filter(
                starts_on__lte=today).filter(
                models.Q(ends_on__isnull=True) | models.Q(ends_on__gte=today)).exists()
        return self._appointed_cache

    @property
    def is_communicator(self) -> bool:
        return self.has_role(Role.COMMUNICATOR)

    @property
    def is_sysadmin(self) -> bool:
        return self.has_role(Role.SYSADMIN)

    def forget_roles(self) -> None:
        self.__dict__.pop("_role_cache", None)
        self.__dict__.pop("_appointed_cache", None)


class RoleAssignment(models.Model):
    """A global role held by a person; managers hold it per unit, registrars per förvaltning."""

    class Source(models.TextChoices):
        LOCAL = "local", _("Assigned in kanalvakt")
        SSO = "sso", _("From the identity provider")

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="role_assignments")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    unit = models.ForeignKey(Unit, verbose_name=_("unit"), null=True, blank=True, on_delete=models.CASCADE)
    administration = models.ForeignKey(Administration, verbose_name=_("administration"), null=True,
                                       blank=True, on_delete=models.CASCADE)
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.LOCAL)
    granted_by = models.ForeignKey(Person, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    granted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["role"]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(role="manager", unit__isnull=False, administration__isnull=True)
                           | models.Q(role="registrar", administration__isnull=False, unit__isnull=True)
                           | (~models.Q(role__in=["manager", "registrar"])
                              & models.Q(unit__isnull=True, administration__isnull=True))),
                name="role_scope_matches_role",
            ),
        ]

    def __str__(self) -> str:
        scope = self.unit or self.administration
        label = Role(self.role).label
        return f"{label} ({scope})" if scope else str(label)
