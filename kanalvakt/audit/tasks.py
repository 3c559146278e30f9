from __future__ import annotations

import logging
from datetime import timedelta

from kanalvakt.audit.log import verify_chain
from kanalvakt.worker.registry import task

log = logging.getLogger(__name__)


class AuditChainBroken(Exception):
    """Raised by the daily check, so the failure shows on the jobs page."""


@task("audit.verify_chain", every=timedelta(hours=24))
def verify_audit_chain() -> str:
    """Daily: a broken chain fails the job, so it shows on the jobs page for administrators."""
    result = verify_chain()
    if not result.ok:
        raise AuditChainBroken(f"entry #{result.broken_seq}: {result.reason}")
    return f"{result.checked} entries verified"
