"""`kanalvakt demo`: create (or leave as it is) the demo organisation and its users."""

from __future__ import annotations

import os
from typing import Any

from django.core.management.base import BaseCommand

from kanalvakt.org.demo import ensure_demo

DEFAULT_PASSWORD = "demo-kanalvakt"


class Command(BaseCommand):
    help = "Create the demo organisation (Motala kommun) and one demo user per role."

    def handle(self, *args: Any, **options: Any) -> None:
        password = os.environ.get("KANALVAKT_DEMO_PASSWORD") or DEFAULT_PASSWORD
        users = ensure_demo(password)
        from kanalvakt.registry.demo import ensure_demo_accounts

        ensure_demo_accounts(password)
        self.stdout.write(f"Demo users (password: {password}):")
        for demo in users:
            self.stdout.write(f"  {demo.username:<6} {demo.description}")
