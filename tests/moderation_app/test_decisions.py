"""Moderators' decisions (hide, delete, keep) are recorded as labelled examples."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.test import Client
from django.urls import reverse

from kanalvakt.audit.models import Entry
from kanalvakt.content.models import Evidence, Item
from kanalvakt.content.sync import sync_account
from kanalvakt.moderation.models import ModerationDecision
from kanalvakt.registry.models import Account


def _demo_item() -> Item:
    account = Account.objects.get(platform="demo")
    sync_account(account, max_pages=1)
    item = Item.objects.filter(account=account, is_own=False).exclude(kind="message").first()
    assert item is not None
    return item


def test_the_item_page_offers_the_categories_pre_ticked_from_the_classifier(
        people: dict[str, Any], login: Callable[[str], Client], comment: Callable[[str, str], Item]) -> None:
    item = comment("17900000000000201", "Du är en jävla idiot")
    assert "personal_attack" in item.categories
    page = login("erik").get(reverse("content:item", args=[item.pk])).content.decode()
    assert 'value="personal_attack"' in page and "Personangrepp" in page
    ticked = page.split('value="personal_attack"', 1)[1].split(">", 1)[0]
    assert "checked" in ticked
    assert "Behåll" in page


def test_hiding_records_the_decision_with_the_ticked_categories_after_the_evidence(
        people: dict[str, Any], login: Callable[[str], Client]) -> None:
    item = _demo_item()
    response = login("alva").post(reverse("content:act", args=[item.pk, "hide"]),
                                  {"categories_shown": "1", "categories": ["offensive", "personal_attack"]})
    assert response.status_code == 302
    decision = ModerationDecision.objects.get(item=item)
    assert decision.decision == "hidden"
    assert decision.categories == ["offensive", "personal_attack"]
    assert decision.decided_by == people["alva"] and decision.text == item.text
    assert decision.version is not None and decision.version.change != "hidden"
    assert Evidence.objects.filter(item=item).exists()
    hidden = Entry.objects.get(action="content.hidden", object_id=str(item.pk))
    assert hidden.after["decision"] == decision.pk


def test_deleting_with_nothing_ticked_is_a_removal_without_categories(
        people: dict[str, Any], login: Callable[[str], Client]) -> None:
    item = _demo_item()
    login("alva").post(reverse("content:act", args=[item.pk, "delete"]), {"categories_shown": "1"})
    decision = ModerationDecision.objects.get(item=item)
    assert (decision.decision, decision.categories) == ("deleted", [])


def test_a_removal_without_the_form_is_labelled_with_the_classifiers_findings(
        people: dict[str, Any], login: Callable[[str], Client], comment: Callable[[str, str], Item]) -> None:
    item = comment("17900000000000202", "Du är en jävla idiot")
    # Instagram's connector is not connected here: the editor hides it in the app and confirms.
    login("erik").post(reverse("content:confirm_manual", args=[item.pk, "hide"]))
    decision = ModerationDecision.objects.get(item=item)
    assert decision.decision == "hidden" and decision.categories == item.categories
    assert decision.decided_by == people["erik"]


def test_without_evidence_nothing_is_hidden_and_no_decision_is_recorded(people: dict[str, Any]) -> None:
    import pytest

    from kanalvakt.content.actions import EvidenceRequired, do_platform_action

    item = _demo_item()
    with pytest.raises(EvidenceRequired):
        do_platform_action(people["alva"], item, "hide", categories=["offensive"])
    assert not ModerationDecision.objects.exists()


def test_keeping_records_a_decision_without_categories(
        people: dict[str, Any], login: Callable[[str], Client], comment: Callable[[str, str], Item]) -> None:
    item = comment("17900000000000203", "Du är en jävla idiot")
    response = login("sara").post(reverse("moderation:keep", args=[item.pk]),
                                  {"categories_shown": "1", "categories": ["personal_data"]})
    assert response.status_code == 302
    decision = ModerationDecision.objects.get(item=item)
    assert (decision.decision, decision.categories, decision.decided_by) == ("kept", [], people["sara"])
    assert decision.labels == frozenset()
    item.refresh_from_db()
    assert not item.is_hidden
    entry = Entry.objects.get(action="moderation.kept")
    assert entry.object_id == str(item.pk) and entry.after["decision"] == decision.pk
    page = login("sara").get(reverse("content:item", args=[item.pk])).content.decode()
    assert "Moderatorernas beslut" in page and "Behållen" in page
