"""Engine configuration: thresholds, gazetteer, lexicon additions and exceptions, per account.

A configuration is a versioned YAML file. The shipped `data/config/default.yaml` is the demo
municipality's (Motala); a municipality's own file is merged over it key by key, and each
account under `accounts:` is merged over the municipality's settings. The `version` string is
reported with every evaluation so a decision can be traced to the configuration that made it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from kanalvakt.moderation.engine.results import CATEGORIES
from kanalvakt.moderation.engine.text import fold, key_of

DATA = Path(__file__).resolve().parent / "data"
DEFAULT_CONFIG = DATA / "config" / "default.yaml"


class ConfigError(ValueError):
    """The configuration file cannot be used; the message says what is wrong and where.

    `str()` is the English message (what `kanalvakt classify --config` prints); `code` and
    `params` say the same for a program, so the app can tell the user in their own language.
    Every raise has a code: the app's table (moderation/settings_file.py) has a sentence for each.
    """

    def __init__(self, message: str, code: str = "", **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.params = params


@dataclass(frozen=True, slots=True)
class Thresholds:
    review: float
    remove: float


@dataclass(slots=True)
class AccountConfig:
    """Everything a detector needs to know about the account (or municipality) it judges for."""

    key: str
    municipality: str
    purpose: str = ""
    thresholds: dict[str, Thresholds] = field(default_factory=dict)
    places: frozenset[str] = frozenset()  # folded place names of the municipality
    topics: frozenset[str] = frozenset()  # lexicon keys of the account's own subjects
    services: frozenset[str] = frozenset()  # lexicon keys of extra municipal service words
    lexicon_add: dict[str, frozenset[str]] = field(default_factory=dict)
    lexicon_except: frozenset[str] = frozenset()
    public_domains: frozenset[str] = frozenset()
    public_phones: frozenset[str] = frozenset()  # digits only, national form
    public_emails: frozenset[str] = frozenset()
    off_topic: bool = True  # False for accounts where private chatter is welcome

    def threshold(self, category: str) -> Thresholds:
        return self.thresholds[category]


@dataclass(slots=True)
class EngineConfig:
    version: str
    default: AccountConfig
    accounts: dict[str, AccountConfig]
    model_path: str | None
    source: str
    base_model: bool = False  # the shipped n-gram model (see `ngram`) adds recall to the rules

    def account(self, key: str | None) -> AccountConfig:
        if key is None:
            return self.default
        return self.accounts.get(str(key), self.default)


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for k, v in over.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = _merge(out[k], v)
        else:
            out[k] = copy.deepcopy(v)
    return out


@lru_cache(maxsize=8)
def _localities(code: str) -> frozenset[str]:
    names: set[str] = set()
    for line in (DATA / "places" / "localities.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        c, _, name = line.partition("\t")
        if c == code:
            names.add(fold(name))
    for line in (DATA / "places" / "municipalities.tsv").read_text(encoding="utf-8").splitlines():
        c, _, name = line.partition("\t")
        if c == code:
            names.add(fold(name))
    return frozenset(names)


def _digits(s: str) -> str:
    d = "".join(ch for ch in s if ch.isdigit())
    if d.startswith("46") and not d.startswith("0"):
        d = "0" + d[2:]
    return d


def _thresholds(raw: dict[str, Any], where: str) -> dict[str, Thresholds]:
    default = raw.get("default", {"review": 0.5, "remove": 0.9})
    out: dict[str, Thresholds] = {}
    for cat in CATEGORIES:
        t = {**default, **raw.get(cat, {})}
        try:
            review, remove = float(t["review"]), float(t["remove"])
        except (KeyError, TypeError, ValueError) as e:
            raise ConfigError(f"{where}: thresholds for {cat} need numbers review and remove",
                              code="thresholds_not_numbers",
                              account=where.removeprefix("account "), category=cat) from e
        if not 0.0 <= review <= remove:
            raise ConfigError(f"{where}: thresholds for {cat} need 0 <= review <= remove",
                              code="thresholds_out_of_order",
                              account=where.removeprefix("account "), category=cat,
                              review=review, remove=remove)
        out[cat] = Thresholds(review, remove)
    unknown = set(raw) - set(CATEGORIES) - {"default"}
    if unknown:
        raise ConfigError(f"{where}: unknown categories in thresholds: {sorted(unknown)}",
                          code="thresholds_unknown_categories",
                          account=where.removeprefix("account "),
                          categories=sorted(str(c) for c in unknown),
                          allowed=["default", *CATEGORIES])
    return out


def _keys(words: list[Any] | None) -> frozenset[str]:
    return frozenset(key_of(fold(str(w))) for w in (words or []) if str(w).strip())


def _account(key: str, raw: dict[str, Any]) -> AccountConfig:
    muni = raw.get("municipality") or {}
    places = {fold(str(p)) for p in muni.get("places", [])}
    if muni.get("code"):
        places |= _localities(str(muni["code"]))
    contacts = muni.get("public_contacts") or {}
    lex = raw.get("lexicon") or {}
    add: dict[str, frozenset[str]] = {}
    for cat in ("offensive", "personal_attack"):
        add[cat] = frozenset(fold(str(w)) for w in lex.get(cat, []) or [])
    return AccountConfig(
        key=key,
        municipality=str(muni.get("name", "")),
        purpose=str(raw.get("purpose", "")),
        thresholds=_thresholds(raw.get("thresholds") or {}, f"account {key}"),
        places=frozenset(p for p in places if p),
        topics=_keys(raw.get("topics")) | _keys(str(raw.get("purpose", "")).split()),
        services=_keys(raw.get("services")),
        lexicon_add=add,
        lexicon_except=frozenset(fold(str(w)) for w in lex.get("exceptions", []) or []),
        public_domains=frozenset(str(d).lower() for d in contacts.get("domains", []) or []),
        public_phones=frozenset(_digits(str(p)) for p in contacts.get("phones", []) or []),
        public_emails=frozenset(str(e).lower() for e in contacts.get("emails", []) or []),
        off_topic=bool(raw.get("off_topic", True)),
    )


def load_config(path: str | Path | None = None) -> EngineConfig:
    """Read the shipped default, merge the given file over it, and resolve every account."""
    with open(DEFAULT_CONFIG, encoding="utf-8") as f:
        raw: dict[str, Any] = yaml.safe_load(f)
    source = str(DEFAULT_CONFIG)
    if path is not None:
        try:
            with open(path, encoding="utf-8") as f:
                over = yaml.safe_load(f)
        except OSError as e:
            raise ConfigError(f"cannot read {path}: {e.strerror}", code="file_unreadable",
                              path=str(path), reason=e.strerror) from e
        except yaml.YAMLError as e:
            raise ConfigError(f"{path} is not valid YAML: {e}", code="yaml_invalid",
                              path=str(path), error=str(e)) from e
        if not isinstance(over, dict) or "version" not in over:
            raise ConfigError(f"{path}: a configuration is a mapping with a 'version'",
                              code="not_a_mapping_with_version", path=str(path))
        if over.get("replace_municipality"):
            # A different municipality must not inherit the demo municipality's places.
            raw.pop("municipality", None)
            raw.pop("accounts", None)
        raw = _merge(raw, over)
        source = str(path)
    accounts_raw = raw.pop("accounts", None) or {}
    if not isinstance(accounts_raw, dict):
        raise ConfigError("accounts must be a mapping from account key to settings",
                          code="accounts_not_mapping")
    model_path = raw.pop("model", None)
    base_model = raw.pop("base_model", False)
    if not isinstance(base_model, bool):
        raise ConfigError("base_model must be true or false", code="base_model_not_bool",
                          value=base_model)
    default = _account("", raw)
    accounts = {
        str(k): _account(str(k), _merge(raw, v or {})) for k, v in accounts_raw.items()
    }
    return EngineConfig(
        version=str(raw.get("version", "")),
        default=default,
        accounts=accounts,
        model_path=str(model_path) if model_path else None,
        source=source,
        base_model=base_model,
    )
