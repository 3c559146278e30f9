"""Moderators' decisions as the learner's examples, and one training run with its figures.

`learn.train_and_evaluate` reports micro and macro F1 on the held-out decisions; the page also
shows F1 per category, with and without the model, computed here on the same held-out decisions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext_lazy as _

from kanalvakt.moderation.engine import learn, metrics
from kanalvakt.moderation.models import ModerationDecision

# Why a training run ended as it did; the learner's English reasons are mapped to these.
REASONS = {
    "accepted": _("The model does not make the evaluation on held-out decisions worse; it is in use."),
    "worse": _("The model makes the evaluation on held-out decisions worse; the rules are used alone."),
    "too_few": _("Too few decisions to learn from: at least %(examples)d decisions are needed, and "
                 "%(positive)d per category."),
    "no_holdout": _("No decisions were left over to evaluate the model on."),
    "failed": _("The training failed."),
}


def reason_text(code: str) -> str:
    text = REASONS.get(code)
    if text is None:
        return code
    return str(text) % {"examples": learn.MIN_EXAMPLES, "positive": learn.MIN_POSITIVE} \
        if code == "too_few" else str(text)


def _reason_code(report: learn.Report) -> str:
    if report.accepted:
        return "accepted"
    reason = report.reason.lower()
    if reason.startswith("too few"):
        return "too_few"
    if "held-out" in reason and report.model is None:
        return "no_holdout"
    if "worse" in reason:
        return "worse"
    return "failed"


def examples() -> list[learn.Example]:
    """Every decision, oldest first, with its id as the example's id."""
    return [learn.Example(decision_id=str(d.pk), text=d.text, labels=d.labels,
                          account=d.account_key or None)
            for d in ModerationDecision.objects.order_by("pk").only(
                "pk", "text", "decision", "categories", "account_key")]


@dataclass
class Outcome:
    accepted: bool
    reason: str
    model: learn.Model | None
    report: dict[str, Any] = field(default_factory=dict)
    decision_ids: list[str] = field(default_factory=list)


def _per_category(engine: Any, model: learn.Model, held: list[learn.Example]) -> dict[str, Any]:
    from kanalvakt.moderation.engine import Engine

    rules_only, with_model = Engine(engine.config), Engine(engine.config, model)
    gold = [set(ex.labels) for ex in held]
    rules = [set(rules_only.classify(ex.text, ex.account).categories) for ex in held]
    combined = [set(with_model.classify(ex.text, ex.account).categories) for ex in held]
    return {"rules": metrics.as_dict(metrics.score(zip(gold, rules, strict=True))),
            "rules_and_model": metrics.as_dict(metrics.score(zip(gold, combined, strict=True)))}


def train(engine: Any, data: list[learn.Example]) -> Outcome:
    report = learn.train_and_evaluate(engine, data)
    code = _reason_code(report)
    summary = {**report.summary(), "offered_decisions": len(data), "reason_code": code}
    outcome = Outcome(report.accepted, code, report.model, summary)
    if report.model is not None:
        outcome.decision_ids = sorted(report.model.manifest["decision_ids"], key=_as_number)
        held_ids = set(report.model.manifest.get("evaluation", {}).get("holdout_decision_ids", []))
        held = [ex for ex in data if ex.decision_id in held_ids]
        summary["holdout_decision_ids"] = sorted(held_ids, key=_as_number)
        summary["per_category"] = _per_category(engine, report.model, held)
        summary["manifest"] = {k: v for k, v in report.model.manifest.items() if k != "decision_ids"}
    return outcome


def _as_number(value: str) -> Any:
    return (0, int(value)) if value.isdigit() else (1, value)
