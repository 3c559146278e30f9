"""The audit chain: written in the action's transaction, append-only, and tampering is found."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction

from kanalvakt.audit.log import NotInTransaction, record, verify_chain
from kanalvakt.audit.models import AppendOnlyError, Entry
from kanalvakt.org.actions import do_grant_role
from kanalvakt.org.models import Role


def test_every_action_of_the_demo_is_in_an_intact_chain(people: dict[str, Any], capsys: Any) -> None:
    assert Entry.objects.filter(action="org.person_created").count() == 11
    call_command("verify_audit")
    assert f"{Entry.objects.count()} entries verified" in capsys.readouterr().out


def test_an_entry_records_who_what_and_before_after(people: dict[str, Any]) -> None:
    do_grant_role(people["admin"], people["nils"], Role.ARCHIVIST)
    entry = Entry.objects.order_by("-seq").first()
    assert entry is not None
    assert (entry.actor, entry.action, entry.object_repr) == (people["admin"], "org.role_granted",
                                                              "Nils Nilsson")
    assert entry.after == {"role": "archivist", "scope": "", "source": "local"}


def test_an_entry_outside_a_transaction_is_refused(transactional_db: Any) -> None:
    with pytest.raises(NotInTransaction):
        record(None, "test.outside")


def test_a_failed_action_leaves_no_entry(people: dict[str, Any]) -> None:
    before = Entry.objects.count()
    with pytest.raises(RuntimeError), transaction.atomic():
        record(None, "test.rolled_back")
        raise RuntimeError("the action failed after writing its entry")
    assert Entry.objects.count() == before
    assert verify_chain().ok


def test_entries_cannot_be_changed_or_deleted_through_the_application(people: dict[str, Any]) -> None:
    entry = Entry.objects.first()
    assert entry is not None
    entry.note = "changed"
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        entry.delete()
    with pytest.raises(AppendOnlyError):
        Entry.objects.filter(pk=entry.pk).update(note="changed")
    with pytest.raises(AppendOnlyError):
        Entry.objects.all().delete()


def _tamper(sql: str, params: list[Any]) -> None:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def test_a_changed_entry_is_named_by_verify_audit(people: dict[str, Any]) -> None:
    _tamper("UPDATE audit_entry SET object_repr = %s WHERE seq = %s", ["Någon annan", 5])
    with pytest.raises(CommandError, match=r"broken at entry #5: its content does not match"):
        call_command("verify_audit")


def test_a_deleted_entry_is_named_by_verify_audit(people: dict[str, Any]) -> None:
    _tamper("DELETE FROM audit_entry WHERE seq = %s", [7])
    with pytest.raises(CommandError, match=r"broken at entry #7: entry #7 is missing"):
        call_command("verify_audit")


def test_a_removed_last_entry_is_found_against_the_recorded_end(people: dict[str, Any]) -> None:
    last = Entry.objects.order_by("-seq").first()
    assert last is not None
    _tamper("DELETE FROM audit_entry WHERE seq = %s", [last.seq])
    result = verify_chain()
    assert not result.ok and result.broken_seq == last.seq


def test_a_rehashed_entry_still_breaks_the_link_to_the_next(people: dict[str, Any]) -> None:
    entry = Entry.objects.get(seq=3)
    entry.object_repr = "Någon annan"
    forged = entry.compute_hash()
    _tamper("UPDATE audit_entry SET object_repr = %s, hash = %s WHERE seq = %s",
            ["Någon annan", forged, 3])
    result = verify_chain()
    assert (result.ok, result.broken_seq) == (False, 4)
    assert "link" in result.reason


def test_verify_audit_from_the_command_line_exits_non_zero(people: dict[str, Any]) -> None:
    _tamper("UPDATE audit_entry SET actor_name = %s WHERE seq = %s", ["mallory", 2])
    with pytest.raises(CommandError) as info:
        call_command("verify_audit")
    assert "#2" in str(info.value)
