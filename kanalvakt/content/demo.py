"""The demo page's connection, so that `make run` shows an inbox filling with Swedish comments."""

from __future__ import annotations

from kanalvakt.content.actions import do_connect
from kanalvakt.content.models import Connection
from kanalvakt.registry.models import Account, Platform


def ensure_demo_connection() -> Connection | None:
    """Connect the demo-platform account once; the worker then syncs it every minute."""
    account = Account.objects.filter(platform=Platform.DEMO).order_by("pk").first()
    if account is None:
        return None
    existing = Connection.objects.filter(account=account).first()
    if existing is not None:
        return existing
    # The demo platform needs no credentials; a placeholder keeps the connection "connected".
    return do_connect(None, account, "demo-utan-losenord", {"seed": account.handle, "name": account.name},
                      platform_account_id="demo-page", interval_seconds=60)
