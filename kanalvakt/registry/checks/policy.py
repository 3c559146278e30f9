"""The policy rule file (guideline 2): its YAML schema, a parser with line-precise Swedish errors,
and the default rules for Motala kommun.

The communications unit edits the file in the UI; ``parse_policy`` either returns ``PolicyRules`` or
the list of everything wrong with it, each error carrying the 1-based line and column of the YAML
node at fault, so that a bad version is refused and the previous one stays in force.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .results import TextKind

SCHEMA_VERSION = 1
MAX_POLICY_CHARS = 200_000  # a rule file is a page or two; refuse anything far beyond that

ALL_KINDS: frozenset[TextKind] = frozenset(TextKind)

_TAG = "tag:yaml.org,2002:"
_STANDARD_TAGS = {_TAG + t for t in ("str", "int", "float", "bool", "null", "seq", "map")}
_SHA256 = re.compile(r"[0-9a-fA-F]{64}")
_HASHTAG = re.compile(r"#?\w+")


# --- the parsed rules -------------------------------------------------------------------------


@dataclass(frozen=True)
class NamingRule:
    """The account's name must start with ``prefix`` and/or match ``pattern`` as a whole."""

    explanation: str
    prefix: str | None = None
    pattern: re.Pattern[str] | None = None


@dataclass(frozen=True)
class ImageRule:
    approved_sha256: frozenset[str]  # lower-case hex
    explanation: str | None = None


@dataclass(frozen=True)
class WordRule:
    """One forbidden or required word, phrase or pattern."""

    label: str  # what the Swedish reason quotes: the text as written, or the pattern
    regex: re.Pattern[str]
    applies_to: frozenset[TextKind]
    reason: str | None = None


@dataclass(frozen=True)
class ReadabilityRule:
    max_lix: float
    min_words: int = 10
    applies_to: frozenset[TextKind] = ALL_KINDS


@dataclass(frozen=True)
class AccessibilityRule:
    alt_text: bool = False  # every image in a post or reply needs an alt text
    camelcase_hashtags: bool = False
    hashtags: tuple[str, ...] = ()  # the right spelling of hashtags we use, without '#'
    applies_to: frozenset[TextKind] = ALL_KINDS


@dataclass(frozen=True)
class PolicyRules:
    """A validated rule file. A section left out of the file is None (or empty): no check runs."""

    schema: int = SCHEMA_VERSION
    name: str | None = None
    naming: NamingRule | None = None
    profile_images: ImageRule | None = None
    forbidden: tuple[WordRule, ...] = ()
    required: tuple[WordRule, ...] = ()
    readability: ReadabilityRule | None = None
    accessibility: AccessibilityRule | None = None


@dataclass(frozen=True, slots=True)
class PolicyError:
    line: int  # 1-based
    column: int  # 1-based
    message: str  # Swedish, without the line

    def __str__(self) -> str:
        return f"Rad {self.line}: {self.message}"


class InvalidPolicy(ValueError):
    def __init__(self, errors: list[PolicyError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


# --- YAML syntax errors in Swedish ------------------------------------------------------------

_SYNTAX_PROBLEMS: tuple[tuple[str, str], ...] = (
    ("mapping values are not allowed here",
     "kolon (:) på fel ställe – fel indrag, eller en text med kolon som behöver citattecken"),
    ("could not find expected ':'", "kolon (:) saknas efter nyckeln"),
    ("cannot start any token", "otillåtet tecken (tabbtecken får inte användas för indrag)"),
    ("found undefined alias", "okänt alias (*)"),
    ("found unexpected end of stream", "texten tar slut för tidigt – saknas ett avslutande citattecken?"),
    ("expected <block end>", "fel indrag"),
    ("did not find expected key", "fel indrag eller saknat kolon"),
    ("did not find expected '-' indicator", "fel indrag i listan"),
    ("expected ',' or ']'", "listan inom [ ] är inte avslutad"),
    ("expected ',' or '}'", "mappningen inom { } är inte avslutad"),
    ("but found another document", "filen får bara innehålla ett YAML-dokument (ta bort '---')"),
    ("found unknown escape character", "okänd teckenkod efter \\ i en text inom citattecken"),
)


def _syntax_error(exc: yaml.YAMLError) -> PolicyError:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = str(getattr(exc, "problem", "") or exc)
    if "end of stream" in problem and getattr(exc, "context_mark", None) is not None:
        mark = exc.context_mark  # type: ignore[attr-defined]  # where the unclosed quote opened
    for english, swedish in _SYNTAX_PROBLEMS:
        if english in problem:
            problem = swedish
            break
    line = mark.line + 1 if mark else 1
    column = mark.column + 1 if mark else 1
    end = "" if problem.endswith((".", "?")) else "."
    return PolicyError(line, column, f"Felaktig YAML: {problem}{end}")


# --- schema walker ----------------------------------------------------------------------------


def _describe(node: Node) -> str:
    """How a wrong value is quoted in an error: the scalar itself, or what kind of thing it is."""
    if isinstance(node, MappingNode):
        return "en mappning (nyckel: värde)"
    if isinstance(node, SequenceNode):
        return "en lista"
    if node.tag == _TAG + "null":
        return "tomt"
    value = str(node.value)
    return f"'{value if len(value) <= 40 else value[:40] + '…'}'"


class _Reader:
    """Reads typed values out of composed YAML nodes, collecting Swedish errors with positions."""

    def __init__(self) -> None:
        self.errors: list[PolicyError] = []
        self._seen: set[int] = set()

    def error(self, node: Node, message: str) -> None:
        self.errors.append(PolicyError(node.start_mark.line + 1, node.start_mark.column + 1, message))

    def _visit(self, node: Node) -> bool:
        # An alias yields the same node object twice (parse_policy refuses them first anyway).
        if id(node) in self._seen:
            self.error(node, "Ankare och alias (& och *) används inte i regelfilen.")
            return False
        self._seen.add(id(node))
        if node.tag not in _STANDARD_TAGS:
            self.error(node, f"Taggen '{node.tag}' är inte tillåten.")
            return False
        return True

    def mapping(
        self, node: Node, name: str, allowed: Iterable[str], required: Iterable[str] = ()
    ) -> dict[str, Node] | None:
        if not self._visit(node):
            return None
        if not isinstance(node, MappingNode):
            self.error(node, f"'{name}' måste vara en mappning (nyckel: värde), inte {_describe(node)}.")
            return None
        allowed = tuple(allowed)
        out: dict[str, Node] = {}
        key_lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag != _TAG + "str":
                self.error(key_node, f"Nycklarna i '{name}' måste vara text, inte {_describe(key_node)}.")
                continue
            key = key_node.value
            if key in out:
                self.error(key_node, f"Nyckeln '{key}' finns redan på rad {key_lines[key]}.")
                continue
            if key not in allowed:
                hint = difflib.get_close_matches(key, allowed, n=1)
                suggestion = f" Menade du '{hint[0]}'?" if hint else ""
                self.error(
                    key_node,
                    f"Okänd nyckel '{key}' i '{name}'.{suggestion} Tillåtna: {', '.join(allowed)}.",
                )
                continue
            out[key] = value_node
            key_lines[key] = key_node.start_mark.line + 1
        for key in required:
            if key not in out:
                self.error(node, f"'{name}' saknar den obligatoriska nyckeln '{key}'.")
        return out

    def sequence(self, node: Node, name: str) -> list[Node] | None:
        if not self._visit(node):
            return None
        if not isinstance(node, SequenceNode):
            self.error(node, f"'{name}' måste vara en lista, inte {_describe(node)}.")
            return None
        return list(node.value)

    def _scalar(self, node: Node, name: str, tags: tuple[str, ...], what: str) -> Any:
        if not self._visit(node):
            return None
        if not isinstance(node, ScalarNode) or node.tag not in {_TAG + t for t in tags}:
            self.error(node, f"'{name}' måste vara {what}, inte {_describe(node)}.")
            return None
        # PyYAML's own constructor reads 1_000, 0x1F, .inf, yes/no exactly as YAML 1.1 says.
        return SafeConstructor().construct_object(node)

    def string(self, node: Node, name: str) -> str | None:
        value = self._scalar(node, name, ("str",), "text")
        if value is not None and not value.strip():
            self.error(node, f"'{name}' får inte vara tom.")
            return None
        return value

    def number(self, node: Node, name: str, minimum: float = 0) -> float | None:
        value = self._scalar(node, name, ("int", "float"), "ett tal")
        if value is not None and not (minimum < value < float("inf")):
            self.error(node, f"'{name}' måste vara större än {minimum:g}, inte {value:g}.")
            return None
        return None if value is None else float(value)

    def integer(self, node: Node, name: str, minimum: int = 1) -> int | None:
        value = self._scalar(node, name, ("int",), "ett heltal")
        if value is not None and value < minimum:
            self.error(node, f"'{name}' måste vara minst {minimum}, inte {value}.")
            return None
        return value

    def boolean(self, node: Node, name: str) -> bool | None:
        return self._scalar(node, name, ("bool",), "true eller false")

    def regex(self, node: Node, name: str, flags: int = 0) -> re.Pattern[str] | None:
        source = self.string(node, name)
        if source is None:
            return None
        try:
            compiled = re.compile(source, flags)
        except re.error as exc:
            self.error(
                node,
                f"'{name}' är inget giltigt reguljärt uttryck: {exc.msg} (tecken {(exc.pos or 0) + 1}).",
            )
            return None
        if compiled.fullmatch(""):
            self.error(node, f"'{name}' får inte matcha en tom text.")
            return None
        return compiled

    def kinds(self, node: Node, name: str) -> frozenset[TextKind] | None:
        items = self.sequence(node, name)
        if items is None:
            return None
        if not items:
            self.error(node, f"'{name}' måste ange minst en av: {', '.join(k.value for k in TextKind)}.")
            return None
        out: set[TextKind] = set()
        for item in items:
            value = self.string(item, name)
            if value is None:
                continue
            try:
                out.add(TextKind(value))
            except ValueError:
                self.error(
                    item,
                    f"'{value}' i '{name}' är ingen texttyp; tillåtna: "
                    f"{', '.join(k.value for k in TextKind)}.",
                )
        return frozenset(out) if len(out) == len(items) else None


# --- sections ---------------------------------------------------------------------------------


def _word_regex(text: str) -> re.Pattern[str]:
    """A whole-word, case-insensitive match for a word or phrase; a trailing '*' allows any ending."""
    parts = []
    for word in text.split():
        stem = word.rstrip("*")
        parts.append(re.escape(stem) + (r"\w*" if stem != word else ""))
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)", re.IGNORECASE)


def _naming(r: _Reader, node: Node) -> NamingRule | None:
    keys = r.mapping(node, "naming", ("prefix", "pattern", "explanation"), required=("explanation",))
    if keys is None:
        return None
    if "prefix" not in keys and "pattern" not in keys:
        r.error(node, "'naming' måste ange 'prefix' eller 'pattern' (eller båda).")
    prefix = r.string(keys["prefix"], "prefix") if "prefix" in keys else None
    pattern = r.regex(keys["pattern"], "pattern") if "pattern" in keys else None
    explanation = r.string(keys["explanation"], "explanation") if "explanation" in keys else None
    if explanation is None or (prefix is None and pattern is None):
        return None
    return NamingRule(explanation=explanation, prefix=prefix, pattern=pattern)


def _images(r: _Reader, node: Node) -> ImageRule | None:
    keys = r.mapping(node, "profile_images", ("approved_sha256", "explanation"), ("approved_sha256",))
    if keys is None or "approved_sha256" not in keys:
        return None
    items = r.sequence(keys["approved_sha256"], "approved_sha256")
    explanation = r.string(keys["explanation"], "explanation") if "explanation" in keys else None
    if items is None:
        return None
    if not items:
        r.error(keys["approved_sha256"], "'approved_sha256' måste innehålla minst en hash.")
        return None
    hashes: set[str] = set()
    for item in items:
        value = r.string(item, "approved_sha256")
        if value is None:
            continue
        if not _SHA256.fullmatch(value):
            r.error(item, f"'{value[:20]}…' är ingen SHA-256-hash (64 hexadecimala tecken)."
                    if len(value) > 20 else
                    f"'{value}' är ingen SHA-256-hash (64 hexadecimala tecken).")
            continue
        hashes.add(value.lower())
    return ImageRule(frozenset(hashes), explanation) if hashes else None


def _words(r: _Reader, node: Node, name: str, default_kinds: frozenset[TextKind]) -> tuple[WordRule, ...]:
    items = r.sequence(node, name)
    out: list[WordRule] = []
    for item in items or ():
        if isinstance(item, ScalarNode) and item.tag == _TAG + "str":
            text = r.string(item, name)
            if text is not None:
                out.append(WordRule(text, _word_regex(text), default_kinds))
            continue
        keys = r.mapping(item, name, ("text", "pattern", "reason", "applies_to"))
        if keys is None:
            continue
        if ("text" in keys) == ("pattern" in keys):
            r.error(item, f"Varje punkt i '{name}' ska ha antingen 'text' eller 'pattern'.")
            continue
        kinds = r.kinds(keys["applies_to"], "applies_to") if "applies_to" in keys else default_kinds
        reason = r.string(keys["reason"], "reason") if "reason" in keys else None
        if "text" in keys:
            text = r.string(keys["text"], "text")
            regex = _word_regex(text) if text is not None else None
            label = text
        else:
            regex = r.regex(keys["pattern"], "pattern", re.IGNORECASE)
            label = keys["pattern"].value if regex is not None else None
        if regex is None or label is None or kinds is None or ("reason" in keys and reason is None):
            continue
        out.append(WordRule(label, regex, kinds, reason))
    return tuple(out)


def _readability(r: _Reader, node: Node) -> ReadabilityRule | None:
    keys = r.mapping(node, "readability", ("max_lix", "min_words", "applies_to"), ("max_lix",))
    if keys is None or "max_lix" not in keys:
        return None
    max_lix = r.number(keys["max_lix"], "max_lix")
    min_words = r.integer(keys["min_words"], "min_words") if "min_words" in keys else 10
    kinds = r.kinds(keys["applies_to"], "applies_to") if "applies_to" in keys else ALL_KINDS
    if max_lix is None or min_words is None or kinds is None:
        return None
    return ReadabilityRule(max_lix, min_words, kinds)


def _accessibility(r: _Reader, node: Node) -> AccessibilityRule | None:
    keys = r.mapping(
        node, "accessibility", ("alt_text", "camelcase_hashtags", "hashtags", "applies_to")
    )
    if keys is None:
        return None
    alt_text = r.boolean(keys["alt_text"], "alt_text") if "alt_text" in keys else False
    camel = (
        r.boolean(keys["camelcase_hashtags"], "camelcase_hashtags")
        if "camelcase_hashtags" in keys else False
    )
    kinds = r.kinds(keys["applies_to"], "applies_to") if "applies_to" in keys else ALL_KINDS
    hashtags: list[str] = []
    ok = True
    if "hashtags" in keys:
        items = r.sequence(keys["hashtags"], "hashtags")
        ok = items is not None
        for item in items or ():
            value = r.string(item, "hashtags")
            if value is None:
                ok = False
            elif not _HASHTAG.fullmatch(value):
                r.error(item, f"'{value}' är ingen hashtagg (bara bokstäver, siffror och _).")
                ok = False
            else:
                hashtags.append(value.lstrip("#"))
    if alt_text is None or camel is None or kinds is None or not ok:
        return None
    return AccessibilityRule(alt_text, camel, tuple(hashtags), kinds)


_SECTIONS = (
    "schema", "name", "naming", "profile_images", "words", "readability", "accessibility",
)


def _rules(r: _Reader, root: Node) -> PolicyRules | None:
    keys = r.mapping(root, "regelfilen", _SECTIONS)
    if keys is None:
        return None
    schema = SCHEMA_VERSION
    if "schema" in keys:
        value = r.integer(keys["schema"], "schema")
        if value is not None and value != SCHEMA_VERSION:
            r.error(keys["schema"], f"'schema' måste vara {SCHEMA_VERSION}, inte {value}.")
    forbidden: tuple[WordRule, ...] = ()
    required: tuple[WordRule, ...] = ()
    if "words" in keys:
        words = r.mapping(keys["words"], "words", ("forbidden", "required"))
        if words and "forbidden" in words:
            forbidden = _words(r, words["forbidden"], "forbidden", ALL_KINDS)
        if words and "required" in words:
            required = _words(r, words["required"], "required", frozenset({TextKind.PROFILE}))

    def section(key: str, read: Callable[[_Reader, Node], Any]) -> Any:
        return read(r, keys[key]) if key in keys else None

    return PolicyRules(
        schema=schema,
        name=r.string(keys["name"], "name") if "name" in keys else None,
        naming=section("naming", _naming),
        profile_images=section("profile_images", _images),
        forbidden=forbidden,
        required=required,
        readability=section("readability", _readability),
        accessibility=section("accessibility", _accessibility),
    )


# --- public API -------------------------------------------------------------------------------


def parse_policy(text: str) -> PolicyRules | list[PolicyError]:
    """Validate a rule file: the rules, or every error found (sorted by line), never both."""
    if len(text) > MAX_POLICY_CHARS:
        return [PolicyError(1, 1, f"Regelfilen är för stor (högst {MAX_POLICY_CHARS} tecken).")]
    try:
        # Anchors and aliases let a small file expand into a huge tree ("billion laughs"), and
        # a rule file has no need for them: refuse them where they are written.
        shared = [
            PolicyError(e.start_mark.line + 1, e.start_mark.column + 1,
                        "Ankare och alias (& och *) används inte i regelfilen.")
            for e in yaml.parse(text, Loader=yaml.SafeLoader)
            if isinstance(e, AliasEvent) or getattr(e, "anchor", None) is not None
        ]
        if shared:
            return shared
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        return [_syntax_error(exc)]
    if root is None:
        return [PolicyError(1, 1, "Regelfilen är tom.")]
    reader = _Reader()
    rules = _rules(reader, root)
    if reader.errors or rules is None:
        return sorted(reader.errors, key=lambda e: (e.line, e.column))
    return rules


def load_policy(text: str) -> PolicyRules:
    """Like ``parse_policy`` but raises ``InvalidPolicy`` (with ``.errors``) on a bad file."""
    result = parse_policy(text)
    if isinstance(result, list):
        raise InvalidPolicy(result)
    return result


def default_policy_text() -> str:
    """The rule file Motala kommun starts from (kept next to this module)."""
    return resources.files(__package__).joinpath("default_policy.yaml").read_text(encoding="utf-8")


def default_policy() -> PolicyRules:
    return load_policy(default_policy_text())


__all__ = [
    "AccessibilityRule", "ImageRule", "InvalidPolicy", "NamingRule", "PolicyError", "PolicyRules",
    "ReadabilityRule", "WordRule", "default_policy", "default_policy_text", "load_policy",
    "parse_policy",
]
