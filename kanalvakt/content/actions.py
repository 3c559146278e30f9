"""Actions on connections and content: each runs in one transaction and writes one audit entry.

Actions on a platform (reply, hide, unhide, delete, publish) call the connector first and then
record what changed as a new version; hiding and deleting refuse without stored evidence
(ARCHITECTURE.md "Invariants": no removal without evidence).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from django.db import transaction
from django.utils import timezone

from kanalvakt.audit.log import record
from kanalvakt.connectors import Item as PlatformItem
from kanalvakt.connectors.base import Connector, ItemKind, canonical_json
from kanalvakt.connectors.errors import ConnectorError
from kanalvakt.connectors.importers import ImportFileError, parse_file
from kanalvakt.content.models import Connection, Evidence, Item, Version
from kanalvakt.content.sync import Counts, build_connector, store_items
from kanalvakt.moderation.actions import record_decision
from kanalvakt.moderation.models import ModerationDecision
from kanalvakt.registry.models import Account


class EvidenceRequired(Exception):
    """Hiding or removing needs evidence of the item's current state stored first."""

    message_sv = ("Spara ett bevis (med begäran om registrering) innan inlägget döljs eller tas bort.")


# Options that must never be stored in clear with the connection.
SECRET_OPTIONS = {"token", "access_token", "app_secret", "client_secret", "password", "refresh_token"}


def _connection_snapshot(connection: Connection) -> dict[str, Any]:
    # The token is never part of an audit entry, not even encrypted.
    return {"platform_account_id": connection.platform_account_id, "health": connection.health,
            "interval_seconds": connection.interval_seconds,
            "options": sorted(k for k in connection.options if k != "state")}


def do_connect(actor: Any, account: Account, token: str, options: Mapping[str, Any] | None = None, *,
               platform_account_id: str | None = None, interval_seconds: int | None = None) -> Connection:
    """Connect (or reconnect) an account: the token is encrypted, the first sync is due at once."""
    options = dict(options or {})
    leaked = SECRET_OPTIONS & set(options)
    if leaked:
        raise ValueError(f"secrets belong in the token, not in options: {sorted(leaked)}")
    now = timezone.now()
    with transaction.atomic():
        connection = Connection.objects.select_for_update().filter(account=account).first()
        before = _connection_snapshot(connection) if connection else None
        if connection is None:
            connection = Connection(account=account)
        connection.platform_account_id = platform_account_id or options.pop("account_id", None) or account.handle
        connection.set_token(token)
        if "state" in connection.options and "state" not in options:
            options["state"] = connection.options["state"]
        connection.options = options
        if interval_seconds:
            connection.interval_seconds = interval_seconds
        connection.health = Connection.Health.NEW
        connection.failures = 0
        connection.expiry_notified_at = None
        connection.last_error_code = connection.last_error_message = ""
        connection.next_sync_at = now
        connection.connected_by = actor if getattr(actor, "pk", None) else None
        connection.connected_at = now
        connection.save()
        record(actor or "system", "content.connected", account, before=before,
               after=_connection_snapshot(connection))
    return connection


def do_disconnect(actor: Any, account: Account) -> Connection:
    """Forget the credentials; items already stored stay in the archive."""
    with transaction.atomic():
        connection = Connection.objects.select_for_update().get(account=account)
        before = _connection_snapshot(connection)
        connection.secret = ""
        connection.health = Connection.Health.DISCONNECTED
        connection.save()
        record(actor or "system", "content.disconnected", account, before=before,
               after=_connection_snapshot(connection))
    return connection


# -- file import ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    files: int
    items: int
    created: int
    versions: int
    unchanged: int


def import_files(actor: Any, account: Account, files: Mapping[str, bytes]) -> ImportResult:
    """Validate every file whole, then store all items or none; raises ImportFileError (Swedish)."""
    platform = account.platform if account.platform in ("facebook", "instagram") else None
    parsed: list[PlatformItem] = []
    for name, data in files.items():
        items = parse_file(name, data, platform)
        wrong = next((i for i in items if i.platform != account.platform), None)
        if wrong is not None:
            raise ImportFileError(name, None, "platform", f"raden med id ”{wrong.platform_id}” gäller "
                                                          f"{wrong.platform}, men kontot finns på {account.platform}")
        parsed.extend(items)
    with transaction.atomic():
        counts, _ = store_items(account, parsed, source=Version.Source.IMPORT)
        record(actor, "content.imported", account, after={"files": sorted(files), **counts.as_dict()})
    return ImportResult(len(files), len(parsed), counts.created, counts.versions, counts.unchanged)


# -- evidence -------------------------------------------------------------------------------


def evidence_snapshot(item: Item) -> dict[str, Any]:
    versions = list(item.versions.order_by("seq"))
    return {
        "item": {"platform": item.platform, "platform_id": item.platform_id, "kind": item.kind,
                 "account": item.account_id, "author_id": item.author_id, "author_name": item.author_name,
                 "parent_platform_id": item.parent_platform_id, "thread_platform_id": item.thread_platform_id,
                 "permalink": item.permalink,
                 "created_at": item.created_at.isoformat() if item.created_at else None},
        "versions": [{"seq": v.seq, "seen_at": v.seen_at.isoformat(), "change": v.change, "source": v.source,
                      "text": v.text, "raw": v.raw, "sha256": v.sha256, "is_hidden": v.is_hidden,
                      "is_deleted": v.is_deleted, "action": v.action, "findings": v.findings}
                     for v in versions],
    }


def do_store_evidence(actor: Any, item: Item, *, request_registration: bool = True) -> Evidence:
    """Freeze every version of the item, hashed, and (for now, as a flag) ask for its registration."""
    with transaction.atomic():
        item = Item.objects.select_for_update().get(pk=item.pk)
        snapshot = evidence_snapshot(item)
        now = timezone.now()
        evidence = Evidence.objects.create(
            item=item, created_by=actor if getattr(actor, "pk", None) else None, created_at=now,
            snapshot=snapshot, sha256=hashlib.sha256(canonical_json(snapshot)).hexdigest(),
            last_seq=item.version_count, registration_requested_at=now if request_registration else None)
        record(actor, "content.evidence_stored", item, after={
            "evidence": evidence.pk, "sha256": evidence.sha256, "versions": item.version_count,
            "registration_requested": evidence.registration_requested})
    return evidence


def _check_evidence(item: Item, evidence: Evidence | None) -> None:
    if evidence is None or evidence.pk is None or evidence.item_id != item.pk:
        raise EvidenceRequired(f"no stored evidence for item {item.pk}")
    stored = Evidence.objects.filter(pk=evidence.pk, item=item).first()
    if stored is None or not stored.registration_requested:
        raise EvidenceRequired(f"evidence {evidence.pk} is not stored with a registration request")
    if stored.last_seq < item.version_count:
        raise EvidenceRequired(f"item {item.pk} changed after evidence {evidence.pk} was stored")


# -- acting on the platform -----------------------------------------------------------------

# Removals are moderators' decisions: labelled examples for the learner (moderation/training.py).
REMOVALS = {"hide": ModerationDecision.Decision.HIDDEN, "delete": ModerationDecision.Decision.DELETED}
ACTIONS = {"reply": "content.replied", "hide": "content.hidden", "unhide": "content.unhidden",
           "delete": "content.deleted"}


def _connector_for(account: Account, connector: Connector | None) -> tuple[Connection, Connector]:
    connection = Connection.objects.select_related("account").get(account=account)
    return connection, connector or build_connector(connection)


def _keep_demo_state(connection: Connection, connector: Connector) -> None:
    # The demo platform keeps what we did to it in its options (see connectors/demo.py).
    state = getattr(connector, "state", None)
    if connection.account.platform == "demo" and isinstance(state, dict):
        connection.options = {**connection.options, "state": state}
        connection.save(update_fields=["options"])


def _failed(actor: Any, obj: Any, action: str, error: ConnectorError) -> None:
    with transaction.atomic():
        record(actor, "content.platform_action_failed", obj, after={"action": action, "error": error.code},
               note=error.message_sv)


def do_platform_action(actor: Any, item: Item, action: str, text: str | None = None, *,
                       evidence: Evidence | None = None, connector: Connector | None = None,
                       categories: Sequence[str] | None = None) -> Item:
    """Reply to, hide, unhide or delete an item on its platform; returns the item changed (or the reply).

    Hiding and deleting are moderators' decisions and are recorded as such, labelled with
    `categories` (the classifier's own findings when none are given), for the learner.
    Raises EvidenceRequired before touching the platform when hiding or deleting lacks evidence,
    and the connector's error (e.g. Unsupported, with its Swedish message) when the platform refuses.
    """
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    if action in ("hide", "delete"):
        _check_evidence(item, evidence)
    if action == "reply" and not (text or "").strip():
        raise ValueError("a reply needs a text")
    connection, conn = _connector_for(item.account, connector)
    try:
        if action == "reply":
            made = conn.reply(item.platform_id, text or "")
        else:
            getattr(conn, action)(item.platform_id)
    except ConnectorError as exc:
        _failed(actor, item, action, exc)
        raise
    finally:
        if connector is None:
            conn.close()
    with transaction.atomic():
        _keep_demo_state(connection, conn)
        if action == "reply":
            _, rows = store_items(item.account, [made], source=Version.Source.ACTION, actor=actor)
            result = rows[0]
            record(actor, ACTIONS[action], result, after={"in_reply_to": item.platform_id,
                                                           "reply": result.platform_id})
            return result
        current = Item.objects.select_for_update().get(pk=item.pk)
        last = current.versions.order_by("-seq").first()
        raw = last.raw.encode() if last else canonical_json({"id": current.platform_id})
        change = {"hide": Version.Change.HIDDEN, "unhide": Version.Change.UNHIDDEN,
                  "delete": Version.Change.REMOVED_BY_US}[action]
        state = PlatformItem(current.platform, current.platform_id, ItemKind(current.kind), current.text, raw,
                             is_hidden={"hide": True, "unhide": False}.get(action),
                             is_deleted=True if action == "delete" else None)
        before = {"is_hidden": current.is_hidden, "removed_by_us": current.removed_by_us,
                  "versions": current.version_count}
        store_items(current.account, [state], source=Version.Source.ACTION, actor=actor, change=change)
        current.refresh_from_db()
        decision = None
        if action in REMOVALS:
            decision = record_decision(actor, current, REMOVALS[action], categories)
        record(actor, ACTIONS[action], current, before=before, after={
            "is_hidden": current.is_hidden, "removed_by_us": current.removed_by_us,
            "versions": current.version_count, "evidence": evidence.pk if evidence else None,
            **({"decision": decision.pk, "categories": decision.categories} if decision else {})})
        return current


def do_publish(actor: Any, account: Account, text: str, *, connector: Connector | None = None) -> Item:
    """Publish a post on the account's platform and store it as the account's own item."""
    if not text.strip():
        raise ValueError("a post needs a text")
    connection, conn = _connector_for(account, connector)
    try:
        made = conn.publish(text)
    except ConnectorError as exc:
        _failed(actor, account, "publish", exc)
        raise
    finally:
        if connector is None:
            conn.close()
    with transaction.atomic():
        _keep_demo_state(connection, conn)
        if made.is_own is None:
            made = replace(made, is_own=True)
        _, rows = store_items(account, [made], source=Version.Source.ACTION, actor=actor)
        record(actor, "content.published", rows[0], after={"platform_id": made.platform_id})
        return rows[0]


__all__ = ["Counts", "EvidenceRequired", "ImportResult", "do_connect", "do_disconnect", "do_platform_action",
           "do_publish", "do_store_evidence", "import_files"]
