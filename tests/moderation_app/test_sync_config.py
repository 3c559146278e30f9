"""Sync classifies with the configuration in force, rebuilt when a new version is saved."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kanalvakt.content.models import Item
from kanalvakt.content.sync import engine
from kanalvakt.moderation.actions import do_save_config


def test_a_word_added_to_the_lexicon_makes_new_comments_offensive(
        people: dict[str, Any], comment: Callable[[str, str], Item]) -> None:
    before = comment("17900000000000101", "Det stod blorfnik på skylten")
    assert "offensive" not in before.categories
    built = engine()
    do_save_config(people["alva"], 'version: "m-1"\nlexicon:\n  offensive: [blorfnik]\n', "ord")
    after = comment("17900000000000102", "Det stod blorfnik på skylten vid biblioteket")
    assert "offensive" in after.categories
    assert engine() is not built and engine().config.version == "db-1"
    assert engine() is engine()  # nothing changed since: the same engine is kept


def test_per_account_settings_apply_to_that_account_only(people: dict[str, Any]) -> None:
    text = ('version: "m-2"\naccounts:\n  motalabibliotek:\n    lexicon:\n'
            '      offensive: [snorvel]\n')
    do_save_config(people["alva"], text)
    eng = engine()
    # The account's own word is found by its lexicon ("custom"), on that account only.
    assert any(f.rule == "lexicon:custom" and f.category == "offensive"
               for f in eng.classify("Ni är snorvel", "motalabibliotek").findings)
    assert not any(f.rule == "lexicon:custom"
                   for f in eng.classify("Ni är snorvel", "raddningmotala").findings)
