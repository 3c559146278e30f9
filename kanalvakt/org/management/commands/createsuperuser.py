"""`kanalvakt createsuperuser`: Django's command, and the new person becomes systemadministratör.

Without a role a person sees nothing in kanalvakt, so the first user must hold one.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.management.commands import createsuperuser

from kanalvakt.org.actions import do_grant_role
from kanalvakt.org.models import Person, Role


class Command(createsuperuser.Command):
    def handle(self, *args: Any, **options: Any) -> None:
        before = set(Person.objects.filter(is_superuser=True).values_list("pk", flat=True))
        super().handle(*args, **options)
        for person in Person.objects.filter(is_superuser=True).exclude(pk__in=before):
            do_grant_role(None, person, Role.SYSADMIN)
            if options.get("verbosity", 1) >= 1:
                self.stdout.write(f"{person.username} is systemadministratör.")
