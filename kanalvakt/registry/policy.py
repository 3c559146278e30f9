"""The policy rule file in force, and saving a new version of it (validated first)."""

from __future__ import annotations

from django.db import transaction

from kanalvakt.audit.log import record
from kanalvakt.org.models import Person
from kanalvakt.registry.checks import PolicyError, PolicyRules, default_policy_text, parse_policy
from kanalvakt.registry.models import PolicyVersion


def current_text() -> str:
    latest = PolicyVersion.objects.first()
    return latest.text if latest else default_policy_text()


def current_rules() -> PolicyRules:
    parsed = parse_policy(current_text())
    if isinstance(parsed, list):  # only valid versions are ever saved
        raise RuntimeError("the policy in force does not parse")
    return parsed


def do_save_policy(actor: Person, text: str, note: str = "") -> PolicyVersion | list[PolicyError]:
    """A file with errors is refused whole, and the version in force stays in force."""
    parsed = parse_policy(text)
    if isinstance(parsed, list):
        return parsed
    with transaction.atomic():
        latest = PolicyVersion.objects.select_for_update().first()
        version = PolicyVersion.objects.create(
            number=(latest.number + 1) if latest else 1, text=text, created_by=actor, note=note)
        record(actor, "registry.policy_saved", version, after={"number": version.number}, note=note)
    return version
