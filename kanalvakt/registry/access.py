"""Who may see and act on which account."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from kanalvakt.org.models import Role
from kanalvakt.registry.models import Account


def visible_accounts(user: Any) -> QuerySet[Account]:
    """Communicators see all; a manager the accounts of their units; an editor their own."""
    accounts = Account.objects.select_related("unit", "unit__administration")
    if user.has_role(Role.COMMUNICATOR, Role.SYSADMIN, Role.ARCHIVIST):
        return accounts
    today = timezone.localdate()
    managed = user.role_assignments.filter(role=Role.MANAGER).values("unit")
    appointed = Q(appointments__person=user, appointments__starts_on__lte=today) & (
        Q(appointments__ends_on__isnull=True) | Q(appointments__ends_on__gte=today))
    return accounts.filter(Q(unit__in=managed) | appointed | Q(applied_by=user)).distinct()


def is_editor_of(user: Any, account: Account) -> bool:
    return account.current_appointments().filter(person=user).exists()


def is_manager_of(user: Any, account: Account) -> bool:
    return user.role_assignments.filter(role=Role.MANAGER, unit=account.unit_id).exists()


def get_account_for(user: Any, pk: int) -> Account:
    account = get_object_or_404(Account.objects.select_related("unit"), pk=pk)
    if not visible_accounts(user).filter(pk=pk).exists():
        raise PermissionDenied
    return account


def can_decide(user: Any) -> bool:
    return user.has_role(Role.COMMUNICATOR)


def can_edit(user: Any, account: Account) -> bool:
    """Plan, appointments and profile: the communications unit and the account's editors."""
    return can_decide(user) or is_editor_of(user, account)
