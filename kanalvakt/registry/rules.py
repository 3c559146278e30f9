"""What an account needs to be active (guidelines 3 and 4), as a list of Swedish deficiencies."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from kanalvakt.registry.models import Account, Appointment, Plan


@dataclass(frozen=True)
class Deficiency:
    code: str
    guideline: int
    message: str


def plan_deficiencies(account: Account) -> list[Deficiency]:
    plan = Plan.objects.filter(account=account).first()
    if plan is None:
        return [Deficiency("plan_missing", 3, _("The account has no plan."))]
    found = []
    missing = plan.missing_fields()
    if missing:
        found.append(Deficiency("plan_incomplete", 3,
                                _("The plan lacks: %(fields)s.") % {"fields": ", ".join(missing)}))
    if plan.signed_off_at is None:
        found.append(Deficiency("plan_not_signed_off", 3,
                                _("The unit's manager has not signed off the plan.")))
    return found


def editor_deficiencies(account: Account) -> list[Deficiency]:
    current = list(account.current_appointments())
    found = []
    if len(current) < 2:
        found.append(Deficiency("too_few_editors", 4, _(
            "The account has %(n)d appointed editors; at least two are required.") % {"n": len(current)}))
    roles = {a.role for a in current}
    if Appointment.Role.EDITOR not in roles:
        found.append(Deficiency("no_editor", 4, _("No redaktör is appointed.")))
    if Appointment.Role.SUBSTITUTE not in roles:
        found.append(Deficiency("no_substitute", 4, _("No ersättare is appointed.")))
    for appointment in current:
        if not appointment.person.is_active:
            found.append(Deficiency("editor_deactivated", 4, _(
                "%(person)s is appointed but has left the organisation (deactivated).")
                % {"person": appointment.person}))
    if not account.communications_has_admin:
        found.append(Deficiency("no_communications_admin", 4,
                                _("The communications unit does not have admin rights on the account.")))
    return found


def deficiencies(account: Account) -> list[Deficiency]:
    """Everything that stops the account from being active, or makes an active one deficient."""
    return plan_deficiencies(account) + editor_deficiencies(account)
