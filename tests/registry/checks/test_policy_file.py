"""The policy rule file: the default parses, and bad files are refused with line-precise Swedish errors."""

from __future__ import annotations

import pytest

from kanalvakt.registry.checks import (
    InvalidPolicy,
    PolicyError,
    PolicyRules,
    TextKind,
    default_policy,
    default_policy_text,
    load_policy,
    parse_policy,
)


def errors(text: str) -> list[str]:
    result = parse_policy(text)
    assert isinstance(result, list), "the file should have been refused"
    return [str(e) for e in result]


def test_the_default_motala_policy_parses() -> None:
    rules = default_policy()
    assert rules.naming is not None and rules.naming.pattern is not None
    assert rules.naming.pattern.fullmatch("Motala bibliotek")
    assert not rules.naming.pattern.fullmatch("Biblioteket")
    assert rules.readability is not None and rules.readability.max_lix == 45
    assert rules.accessibility is not None and "MotalaKommun" in rules.accessibility.hashtags
    assert [w.label for w in rules.required] == ["motala.se"]
    assert rules.required[0].applies_to == {TextKind.PROFILE}
    assert isinstance(parse_policy(default_policy_text()), PolicyRules)


def test_a_full_file_parses_into_rules() -> None:
    text = """\
schema: 1
naming:
  prefix: Motala
  pattern: "Motala .+"
  explanation: Börja med Motala.
profile_images:
  approved_sha256: [%s]
words:
  forbidden:
    - idiot*
    - pattern: "f[a@]n"
      reason: Svär inte.
      applies_to: [reply]
  required:
    - text: Motala kommun
readability:
  max_lix: 40.5
  min_words: 5
  applies_to: [post]
accessibility:
  alt_text: yes
  camelcase_hashtags: true
  hashtags: ["#MotalaKommun"]
""" % ("AB" * 32)
    rules = load_policy(text)
    assert rules.naming is not None and rules.naming.prefix == "Motala"
    assert rules.profile_images is not None and rules.profile_images.approved_sha256 == {"ab" * 32}
    assert rules.forbidden[0].regex.search("Idioterna") and not rules.forbidden[0].regex.search("xidiot")
    assert rules.forbidden[1].applies_to == {TextKind.REPLY} and rules.forbidden[1].reason == "Svär inte."
    assert rules.required[0].regex.search("motala  kommun")
    assert rules.readability is not None and (rules.readability.max_lix, rules.readability.min_words) == (40.5, 5)
    assert rules.accessibility is not None and rules.accessibility.alt_text is True
    assert rules.accessibility.hashtags == ("MotalaKommun",)


def test_a_wrong_type_is_refused_with_its_line() -> None:
    text = "schema: 1\nname: Motala\n\n# Läsbarhet\nreadability:\n  min_words: 10\n  max_lix: hög\n"
    result = parse_policy(text)
    assert result == [PolicyError(7, 12, "'max_lix' måste vara ett tal, inte 'hög'.")]
    assert str(result[0]) == "Rad 7: 'max_lix' måste vara ett tal, inte 'hög'."


def test_a_syntax_error_is_refused_with_its_line() -> None:
    assert errors("readability:\n  max_lix: 45\n  min_words: 10: 3\n") == [
        "Rad 3: Felaktig YAML: kolon (:) på fel ställe – fel indrag, eller en text med kolon som "
        "behöver citattecken."
    ]
    assert errors("naming:\n  prefix: \"Motala\n") == [
        "Rad 2: Felaktig YAML: texten tar slut för tidigt – saknas ett avslutande citattecken?"
    ]
    assert errors("naming:\n\tprefix: Motala\n") == [
        "Rad 2: Felaktig YAML: otillåtet tecken (tabbtecken får inte användas för indrag)."
    ]


def test_an_unknown_key_is_refused_with_a_suggestion() -> None:
    assert errors("readability:\n  max_lix: 40\n  min_word: 5\n") == [
        "Rad 3: Okänd nyckel 'min_word' i 'readability'. Menade du 'min_words'? Tillåtna: "
        "max_lix, min_words, applies_to."
    ]
    assert errors("schema: 1\nfärger: [blå]\n")[0].startswith("Rad 2: Okänd nyckel 'färger' i 'regelfilen'.")


def test_a_bad_regex_is_refused_with_its_line() -> None:
    text = "naming:\n  explanation: x\n  pattern: \"Motala(\"\n"
    assert errors(text) == [
        "Rad 3: 'pattern' är inget giltigt reguljärt uttryck: missing ), unterminated subpattern "
        "(tecken 7)."
    ]
    text = "words:\n  forbidden:\n    - ok\n    - pattern: \"[a\"\n"
    assert errors(text) == [
        "Rad 4: 'pattern' är inget giltigt reguljärt uttryck: unterminated character set (tecken 1)."
    ]
    assert errors("words:\n  required:\n    - pattern: \"x*\"\n") == [
        "Rad 3: 'pattern' får inte matcha en tom text."
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ["Rad 1: Regelfilen är tom."]),
        ("- a\n", ["Rad 1: 'regelfilen' måste vara en mappning (nyckel: värde), inte en lista."]),
        ("name: a\nname: b\n", ["Rad 2: Nyckeln 'name' finns redan på rad 1."]),
        ("schema: 2\n", ["Rad 1: 'schema' måste vara 1, inte 2."]),
        ("naming:\n  prefix: Motala\n", ["Rad 2: 'naming' saknar den obligatoriska nyckeln 'explanation'."]),
        ("naming:\n  explanation: x\n", ["Rad 2: 'naming' måste ange 'prefix' eller 'pattern' (eller båda)."]),
        ("readability:\n  max_lix: 0\n", ["Rad 2: 'max_lix' måste vara större än 0, inte 0."]),
        ("readability:\n  max_lix: 40\n  min_words: 2.5\n",
         ["Rad 3: 'min_words' måste vara ett heltal, inte '2.5'."]),
        ("accessibility:\n  alt_text: ja\n", ["Rad 2: 'alt_text' måste vara true eller false, inte 'ja'."]),
        ("accessibility:\n  hashtags: ['Motala Kommun']\n",
         ["Rad 2: 'Motala Kommun' är ingen hashtagg (bara bokstäver, siffror och _)."]),
        ("words:\n  forbidden:\n    - text: x\n      applies_to: [post, blog]\n",
         ["Rad 4: 'blog' i 'applies_to' är ingen texttyp; tillåtna: profile, post, reply."]),
        ("words:\n  forbidden:\n    - text: a\n      pattern: b\n",
         ["Rad 3: Varje punkt i 'forbidden' ska ha antingen 'text' eller 'pattern'."]),
        ("words:\n  required: 3\n", ["Rad 2: 'required' måste vara en lista, inte '3'."]),
        ("profile_images:\n  approved_sha256: [abc]\n",
         ["Rad 2: 'abc' är ingen SHA-256-hash (64 hexadecimala tecken)."]),
        ("profile_images:\n  approved_sha256: []\n",
         ["Rad 2: 'approved_sha256' måste innehålla minst en hash."]),
        ("name: !!python/object:os.system x\n",
         ["Rad 1: Taggen 'tag:yaml.org,2002:python/object:os.system' är inte tillåten."]),
        ("name: a\n---\nname: b\n",
         ["Rad 2: Felaktig YAML: filen får bara innehålla ett YAML-dokument (ta bort '---')."]),
    ],
)
def test_bad_files_are_refused(text: str, expected: list[str]) -> None:
    assert errors(text) == expected


def test_anchors_and_aliases_are_refused_where_written() -> None:
    assert errors("name: &n Motala\nwords:\n  forbidden: [*n]\n") == [
        "Rad 1: Ankare och alias (& och *) används inte i regelfilen.",
        "Rad 3: Ankare och alias (& och *) används inte i regelfilen.",
    ]


def test_every_error_is_reported_sorted_by_line() -> None:
    text = "readability:\n  max_lix: hög\nnaming:\n  pattern: \"(\"\n  explanation: x\nokänd: 1\n"
    assert [e.split(":")[0] for e in errors(text)] == ["Rad 2", "Rad 4", "Rad 6"]


def test_load_policy_raises_with_the_errors() -> None:
    with pytest.raises(InvalidPolicy) as caught:
        load_policy("readability:\n  max_lix: hög\n")
    assert caught.value.errors == [PolicyError(2, 12, "'max_lix' måste vara ett tal, inte 'hög'.")]
    assert str(caught.value) == "Rad 2: 'max_lix' måste vara ett tal, inte 'hög'."
