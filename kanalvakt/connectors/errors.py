"""Typed errors every connector raises, so the sync layer can act on them without knowing the platform.

Each error carries a stable ``code`` for the database and a Swedish plain-language ``message_sv``
for the account's health page. ``detail`` is English technical detail for logs; it never holds tokens.
"""

from __future__ import annotations


class ConnectorError(Exception):
    """Base of every error a connector raises."""

    code = "error"
    message_sv = "Något gick fel i kontakten med plattformen."

    def __init__(
        self,
        detail: str = "",
        *,
        platform: str | None = None,
        status: int | None = None,
        platform_code: str | int | None = None,
    ) -> None:
        super().__init__(detail or self.code)
        self.detail = detail
        self.platform = platform
        self.status = status
        self.platform_code = platform_code

    @property
    def retryable(self) -> bool:
        return False

    def __str__(self) -> str:
        parts = [self.code]
        if self.platform:
            parts.append(f"platform={self.platform}")
        if self.status is not None:
            parts.append(f"status={self.status}")
        if self.platform_code is not None:
            parts.append(f"platform_code={self.platform_code}")
        if self.detail:
            parts.append(self.detail)
        return " ".join(parts)


class TokenExpired(ConnectorError):
    """The token is expired, revoked or invalid: a person must reconnect the account."""

    code = "token_expired"
    message_sv = "Behörigheten har gått ut – koppla om kontot."


class RateLimited(ConnectorError):
    """The platform asks us to slow down; ``retry_after`` is seconds to wait, when known."""

    code = "rate_limited"

    def __init__(self, detail: str = "", *, retry_after: float | None = None, **kw: object) -> None:
        super().__init__(detail, **kw)  # type: ignore[arg-type]
        self.retry_after = retry_after

    @property
    def retryable(self) -> bool:
        return True

    @property
    def message_sv(self) -> str:  # type: ignore[override]
        if self.retry_after is None:
            return "Plattformen begränsar antalet anrop just nu – vi försöker igen senare."
        minutes = max(1, round(self.retry_after / 60))
        return (
            "Plattformen begränsar antalet anrop just nu – "
            f"vi försöker igen om cirka {minutes} minut{'er' if minutes != 1 else ''}."
        )


class Transient(ConnectorError):
    """Timeouts, server errors and garbled answers: trying again later should work."""

    code = "transient"
    message_sv = "Plattformen svarar inte som den ska just nu – vi försöker igen automatiskt."

    @property
    def retryable(self) -> bool:
        return True


class PermanentError(ConnectorError):
    """The platform refused the request; repeating it unchanged will not help."""

    code = "permanent"
    message_sv = "Plattformen avvisade begäran. Kontrollera uppgifterna och försök igen."


class PermissionDenied(PermanentError):
    code = "permission_denied"
    message_sv = (
        "Kontot saknar behörighet för detta på plattformen – kontrollera rollerna och "
        "behörigheterna och koppla om kontot vid behov."
    )


class NotFound(PermanentError):
    code = "not_found"
    message_sv = "Inlägget eller kontot finns inte längre på plattformen."


class InvalidRequest(PermanentError):
    code = "invalid_request"
    message_sv = "Plattformen godtog inte uppgifterna i begäran."


class Unsupported(PermanentError):
    """The platform has no API for this operation; the UI offers the manual route instead."""

    code = "unsupported"
    message_sv = (
        "Plattformen tillåter inte detta via sitt gränssnitt – gör det direkt i plattformens "
        "app eller webbplats och bekräfta sedan här."
    )


class ConfigurationError(PermanentError):
    code = "configuration"
    message_sv = "Kontots koppling är inte fullständigt inställd – kontakta systemadministratören."
