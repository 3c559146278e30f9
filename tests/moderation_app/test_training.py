"""Training a model from decisions: refused with too few, accepted with enough, traceable."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.test import Client
from django.urls import reverse

from kanalvakt.audit.models import Entry
from kanalvakt.content.models import Item
from kanalvakt.content.sync import engine
from kanalvakt.moderation.actions import do_save_config
from kanalvakt.moderation.active import load_model
from kanalvakt.moderation.models import ModerationDecision, TrainedModel
from kanalvakt.worker.jobs import run_due

SUBJECTS = ["boken", "lånekortet", "sagostunden", "öppettiderna", "e-boken", "ljudboken",
            "utställningen", "författarbesöket"]
DAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag"]
GROUPS = ["grannarna", "politikerna", "tjänstemännen", "snickarna", "fiskarna", "bagarna",
          "turisterna", "lärarna", "eleverna", "pensionärerna", "grabbarna", "tanterna"]


def _decide(item: Item, person: Any, text: str, decision: str, categories: list[str]) -> ModerationDecision:
    return ModerationDecision.objects.create(item=item, text=text, account_key=item.account.handle,
                                             decision=decision, categories=categories, decided_by=person)


def _enough_decisions(item: Item, person: Any) -> list[ModerationDecision]:
    """40 kept questions and 12 removals for a word the rules do not know."""
    made = [_decide(item, person, f"Hej! Kan jag hämta {s} på {d}?", "kept", [])
            for s in SUBJECTS for d in DAYS]
    made += [_decide(item, person, f"{g} blorfnik snorvel", "hidden", ["offensive"])
             for g in GROUPS]
    return made


def test_training_on_a_single_decision_is_refused_with_the_reason_in_swedish(
        people: dict[str, Any], login: Callable[[str], Client], comment: Callable[[str, str], Item]) -> None:
    item = comment("17900000000000301", "Alla grannar är blorfnik")
    _decide(item, people["alva"], item.text, "hidden", ["offensive"])
    client = login("alva")
    assert client.post(reverse("moderation:train")).status_code == 302
    assert run_due("moderation.train") == 1
    row = TrainedModel.objects.get()
    assert not row.accepted and row.data is None and row.reason == "too_few"
    assert TrainedModel.in_use() is None
    assert engine().model is None
    page = client.get(reverse("moderation:models")).content.decode()
    assert "För få beslut att lära av" in page and "30" in page
    assert Entry.objects.get(action="moderation.model_trained").after["accepted"] is False


def test_with_enough_decisions_the_model_is_accepted_put_in_use_and_traceable(
        people: dict[str, Any], login: Callable[[str], Client], comment: Callable[[str, str], Item]) -> None:
    # The rules alone as the baseline: the shipped base model generalises from words it has seen
    # ("turisterna ... snorvel" may look like an insult to it), which this test is not about.
    do_save_config(people["alva"], 'version: "test"\nbase_model: false\n')
    item = comment("17900000000000302", "Alla grannar är blorfnik")
    decisions = _enough_decisions(item, people["alva"])
    assert "offensive" not in engine().classify("politiker blorfnik snorvel").categories
    client = login("alva")
    client.post(reverse("moderation:train"))
    run_due("moderation.train")
    row = TrainedModel.objects.get()
    assert row.accepted and row.reason == "accepted" and row.data
    assert TrainedModel.in_use() == row
    # Traceable: the stored ids are decisions in the database, and the model file says the same.
    ids = {str(d.pk) for d in decisions}
    assert set(row.decision_ids) <= ids and len(row.decision_ids) == row.report["train_decisions"]
    assert set(row.report["holdout_decision_ids"]) <= ids - set(row.decision_ids)
    assert sorted(load_model(row).manifest["decision_ids"]) == sorted(row.decision_ids)
    assert load_model(row).model_id == row.model_id
    per = row.report["per_category"]
    assert per["rules_and_model"]["offensive"]["f1"] > per["rules"]["offensive"]["f1"]
    # The sync's engine now uses the model.
    assert engine().model is not None and engine().model.model_id == row.model_id
    assert "offensive" in engine().classify("politiker blorfnik snorvel").categories
    page = client.get(reverse("moderation:models")).content.decode()
    assert "används" in page and row.model_id in page and row.decision_ids[0] in page
    assert "Stötande eller rasistiska ord" in page


def test_a_refused_model_does_not_replace_the_one_in_use(
        people: dict[str, Any], comment: Callable[[str, str], Item]) -> None:
    from kanalvakt.moderation.actions import do_train

    item = comment("17900000000000303", "Alla grannar är blorfnik")
    _enough_decisions(item, people["alva"])
    accepted = do_train(people["alva"])
    assert accepted.accepted
    ModerationDecision.objects.all().delete()
    _decide(item, people["alva"], "Alla grannar är blorfnik", "hidden", ["offensive"])
    refused = do_train(people["alva"])
    assert not refused.accepted
    assert TrainedModel.in_use() == accepted
