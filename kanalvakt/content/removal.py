"""Removing inappropriate material the guidelines' way (guideline 7 before guideline 8).

Evidence is stored and sent to the registrar of the account's förvaltning first; only then is the
item hidden or deleted, through the platform's API or, where the platform offers no such call,
by hand in the platform's own app and confirmed here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.core.mail import send_mail
from django.db import transaction

from kanalvakt.audit.log import record
from kanalvakt.connectors.base import Item as PlatformItem
from kanalvakt.connectors.base import ItemKind, canonical_json
from kanalvakt.content.actions import REMOVALS, do_platform_action, do_store_evidence
from kanalvakt.content.models import Evidence, Item, Version
from kanalvakt.content.sync import store_items
from kanalvakt.moderation.actions import record_decision

MANUAL_CHANGES = {"hide": Version.Change.HIDDEN, "delete": Version.Change.REMOVED_BY_US,
                  "unhide": Version.Change.UNHIDDEN}


def fresh_evidence(item: Item) -> Evidence | None:
    """Evidence that holds every version we have of the item, with its registration requested."""
    return (Evidence.objects.filter(item=item, last_seq__gte=item.version_count,
                                    registration_requested_at__isnull=False).first())


def do_secure_evidence(actor: Any, item: Item) -> Evidence:
    """Store the evidence (if nothing newer is stored) and send it to the registrar."""
    existing = fresh_evidence(item)
    if existing is not None:
        return existing
    evidence = do_store_evidence(actor, item, request_registration=True)
    administration = item.account.unit.administration
    subject = f"kanalvakt: bevis före borttagning – {item.account}"
    body = (f"Innan olämpligt material tas bort från {item.account} har det sparats som bevis "
            f"(anvisning 7).\n\nFörfattare: {item.author_name or item.author_id}\n"
            f"Publicerat: {item.created_at or '–'}\nText: {item.text}\n"
            f"Adress: {item.permalink or '–'}\nSHA-256 för beviset: {evidence.sha256}\n"
            f"Sparat av: {actor}\n")
    transaction.on_commit(lambda: send_mail(subject, body, None, [administration.registrar_email],
                                            fail_silently=True))
    return evidence


def do_remove(actor: Any, item: Item, action: str, categories: Sequence[str] | None = None) -> Item:
    """Hide or delete through the platform's API, evidence first; `categories` label the decision."""
    evidence = do_secure_evidence(actor, item)
    return do_platform_action(actor, item, action, evidence=evidence, categories=categories)


def do_confirm_manual(actor: Any, item: Item, action: str, note: str = "",
                      categories: Sequence[str] | None = None) -> Item:
    """The editor did it in the platform's own app; we record it, evidence first for removals."""
    evidence = do_secure_evidence(actor, item) if action in ("hide", "delete") else None
    with transaction.atomic():
        current = Item.objects.select_for_update().get(pk=item.pk)
        last = current.versions.order_by("-seq").first()
        raw = last.raw.encode() if last else canonical_json({"id": current.platform_id})
        state = PlatformItem(current.platform, current.platform_id, ItemKind(current.kind), current.text,
                             raw, is_hidden={"hide": True, "unhide": False}.get(action),
                             is_deleted=True if action == "delete" else None)
        before = {"is_hidden": current.is_hidden, "removed_by_us": current.removed_by_us}
        store_items(current.account, [state], source=Version.Source.ACTION, actor=actor,
                    change=MANUAL_CHANGES[action])
        current.refresh_from_db()
        decision = None
        if action in REMOVALS:
            decision = record_decision(actor, current, REMOVALS[action], categories)
        record(actor, f"content.manual_{action}", current, before=before, after={
            "is_hidden": current.is_hidden, "removed_by_us": current.removed_by_us,
            "evidence": evidence.pk if evidence else None,
            **({"decision": decision.pk, "categories": decision.categories} if decision else {})},
            note=note or "gjort i plattformens app")
    return current
