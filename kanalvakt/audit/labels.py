"""Readable names for the actions in the audit log; apps add theirs with `register`."""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

LABELS: dict[str, str | Promise] = {
    "auth.logged_in": _("Logged in"),
    "auth.logged_out": _("Logged out"),
    "auth.login_failed": _("Failed login"),
    "auth.password_changed": _("Password changed"),
    "org.person_created": _("Person created"),
    "org.person_deactivated": _("Person deactivated"),
    "org.person_reactivated": _("Person reactivated"),
    "org.role_granted": _("Role granted"),
    "org.role_revoked": _("Role removed"),
    "org.municipality_created": _("Municipality created"),
    "org.administration_created": _("Administration created"),
    "org.unit_created": _("Unit created"),
    "worker.job_retried": _("Job run again"),
}


def register(action: str, label: str | Promise) -> None:
    LABELS[action] = label


def action_label(action: str) -> str:
    return str(LABELS.get(action, action))
