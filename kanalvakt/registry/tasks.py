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


@task("registry.read_profiles", every=timedelta(hours=24))
def read_profiles() -> str:
    """Daily: the public profile and page administrators of every account a connector can read,
    so sender checks and role drift on the scorecard follow what the platform shows."""
    import logging

    from kanalvakt.connectors.base import ConnectorError
    from kanalvakt.registry.platform import read_profile

    read = failed = 0
    for account in Account.objects.filter(status__in=[Account.Status.ACTIVE, Account.Status.INACTIVE]):
        try:
            if read_profile(None, account) is not None:
                read += 1
        except ConnectorError as exc:
            # One account's platform failing must not stop the others.
            logging.getLogger(__name__).warning("profile of %s not read: %s", account, exc.code)
            failed += 1
    return f"{read} profiles read, {failed} failed"
