from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from kanalvakt.registry.actions import do_mark_inactive
from kanalvakt.registry.models import Account
from kanalvakt.worker.registry import task


@task("registry.detect_inactive", every=timedelta(hours=24))
def detect_inactive() -> str:
    """Active accounts without own posts for their inactivity period become inactive."""
    now = timezone.now()
    marked = []
    for account in Account.objects.filter(status=Account.Status.ACTIVE):
        since = account.last_own_post_at or account.status_changed_at
        if since < now - timedelta(days=account.inactivity_days):
            days = (now - since).days
            do_mark_inactive(None, account, f"Kontot {account} har inte haft egna inlägg på {days} dagar "
                                            f"(gränsen är {account.inactivity_days} dagar).")
            marked.append(str(account))
    return f"{len(marked)} marked inactive"
