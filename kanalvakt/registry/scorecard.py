"""The scorecard (efterlevnad): each of the ten guidelines for one account, with status and reason."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kanalvakt.registry import rules
from kanalvakt.registry.drift import role_drift
from kanalvakt.registry.models import Account

OK, WARNING, DEFICIENT, NOT_ASSESSED = "ok", "warning", "deficient", "not_assessed"
STATUS_LABELS = {OK: gettext_lazy("Fulfilled"), WARNING: gettext_lazy("Warning"),
                 DEFICIENT: gettext_lazy("Deficient"), NOT_ASSESSED: gettext_lazy("Not assessed yet")}

GUIDELINES = {
    1: "Visa tydlig avsändare.",
    2: "Följ kommunikationspolicy och varumärkesplattform.",
    3: "Planera kommunikationen.",
    4: "Utse redaktörer.",
    5: "Svara snabbt, korrekt, personligt.",
    6: "Hantera dagligen.",
    7: "Diarieför.",
    8: "Ta bort olämpligt material snabbt.",
    9: "Dokumenthantera, gallra, arkivera.",
    10: "Stäng ner.",
}


@dataclass
class Line:
    number: int
    title: str
    status: str
    reasons: list[str] = field(default_factory=list)
    fix_url: str = ""

    @property
    def status_label(self) -> str:
        return str(STATUS_LABELS[self.status])


def _from_deficiencies(number: int, found: list[rules.Deficiency], fix_url: str) -> Line:
    mine = [d.message for d in found if d.guideline == number]
    return Line(number, GUIDELINES[number], DEFICIENT if mine else OK, mine, fix_url)


def scorecard(account: Account) -> list[Line]:
    detail = reverse("registry:account", args=[account.pk])
    found = rules.deficiencies(account)
    lines = [
        Line(1, GUIDELINES[1], NOT_ASSESSED, [_("No profile has been recorded yet.")], detail + "#profil"),
        Line(2, GUIDELINES[2], NOT_ASSESSED, [_("No profile has been recorded yet.")], detail + "#profil"),
        _from_deficiencies(3, found, reverse("registry:plan", args=[account.pk])),
        _from_deficiencies(4, found, detail + "#redaktorer"),
    ]
    drift = role_drift(account)
    if drift is not None and (drift.not_appointed or drift.without_access):
        line = lines[3]
        if line.status == OK:
            line.status = WARNING
        if drift.not_appointed:
            line.reasons.append(_("Have access on the platform but are not appointed: %(names)s.")
                                % {"names": ", ".join(drift.not_appointed)})
        if drift.without_access:
            line.reasons.append(_("Appointed but without access on the platform: %(names)s.")
                                % {"names": ", ".join(drift.without_access)})
    for number in (5, 6, 7, 8, 9):
        lines.append(Line(number, GUIDELINES[number], NOT_ASSESSED,
                          [_("kanalvakt does not check this guideline yet.")], detail))
    if account.status == Account.Status.INACTIVE:
        lines.append(Line(10, GUIDELINES[10], WARNING, [_(
            "The account has been inactive: use it again or close it.")], detail + "#livscykel"))
    elif account.status == Account.Status.CLOSING:
        lines.append(Line(10, GUIDELINES[10], WARNING, [_("The account is being closed.")], detail))
    else:
        lines.append(Line(10, GUIDELINES[10], OK, [], detail))
    return lines
