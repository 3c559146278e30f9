"""What every sender and policy check returns: a stable id, the guideline, a status and a Swedish reason."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any


class Status(enum.StrEnum):
    PASS = "pass"
    FAIL = "fail"
    NOT_ASSESSED = "not_assessed"  # the data needed to judge is missing


class TextKind(enum.StrEnum):
    """What a text is; policy rules say which kinds they apply to."""

    PROFILE = "profile"  # the account's name and presentation text
    POST = "post"  # one of the account's own posts
    REPLY = "reply"  # the account's reply to a comment or message


# How each kind is named at the start of a Swedish reason.
KIND_LABELS_SV: dict[TextKind, str] = {
    TextKind.PROFILE: "Profiltexten",
    TextKind.POST: "Inlägget",
    TextKind.REPLY: "Svaret",
}


@dataclass(frozen=True, slots=True)
class Span:
    """Characters [start, end) of the checked text that caused a failure."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The outcome of one check. ``reason`` is plain Swedish and says exactly what is missing."""

    id: str
    guideline: int
    status: Status
    reason: str
    value: str | None = None  # the offending value (a name, a hash, a LIX figure …)
    spans: tuple[Span, ...] = ()

    @property
    def passed(self) -> bool:
        return self.status is Status.PASS

    @property
    def failed(self) -> bool:
        return self.status is Status.FAIL

    @property
    def span(self) -> Span | None:
        return self.spans[0] if self.spans else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "guideline": self.guideline,
            "status": self.status.value,
            "reason": self.reason,
            "value": self.value,
            "spans": [{"start": s.start, "end": s.end, "text": s.text} for s in self.spans],
        }
