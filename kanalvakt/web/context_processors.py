from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse

from kanalvakt.web.navigation import NAVIGATION


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    entries = []
    if user is not None and user.is_authenticated and user.has_any_role:
        path = request.path
        for entry in NAVIGATION:
            if entry.check(user):
                url = reverse(entry.url_name)
                current = path == url if url == "/" else path.startswith(url)
                entries.append({"url": url, "label": entry.label, "current": current})
    return {"navigation": entries, "oidc_enabled": settings.OIDC_ENABLED}
