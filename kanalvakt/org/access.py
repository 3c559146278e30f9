"""Who may see and do what: the one place views and navigation ask.

Views are wrapped in `@require(check)`: a visitor who is not logged in goes to the login page, a
person without any role sees the page that says so, and a person whose roles do not allow the
view gets 403.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from kanalvakt.org.models import Role

Check = Callable[[Any], bool]


def any_role(user: Any) -> bool:
    return bool(user.has_any_role)


def can_read_audit(user: Any) -> bool:
    return user.has_role(Role.COMMUNICATOR, Role.SYSADMIN)


def can_manage_people(user: Any) -> bool:
    return user.has_role(Role.SYSADMIN)


def can_operate(user: Any) -> bool:
    """Background jobs, connectors and settings: IT's business."""
    return user.has_role(Role.SYSADMIN)


def no_role_response(request: HttpRequest, status: int = 200) -> HttpResponse:
    return render(request, "web/no_role.html", status=status)


def require(check: Check) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            user = request.user
            if not user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not user.has_any_role:
                return no_role_response(request, status=403)
            if not check(user):
                return render(request, "web/forbidden.html", status=403)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
