"""Actions on accounts: each runs in one transaction and writes the audit log."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from kanalvakt.audit.log import record
from kanalvakt.org.models import Person, Role
from kanalvakt.registry import rules
from kanalvakt.registry.models import Account, Appointment, Plan, ProfileSnapshot


class NotReady(Exception):
    """The account lacks what activation requires; `deficiencies` says what."""

    def __init__(self, deficiencies: list[rules.Deficiency]) -> None:
        super().__init__("; ".join(d.message for d in deficiencies))
        self.deficiencies = deficiencies


def _snapshot(account: Account) -> dict[str, Any]:
    return {"status": account.status, "name": account.name, "handle": account.handle,
            "communications_has_admin": account.communications_has_admin}


def notify_communications(subject: str, body: str) -> int:
    """E-mail every communicator; sent after the transaction commits."""
    recipients = sorted(set(Person.objects.filter(
        is_active=True, role_assignments__role=Role.COMMUNICATOR).exclude(email="")
        .values_list("email", flat=True)))
    if recipients:
        transaction.on_commit(lambda: send_mail(subject, body, None, recipients, fail_silently=True))
    return len(recipients)


def check_still_compliant(account: Account, cause: str) -> list[rules.Deficiency]:
    """After a change: an active account that now breaks a rule tells the communications unit."""
    found = rules.deficiencies(account)
    if found and account.is_active:
        notify_communications(
            f"kanalvakt: brist på kontot {account}",
            f"{cause}\n\nKontot {account} uppfyller inte längre kraven:\n"
            + "\n".join(f"- {d.message}" for d in found))
    return found


def do_apply(actor: Person, *, account_fields: dict[str, Any], plan_fields: dict[str, Any],
             editor: Person, substitute: Person) -> Account:
    with transaction.atomic():
        account = Account.objects.create(applied_by=actor, status=Account.Status.APPLIED,
                                         **account_fields)
        Plan.objects.create(account=account, **plan_fields)
        for person, role in ((editor, Appointment.Role.EDITOR), (substitute, Appointment.Role.SUBSTITUTE)):
            Appointment.objects.create(account=account, person=person, role=role, appointed_by=actor)
        record(actor, "registry.account_applied", account, after={
            **_snapshot(account), "editor": str(editor), "substitute": str(substitute)})
    return account


def do_approve(actor: Person, account: Account, note: str = "") -> Account:
    with transaction.atomic():
        account = Account.objects.select_for_update().get(pk=account.pk)
        found = rules.deficiencies(account)
        if found:
            raise NotReady(found)
        before = _snapshot(account)
        account.approve()
        account.decided_by, account.decided_at, account.decision_note = actor, timezone.now(), note
        account.save()
        record(actor, "registry.account_approved", account, before=before,
               after=_snapshot(account), note=note)
    return account


def do_return(actor: Person, account: Account, note: str) -> Account:
    with transaction.atomic():
        account = Account.objects.select_for_update().get(pk=account.pk)
        before = _snapshot(account)
        account.return_application()
        account.decided_by, account.decided_at, account.decision_note = actor, timezone.now(), note
        account.save()
        record(actor, "registry.account_returned", account, before=before,
               after=_snapshot(account), note=note)
    return account


def do_resubmit(actor: Person, account: Account) -> Account:
    with transaction.atomic():
        before = _snapshot(account)
        account.resubmit()
        account.save()
        record(actor, "registry.account_resubmitted", account, before=before, after=_snapshot(account))
    return account


def do_update_plan(actor: Person, plan: Plan, fields: dict[str, Any]) -> Plan:
    """A changed plan needs the manager's sign-off again."""
    with transaction.atomic():
        before = {name: getattr(plan, name) for name in Plan.REQUIRED}
        for name, value in fields.items():
            setattr(plan, name, value)
        changed = {name: getattr(plan, name) for name in Plan.REQUIRED} != before
        if changed:
            plan.signed_off_by, plan.signed_off_at = None, None
        plan.save()
        record(actor, "registry.plan_updated", plan.account, before=before,
               after={name: getattr(plan, name) for name in Plan.REQUIRED})
        check_still_compliant(plan.account, f"{actor} ändrade planen.")
    return plan


def do_sign_off_plan(actor: Person, plan: Plan) -> Plan:
    with transaction.atomic():
        missing = plan.missing_fields()
        if missing:
            raise NotReady(rules.plan_deficiencies(plan.account))
        plan.signed_off_by, plan.signed_off_at = actor, timezone.now()
        plan.save(update_fields=["signed_off_by", "signed_off_at"])
        record(actor, "registry.plan_signed_off", plan.account)
    return plan


def do_appoint(actor: Person, account: Account, person: Person, role: str,
               starts_on: date | None = None, ends_on: date | None = None) -> Appointment:
    with transaction.atomic():
        appointment = Appointment.objects.create(
            account=account, person=person, role=role, appointed_by=actor,
            starts_on=starts_on or timezone.localdate(), ends_on=ends_on)
        record(actor, "registry.appointed", account, after={
            "person": str(person), "role": role, "from": appointment.starts_on,
            "until": appointment.ends_on})
    return appointment


def do_end_appointment(actor: Person, appointment: Appointment, ends_on: date | None = None) -> None:
    with transaction.atomic():
        ends_on = ends_on or timezone.localdate() - timedelta(days=1)
        before = {"person": str(appointment.person), "role": appointment.role,
                  "until": appointment.ends_on}
        appointment.ends_on = ends_on
        appointment.save(update_fields=["ends_on"])
        record(actor, "registry.appointment_ended", appointment.account, before=before,
               after={**before, "until": ends_on})
        check_still_compliant(appointment.account,
                              f"{appointment.person}s uppdrag som {appointment.get_role_display()} avslutades.")


def do_set_communications_admin(actor: Person, account: Account, has_admin: bool) -> None:
    with transaction.atomic():
        before = _snapshot(account)
        account.communications_has_admin = has_admin
        account.save(update_fields=["communications_has_admin"])
        record(actor, "registry.communications_admin_set", account, before=before,
               after=_snapshot(account))
        if not has_admin:
            check_still_compliant(account, "Kommunikationsenhetens administratörsrätt togs bort.")


def do_record_profile(actor: Person | None, account: Account, *, source: str, name: str,
                      bio: str = "", emails: list[str] | None = None, phones: list[str] | None = None,
                      website: str = "", links: list[str] | None = None, picture_sha256: str = "",
                      admins: list[dict[str, Any]] | None = None) -> ProfileSnapshot:
    with transaction.atomic():
        snapshot = ProfileSnapshot.objects.create(
            account=account, source=source, name=name, bio=bio, emails=emails or [],
            phones=phones or [], website=website, links=links or [], picture_sha256=picture_sha256,
            admins=admins, taken_by=actor)
        record(actor, "registry.profile_recorded", account, after={
            "source": source, "name": name, "bio": bio, "emails": emails or [], "phones": phones or [],
            "website": website, "links": links or [], "admins": admins})
    return snapshot


def do_mark_inactive(actor: Person | None, account: Account, reason: str) -> None:
    with transaction.atomic():
        before = _snapshot(account)
        account.mark_inactive()
        account.save()
        record(actor, "registry.account_inactive", account, before=before, after=_snapshot(account),
               note=reason)
        recipients = {p.email for p in Person.objects.filter(
            appointments__in=account.current_appointments(), is_active=True) if p.email}
        recipients |= set(Person.objects.filter(
            role_assignments__role=Role.MANAGER, role_assignments__unit=account.unit, is_active=True)
            .exclude(email="").values_list("email", flat=True))
        recipients |= set(Person.objects.filter(
            role_assignments__role=Role.COMMUNICATOR, is_active=True).exclude(email="")
            .values_list("email", flat=True))
        subject = f"kanalvakt: {account} är inaktivt"
        body = (f"{reason}\n\nKontot ska antingen börja användas igen eller avvecklas "
                "(anvisning 10: Stäng ner).")
        if recipients:
            transaction.on_commit(lambda: send_mail(subject, body, None, sorted(recipients),
                                                    fail_silently=True))


def do_start_closing(actor: Person, account: Account, note: str = "") -> None:
    with transaction.atomic():
        before = _snapshot(account)
        account.start_closing()
        account.save()
        record(actor, "registry.closing_started", account, before=before, after=_snapshot(account),
               note=note)
