"""Actions on people and roles; each runs in one transaction and writes the audit log."""

from __future__ import annotations

from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone

from kanalvakt.audit.log import record
from kanalvakt.org.models import Administration, Person, Role, RoleAssignment, Unit

# Other apps react to a person leaving (e.g. the registry flags their accounts). Receivers run
# inside the deactivation's transaction.
person_deactivated = Signal()


class RoleScopeError(ValueError):
    """A role was given without (or with the wrong) unit or förvaltning."""


def _check_scope(role: Role, unit: Unit | None, administration: Administration | None) -> None:
    if role.needs_unit and (unit is None or administration is not None):
        raise RoleScopeError("manager_needs_unit")
    if role.needs_administration and (administration is None or unit is not None):
        raise RoleScopeError("registrar_needs_administration")
    if not role.needs_unit and not role.needs_administration and (unit or administration):
        raise RoleScopeError("role_has_no_scope")


def do_grant_role(actor: Person | None, person: Person, role: Role, *, unit: Unit | None = None,
                  administration: Administration | None = None,
                  source: str = RoleAssignment.Source.LOCAL) -> tuple[RoleAssignment, bool]:
    """Give a role; giving one the person already holds changes nothing."""
    _check_scope(role, unit, administration)
    with transaction.atomic():
        assignment, created = RoleAssignment.objects.get_or_create(
            person=person, role=role, unit=unit, administration=administration,
            defaults={"source": source, "granted_by": actor},
        )
        if created:
            record(actor, "org.role_granted", person,
                   after={"role": role.value, "scope": str(unit or administration or ""),
                          "source": source})
    person.forget_roles()
    return assignment, created


def do_revoke_role(actor: Person | None, assignment: RoleAssignment) -> None:
    with transaction.atomic():
        person = assignment.person
        record(actor, "org.role_revoked", person,
               before={"role": assignment.role,
                       "scope": str(assignment.unit or assignment.administration or ""),
                       "source": assignment.source})
        assignment.delete()
    person.forget_roles()


def do_deactivate_person(actor: Person | None, person: Person, *, reason: str = "") -> None:
    """A person who left: no more logins, no roles. Other apps react to `deactivated_at`."""
    with transaction.atomic():
        roles = list(person.role_assignments.values_list("role", flat=True))
        person.is_active = False
        person.deactivated_at = timezone.now()
        person.save(update_fields=["is_active", "deactivated_at"])
        person.role_assignments.all().delete()
        record(actor, "org.person_deactivated", person,
               before={"is_active": True, "roles": roles}, after={"is_active": False},
               note=reason)
        person_deactivated.send(sender=Person, person=person, actor=actor)
    person.forget_roles()


def do_reactivate_person(actor: Person | None, person: Person) -> None:
    with transaction.atomic():
        person.is_active = True
        person.deactivated_at = None
        person.save(update_fields=["is_active", "deactivated_at"])
        record(actor, "org.person_reactivated", person,
               before={"is_active": False}, after={"is_active": True})


def do_create_person(actor: Person | None, *, username: str, first_name: str = "",
                     last_name: str = "", email: str = "", unit: Unit | None = None,
                     title: str = "", password: str | None = None) -> Person:
    with transaction.atomic():
        person = Person(username=username, first_name=first_name, last_name=last_name,
                        email=email, unit=unit, title=title)
        if password:
            person.set_password(password)
        else:
            person.set_unusable_password()
        person.save()
        record(actor, "org.person_created", person,
               after={"username": username, "email": email, "unit": str(unit or "")})
    return person
