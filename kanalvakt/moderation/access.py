"""Who may see and change the moderation engine's settings and models."""

from __future__ import annotations

from typing import Any

from kanalvakt.org.models import Role


def can_see_settings(user: Any) -> bool:
    """The communications unit, and IT who run the system."""
    return user.has_role(Role.COMMUNICATOR, Role.SYSADMIN)


def can_change_settings(user: Any) -> bool:
    """Only the communications unit edits the configuration and trains models."""
    return user.has_role(Role.COMMUNICATOR)
