"""The scorecard (efterlevnad): each of the ten guidelines for one account, with status and reason."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kanalvakt.org.models import Municipality
from kanalvakt.registry import rules
from kanalvakt.registry.checks import ManualProfile, SenderContext, Status, check_profile
from kanalvakt.registry.drift import role_drift
from kanalvakt.registry.models import Account, GuidelineDocument
from kanalvakt.registry.policy import current_rules

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
class Source:
    url: str
    sentence: str


@dataclass
class Line:
    number: int
    title: str
    status: str
    reasons: list[str] = field(default_factory=list)
    fix_url: str = ""
    checks: list[str] = field(default_factory=list)  # ids of the checks behind the assessment
    sources: list[Source] = field(default_factory=list)  # the guideline sentences they enforce

    @property
    def status_label(self) -> str:
        return str(STATUS_LABELS[self.status])


def _from_deficiencies(number: int, found: list[rules.Deficiency], fix_url: str,
                      checks: list[str]) -> Line:
    mine = [d for d in found if d.guideline == number]
    return Line(number, GUIDELINES[number], DEFICIENT if mine else OK, [d.message for d in mine],
                fix_url, [d.code for d in mine] or checks)


def _link_sources(lines: list[Line]) -> None:
    """Each line links to the sentences of the guidelines its checks enforce."""
    document = GuidelineDocument.objects.first()
    if document is None:
        return
    base = reverse("registry:guidelines")
    by_check = {c.check_id: c for c in document.checks.select_related("section")}
    sections = {s.key: s for s in document.sections.all()}
    for line in lines:
        seen: set[str] = set()
        for check in line.checks:
            source = by_check.get(check)
            if source is not None and source.anchor not in seen:
                if not seen:
                    # The municipality's own words for the guideline the checks belong to.
                    line.title = source.section.title
                seen.add(source.anchor)
                line.sources.append(Source(f"{base}#{source.anchor}", source.sentence))
        if not line.sources and str(line.number) in sections:
            section = sections[str(line.number)]
            line.sources.append(Source(f"{base}#{section.anchor}", f"{section.key}. {section.title}"))


def _profile_lines(account: Account, fix_url: str) -> list[Line]:
    """Guidelines 1 and 2 from the latest recorded profile."""
    profile = account.profiles.first()
    if profile is None:
        reason = [_("No profile has been recorded yet.")]
        return [Line(1, GUIDELINES[1], NOT_ASSESSED, reason, fix_url),
                Line(2, GUIDELINES[2], NOT_ASSESSED, list(reason), fix_url)]
    municipality = Municipality.objects.first()
    context = SenderContext(municipality=municipality.name if municipality else "",
                            comment_rules_url=(municipality.comment_rules_url or None)
                            if municipality else None, unit=account.unit.name)
    manual = ManualProfile(name=profile.name, bio=profile.bio, emails=tuple(profile.emails),
                           phones=tuple(profile.phones), website=profile.website or None,
                           links=tuple(profile.links))
    results = check_profile(manual, context, current_rules(),
                            image_sha256=profile.picture_sha256 or None)
    lines = []
    for number in (1, 2):
        mine = [r for r in results if r.guideline == number]
        failed = [r for r in mine if r.status == Status.FAIL]
        unknown = [r for r in mine if r.status == Status.NOT_ASSESSED]
        if failed:
            lines.append(Line(number, GUIDELINES[number], DEFICIENT, [r.reason for r in failed],
                              fix_url, [r.id for r in failed]))
        elif unknown:
            lines.append(Line(number, GUIDELINES[number], WARNING, [r.reason for r in unknown],
                              fix_url, [r.id for r in unknown]))
        else:
            lines.append(Line(number, GUIDELINES[number], OK, [], fix_url, [r.id for r in mine]))
    return lines


def scorecard(account: Account) -> list[Line]:
    detail = reverse("registry:account", args=[account.pk])
    found = rules.deficiencies(account)
    lines = [
        *_profile_lines(account, detail + "#profil"),
        _from_deficiencies(3, found, reverse("registry:plan", args=[account.pk]),
                           ["plan_incomplete"]),
        _from_deficiencies(4, found, detail + "#redaktorer",
                           ["too_few_editors", "no_substitute", "no_communications_admin"]),
    ]
    drift = role_drift(account)
    if drift is not None and (drift.not_appointed or drift.without_access):
        line = lines[3]
        if line.status == OK:
            line.status = WARNING
            line.checks = ["role_drift"]
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
            "The account has been inactive: use it again or close it.")], detail + "#livscykel",
            ["inactive"]))
    elif account.status == Account.Status.CLOSING:
        lines.append(Line(10, GUIDELINES[10], WARNING, [_("The account is being closed.")], detail,
                          ["closing"]))
    else:
        lines.append(Line(10, GUIDELINES[10], OK, [], detail, ["inactive"]))
    _link_sources(lines)
    return lines
