"""Every configuration the engine's loader refuses is explained in Swedish on the settings page.

The engine knows no Django: its ConfigError carries a code besides its English message (which
`kanalvakt classify --config` prints), and settings_file.ENGINE_PROBLEMS has a sentence per code.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from kanalvakt.moderation import settings_file
from kanalvakt.moderation.active import current_engine
from kanalvakt.moderation.engine import config as engine_config
from kanalvakt.moderation.engine.config import ConfigError, load_config
from kanalvakt.moderation.models import EngineConfigVersion
from kanalvakt.moderation.settings_file import ENGINE_PROBLEMS, Problem, engine_problem, parse

ENGINE = Path(engine_config.__file__).resolve().parent
GOOD = 'version: "motala-2026.1"\nlexicon:\n  offensive: [blorfnik]\n'
ALLOWED = "default, confidential, offensive, personal_attack, personal_data, criminal, advertising, off_topic"

# code, text the page is given, what the page says in Swedish (line included), the engine's English
REFUSED = [
    ("base_model_not_bool",
     'version: "4"\nlexicon:\n  offensive: []\nbase_model: ja\n',
     'Rad 4: base_model måste vara true eller false, inte "ja".',
     "base_model must be true or false"),
    ("base_model_not_bool",
     'version: "4"\nbase_model:\n',
     "Rad 2: base_model måste vara true eller false, inte tomt.",
     "base_model must be true or false"),
    ("accounts_not_mapping",
     'version: "4"\naccounts:\n  - bibliotek\n  - ungdom\n',
     "Rad 2: Under accounts ska varje konto vara en nyckel följd av kolon, med kontots "
     "inställningar indragna under den (t.ex. bibliotek: och under den purpose: ...), inte en "
     "lista eller ett enskilt värde.",
     "accounts must be a mapping from account key to settings"),
    ("thresholds_not_numbers",
     'version: "4"\nthresholds:\n  default: {review: 0.5, remove: 0.9}\n'
     '  criminal: {review: hög, remove: 0.9}\n',
     "Rad 4: Tröskelvärdena för kategorin criminal: både review och remove måste anges som tal, "
     "t.ex. {review: 0.5, remove: 0.9}.",
     "account : thresholds for criminal need numbers review and remove"),
    ("thresholds_not_numbers",
     'version: "4"\naccounts:\n  ungdom:\n    purpose: "Fritid"\n    thresholds:\n'
     '      personal_attack: {review: 0.4, remove: [0.85]}\n',
     "Rad 6: Kontot ungdom (under accounts), tröskelvärdena för kategorin personal_attack: både "
     "review och remove måste anges som tal, t.ex. {review: 0.5, remove: 0.9}.",
     "account ungdom: thresholds for personal_attack need numbers review and remove"),
    ("thresholds_out_of_order",
     'version: "4"\nthresholds:\n  off_topic: {review: -0.5, remove: 1.0}\n',
     "Rad 3: Tröskelvärdena för kategorin off_topic: review måste vara mellan 0 och remove, men "
     "review är -0.5 och remove 1.",
     "account : thresholds for off_topic need 0 <= review <= remove"),
    ("thresholds_out_of_order",
     'version: "4"\naccounts:\n  bibliotek:\n    thresholds:\n'
     '      offensive: {review: 0.9, remove: 0.2}\n',
     "Rad 5: Kontot bibliotek (under accounts), tröskelvärdena för kategorin offensive: review "
     "måste vara mellan 0 och remove, men review är 0.9 och remove 0.2.",
     "account bibliotek: thresholds for offensive need 0 <= review <= remove"),
    ("thresholds_out_of_order",  # inherited: the account's own default is what to fix
     'version: "4"\naccounts:\n  gatuenheten:\n    thresholds:\n      default: {review: 0.95}\n',
     "Rad 5: Kontot gatuenheten (under accounts), tröskelvärdena för kategorin offensive: review "
     "måste vara mellan 0 och remove, men review är 0.95 och remove 0.9.",
     "account gatuenheten: thresholds for offensive need 0 <= review <= remove"),
    ("thresholds_unknown_categories",
     'version: "4"\nthresholds:\n  default: {review: 0.5, remove: 0.9}\n'
     '  hat: {review: 0.5, remove: 0.9}\n  spam: {review: 0.5, remove: 0.9}\n',
     f"Rad 4: Okända kategorier under thresholds: hat, spam. Tillåtna är: {ALLOWED}.",
     "account : unknown categories in thresholds: ['hat', 'spam']"),
    ("thresholds_unknown_categories",
     'version: "4"\naccounts:\n  ungdom:\n    thresholds:\n'
     '      personal_attacks: {review: 0.4, remove: 0.85}\n',
     "Rad 5: Kontot ungdom (under accounts) har okända kategorier under thresholds: "
     f"personal_attacks. Tillåtna är: {ALLOWED}.",
     "account ungdom: unknown categories in thresholds: ['personal_attacks']"),
]

# The page checks these itself before the loader sees the text; the loader's codes for them are
# still translated (checked below on a file, the way `kanalvakt classify --config` meets them).
CHECKED_BEFORE_THE_LOADER = {"file_unreadable", "yaml_invalid", "not_a_mapping_with_version"}


def _raised_codes() -> dict[str, list[str]]:
    """Every `ConfigError(...)` in the engine's source, by code ('' when it has none)."""
    codes: dict[str, list[str]] = {}
    for source in sorted(ENGINE.rglob("*.py")):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name != "ConfigError":
                continue
            code = next((k.value for k in node.keywords if k.arg == "code"), None)
            if len(node.args) > 1:
                code = node.args[1]
            value = code.value if isinstance(code, ast.Constant) else ""
            codes.setdefault(str(value), []).append(f"{source.name}:{node.lineno}")
    return codes


def test_every_code_the_engine_raises_has_a_sentence_and_every_sentence_a_code() -> None:
    raised = _raised_codes()
    assert "" not in raised, f"ConfigError without a literal code= at {raised.get('')}"
    assert len(raised) >= 8  # the scan finds the loader's raises
    assert set(raised) == set(ENGINE_PROBLEMS), (
        f"no sentence for {sorted(set(raised) - set(ENGINE_PROBLEMS))}, "
        f"no longer raised: {sorted(set(ENGINE_PROBLEMS) - set(raised))}")
    assert {case[0] for case in REFUSED} | CHECKED_BEFORE_THE_LOADER == set(ENGINE_PROBLEMS)


def test_every_sentence_is_translated_to_swedish() -> None:
    for code, entry in ENGINE_PROBLEMS.items():
        for sentence in (entry.sentence, entry.for_account):
            if sentence is not None:
                with translation.override("en"):
                    english = str(sentence)
                with translation.override("sv"):
                    assert str(sentence) != english, f"{code}: no Swedish for {english!r}"


@pytest.mark.parametrize(("code", "text", "swedish", "english"), REFUSED,
                         ids=[f"{case[0]}-{n}" for n, case in enumerate(REFUSED)])
def test_a_refused_configuration_is_explained_in_swedish_and_nothing_is_saved(
        people: dict[str, Any], login: Callable[[str], Client], tmp_path: Path,
        code: str, text: str, swedish: str, english: str) -> None:
    # The engine itself: the code, and the English words the CLI prints, unchanged.
    file = tmp_path / "k.yaml"
    file.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_config(file)
    assert (raised.value.code, str(raised.value)) == (code, english)

    client = login("alva")
    assert client.post(reverse("moderation:config"), {"text": GOOD}).status_code == 302
    response = client.post(reverse("moderation:config"), {"text": text, "note": "Fel"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Inställningarna sparades inte:" in page
    assert f"<li>{escape(swedish)}</li>" in page
    assert "Motorn kan inte använda inställningarna" not in page  # no English behind a wrapper
    assert escape(english) not in page
    assert EngineConfigVersion.objects.count() == 1
    assert current_engine().config.version == "db-1"


def test_under_the_english_locale_the_sentence_is_english() -> None:
    with translation.override("en"):
        assert str(parse(REFUSED[0][1], "db-1")) == 'Line 4: base_model must be true or false, not "ja".'
        assert str(parse(REFUSED[6][1], "db-1")) == (
            "Line 5: Account bibliotek (under accounts), thresholds for the category offensive: "
            "review must be between 0 and remove, but review is 0.9 and remove 0.2.")


@pytest.mark.parametrize(("code", "content", "swedish"), [
    ("file_unreadable", None, "Inställningarna gick inte att läsa."),
    ("yaml_invalid", 'version: "1"\nlexicon: [a\nb: }\n',
     "Rad 3: Inställningarna går inte att läsa som YAML."),
    ("not_a_mapping_with_version", "lexicon: {}\n",
     "Inställningarna ska vara nycklar med värden och ha nyckeln 'version'."),
])
def test_what_the_page_checks_first_is_translated_too(
        tmp_path: Path, code: str, content: str | None, swedish: str) -> None:
    file = tmp_path / "k.yaml"
    if content is not None:
        file.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_config(file)
    assert raised.value.code == code
    assert str(file) in str(raised.value)  # the CLI's English names the file
    with translation.override("sv"):
        problem = engine_problem(raised.value, content or "", str(file))
    assert str(problem) == swedish


def test_a_code_the_app_does_not_know_yet_keeps_the_engine_words_behind_the_old_wrapper(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: str) -> None:
        raise ConfigError(f"account bibliotek: {path} has a setting from the future",
                          code="some_future_check")

    monkeypatch.setattr(settings_file, "load_config", refuse)
    text = 'version: "5"\naccounts:\n  bibliotek:\n    future: 1\n'
    with translation.override("sv"):
        problem = parse(text, "db-1")
    assert isinstance(problem, Problem)
    assert str(problem) == ("Rad 3: Motorn kan inte använda inställningarna: account bibliotek: "
                            "filen has a setting from the future")


def test_parameters_that_no_longer_fit_the_sentence_fall_back_as_well() -> None:
    exc = ConfigError("base_model must be true or false", code="base_model_not_bool")  # no value
    with translation.override("sv"):
        problem = engine_problem(exc, 'version: "1"\nbase_model: ja\n')
    assert str(problem) == "Motorn kan inte använda inställningarna: base_model must be true or false"
