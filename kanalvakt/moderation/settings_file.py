"""Validating the engine's YAML configuration as the communications unit edits it.

Errors are returned in Swedish, with the line number where YAML tells us one, so the page can
say what to fix; only a text the engine's own loader accepts is ever saved. The engine knows no
Django: its ConfigError carries a code and parameters besides its English message, and
ENGINE_PROBLEMS below turns each code into a translated sentence.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import yaml
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kanalvakt.moderation.engine.config import (
    DEFAULT_CONFIG,
    ConfigError,
    EngineConfig,
    load_config,
)

# What PyYAML says most often, in Swedish; anything else gets a Swedish sentence with PyYAML's
# own words in parentheses.
YAML_PROBLEMS = {
    "could not find expected ':'": "kolon (:) saknas",
    "mapping values are not allowed here": "ett kolon (:) står där det inte får stå",
    "found character '\\t' that cannot start any token": "tabbtecken får inte användas, använd mellanslag",
    "found undefined alias": "okänt alias",
    "expected <block end>, but found '<block sequence start>'": "fel indrag i en lista",
    "expected <block end>, but found '<block mapping start>'": "fel indrag",
    "expected <block end>, but found '-'": "fel indrag i en lista",
    "expected <block end>, but found '<scalar>'": "fel indrag",
    "found unexpected end of stream": "texten tar slut mitt i ett värde (saknas ett citattecken?)",
    "did not find expected key": "en nyckel saknas eller indraget är fel",
    "did not find expected node content": "ett värde saknas",
    "did not find expected ',' or ']'": "komma (,) eller ] saknas i en lista",
    "did not find expected ',' or '}'": "komma (,) eller } saknas",
    "found duplicate anchor": "samma ankare finns två gånger",
    "expected the node content, but found '<stream end>'": "ett värde saknas innan texten tar slut",
    "expected the node content, but found ']'": "ett värde saknas i en lista",
}


@dataclass(frozen=True)
class Problem:
    message: str
    line: int | None = None

    def __str__(self) -> str:
        if self.line is None:
            return self.message
        return _("Line %(line)d: %(message)s") % {"line": self.line, "message": self.message}


def default_text() -> str:
    return DEFAULT_CONFIG.read_text(encoding="utf-8")


def _yaml_problem(exc: yaml.YAMLError) -> Problem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = str(getattr(exc, "problem", None) or exc)
    message = YAML_PROBLEMS.get(problem) or f"texten går inte att läsa som YAML ({problem})"
    return Problem(message, mark.line + 1 if mark is not None else None)


KeyPath = tuple[str | int, ...]  # keys (and list positions) from the top of the text to a value


@dataclass(frozen=True)
class EngineProblem:
    """How the app says one of the engine's ConfigError codes.

    `sentence` is for the municipality's own settings (the top of the file), `for_account` for an
    account under `accounts:` (the `account` parameter is not empty); `paths` are where in the
    text the problem may be, most precise first, for the line number.
    """

    sentence: Promise
    for_account: Promise | None = None
    paths: Callable[[dict[str, Any]], list[KeyPath]] = field(default=lambda params: [])


def _threshold_paths(params: dict[str, Any]) -> list[KeyPath]:
    """The category's own thresholds, else the `default` it inherits, else the section; for an
    account its own section first, then the municipality's it is merged over."""
    account = str(params.get("account") or "")
    unknown = params.get("categories") or []
    category = str(unknown[0] if unknown else params.get("category", ""))
    top: list[KeyPath] = [("thresholds", category), ("thresholds", "default"), ("thresholds",)]
    if not account:
        return top
    own: KeyPath = ("accounts", account, "thresholds")
    return [(*own, category), (*own, "default"), own, ("accounts", account), *top]


def _threshold_key_paths(params: dict[str, Any]) -> list[KeyPath]:
    """A misspelt review or remove first, then where the category's thresholds are."""
    account = str(params.get("account") or "")
    own: KeyPath = ("accounts", account, "thresholds") if account else ("thresholds",)
    category = str(params.get("category", ""))
    return [(*own, category, str(k)) for k in params.get("keys") or []] + _threshold_paths(params)


def _key_paths(params: dict[str, Any]) -> list[KeyPath]:
    """The value at fault (the item of a list, when it is one), else the nearest key above it
    that the text has; for an account within its own section, which the error is about."""
    account = str(params.get("account") or "")
    own: KeyPath = ("accounts", account) if account else ()
    key = tuple(str(k) for k in params.get("key") or ())
    paths: list[KeyPath] = []
    if params.get("index") is not None:
        paths.append((*own, *key, int(params["index"])))
    paths += [(*own, *key[:n]) for n in range(len(key), 0, -1)]
    if own:
        paths += [own, ("accounts",)]
    return paths


def _unknown_key_paths(params: dict[str, Any]) -> list[KeyPath]:
    """The first unknown key as the text has it, else the section it is in."""
    account = str(params.get("account") or "")
    own: KeyPath = ("accounts", account) if account else ()
    key = tuple(str(k) for k in params.get("key") or ())
    return [(*own, *key, str(k)) for k in params.get("keys") or []] + _key_paths(params)


# One entry per code the engine raises (tests/moderation_app checks that none is missing).
ENGINE_PROBLEMS: dict[str, EngineProblem] = {
    "base_model_not_bool": EngineProblem(
        gettext_lazy("base_model must be true or false, not %(value)s."),
        paths=lambda params: [("base_model",)]),
    "accounts_not_mapping": EngineProblem(
        gettext_lazy("Under accounts, each account must be a key followed by a colon, with the "
                     "account's settings indented under it (e.g. bibliotek: and under it "
                     "purpose: ...), not a list or a single value."),
        paths=lambda params: [("accounts",)]),
    "thresholds_not_numbers": EngineProblem(
        gettext_lazy("Thresholds for the category %(category)s: both review and remove must be "
                     "given as numbers, e.g. {review: 0.5, remove: 0.9}."),
        gettext_lazy("Account %(account)s (under accounts), thresholds for the category "
                     "%(category)s: both review and remove must be given as numbers, e.g. "
                     "{review: 0.5, remove: 0.9}."),
        _threshold_paths),
    "thresholds_out_of_order": EngineProblem(
        gettext_lazy("Thresholds for the category %(category)s: review must be between 0 and "
                     "remove, but review is %(review)s and remove %(remove)s."),
        gettext_lazy("Account %(account)s (under accounts), thresholds for the category "
                     "%(category)s: review must be between 0 and remove, but review is "
                     "%(review)s and remove %(remove)s."),
        _threshold_paths),
    "thresholds_unknown_categories": EngineProblem(
        gettext_lazy("Unknown categories under thresholds: %(categories)s. Allowed are: "
                     "%(allowed)s."),
        gettext_lazy("Account %(account)s (under accounts) has unknown categories under "
                     "thresholds: %(categories)s. Allowed are: %(allowed)s."),
        _threshold_paths),
    "unknown_keys": EngineProblem(
        gettext_lazy("Unknown keys: %(keys)s. Allowed are: %(allowed)s."),
        gettext_lazy("Account %(account)s (under accounts) has unknown keys: %(keys)s. Allowed "
                     "are: %(allowed)s."),
        _unknown_key_paths),
    "account_top_level_key": EngineProblem(
        gettext_lazy("Account %(account)s (under accounts): %(key)s can only be set for the "
                     "configuration as a whole, at the far left without indentation, not for "
                     "one account."),
        paths=_key_paths),
    "account_not_mapping": EngineProblem(
        gettext_lazy("Account %(account)s (under accounts) must have its settings indented "
                     "under it, each a key followed by a colon (e.g. purpose: ...), not "
                     "%(value)s."),
        paths=_key_paths),
    "section_not_mapping": EngineProblem(
        gettext_lazy("%(key)s must have keys with values indented under it (allowed are "
                     "%(allowed)s), not %(value)s."),
        gettext_lazy("Account %(account)s (under accounts): %(key)s must have keys with values "
                     "indented under it (allowed are %(allowed)s), not %(value)s."),
        _key_paths),
    "unknown_section_keys": EngineProblem(
        gettext_lazy("Unknown keys under %(key)s: %(keys)s. Allowed are: %(allowed)s."),
        gettext_lazy("Account %(account)s (under accounts) has unknown keys under %(key)s: "
                     "%(keys)s. Allowed are: %(allowed)s."),
        _unknown_key_paths),
    "thresholds_category_not_mapping": EngineProblem(
        gettext_lazy("Thresholds for the category %(category)s must be given as review and "
                     "remove, e.g. {review: 0.5, remove: 0.9}, not %(value)s."),
        gettext_lazy("Account %(account)s (under accounts), thresholds for the category "
                     "%(category)s: they must be given as review and remove, e.g. {review: 0.5, "
                     "remove: 0.9}, not %(value)s."),
        _threshold_paths),
    "thresholds_unknown_keys": EngineProblem(
        gettext_lazy("Unknown keys in the thresholds for the category %(category)s: %(keys)s. "
                     "Allowed are: %(allowed)s."),
        gettext_lazy("Account %(account)s (under accounts) has unknown keys in the thresholds "
                     "for the category %(category)s: %(keys)s. Allowed are: %(allowed)s."),
        _threshold_key_paths),
    "thresholds_above_one": EngineProblem(
        gettext_lazy("Thresholds for the category %(category)s are given between 0 and 1 (0.9 "
                     "rather than 90), but review is %(review)s and remove %(remove)s."),
        gettext_lazy("Account %(account)s (under accounts), thresholds for the category "
                     "%(category)s: they are given between 0 and 1 (0.9 rather than 90), but "
                     "review is %(review)s and remove %(remove)s."),
        _threshold_paths),
    "not_a_list": EngineProblem(
        gettext_lazy("%(key)s must be a list in square brackets, e.g. [first, second], not "
                     "%(value)s."),
        gettext_lazy("Account %(account)s (under accounts): %(key)s must be a list in square "
                     "brackets, e.g. [first, second], not %(value)s."),
        _key_paths),
    "list_item_not_text": EngineProblem(
        gettext_lazy("Item %(number)s in %(key)s must be a word or a text, not %(value)s."),
        gettext_lazy("Account %(account)s (under accounts): item %(number)s in %(key)s must be "
                     "a word or a text, not %(value)s."),
        _key_paths),
    "list_item_yes_no": EngineProblem(
        gettext_lazy("Item %(number)s in %(key)s is read as %(value)s: words such as yes, no, "
                     "on and off must be written in quotes, e.g. \"on\"."),
        gettext_lazy("Account %(account)s (under accounts): item %(number)s in %(key)s is read "
                     "as %(value)s: words such as yes, no, on and off must be written in "
                     "quotes, e.g. \"on\"."),
        _key_paths),
    "not_text": EngineProblem(
        gettext_lazy("%(key)s must be a text (in quotes if in doubt), not %(value)s."),
        gettext_lazy("Account %(account)s (under accounts): %(key)s must be a text (in quotes "
                     "if in doubt), not %(value)s."),
        _key_paths),
    "not_bool": EngineProblem(
        gettext_lazy("%(key)s must be true or false, not %(value)s."),
        gettext_lazy("Account %(account)s (under accounts): %(key)s must be true or false, not "
                     "%(value)s."),
        _key_paths),
    "municipality_code_unknown": EngineProblem(
        gettext_lazy("%(key)s must be the four-digit code of a Swedish municipality, in quotes, "
                     "e.g. \"0583\", not %(value)s."),
        gettext_lazy("Account %(account)s (under accounts): %(key)s must be the four-digit code "
                     "of a Swedish municipality, in quotes, e.g. \"0583\", not %(value)s."),
        _key_paths),
    "phone_invalid": EngineProblem(
        gettext_lazy("Item %(number)s in %(key)s must be a phone number in quotes, e.g. "
                     "\"0141-22 50 00\"."),
        gettext_lazy("Account %(account)s (under accounts): item %(number)s in %(key)s must be "
                     "a phone number in quotes, e.g. \"0141-22 50 00\"."),
        _key_paths),
    "email_invalid": EngineProblem(
        gettext_lazy("Item %(number)s in %(key)s must be an e-mail address, e.g. "
                     "kommun@motala.se, not %(value)s."),
        gettext_lazy("Account %(account)s (under accounts): item %(number)s in %(key)s must be "
                     "an e-mail address, e.g. kommun@motala.se, not %(value)s."),
        _key_paths),
    "domain_invalid": EngineProblem(
        gettext_lazy("Item %(number)s in %(key)s must be a domain name, e.g. motala.se (without "
                     "https:// and /), not %(value)s."),
        gettext_lazy("Account %(account)s (under accounts): item %(number)s in %(key)s must be "
                     "a domain name, e.g. motala.se (without https:// and /), not %(value)s."),
        _key_paths),
    # parse() checks the YAML itself and hands the loader a file it has just written, so these
    # three are met only if that changes; they still have their sentence (the path is the
    # temporary file's, so it is not shown).
    "file_unreadable": EngineProblem(gettext_lazy("The configuration could not be read.")),
    "yaml_invalid": EngineProblem(gettext_lazy("The configuration cannot be read as YAML.")),
    "not_a_mapping_with_version": EngineProblem(
        gettext_lazy("The configuration must be a mapping of keys to values with a 'version' "
                     "key.")),
}


def _shown(value: Any) -> str:
    """A value as the user wrote it in YAML: a text in quotes, nothing as 'empty'; a long one
    (a whole section where a word belongs) cut short."""
    if value is None:
        return _("empty")
    if isinstance(value, str):
        shown = f'"{value}"'
    else:
        dumped = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=10**6,
                                sort_keys=False)
        shown = dumped.strip().removesuffix("...").strip()
    return shown if len(shown) <= 60 else shown[:59].rstrip() + "…"


def _key_shown(key: list[str]) -> str:
    """Where a key is, as the sentences name it: 'offensive (under lexicon)'."""
    if len(key) < 2:
        return "".join(key)
    return f"{key[-1]} (under {' → '.join(key[:-1])})"


def _number(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _line_of(text: str, paths: list[KeyPath]) -> int | None:
    """The line of the first of `paths` (keys from the top) that the text has."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    for path in paths:
        node, line = root, None
        for key in path:
            if isinstance(key, int):
                if not isinstance(node, yaml.SequenceNode) or key >= len(node.value):
                    break
                node = node.value[key]
                line = node.start_mark.line + 1
                continue
            if not isinstance(node, yaml.MappingNode):
                break
            found = [(k, v) for k, v in node.value if str(k.value) == key]
            if not found:
                break
            key_node, node = found[-1]
            line = key_node.start_mark.line + 1
        else:
            if line is not None:
                return line
    return None


def _sentence(entry: EngineProblem, raw: dict[str, Any]) -> str | None:
    """The entry's sentence with the error's parameters, None if they no longer fit it."""
    params = dict(raw)
    if "value" in params:
        params["value"] = _shown(params["value"])
    for name in ("review", "remove"):
        if name in params:
            params[name] = _number(params[name])
    for name in ("categories", "allowed", "keys"):
        if name in params:
            params[name] = ", ".join(str(v) for v in params[name])
    if "key" in params:
        params["key"] = _key_shown([str(k) for k in params["key"]])
    if isinstance(params.get("index"), int):
        params["number"] = params["index"] + 1  # the user counts from 1
    sentence = entry.for_account if params.get("account") and entry.for_account else entry.sentence
    try:
        return str(sentence) % params
    except (KeyError, TypeError, ValueError):
        return None


def engine_problem(exc: ConfigError, text: str, path: str | None = None) -> Problem:
    """What the engine's loader refused, in the user's language, with the line where it is."""
    entry = ENGINE_PROBLEMS.get(exc.code)
    message = _sentence(entry, exc.params) if entry is not None else None
    if entry is None or message is None:
        # A code this table does not know yet (or whose parameters changed): the engine's own
        # English words, as before there were codes.
        english = str(exc).replace(path, "filen") if path else str(exc)
        return Problem(_("The engine cannot use the configuration: %(error)s") % {"error": english},
                       _config_line(text, english))
    line = _line_of(text, entry.paths(exc.params))
    mark = getattr(exc.__cause__, "problem_mark", None)  # yaml_invalid: where PyYAML stopped
    if line is None and mark is not None:
        line = mark.line + 1
    return Problem(message, line)


def _config_line(text: str, message: str) -> int | None:
    """Where an error about one account is, when the loader names the account."""
    if message.startswith("account ") and ":" in message:
        key = message[len("account "):].split(":", 1)[0].strip()
        if key:
            for number, line in enumerate(text.splitlines(), start=1):
                if line.strip().startswith(f"{key}:") and line.startswith(" "):
                    return number
    return None


def parse(text: str, version: str) -> EngineConfig | Problem:
    """The configuration the engine would run with, or what is wrong with the text."""
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        return _yaml_problem(exc)
    if not isinstance(raw, dict) or "version" not in raw:
        return Problem(_("The configuration must be a mapping of keys to values with a 'version' key."))
    fd, path = tempfile.mkstemp(suffix=".yaml", prefix="kanalvakt-engine-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        config = load_config(path)
    except ConfigError as exc:
        return engine_problem(exc, text, path)
    except (TypeError, ValueError, AttributeError, KeyError) as exc:
        # The loader checks the kind of every value it reads (each with a code above); this is
        # only for one it would still stumble on, so that the text is refused, not saved.
        return Problem(_("The engine cannot use the configuration: %(error)s") % {"error": exc})
    finally:
        os.unlink(path)
    config.version = version
    return config
