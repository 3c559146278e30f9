from __future__ import annotations

from typing import Any

from django.core.management import call_command

from kanalvakt.audit.models import Entry
from kanalvakt.org.models import Person


def test_createsuperuser_makes_a_system_administrator(db: Any, monkeypatch: Any) -> None:
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "ett-langt-losenord-123")
    call_command("createsuperuser", "--no-input", username="it", email="it@motala.se", verbosity=0)
    person = Person.objects.get(username="it")
    assert person.role_set() == {"sysadmin"}
    assert person.check_password("ett-langt-losenord-123")
    assert Entry.objects.filter(action="org.role_granted", object_id=str(person.pk)).exists()
