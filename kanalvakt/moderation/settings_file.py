"""Validating the engine's YAML configuration as the communications unit edits it.

Errors are returned in Swedish, with the line number where YAML tells us one, so the page can
say what to fix; only a text the engine's own loader accepts is ever saved.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass

import yaml
from django.utils.translation import gettext as _

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
        message = str(exc).replace(path, "filen")
        return Problem(_("The engine cannot use the configuration: %(error)s") % {"error": message},
                       _config_line(text, message))
    except (TypeError, ValueError, AttributeError, KeyError) as exc:
        # A value of the wrong kind (a number where a list belongs) that the loader did not name.
        return Problem(_("The engine cannot use the configuration: %(error)s") % {"error": exc})
    finally:
        os.unlink(path)
    config.version = version
    return config
