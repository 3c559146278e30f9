"""Storing what connectors return: idempotent upserts of items and versions, and the sync of one account.

`store_items` is the one path by which polls, webhooks, imports and our own actions write items,
so that the same item arriving by several routes is stored once. `sync_account` walks a
connector's pages, stores each page with its cursor in one transaction, and records the outcome
in the connection's health and one audit entry.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from kanalvakt.audit.log import record
from kanalvakt.connectors import ConnectorConfig, get_connector
from kanalvakt.connectors import Item as PlatformItem
from kanalvakt.connectors.base import Connector, ItemKind, Page, canonical_json
from kanalvakt.connectors.errors import (
    ConfigurationError,
    ConnectorError,
    RateLimited,
    TokenExpired,
    Transient,
)
from kanalvakt.content import crypto
from kanalvakt.content.models import Connection, Item, NotConnected, Version, fingerprint
from kanalvakt.registry.models import Account

log = logging.getLogger(__name__)

CHUNK = 500  # ids per IN (…) query, well under SQLite's variable limit
LEASE = timedelta(minutes=15)  # a claimed connection is not due again until its sync ends or this passes
BACKOFF_BASE = 60
BACKOFF_MAX = 3600
EXPIRED_RETRY = timedelta(hours=24)

# -- classification -------------------------------------------------------------------------

def engine() -> Any:
    """The moderation engine for the configuration and model in force (see moderation/active.py).

    Each process keeps one engine and rebuilds it when a new configuration version is saved or
    another model is put in use; the check is made on every call, i.e. once per sync batch.
    """
    from kanalvakt.moderation.active import current_engine

    return current_engine()


# -- storing items --------------------------------------------------------------------------


@dataclass
class Counts:
    seen: int = 0
    created: int = 0
    versions: int = 0  # new versions of items we already had
    unchanged: int = 0
    deleted: int = 0  # author deletions detected (listed as deleted, or missing from a complete thread)
    classified: int = 0
    pages: int = 0

    def add(self, other: Counts) -> None:
        for name, value in asdict(other).items():
            setattr(self, name, getattr(self, name) + value)

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


@dataclass
class _State:
    """An item's current state while a batch is applied to it."""

    item: Item
    new: bool
    versions: list[Version] = field(default_factory=list)
    changed: bool = False  # needs its row written
    seen_only: bool = False  # only its seen_cycle moves on
    classified: Version | None = None  # the newest version with a new text


def _change_kind(before: Item, hidden: bool, deleted: bool, text: str) -> str:
    if deleted and not before.deleted_on_platform:
        return Version.Change.DELETED_BY_AUTHOR
    if text != before.text:
        return Version.Change.EDITED
    if hidden != before.is_hidden:
        return Version.Change.HIDDEN if hidden else Version.Change.UNHIDDEN
    return Version.Change.EDITED  # e.g. reappeared after a deletion


def store_items(account: Account, items: Sequence[PlatformItem], *, source: str,
                cycle: str = "", now: datetime | None = None, actor: Any = None,
                change: str | None = None) -> tuple[Counts, list[Item]]:
    """Upsert items and their versions; call inside a transaction. Returns counts and the stored rows.

    A sighting becomes a new version only when the text or the visibility differs from what we
    hold; the same data arriving again (by poll, webhook or import) creates nothing.
    """
    for attempt in range(3):
        try:
            with transaction.atomic():
                return _store_items(account, items, source=source, cycle=cycle,
                                    now=now or timezone.now(), actor=actor, change=change)
        except IntegrityError:
            # Another process (a webhook, a second worker) inserted one of these items first;
            # read again and apply our sightings to its rows.
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def _store_items(account: Account, items: Sequence[PlatformItem], *, source: str, cycle: str,
                 now: datetime, actor: Any, change: str | None) -> tuple[Counts, list[Item]]:
    counts = Counts(seen=len(items))
    if not items:
        return counts, []
    keys = list(dict.fromkeys((i.platform, i.platform_id) for i in items))
    existing: dict[tuple[str, str], Item] = {}
    by_platform: dict[str, list[str]] = {}
    for platform, platform_id in keys:
        by_platform.setdefault(platform, []).append(platform_id)
    for platform, ids in by_platform.items():
        for start in range(0, len(ids), CHUNK):
            for row in Item.objects.filter(platform=platform, platform_id__in=ids[start:start + CHUNK]):
                existing[(row.platform, row.platform_id)] = row

    states: dict[tuple[str, str], _State] = {}
    to_classify: list[tuple[Version, str, bool]] = []
    for pitem in items:
        key = (pitem.platform, pitem.platform_id)
        state = states.get(key)
        if state is None:
            row = existing.get(key)
            state = states[key] = _State(row or _new_item(account, pitem, now), new=row is None)
        row = state.item
        deleted = bool(pitem.is_deleted) if pitem.is_deleted is not None else row.deleted_on_platform
        hidden = bool(pitem.is_hidden) if pitem.is_hidden is not None else row.is_hidden
        # A deletion notice often carries no text; the record keeps the last text we saw.
        text = pitem.text if (pitem.text or not deleted) else row.text
        fp = fingerprint(text, hidden, deleted)
        if row.version_count and fp == row.fingerprint:
            if cycle and row.seen_cycle != cycle:
                row.seen_cycle = cycle
                state.seen_only = not state.changed
            continue
        if not row.version_count:
            kind = Version.Change.CREATED
        else:
            kind = change or _change_kind(row, hidden, deleted, text)
            if kind == Version.Change.DELETED_BY_AUTHOR:
                counts.deleted += 1
        version = Version(seq=row.version_count + 1, raw=pitem.raw.decode(), text=text,
                          sha256=pitem.sha256, seen_at=now, change=kind, source=source,
                          is_hidden=hidden, is_deleted=deleted, actor=actor if getattr(actor, "pk", None) else None)
        if not row.version_count or text != row.text:
            to_classify.append((version, pitem.author_id or "", row.is_own))
            state.classified = version
        else:
            version.action = row.action
        row.text, row.is_hidden, row.deleted_on_platform = text, hidden, deleted
        if change == Version.Change.REMOVED_BY_US:
            row.removed_by_us = True
        row.sha256, row.fingerprint, row.changed_at = pitem.sha256, fp, now
        row.version_count += 1
        if pitem.permalink and not row.permalink:
            row.permalink = pitem.permalink
        if cycle:
            row.seen_cycle = cycle
        state.versions.append(version)
        state.changed, state.seen_only = True, False

    counts.classified = _classify(account, to_classify)
    for state in states.values():
        if state.classified is not None:
            state.item.action = state.classified.action
            state.item.categories = sorted({f["category"] for f in state.classified.findings})

    new_rows = [s.item for s in states.values() if s.new]
    Item.objects.bulk_create(new_rows, batch_size=CHUNK)
    changed = [s.item for s in states.values() if not s.new and s.changed]
    if changed:
        Item.objects.bulk_update(changed, UPDATE_FIELDS, batch_size=CHUNK)
    seen_only = [s.item.pk for s in states.values() if s.seen_only and not s.new]
    for start in range(0, len(seen_only), CHUNK):
        Item.objects.filter(pk__in=seen_only[start:start + CHUNK]).update(seen_cycle=cycle)
    versions = []
    for state in states.values():
        for version in state.versions:
            version.item = state.item
            versions.append(version)
    Version.objects.bulk_create(versions, batch_size=CHUNK)

    counts.created = len(new_rows)
    counts.versions = len(versions) - len(new_rows)
    counts.unchanged = sum(1 for s in states.values() if not s.versions)
    _note_own_posts(account, [s.item for s in states.values() if s.versions])
    return counts, [s.item for s in states.values()]


UPDATE_FIELDS = ["text", "is_hidden", "deleted_on_platform", "removed_by_us", "sha256", "fingerprint",
                 "version_count", "changed_at", "action", "categories", "seen_cycle", "permalink"]


def _new_item(account: Account, pitem: PlatformItem, now: datetime) -> Item:
    return Item(
        account=account, platform=pitem.platform, platform_id=pitem.platform_id, kind=pitem.kind.value,
        parent_platform_id=pitem.parent_id or "", thread_platform_id=pitem.thread_id or "",
        author_id=(pitem.author_id or "")[:300], author_name=(pitem.author_name or "")[:300],
        permalink=pitem.permalink or "", created_at=pitem.created_at, first_seen_at=now,
        is_own=bool(pitem.is_own), changed_at=now,
    )


def _classify(account: Account, pending: list[tuple[Version, str, bool]]) -> int:
    if not pending:
        return 0
    eng = engine()
    cache: dict[tuple[str, str, bool], Any] = {}
    for version, author, own in pending:
        key = (version.text, author, own)
        result = cache.get(key)
        if result is None:
            result = cache[key] = eng.classify(version.text, account.handle, author or None, own=own)
        version.action = result.action
        version.findings = [f.as_dict() for f in result.findings]
    return len(pending)


def _note_own_posts(account: Account, rows: Iterable[Item]) -> None:
    newest = max((r.created_at for r in rows if r.is_own and r.kind == ItemKind.POST and r.created_at),
                 default=None)
    if newest is None:
        return
    Account.objects.filter(pk=account.pk).filter(
        Q(last_own_post_at__isnull=True) | Q(last_own_post_at__lt=newest)).update(last_own_post_at=newest)


def detect_deletions(account: Account, threads: Sequence[str], cycle: str, since: datetime | None,
                     now: datetime) -> int:
    """Children of a thread listed completely in ``cycle`` but not seen in it were deleted by their authors.

    Only items first seen before the cycle began count: one that arrived by webhook meanwhile may
    simply not have been listed yet.
    """
    if not threads or not cycle:
        return 0
    missing = (Item.objects.filter(account=account, thread_platform_id__in=threads,
                                   deleted_on_platform=False)
               .exclude(seen_cycle=cycle).exclude(kind=Item.Kind.MESSAGE))
    if since is not None:
        missing = missing.filter(first_seen_at__lt=since)
    notices = []
    for row in missing:
        if row.platform_id == row.thread_platform_id:
            continue  # the post itself; its own listing says whether it is gone
        raw = canonical_json({"id": row.platform_id, "is_deleted": True, "detected": "missing from the complete "
                              f"listing of thread {row.thread_platform_id} in sync cycle {cycle}"})
        notices.append(PlatformItem(row.platform, row.platform_id, ItemKind(row.kind), row.text, raw,
                                    is_deleted=True))
    if not notices:
        return 0
    counts, _ = store_items(account, notices, source=Version.Source.POLL, now=now,
                            change=Version.Change.DELETED_BY_AUTHOR)
    return counts.deleted


# -- syncing one account --------------------------------------------------------------------


def build_connector(connection: Connection, **kw: Any) -> Connector:
    """The account's connector, with the decrypted token (kept only in the connector's memory)."""
    options = dict(connection.options)
    base_url = options.pop("base_url", None)
    try:
        token = connection.token()
    except (NotConnected, crypto.InvalidToken):
        # No credentials, or none that today's keys can open (a changed KANALVAKT_ENCRYPTION_KEY).
        raise ConfigurationError("credentials missing or not readable with the configured key",
                                 platform=connection.account.platform) from None
    config = ConnectorConfig(account_id=connection.platform_account_id, token=token,
                             base_url=base_url, options=options)
    return get_connector(connection.account.platform, config, **kw)


def store_page(connection: Connection, page: Page, now: datetime) -> Counts:
    """One page in one transaction: items and versions, deletions, then the cursor."""
    account = connection.account
    with transaction.atomic():
        if page.cycle != connection.cycle_source or connection.cycle_complete or not connection.cycle:
            connection.cycle_source, connection.cycle_started_at = page.cycle, now
            connection.cycle = f"{page.cycle}:{uuid.uuid4().hex[:12]}"
        connection.cycle_complete = not page.has_more
        cycle = connection.cycle
        counts, _ = store_items(account, page.items, source=Version.Source.POLL, cycle=cycle, now=now)
        counts.deleted += detect_deletions(account, page.complete_threads, cycle,
                                           connection.cycle_started_at, now)
        counts.pages = 1
        connection.cursor = page.cursor
        connection.save(update_fields=["cursor", "cycle", "cycle_source", "cycle_started_at",
                                       "cycle_complete"])
    return counts


@dataclass
class SyncResult:
    counts: Counts
    error: ConnectorError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def sync_account(account: Account, *, connector: Connector | None = None, max_pages: int = 200,
                 now: datetime | None = None) -> SyncResult:
    """Sync one connected account from its stored cursor; never raises a connector error.

    Each page is committed with its cursor, so a failure midway keeps what was stored and the
    next sync continues from there. The outcome goes to the connection's health and one audit entry.
    """
    connection = Connection.objects.select_related("account").get(account=account)
    own = connector is None
    counts = Counts()
    error: ConnectorError | None = None
    has_more = False
    try:
        if own:
            connector = build_connector(connection)
        assert connector is not None
        for _ in range(max_pages):
            page = connector.items_since(connection.cursor)
            counts.add(store_page(connection, page, timezone.now()))
            has_more = page.has_more
            if not has_more:
                break
    except ConnectorError as exc:
        error = exc
    finally:
        if own and connector is not None:
            connector.close()
    _finish(connection, counts, error, has_more, now or timezone.now())
    return SyncResult(counts, error)


def _backoff(failures: int) -> timedelta:
    return timedelta(seconds=min(BACKOFF_BASE * 2 ** max(failures - 1, 0), BACKOFF_MAX))


def _finish(connection: Connection, counts: Counts, error: ConnectorError | None, has_more: bool,
            now: datetime) -> None:
    from kanalvakt.registry.actions import notify_communications

    H = Connection.Health
    with transaction.atomic():
        before = {"health": connection.health}
        if error is None:
            connection.mark_ok(now)
            if has_more:
                connection.next_sync_at = now  # more pages wait; carry on at the next round
        elif isinstance(error, TokenExpired):
            connection.mark_error(now, H.EXPIRED, error.code, error.message_sv, EXPIRED_RETRY)
            if connection.expiry_notified_at is None:
                connection.expiry_notified_at = now
                account = connection.account
                notify_communications(
                    f"kanalvakt: behörigheten för {account} har gått ut",
                    f"kanalvakt kan inte längre hämta inlägg och kommentarer från {account}: "
                    f"{error.message_sv}\n\nEn systemadministratör behöver koppla om kontot i kanalvakt.")
        elif isinstance(error, RateLimited):
            wait = timedelta(seconds=error.retry_after) if error.retry_after else _backoff(connection.failures + 1)
            connection.mark_error(now, H.RATE_LIMITED, error.code, error.message_sv, wait)
        else:
            health = H.FAILING
            connection.mark_error(now, health, error.code, error.message_sv,
                                  _backoff(connection.failures + 1))
        connection.save()
        after = {"health": connection.health, **counts.as_dict(),
                 "next_sync_at": connection.next_sync_at.isoformat()}
        if error is not None:
            after["error"] = error.code
        note = "" if error is None else error.message_sv
        record("system", "content.synced", connection.account, before=before, after=after, note=note)
    if error is not None:
        level = logging.INFO if isinstance(error, RateLimited | Transient) else logging.WARNING
        log.log(level, "sync of account %s failed: %s", connection.account_id, error.code)


def claim_due(now: datetime | None = None, limit: int = 50) -> list[Connection]:
    """Claim due connections for this worker: a conditional UPDATE on next_sync_at only one can win."""
    now = now or timezone.now()
    claimed = []
    due = (Connection.objects.filter(next_sync_at__lte=now).exclude(secret="")
           .exclude(health=Connection.Health.DISCONNECTED).order_by("next_sync_at")[:limit])
    for connection in due:
        won = Connection.objects.filter(pk=connection.pk, next_sync_at=connection.next_sync_at).update(
            next_sync_at=now + LEASE)
        if won == 1:
            claimed.append(connection)
        # else: another worker claimed it first.
    return claimed


def sync_due(now: datetime | None = None) -> dict[str, int]:
    """Sync every due connection once; a failure of one account never stops the others."""
    done = {"synced": 0, "failed": 0}
    for connection in claim_due(now):
        try:
            result = sync_account(connection.account)
        except Exception:  # noqa: BLE001 - one broken account must not stop the rest
            log.exception("sync of account %s crashed", connection.account_id)
            done["failed"] += 1
            continue
        done["synced" if result.ok else "failed"] += 1
    return done
