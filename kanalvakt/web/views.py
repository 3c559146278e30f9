from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from kanalvakt.org.access import no_role_response


def home(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect("login")
    if not request.user.has_any_role:
        return no_role_response(request)
    assignments = request.user.role_assignments.select_related("unit", "administration")
    return render(request, "web/home.html", {"assignments": assignments})


def healthz(request: HttpRequest) -> HttpResponse:
    """For load balancers: answers when the process runs and reaches its database."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")
