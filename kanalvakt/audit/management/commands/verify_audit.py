"""`kanalvakt verify-audit`: recompute the audit chain and name the first broken entry."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from kanalvakt.audit.log import verify_chain


class Command(BaseCommand):
    help = "Verify the hash chain of the audit log."

    def handle(self, *args: Any, **options: Any) -> None:
        result = verify_chain()
        if not result.ok:
            raise CommandError(
                f"audit chain broken at entry #{result.broken_seq}: {result.reason} "
                f"({result.checked} entries before it verified)")
        self.stdout.write(f"audit chain intact: {result.checked} entries verified")
