"""LIX and the Swedish sentence splitter, against values counted by hand."""

from __future__ import annotations

import pytest

from kanalvakt.registry.checks import lix, lix_level, lix_stats
from kanalvakt.registry.checks.lix import sentences


def test_lix_of_a_short_text_counted_by_hand() -> None:
    # 9 words, 2 sentences, 2 long words (vardagar, Välkommen): 9/2 + 2*100/9.
    text = "Vi svarar på frågor vardagar. Välkommen till Motala kommun!"
    stats = lix_stats(text)
    assert (stats.words, stats.sentences, stats.long_words) == (9, 2, 2)
    assert lix(text) == pytest.approx(26.722, abs=0.001)


def test_lix_of_a_bureaucratic_sentence() -> None:
    # 11 words, 1 sentence; long: kommunfullmäktige, sammanträdet, behandlade, verksamhetsplanen,
    # budgetåret (5): 11/1 + 5*100/11 = 56.45.
    text = "Kommunfullmäktige i Motala behandlade vid sammanträdet verksamhetsplanen för det nya budgetåret."
    assert lix(text) == pytest.approx(11 + 500 / 11)
    assert lix_level(56.45) == "mycket svår"


def test_a_word_of_exactly_six_letters_is_not_long() -> None:
    assert lix_stats("Motala kommun svarar.").long_words == 0
    assert lix_stats("Biblioteket öppnar.").long_words == 1


def test_abbreviations_times_and_initials_do_not_end_sentences() -> None:
    text = "Vi öppnar kl. 8.30 t.ex. på måndag. Anna K. Svensson svarar bl.a. på frågor om böcker osv. Välkommen!"
    assert sentences(text) == [
        "Vi öppnar kl. 8.30 t.ex. på måndag.",
        "Anna K. Svensson svarar bl.a. på frågor om böcker osv.",
        "Välkommen!",
    ]


def test_a_line_break_ends_a_sentence_and_addresses_are_not_words() -> None:
    text = "Motala bibliotek\nLäs mer på https://motala.se/bibliotek eller mejla bibliotek@motala.se"
    assert sentences(text) == [
        "Motala bibliotek",
        "Läs mer på https://motala.se/bibliotek eller mejla bibliotek@motala.se",
    ]
    stats = lix_stats(text)
    assert (stats.words, stats.sentences, stats.long_words) == (7, 2, 1)  # bibliotek


def test_text_without_words_has_no_lix() -> None:
    assert lix("") is None
    assert lix("https://motala.se 🎉") is None
    assert lix_stats("hej").sentences == 1  # no full stop: still one sentence


@pytest.mark.parametrize(
    ("value", "level"),
    [(20, "mycket lättläst"), (30, "lättläst"), (40, "medelsvår"), (50, "svår"), (55, "mycket svår")],
)
def test_lix_levels(value: float, level: str) -> None:
    assert lix_level(value) == level
