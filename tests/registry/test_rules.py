"""Activation rules, role drift, departures and the inactivity job of the account registry."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.utils import timezone

from kanalvakt.audit.models import Entry
from kanalvakt.org.actions import do_deactivate_person
from kanalvakt.registry import actions, rules
from kanalvakt.registry.drift import role_drift
from kanalvakt.registry.models import Account, Appointment, InvalidTransition, Plan
from kanalvakt.registry.scorecard import scorecard
from kanalvakt.registry.tasks import detect_inactive

COMPLETE_PLAN = {"purpose": "Informera om badplatser", "goals": "Fler badgäster",
                 "audience": "Familjer", "themes": "Bad, säkerhet", "cadence": "Varje vecka",
                 "calendar": "Juni–augusti: måndagar", "connection": "Fritids uppdrag"}


def apply(people: dict[str, Any], **plan: str) -> Account:
    from kanalvakt.org.models import Unit

    return actions.do_apply(
        people["erik"], account_fields={"platform": "facebook", "name": "Motala badplatser",
                                        "handle": "motalabad", "unit": Unit.objects.get(code="bibliotek")},
        plan_fields={**COMPLETE_PLAN, **plan}, editor=people["erik"], substitute=people["sara"])


def codes(account: Account) -> set[str]:
    return {d.code for d in rules.deficiencies(account)}


def test_an_application_needs_sign_off_and_admin_rights_before_it_can_be_approved(
        people: dict[str, Any]) -> None:
    account = apply(people)
    assert codes(account) == {"plan_not_signed_off", "no_communications_admin"}
    with pytest.raises(actions.NotReady) as not_ready:
        actions.do_approve(people["alva"], account)
    assert "Verksamhetens chef har inte signerat planen." in str(not_ready.value)
    assert "Kommunikationsenheten har inte administratörsrätt på kontot." in str(not_ready.value)
    actions.do_sign_off_plan(people["maja"], account.plan)
    actions.do_set_communications_admin(people["alva"], account, True)
    actions.do_approve(people["alva"], account, "Bra plan")
    account.refresh_from_db()
    assert account.status == Account.Status.ACTIVE
    assert (account.decided_by, account.decision_note) == (people["alva"], "Bra plan")
    assert Entry.objects.filter(action="registry.account_approved", object_id=str(account.pk)).exists()


def test_an_incomplete_plan_names_what_is_missing(people: dict[str, Any]) -> None:
    account = apply(people, goals="", calendar=" ")
    [incomplete] = [d for d in rules.deficiencies(account) if d.code == "plan_incomplete"]
    assert incomplete.message == "Planen saknar: mål, publiceringskalender."
    with pytest.raises(actions.NotReady):
        actions.do_sign_off_plan(people["maja"], account.plan)


def test_an_account_without_a_plan_is_deficient(people: dict[str, Any]) -> None:
    account = apply(people)
    Plan.objects.filter(account=account).delete()
    assert "Kontot saknar plan." in [d.message for d in rules.deficiencies(account)]


@pytest.mark.parametrize(("end", "expected"), [
    ("substitute", {"too_few_editors", "no_substitute"}),
    ("editor", {"too_few_editors", "no_editor"}),
])
def test_two_editors_one_redaktor_and_one_ersattare_are_required(
        people: dict[str, Any], end: str, expected: set[str],
        django_capture_on_commit_callbacks: Any) -> None:
    account = Account.objects.get(platform="instagram")
    assert codes(account) == set()
    appointment = account.appointments.get(role=end)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        actions.do_end_appointment(people["alva"], appointment)
    assert codes(account) == expected
    assert "Kontot har 1 utsedda redaktörer; minst två krävs." in [
        d.message for d in rules.deficiencies(account)]
    # The communications unit is told at once.
    assert [m.to for m in mail.outbox] == [["alva@motala.example"]]
    assert "Motala bibliotek" in mail.outbox[0].subject


def test_appointments_have_dates(people: dict[str, Any]) -> None:
    account = Account.objects.get(platform="instagram")
    later = timezone.localdate() + timedelta(days=30)
    actions.do_appoint(people["alva"], account, people["nils"], Appointment.Role.SUBSTITUTE,
                       starts_on=later)
    assert people["nils"] not in [a.person for a in account.current_appointments()]
    assert people["nils"] in [a.person for a in account.current_appointments(later)]


def test_a_deactivated_person_flags_every_account_they_were_appointed_to(
        people: dict[str, Any], django_capture_on_commit_callbacks: Any) -> None:
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        do_deactivate_person(people["admin"], people["sara"], reason="Slutat")
    flagged = {a.name for a in Account.objects.all() if "editor_deactivated" in codes(a)}
    assert flagged == {"Motala bibliotek", "Kultur och fritid Motala"}
    [message] = [d.message for d in rules.deficiencies(Account.objects.get(platform="instagram"))]
    assert message == "Sara Holm är utsedd men har slutat (inaktiverad)."
    assert len(mail.outbox) == 2  # one message to the communications unit per active account


def test_role_drift_is_reported_both_ways(people: dict[str, Any]) -> None:
    facebook = Account.objects.get(platform="facebook")
    drift = role_drift(facebook)
    assert drift is not None
    assert drift.not_appointed == ["Peter Gammal"]
    assert drift.without_access == []
    actions.do_record_profile(None, facebook, source="connector", name="Motala kommun",
                              admins=[{"name": "Alva Lindqvist", "email": "alva@motala.example"}])
    drift = role_drift(facebook)
    assert drift is not None and drift.without_access == ["Karin Ljung"] and drift.not_appointed == []
    line4 = scorecard(facebook)[3]
    assert line4.status == "warning"
    assert line4.reasons == ["Utsedda men saknar åtkomst på plattformen: Karin Ljung."]


def test_no_drift_is_claimed_where_the_platform_does_not_tell(people: dict[str, Any]) -> None:
    assert role_drift(Account.objects.get(platform="instagram")) is None


def test_an_account_without_own_posts_for_its_period_becomes_inactive(
        people: dict[str, Any], django_capture_on_commit_callbacks: Any) -> None:
    library = Account.objects.get(platform="instagram")
    Account.objects.filter(pk=library.pk).update(last_own_post_at=timezone.now() - timedelta(days=91))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert detect_inactive() == "2 marked inactive"  # the library and the demo's Mastodon account
    library.refresh_from_db()
    assert library.status == Account.Status.INACTIVE
    recipients = {address for m in mail.outbox for address in m.to}
    assert {"erik@motala.example", "sara@motala.example", "maja@motala.example",
            "alva@motala.example"} <= recipients
    assert scorecard(library)[9].status == "warning"


def test_the_lifecycle_only_allows_its_own_steps(people: dict[str, Any]) -> None:
    account = apply(people)
    with pytest.raises(InvalidTransition):
        account.start_closing()
    actions.do_return(people["alva"], account, "Komplettera målgruppen")
    account.refresh_from_db()
    assert account.status == Account.Status.RETURNED
    actions.do_resubmit(people["erik"], account)
    assert account.status == Account.Status.APPLIED
    active = Account.objects.get(platform="youtube")
    actions.do_start_closing(people["alva"], active)
    assert active.status == Account.Status.CLOSING


def test_the_demo_platform_shows_its_administrators_and_the_drift(people: dict[str, Any]) -> None:
    from kanalvakt.registry.platform import connector_for, read_profile

    demo = Account.objects.get(platform="demo")
    snapshot = read_profile(people["alva"], demo)
    assert snapshot is not None and snapshot.source == "connector"
    assert snapshot.name == "Motala kommun – demosida"
    drift = role_drift(demo)
    assert drift is not None
    assert drift.not_appointed == ["Kalle Sommarvikarie"]
    assert drift.without_access in ([], ["Karin Ljung"])  # the demo drops her every other week
    assert scorecard(demo)[3].status == "warning"
    assert connector_for(Account.objects.get(platform="instagram")) is None


def test_profiles_are_read_daily_from_the_platforms_that_can_be_reached(people: dict[str, Any]) -> None:
    from kanalvakt.registry.tasks import read_profiles

    assert read_profiles() == "1 profiles read, 0 failed"  # the demo page; the rest are not connected
    assert Account.objects.get(platform="demo").profiles.count() == 2
