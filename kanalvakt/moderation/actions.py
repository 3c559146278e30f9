"""Actions of the moderation app: saving a configuration version, recording moderators'
decisions, and training a model. Each writes its audit entry inside its own transaction."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from django.db import transaction

from kanalvakt.audit.log import record
from kanalvakt.content.models import Item
from kanalvakt.moderation.engine.results import CATEGORIES
from kanalvakt.moderation.models import EngineConfigVersion, ModerationDecision, TrainedModel
from kanalvakt.moderation.settings_file import Problem, parse


def do_save_config(actor: Any, text: str, note: str = "") -> EngineConfigVersion | Problem:
    """A text the engine refuses is not saved, and the version in force stays in force."""
    text = text.replace("\r\n", "\n")
    with transaction.atomic():
        latest = EngineConfigVersion.objects.select_for_update().order_by("-number").first()
        number = (latest.number + 1) if latest else 1
        parsed = parse(text, f"db-{number}")
        if isinstance(parsed, Problem):
            return parsed
        version = EngineConfigVersion.objects.create(number=number, text=text, created_by=actor,
                                                     note=note[:300])
        # The version moderation ran with until now: the newest that loaded, which after an
        # upgrade need not be the newest saved.
        from kanalvakt.moderation.active import in_force

        record(actor, "moderation.config_saved", version,
               before={"version": in_force(latest.pk).label if latest else "default"},
               after={"version": version.engine_version, "accounts": sorted(parsed.accounts)},
               note=note)
    return version


def clean_categories(categories: Iterable[str] | None) -> list[str]:
    chosen = set(categories or [])
    return [c for c in CATEGORIES if c in chosen]


def record_decision(actor: Any, item: Item, decision: str,
                    categories: Iterable[str] | None = None) -> ModerationDecision:
    """Store a moderator's decision as a labelled example; call inside the action's transaction.

    Without explicit categories a removal is labelled with the classifier's own findings.
    """
    if decision not in ModerationDecision.Decision.values:
        raise ValueError(f"unknown decision {decision!r}")
    if decision == ModerationDecision.Decision.KEPT:
        chosen: list[str] = []
    else:
        chosen = clean_categories(item.categories if categories is None else categories)
    # The version the moderator judged: the newest with the text (not our own hide/removal).
    version = item.versions.exclude(source="action").order_by("-seq").first() or \
        item.versions.order_by("-seq").first()
    return ModerationDecision.objects.create(
        item=item, version=version, text=version.text if version else item.text,
        account_key=item.account.handle, decision=decision, categories=chosen,
        decided_by=actor if getattr(actor, "pk", None) else None)


def do_keep(actor: Any, item: Item, note: str = "") -> ModerationDecision:
    """The moderator judged the item acceptable: it stays, and the learner is told so."""
    with transaction.atomic():
        decision = record_decision(actor, item, ModerationDecision.Decision.KEPT)
        record(actor, "moderation.kept", item, after={"decision": decision.pk,
                                                      "classifier": item.categories}, note=note)
    return decision


def do_train(actor: Any) -> TrainedModel:
    """Train on every decision; the model is put in use only when the evaluation accepts it."""
    from kanalvakt.moderation.active import current_engine
    from kanalvakt.moderation.training import examples, train

    engine = current_engine()
    outcome = train(engine, examples())
    data = None
    if outcome.model is not None:
        # The engine writes its model to a path; the database keeps the bytes, so every host
        # running a worker or a web process reads the same model.
        with tempfile.TemporaryDirectory(prefix="kanalvakt-model-") as folder:
            path = Path(folder) / "model.npz"
            outcome.model.save(path)
            data = path.read_bytes()
    with transaction.atomic():
        before = TrainedModel.in_use()
        row = TrainedModel.objects.create(
            created_by=actor if getattr(actor, "pk", None) else None,
            model_id=outcome.model.model_id if outcome.model else "", data=data,
            accepted=outcome.accepted and data is not None, reason=outcome.reason,
            report=outcome.report, decision_ids=outcome.decision_ids,
            config_version=str(engine.config.version))
        record(actor or "system", "moderation.model_trained", row,
               before={"in_use": before.model_id if before else None},
               after={"accepted": row.accepted, "reason": row.reason, "model_id": row.model_id,
                      "decisions": len(row.decision_ids)})
    return row
