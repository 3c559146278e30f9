"""The loader refuses every value of the wrong kind, and every key it does not read, by name.

Each refusal is a ConfigError with a code (the app says it in Swedish, see
tests/moderation_app/test_config_errors.py) and an English message, which `kanalvakt classify
--config` prints; never a TypeError or AttributeError, and never a value silently read wrongly
(a text where a list belongs was once read letter by letter, `off_topic: "false"` as true).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from kanalvakt.moderation.engine.config import (
    ACCOUNT_KEYS,
    TOP_KEYS,
    ConfigError,
    load_config,
)
from kanalvakt.moderation.engine.results import CATEGORIES

from .test_cli import run


def _load(tmp_path: Path, text: str) -> Any:
    file = tmp_path / "k.yaml"
    file.write_text(text, encoding="utf-8")
    return load_config(file)


def _refused(tmp_path: Path, text: str) -> ConfigError:
    with pytest.raises(ConfigError) as raised:
        _load(tmp_path, text)
    return raised.value


# The examples of the wrong kind that once ended in a Python error (or in nothing at all), and
# the params that say which key is at fault.
BAD = [
    ("lexicon: {offensive: 5}", "not_a_list", {"key": ["lexicon", "offensive"], "value": 5}),
    ("thresholds: {offensive: 0.5}", "thresholds_category_not_mapping",
     {"category": "offensive", "value": 0.5}),
    ("accounts: {bibliotek: 5}", "account_not_mapping", {"account": "bibliotek", "value": 5}),
    ('municipality: {places: "Motala, Borensberg"}', "not_a_list",
     {"key": ["municipality", "places"]}),
    ("purpose: [1, 2]", "not_text", {"key": ["purpose"], "value": [1, 2]}),
    ('off_topic: "kanske"', "not_bool", {"key": ["off_topic"], "value": "kanske"}),
    ('off_topic: "false"', "not_bool", {"key": ["off_topic"]}),
    ("treshholds: {default: {review: 0.4, remove: 0.9}}", "unknown_keys",
     {"account": "", "keys": ["treshholds"], "allowed": list(TOP_KEYS)}),
    ("accounts: {bibliotek: {purpse: Böcker}}", "unknown_keys",
     {"account": "bibliotek", "keys": ["purpse"], "allowed": list(ACCOUNT_KEYS)}),
    ("accounts: {ungdom: {model: m.npz}}", "account_top_level_key",
     {"account": "ungdom", "key": ["model"]}),
    ("accounts: {ungdom: {version: '2'}}", "account_top_level_key",
     {"account": "ungdom", "key": ["version"]}),
    ("municipality: {public_contacts: {emails: kommun@motala.se}}", "not_a_list",
     {"key": ["municipality", "public_contacts", "emails"]}),
    ("municipality: {public_contacts: {emails: [kommun.motala.se]}}", "email_invalid",
     {"index": 0, "value": "kommun.motala.se"}),
    ("municipality: {public_contacts: {phones: [0141225000]}}", "phone_invalid", {"index": 0}),
    ("municipality: {public_contacts: {phones: [växeln]}}", "phone_invalid", {"value": "växeln"}),
    ("municipality: {public_contacts: {domains: [https://motala.se]}}", "domain_invalid",
     {"value": "https://motala.se"}),
    ("municipality: {public_contacts: {fax: ['0141-22 50 01']}}", "unknown_section_keys",
     {"key": ["municipality", "public_contacts"], "keys": ["fax"]}),
    ("municipality: {code: 583}", "municipality_code_unknown", {"value": 583}),
    ("municipality: {code: '9999'}", "municipality_code_unknown", {"value": "9999"}),
    ("municipality: Motala", "section_not_mapping", {"key": ["municipality"]}),
    ("municipality: {name: [Motala]}", "not_text", {"key": ["municipality", "name"]}),
    ("lexicon: [blorfnik]", "section_not_mapping", {"key": ["lexicon"]}),
    ("lexicon: {criminal: [knark]}", "unknown_section_keys",
     {"key": ["lexicon"], "keys": ["criminal"]}),
    ("lexicon: {exceptions: [kass, on]}", "list_item_yes_no",
     {"key": ["lexicon", "exceptions"], "index": 1, "value": True}),
    ("services: [bygglov, [avgift, taxa]]", "list_item_not_text",
     {"key": ["services"], "index": 1}),
    ("topics: [bok, null]", "list_item_not_text", {"key": ["topics"], "index": 1, "value": None}),
    ("topics: bok", "not_a_list", {"key": ["topics"]}),
    ("thresholds:", "section_not_mapping", {"key": ["thresholds"], "value": None}),
    ("thresholds: {offensive: }", "thresholds_category_not_mapping", {"value": None}),
    ("thresholds: {offensive: {reveiw: 0.4}}", "thresholds_unknown_keys",
     {"category": "offensive", "keys": ["reveiw"]}),
    ("thresholds: {offensive: {review: yes, remove: 0.9}}", "thresholds_not_numbers",
     {"category": "offensive"}),
    ("thresholds: {default: {review: 50, remove: 90}}", "thresholds_above_one",
     {"review": 50.0, "remove": 90.0}),
    ("thresholds: {5: {review: 0.5, remove: 0.9}, hat: {}}", "thresholds_unknown_categories",
     {"categories": ["5", "hat"]}),
    ("accounts: {ungdom: {thresholds: [0.4, 0.85]}}", "section_not_mapping",
     {"account": "ungdom", "key": ["thresholds"]}),
    ("replace_municipality: ja", "not_bool", {"key": ["replace_municipality"]}),
    ("model: [a.npz]", "not_text", {"key": ["model"]}),
    ("base_model: 1", "base_model_not_bool", {"value": 1}),
    ("accounts: [bibliotek]", "accounts_not_mapping", {}),
]


@pytest.mark.parametrize(("text", "code", "params"), BAD, ids=[case[0] for case in BAD])
def test_a_value_of_the_wrong_kind_is_a_config_error_with_its_code(
        tmp_path: Path, text: str, code: str, params: dict[str, Any]) -> None:
    error = _refused(tmp_path, f'version: "1"\n{text}\n')
    assert error.code == code, str(error)
    assert {k: error.params.get(k) for k in params} == params
    assert str(error) and "Traceback" not in str(error)


def test_an_empty_version_is_refused(tmp_path: Path) -> None:
    error = _refused(tmp_path, "version:\n")
    assert (error.code, error.params["key"]) == ("not_text", ["version"])


# Every key the loader reads, with its kind. Each is tried with values of every kind below, at
# the top of the file and (for the account's settings) under an account: a value is either used
# or refused with a code, and only the values of its kind are used.
def _text(v: Any) -> bool:
    return isinstance(v, str | int | float) and not isinstance(v, bool)


def _number(v: Any) -> bool:
    try:
        return _text(v) and float(v) == float(v)
    except ValueError:
        return False


def _words(v: Any) -> bool:
    return v is None or isinstance(v, list) and all(_text(i) for i in v)


def _empty_section(v: Any) -> bool:
    return v is None or v == {}


ACCOUNT_SETTINGS: dict[tuple[str, ...], Any] = {
    ("municipality",): _empty_section,
    ("municipality", "name"): lambda v: v is None or _text(v),
    ("municipality", "code"): lambda v: v is None or v == "0583",
    ("municipality", "places"): _words,
    ("municipality", "public_contacts"): _empty_section,
    ("municipality", "public_contacts", "domains"): lambda v: v in (None, []),
    ("municipality", "public_contacts", "phones"): lambda v: v in (None, []),
    ("municipality", "public_contacts", "emails"): lambda v: v in (None, []),
    ("purpose",): lambda v: v is None or _text(v),
    ("topics",): _words,
    ("services",): _words,
    ("off_topic",): lambda v: isinstance(v, bool),
    ("thresholds",): lambda v: v == {},
    **{("thresholds", c): lambda v: isinstance(v, dict) and set(v) <= {"review", "remove"}
       for c in ("default", *CATEGORIES)},
    ("thresholds", "offensive", "review"): lambda v: _number(v) and 0 <= float(v) <= 0.9,
    ("thresholds", "offensive", "remove"): lambda v: _number(v) and 0.5 <= float(v) <= 1,
    ("lexicon",): _empty_section,
    ("lexicon", "offensive"): _words,
    ("lexicon", "personal_attack"): _words,
    ("lexicon", "exceptions"): _words,
}
TOP_ONLY: dict[tuple[str, ...], Any] = {
    ("version",): _text,
    ("replace_municipality",): lambda v: isinstance(v, bool),
    ("model",): lambda v: v is None or _text(v),
    ("base_model",): lambda v: isinstance(v, bool),
    ("accounts",): lambda v: v is None or v == {},
    ("accounts", "bibliotek"): _empty_section,
}
VALUES = [5, 0.5, "kanske", "0583", True, False, None, [], {}, ["ord"], [1, 2], [True], [None],
          [["a"]], {"a": 1}, {"review": 0.5}]


def _config(path: tuple[str, ...], value: Any) -> str:
    raw: dict[str, Any] = {"version": "1"}
    node = raw
    for key in path[:-1]:
        node = node.setdefault(key, {})
    node[path[-1]] = value
    return yaml.safe_dump(raw, allow_unicode=True)


@pytest.mark.parametrize("where", ["top", "account"])
def test_every_key_takes_only_values_of_its_kind_and_refuses_the_rest_with_a_code(
        tmp_path: Path, where: str) -> None:
    keys = {**ACCOUNT_SETTINGS, **TOP_ONLY} if where == "top" else ACCOUNT_SETTINGS
    wrong: list[str] = []
    for path, accepts in keys.items():
        full = path if where == "top" else ("accounts", "ungdom", *path)
        for value in VALUES:
            try:
                _load(tmp_path, _config(full, value))
                used = True
            except ConfigError as e:
                assert e.code, f"{full} = {value!r}: {e} has no code"
                used = False
            if used != bool(accepts(value)):
                wrong.append(f"{'.'.join(full)} = {value!r} {'used' if used else 'refused'}")
    assert wrong == []


@pytest.mark.parametrize("key", ["version", "replace_municipality", "model", "base_model",
                                 "accounts"])
def test_a_key_of_the_whole_file_is_refused_under_an_account(tmp_path: Path, key: str) -> None:
    error = _refused(tmp_path, f'version: "1"\naccounts:\n  ungdom:\n    {key}: true\n')
    assert (error.code, error.params) == ("account_top_level_key",
                                         {"account": "ungdom", "key": [key]})


# The configurations the tests, the app and the documentation use keep loading.
GOOD = [
    'version: "motala-2026.1"\nlexicon:\n  offensive: [blorfnik]\n',
    'version: "m-2"\naccounts:\n  motalabibliotek:\n    lexicon:\n      offensive: [snorvel]\n',
    'version: "test-1"\nlexicon:\n  offensive: [tomtebloss]\n',
    'version: "with-model"\nmodel: m.npz\n',
    'version: "ny"\n',
    "version: 3\n",  # a number is a version too
    'version: "x"\nlexicon:\nservices:\ntopics:\naccounts:\n  bibliotek:\n  ny:\n',
    'version: "x"\npurpose:\nmunicipality:\n  public_contacts:\n',
    'version: "x"\ntopics: [112, 1177, e-tjänst]\nthresholds:\n  offensive: {}\n'
    '  criminal: {review: "0.4"}\n',
]


@pytest.mark.parametrize("text", GOOD)
def test_the_configurations_in_use_still_load(tmp_path: Path, text: str) -> None:
    assert _load(tmp_path, text).version


def test_the_shipped_default_loads_unchanged() -> None:
    config = load_config(None)
    assert config.version == "default-2025.1"
    assert sorted(config.accounts) == ["bibliotek", "gatuenheten", "ungdom"]
    assert "borensberg" in config.default.places and config.default.municipality == "Motala kommun"
    assert config.accounts["ungdom"].off_topic is False
    assert config.accounts["ungdom"].threshold("personal_attack").review == 0.4
    assert config.default.public_phones == {"0141225000"}


def test_another_municipality_with_every_setting_loads(tmp_path: Path) -> None:
    text = """version: "linkoping-2026.1"
replace_municipality: true
municipality:
  name: Linköpings kommun
  code: "0580"
  places: [Linköping, Malmslätt, Stångån]
  public_contacts:
    domains: [linkoping.se]
    phones: ["013-20 60 00", "+46 13 20 60 00"]
    emails: [kommun@linkoping.se]
purpose: "Linköpings kommun"
topics: [kommun]
services: [bygglov]
off_topic: true
thresholds:
  default: {review: 0.45, remove: 0.9}
  advertising: {review: 0.5, remove: 1}
lexicon:
  offensive: [blorfnik]
  personal_attack: [snorvel]
  exceptions: ["on", "no"]
model: null
base_model: false
accounts:
  bibliotek:
    purpose: "Linköpings stadsbibliotek"
    topics: [bok, lån]
    off_topic: false
    thresholds:
      personal_attack: {review: 0.4, remove: 0.85}
    lexicon:
      exceptions: [kass]
    municipality:
      public_contacts:
        phones: ["013-20 66 00"]
"""
    config = _load(tmp_path, text)
    assert sorted(config.accounts) == ["bibliotek"]
    assert {"linkoping", "malmslatt"} <= config.default.places and "motala" not in config.default.places
    assert config.default.public_phones == {"013206000"}
    assert config.default.lexicon_except == {"on", "no"}
    assert config.default.threshold("offensive").review == 0.45
    library = config.accounts["bibliotek"]
    assert library.public_phones == {"013206600"} and library.off_topic is False
    assert library.public_emails == {"kommun@linkoping.se"}  # merged over the municipality's
    assert library.threshold("personal_attack").remove == 0.85


def test_an_empty_purpose_is_no_topic(tmp_path: Path) -> None:
    assert _load(tmp_path, 'version: "1"\npurpose:\n').default.purpose == ""


@pytest.mark.parametrize(("text", "message"), [
    ('version: "x"\nlexicon:\n  offensive: 5\n',
     "lexicon.offensive must be a list, not the number 5"),
    ('version: "x"\naccounts:\n  bibliotek: 5\n',
     "account bibliotek: the account's settings must be a mapping, not the number 5"),
    ('version: "x"\ntreshholds:\n  default: {review: 0.4, remove: 0.9}\n',
     f"unknown keys: ['treshholds']; allowed are: {', '.join(TOP_KEYS)}"),
    ('version: "x"\noff_topic: "kanske"\n',
     "off_topic must be true or false, not the text 'kanske'"),
])
def test_the_cli_refuses_a_bad_configuration_with_the_english_message(
        tmp_path: Path, text: str, message: str) -> None:
    cfg = tmp_path / "bad.yaml"
    cfg.write_text(text, encoding="utf-8")
    p = run(["--config", str(cfg)], "")
    assert p.returncode == 2
    assert p.stderr == f"kanalvakt classify: {message}\n"
    assert p.stdout == ""
