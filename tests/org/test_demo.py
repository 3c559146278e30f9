from __future__ import annotations

from typing import Any

from django.core.management import call_command

from kanalvakt.audit.models import Entry
from kanalvakt.org.models import Administration, Person, RoleAssignment, Unit
from kanalvakt.registry.models import Account, Appointment, ProfileSnapshot


def _counts() -> tuple[int, ...]:
    return (Administration.objects.count(), Unit.objects.count(), Person.objects.count(),
            RoleAssignment.objects.count(), Account.objects.count(), Appointment.objects.count(),
            ProfileSnapshot.objects.count(), Entry.objects.count())


def test_the_demo_organisation_can_be_loaded_again_without_duplicates(db: Any, capsys: Any) -> None:
    call_command("demo")
    first = _counts()
    call_command("demo")
    assert _counts() == first
    assert first[:3] == (5, 9, 11) and first[4] == 8
    output = capsys.readouterr().out
    assert "password: demo-kanalvakt" in output and "nils" in output


def test_each_demo_user_has_the_role_of_the_issue(db: Any) -> None:
    call_command("demo")
    roles = {p.username: sorted(p.role_set()) for p in Person.objects.filter(
        username__in=["alva", "erik", "sara", "maja", "rolf", "arkiv", "admin", "nils"])}
    assert roles == {"alva": ["communicator"], "erik": [], "sara": [], "maja": ["manager"],
                     "rolf": ["registrar"], "arkiv": ["archivist"], "admin": ["sysadmin"],
                     "nils": []}
    library = Account.objects.get(platform="instagram")
    assert {(a.person.username, a.role) for a in library.current_appointments()} == {
        ("erik", "editor"), ("sara", "substitute")}
    assert not Person.objects.get(username="nils").has_any_role
