"""Writing and verifying the audit log.

`record()` must run inside the transaction of the action it documents, so that the entry and the
change it describes are committed together or not at all.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.utils import timezone

from kanalvakt.audit.models import GENESIS_HASH, Entry, Head


class NotInTransaction(Exception):
    """An audit entry was written outside the action's transaction."""


def _plain(value: Any) -> Any:
    """JSON-safe and stable across databases: what we hash is exactly what we store."""
    if value is None:
        return None
    return json.loads(json.dumps(value, cls=DjangoJSONEncoder, sort_keys=True))


def record(
    actor: Any,
    action: str,
    obj: models.Model | None = None,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    note: str = "",
    object_type: str = "",
    object_id: str = "",
    object_repr: str = "",
) -> Entry:
    """Append one entry for a state-changing action; call it inside that action's transaction."""
    if not transaction.get_connection().in_atomic_block:
        raise NotInTransaction(f"audit entry {action!r} must be written inside the action's transaction")
    if obj is not None:
        object_type = object_type or obj._meta.label_lower
        object_id = object_id or str(obj.pk)
        object_repr = object_repr or str(obj)
    actor_obj = actor if getattr(actor, "pk", None) else None
    actor_name = str(actor_obj) if actor_obj else (actor if isinstance(actor, str) else "system")

    head, _ = Head.objects.select_for_update().get_or_create(pk=1)
    entry = Entry(
        seq=head.seq + 1,
        created_at=timezone.now(),
        actor=actor_obj,
        actor_name=actor_name[:300],
        action=action,
        object_type=object_type,
        object_id=object_id,
        object_repr=object_repr[:300],
        before=_plain(before),
        after=_plain(after),
        note=note,
        prev_hash=head.hash,
    )
    entry.hash = entry.compute_hash()
    entry.save()
    Head.objects.filter(pk=1).update(seq=entry.seq, hash=entry.hash)
    return entry


@dataclass(frozen=True)
class Verification:
    ok: bool
    checked: int
    broken_seq: int | None = None
    reason: str = ""


def _entries_in_order(batch: int = 2000) -> Iterator[Entry]:
    last = 0
    while True:
        rows = list(Entry.objects.filter(seq__gt=last).order_by("seq")[:batch])
        if not rows:
            return
        yield from rows
        last = rows[-1].seq


def verify_chain() -> Verification:
    """Recompute every hash from the first entry; report the first entry that does not fit."""
    expected_prev = GENESIS_HASH
    expected_seq = 1
    checked = 0
    for entry in _entries_in_order():
        if entry.seq != expected_seq:
            return Verification(False, checked, expected_seq,
                                f"entry #{expected_seq} is missing (next found is #{entry.seq})")
        if entry.prev_hash != expected_prev:
            return Verification(False, checked, entry.seq,
                                "its link to the previous entry does not match")
        if entry.compute_hash() != entry.hash:
            return Verification(False, checked, entry.seq,
                                "its content does not match its hash (it was changed)")
        expected_prev = entry.hash
        expected_seq += 1
        checked += 1
    head = Head.objects.filter(pk=1).first()
    head_seq, head_hash = (head.seq, head.hash) if head else (0, GENESIS_HASH)
    if head_seq != checked or head_hash != expected_prev:
        return Verification(False, checked, checked + 1 if head_seq > checked else head_seq,
                            f"the chain ends at #{checked} but its recorded end is #{head_seq}")
    return Verification(True, checked)
