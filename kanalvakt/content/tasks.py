from __future__ import annotations

from datetime import timedelta

from kanalvakt.content.sync import sync_due
from kanalvakt.worker.registry import task


@task("content.sync_due", every=timedelta(minutes=1))
def sync_due_connections() -> str:
    """Sync every connected account whose next sync is due."""
    done = sync_due()
    return f"{done['synced']} synced, {done['failed']} failed"
