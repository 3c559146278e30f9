from __future__ import annotations

from typing import Any

from django.core.management import call_command

from kanalvakt.audit.models import Entry
from kanalvakt.org.models import Administration, Person, RoleAssignment, Unit


def test_the_demo_organisation_can_be_loaded_again_without_duplicates(db: Any, capsys: Any) -> None:
    call_command("demo")
    counts = (Administration.objects.count(), Unit.objects.count(), Person.objects.count(),
              RoleAssignment.objects.count(), Entry.objects.count())
    call_command("demo")
    assert counts == (Administration.objects.count(), Unit.objects.count(), Person.objects.count(),
                      RoleAssignment.objects.count(), Entry.objects.count())
    assert counts[0] == 5 and counts[2] == 8
    output = capsys.readouterr().out
    assert "password: demo-kanalvakt" in output and "nils" in output


def test_each_demo_user_has_the_role_of_the_issue(db: Any) -> None:
    call_command("demo")
    roles = {p.username: sorted(p.role_set()) for p in Person.objects.all()}
    assert roles == {"alva": ["communicator"], "erik": [], "sara": [], "maja": ["manager"],
                     "rolf": ["registrar"], "arkiv": ["archivist"], "admin": ["sysadmin"],
                     "nils": []}
