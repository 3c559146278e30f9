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

TOP_KEYS = ("version, replace_municipality, municipality, purpose, topics, services, off_topic, "
            "thresholds, lexicon, model, base_model, accounts")
ACCOUNT_KEYS = "purpose, topics, services, off_topic, thresholds, lexicon, municipality"

# Values of the wrong kind, and keys the loader does not read: once a Python error in English
# behind "Motorn kan inte använda inställningarna", or (a misspelt key, a text where a list
# belongs) read wrongly without a word.
REFUSED += [
    ("unknown_keys",
     'version: "4"\ntreshholds:\n  default: {review: 0.4, remove: 0.9}\n',
     f"Rad 2: Okända nycklar: treshholds. Tillåtna är: {TOP_KEYS}.",
     f"unknown keys: ['treshholds']; allowed are: {TOP_KEYS}"),
    ("unknown_keys",
     'version: "4"\naccounts:\n  bibliotek:\n    purpose: "Böcker och lån"\n    topic: [bok]\n',
     "Rad 5: Kontot bibliotek (under accounts) har okända nycklar: topic. Tillåtna är: "
     f"{ACCOUNT_KEYS}.",
     f"account bibliotek: unknown keys: ['topic']; allowed are: {ACCOUNT_KEYS}"),
    ("account_top_level_key",
     'version: "4"\naccounts:\n  ungdom:\n    purpose: "Fritid"\n    base_model: false\n',
     "Rad 5: Kontot ungdom (under accounts): base_model kan bara anges för inställningarna som "
     "helhet, längst till vänster utan indrag, inte för ett enskilt konto.",
     "account ungdom: base_model can only be set at the top of the file, not for an account"),
    ("account_not_mapping",
     'version: "4"\naccounts:\n  bibliotek: 5\n',
     "Rad 3: Kontot bibliotek (under accounts) ska ha sina inställningar indragna under sig, var "
     "och en som en nyckel följd av kolon (t.ex. purpose: ...), inte 5.",
     "account bibliotek: the account's settings must be a mapping, not the number 5"),
    ("section_not_mapping",
     'version: "4"\nlexicon: [blorfnik]\n',
     "Rad 2: lexicon ska ha nycklar med värden indragna under sig (tillåtna är offensive, "
     "personal_attack, exceptions), inte [blorfnik].",
     "lexicon must be a mapping of offensive, personal_attack, exceptions, not a list"),
    ("section_not_mapping",
     'version: "4"\naccounts:\n  gatuenheten:\n    thresholds: 0.5\n',
     "Rad 4: Kontot gatuenheten (under accounts): thresholds ska ha nycklar med värden indragna "
     f"under sig (tillåtna är {ALLOWED}), inte 0.5.",
     f"account gatuenheten: thresholds must be a mapping of {ALLOWED}, not the number 0.5"),
    ("section_not_mapping",
     'version: "4"\nmunicipality:\n  public_contacts: kommun@motala.se\n',
     "Rad 3: public_contacts (under municipality) ska ha nycklar med värden indragna under sig "
     '(tillåtna är domains, phones, emails), inte "kommun@motala.se".',
     "municipality.public_contacts must be a mapping of domains, phones, emails, not the text "
     "'kommun@motala.se'"),
    ("unknown_section_keys",
     'version: "4"\nlexicon:\n  offensive: [blorfnik]\n  criminal: [knark]\n',
     "Rad 4: Okända nycklar under lexicon: criminal. Tillåtna är: offensive, personal_attack, "
     "exceptions.",
     "unknown keys in lexicon: ['criminal']; allowed are: offensive, personal_attack, exceptions"),
    ("unknown_section_keys",
     'version: "4"\naccounts:\n  bibliotek:\n    municipality:\n      phones: ["0141-22 51 00"]\n',
     "Rad 5: Kontot bibliotek (under accounts) har okända nycklar under municipality: phones. "
     "Tillåtna är: name, code, places, public_contacts.",
     "account bibliotek: unknown keys in municipality: ['phones']; allowed are: name, code, "
     "places, public_contacts"),
    ("thresholds_category_not_mapping",
     'version: "4"\nthresholds:\n  offensive: 0.5\n',
     "Rad 3: Tröskelvärdena för kategorin offensive ska anges som review och remove, t.ex. "
     "{review: 0.5, remove: 0.9}, inte 0.5.",
     "thresholds for offensive must be a mapping {review: ..., remove: ...}, not the number 0.5"),
    ("thresholds_category_not_mapping",
     'version: "4"\naccounts:\n  ungdom:\n    thresholds:\n      personal_attack:\n',
     "Rad 5: Kontot ungdom (under accounts), tröskelvärdena för kategorin personal_attack: de ska "
     "anges som review och remove, t.ex. {review: 0.5, remove: 0.9}, inte tomt.",
     "account ungdom: thresholds for personal_attack must be a mapping {review: ..., "
     "remove: ...}, not empty"),
    ("thresholds_unknown_keys",  # a misspelt remove would have left the shipped 0.95 in force
     'version: "4"\nthresholds:\n  personal_data:\n    review: 0.5\n    remov: 0.9\n',
     "Rad 5: Okända nycklar i tröskelvärdena för kategorin personal_data: remov. Tillåtna är: "
     "review, remove.",
     "unknown keys in thresholds for personal_data: ['remov']; allowed are: review, remove"),
    ("thresholds_above_one",  # percentages: nothing would ever have been flagged
     'version: "4"\nthresholds:\n  default: {review: 50, remove: 90}\n',
     "Rad 3: Tröskelvärdena för kategorin offensive anges mellan 0 och 1 (0.9 i stället för 90), "
     "men review är 50 och remove 90.",
     "thresholds for offensive are scores between 0 and 1, but remove is 90"),
    ("thresholds_above_one",
     'version: "4"\naccounts:\n  bibliotek:\n    thresholds:\n'
     '      criminal: {review: 0.5, remove: 95}\n',
     "Rad 5: Kontot bibliotek (under accounts), tröskelvärdena för kategorin criminal: de anges "
     "mellan 0 och 1 (0.9 i stället för 90), men review är 0.5 och remove 95.",
     "account bibliotek: thresholds for criminal are scores between 0 and 1, but remove is 95"),
    ("not_a_list",
     'version: "4"\nlexicon:\n  offensive: 5\n',
     "Rad 3: offensive (under lexicon) ska vara en lista inom hakparenteser, t.ex. [första, "
     "andra], inte 5.",
     "lexicon.offensive must be a list, not the number 5"),
    ("not_a_list",  # a text would have been read letter by letter
     'version: "4"\nmunicipality:\n  places: "Motala, Borensberg, Tjällmo"\n',
     "Rad 3: places (under municipality) ska vara en lista inom hakparenteser, t.ex. [första, "
     'andra], inte "Motala, Borensberg, Tjällmo".',
     "municipality.places must be a list, not the text 'Motala, Borensberg, Tjällmo'"),
    ("not_a_list",
     'version: "4"\naccounts:\n  bibliotek:\n    topics: "böcker, lån"\n',
     "Rad 4: Kontot bibliotek (under accounts): topics ska vara en lista inom hakparenteser, "
     't.ex. [första, andra], inte "böcker, lån".',
     "account bibliotek: topics must be a list, not the text 'böcker, lån'"),
    ("not_a_list",
     'version: "4"\nmunicipality:\n  public_contacts:\n    emails: kommun@motala.se\n',
     "Rad 4: emails (under municipality → public_contacts) ska vara en lista inom hakparenteser, "
     't.ex. [första, andra], inte "kommun@motala.se".',
     "municipality.public_contacts.emails must be a list, not the text 'kommun@motala.se'"),
    ("list_item_not_text",
     'version: "4"\nservices: [bygglov, {avgift: 5}]\n',
     "Rad 2: Värde nr 2 i services ska vara ett ord eller en text, inte {avgift: 5}.",
     "item 2 of services must be a word or a text, not a mapping"),
    ("list_item_yes_no",  # YAML reads on (and yes, no, off) as true or false
     'version: "4"\nlexicon:\n  exceptions:\n    - kass\n    - on\n',
     "Rad 5: Värde nr 2 i exceptions (under lexicon) läses som true: ord som yes, no, on och off "
     'måste skrivas inom citattecken, t.ex. "on".',
     "item 2 of lexicon.exceptions is read as true: write words such as yes, no, on and off in "
     "quotes"),
    ("not_text",
     'version: "4"\npurpose: [1, 2]\n',
     "Rad 2: purpose ska vara en text (inom citattecken om du är osäker), inte [1, 2].",
     "purpose must be a text, not a list"),
    ("not_text",
     'version: "4"\naccounts:\n  bibliotek:\n    purpose: {böcker: ja}\n',
     "Rad 4: Kontot bibliotek (under accounts): purpose ska vara en text (inom citattecken om du "
     "är osäker), inte {böcker: ja}.",
     "account bibliotek: purpose must be a text, not a mapping"),
    ("not_text",
     'version:\nlexicon:\n  offensive: []\n',
     "Rad 1: version ska vara en text (inom citattecken om du är osäker), inte tomt.",
     "version must be a text, not empty"),
    ("not_bool",  # any text was true: "false" too
     'version: "4"\noff_topic: "kanske"\n',
     'Rad 2: off_topic måste vara true eller false, inte "kanske".',
     "off_topic must be true or false, not the text 'kanske'"),
    ("not_bool",
     'version: "4"\naccounts:\n  ungdom:\n    off_topic: nej\n',
     'Rad 4: Kontot ungdom (under accounts): off_topic måste vara true eller false, inte "nej".',
     "account ungdom: off_topic must be true or false, not the text 'nej'"),
    ("not_bool",
     'version: "4"\nreplace_municipality: ja\n',
     'Rad 2: replace_municipality måste vara true eller false, inte "ja".',
     "replace_municipality must be true or false, not the text 'ja'"),
    ("municipality_code_unknown",  # Linköping is "0580": no localities would have been added
     'version: "4"\nreplace_municipality: true\nmunicipality:\n  name: Linköpings kommun\n'
     '  code: 580\n',
     "Rad 5: code (under municipality) ska vara en svensk kommuns fyrsiffriga kommunkod inom "
     'citattecken, t.ex. "0583", inte 580.',
     "municipality.code must be a Swedish municipality's four-digit code in quotes (\"0583\"), "
     "not the number 580"),
    ("phone_invalid",  # unquoted, 0141225000 is an octal number to YAML
     'version: "4"\nmunicipality:\n  public_contacts:\n    phones:\n      - "0141-22 50 00"\n'
     '      - 0141225000\n',
     "Rad 6: Värde nr 2 i phones (under municipality → public_contacts) ska vara ett "
     'telefonnummer inom citattecken, t.ex. "0141-22 50 00".',
     "item 2 of municipality.public_contacts.phones must be a phone number in quotes "
     '("0141-22 50 00")'),
    ("email_invalid",
     'version: "4"\nmunicipality:\n  public_contacts:\n    emails: [kommun.motala.se]\n',
     "Rad 4: Värde nr 1 i emails (under municipality → public_contacts) ska vara en e-postadress, "
     't.ex. kommun@motala.se, inte "kommun.motala.se".',
     "item 1 of municipality.public_contacts.emails must be an e-mail address, not the text "
     "'kommun.motala.se'"),
    ("domain_invalid",
     'version: "4"\nmunicipality:\n  public_contacts:\n    domains: ["https://www.motala.se/"]\n',
     "Rad 4: Värde nr 1 i domains (under municipality → public_contacts) ska vara ett domännamn, "
     't.ex. motala.se (utan https:// och /), inte "https://www.motala.se/".',
     "item 1 of municipality.public_contacts.domains must be a domain name such as motala.se, "
     "not the text 'https://www.motala.se/'"),
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


def test_under_the_english_locale_the_new_sentences_are_english_too() -> None:
    with translation.override("en"):
        assert str(parse('version: "4"\naccounts:\n  bibliotek:\n    topics: "böcker"\n',
                         "db-1")) == (
            'Line 4: Account bibliotek (under accounts): topics must be a list in square '
            'brackets, e.g. [first, second], not "böcker".')
        assert str(parse('version: "4"\nlexicon:\n  exceptions: [kass, "on", off]\n', "db-1")) == (
            'Line 3: Item 3 in exceptions (under lexicon) is read as false: words such as yes, '
            'no, on and off must be written in quotes, e.g. "on".')


def test_a_long_value_is_cut_short_in_the_sentence() -> None:
    places = ", ".join(f"Ort{n}: {n}" for n in range(40))
    with translation.override("sv"):
        problem = parse(f'version: "4"\nmunicipality:\n  places: {{{places}}}\n', "db-1")
    assert str(problem).startswith(
        "Rad 3: places (under municipality) ska vara en lista inom hakparenteser, t.ex. [första, "
        "andra], inte {Ort0: 0, Ort1: 1, ")
    assert str(problem).endswith("….") and len(str(problem)) < 200


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
