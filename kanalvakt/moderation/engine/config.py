"""Engine configuration: thresholds, gazetteer, lexicon additions and exceptions, per account.

A configuration is a versioned YAML file. The shipped `data/config/default.yaml` is the demo
municipality's (Motala); a municipality's own file is merged over it key by key, and each
account under `accounts:` is merged over the municipality's settings. The `version` string is
reported with every evaluation so a decision can be traced to the configuration that made it.
Every key the loader reads is checked for its kind of value, and a key it does not read is
refused: each problem is a ConfigError with a code, never a Python error or a silent default.
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
    """The thresholds per category; their shape (a mapping of mappings) is checked already."""
    account = where.removeprefix("account ")
    default = raw.get("default", {"review": 0.5, "remove": 0.9})
    out: dict[str, Thresholds] = {}
    for cat in CATEGORIES:
        t = {**default, **raw.get(cat, {})}
        try:
            if isinstance(t.get("review"), bool) or isinstance(t.get("remove"), bool):
                raise TypeError("true or false is not a number")
            review, remove = float(t["review"]), float(t["remove"])
        except (KeyError, TypeError, ValueError) as e:
            raise ConfigError(f"{where}: thresholds for {cat} need numbers review and remove",
                              code="thresholds_not_numbers",
                              account=account, category=cat) from e
        if not 0.0 <= review <= remove:
            raise ConfigError(f"{where}: thresholds for {cat} need 0 <= review <= remove",
                              code="thresholds_out_of_order",
                              account=account, category=cat,
                              review=review, remove=remove)
        if remove > 1.0:
            # Scores are between 0 and 1: 90 (a percentage) would never remove or flag anything.
            raise ConfigError(f"{_where(account)}thresholds for {cat} are scores between 0 and 1, "
                              f"but remove is {remove:g}",
                              code="thresholds_above_one", account=account, category=cat,
                              review=review, remove=remove)
        out[cat] = Thresholds(review, remove)
    return out


def _keys(words: list[Any] | None) -> frozenset[str]:
    return frozenset(key_of(fold(str(w))) for w in (words or []) if str(w).strip())


def _account(key: str, raw: dict[str, Any]) -> AccountConfig:
    """The settings of one account (or of the municipality: key ''), checked by _check_settings."""
    muni = raw.get("municipality") or {}
    places = {fold(str(p)) for p in muni.get("places") or []}
    if muni.get("code"):
        places |= _localities(str(muni["code"]))
    contacts = muni.get("public_contacts") or {}
    lex = raw.get("lexicon") or {}
    add: dict[str, frozenset[str]] = {}
    for cat in ("offensive", "personal_attack"):
        add[cat] = frozenset(fold(str(w)) for w in lex.get(cat, []) or [])
    purpose = _text_or_empty(raw.get("purpose"))
    return AccountConfig(
        key=key,
        municipality=_text_or_empty(muni.get("name")),
        purpose=purpose,
        thresholds=_thresholds(raw.get("thresholds") or {}, f"account {key}"),
        places=frozenset(p for p in places if p),
        topics=_keys(raw.get("topics")) | _keys(purpose.split()),
        services=_keys(raw.get("services")),
        lexicon_add=add,
        lexicon_except=frozenset(fold(str(w)) for w in lex.get("exceptions", []) or []),
        public_domains=frozenset(str(d).lower() for d in contacts.get("domains", []) or []),
        public_phones=frozenset(_digits(str(p)) for p in contacts.get("phones", []) or []),
        public_emails=frozenset(str(e).lower() for e in contacts.get("emails", []) or []),
        off_topic=bool(raw.get("off_topic", True)),
    )


def _text_or_empty(value: Any) -> str:
    return "" if value is None else str(value)


# What the loader reads. Anything else is refused by name rather than ignored: a misspelt key
# (`treshholds:`) silently ignored would leave the setting the user meant to change unchanged.
ACCOUNT_KEYS = ("purpose", "topics", "services", "off_topic", "thresholds", "lexicon",
                "municipality")
TOP_ONLY_KEYS = ("version", "replace_municipality", "model", "base_model", "accounts")
TOP_KEYS = ("version", "replace_municipality", "municipality", "purpose", "topics", "services",
            "off_topic", "thresholds", "lexicon", "model", "base_model", "accounts")
MUNICIPALITY_KEYS = ("name", "code", "places", "public_contacts")
CONTACT_KEYS = ("domains", "phones", "emails")
LEXICON_KEYS = ("offensive", "personal_attack", "exceptions")
THRESHOLD_KEYS = ("review", "remove")


def _where(account: str) -> str:
    return f"account {account}: " if account else ""


def _dotted(key: tuple[str, ...]) -> str:
    return ".".join(key)


def _kind(value: Any) -> str:
    """A value as the English messages name it."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text {value!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _is_text(value: Any) -> bool:
    """A word or a text as YAML gives it: a number is a text too (`version: 3`), true is not."""
    return isinstance(value, str | int | float) and not isinstance(value, bool)


@lru_cache(maxsize=1)
def _municipality_codes() -> frozenset[str]:
    lines = (DATA / "places" / "municipalities.tsv").read_text(encoding="utf-8").splitlines()
    return frozenset(line.partition("\t")[0] for line in lines if not line.startswith("#"))


def _check_text(raw: dict[str, Any], account: str, key: tuple[str, ...],
                empty: bool = True) -> None:
    value = raw.get(key[-1])
    if (value is None and empty) or _is_text(value):
        return
    raise ConfigError(f"{_where(account)}{_dotted(key)} must be a text, not {_kind(value)}",
                      code="not_text", account=account, key=list(key), value=value)


def _check_bool(raw: dict[str, Any], account: str, key: tuple[str, ...]) -> None:
    value = raw.get(key[-1], False)
    if not isinstance(value, bool):
        raise ConfigError(f"{_where(account)}{_dotted(key)} must be true or false, not "
                          f"{_kind(value)}",
                          code="not_bool", account=account, key=list(key), value=value)


def _check_words(raw: dict[str, Any], account: str, key: tuple[str, ...]) -> list[Any]:
    """A list of words or texts (empty is an empty list); the list is returned."""
    value = raw.get(key[-1])
    if value is None:
        return []
    if not isinstance(value, list):
        # A text here would be read letter by letter: places: "Motala" is M, o, t, a, l, a.
        raise ConfigError(f"{_where(account)}{_dotted(key)} must be a list, not {_kind(value)}",
                          code="not_a_list", account=account, key=list(key), value=value)
    for index, item in enumerate(value):
        if isinstance(item, bool):
            raise ConfigError(f"{_where(account)}item {index + 1} of {_dotted(key)} is read as "
                              f"{_kind(item)}: write words such as yes, no, on and off in quotes",
                              code="list_item_yes_no", account=account, key=list(key),
                              index=index, value=item)
        if not _is_text(item):
            raise ConfigError(f"{_where(account)}item {index + 1} of {_dotted(key)} must be a "
                              f"word or a text, not {_kind(item)}",
                              code="list_item_not_text", account=account, key=list(key),
                              index=index, value=item)
    return value


def _check_section(raw: dict[str, Any], account: str, key: tuple[str, ...],
                   allowed: tuple[str, ...], empty: bool = True) -> dict[str, Any]:
    """A mapping of the allowed keys (empty is an empty mapping); the mapping is returned."""
    value = raw.get(key[-1])
    if value is None and empty:
        return {}
    if not isinstance(value, dict):
        raise ConfigError(f"{_where(account)}{_dotted(key)} must be a mapping of "
                          f"{', '.join(allowed)}, not {_kind(value)}",
                          code="section_not_mapping", account=account, key=list(key),
                          allowed=list(allowed), value=value)
    unknown = [str(k) for k in value if str(k) not in allowed]
    if unknown:
        raise ConfigError(f"{_where(account)}unknown keys in {_dotted(key)}: {unknown}; allowed "
                          f"are: {', '.join(allowed)}",
                          code="unknown_section_keys", account=account, key=list(key),
                          keys=unknown, allowed=list(allowed))
    return value


def _check_municipality(raw: dict[str, Any], account: str) -> None:
    muni = _check_section(raw, account, ("municipality",), MUNICIPALITY_KEYS)
    _check_text(muni, account, ("municipality", "name"))
    code = muni.get("code")
    if code not in (None, "") and not (_is_text(code) and str(code) in _municipality_codes()):
        # An unknown code would silently add no localities at all.
        raise ConfigError(f"{_where(account)}municipality.code must be a Swedish municipality's "
                          f"four-digit code in quotes (\"0583\"), not {_kind(code)}",
                          code="municipality_code_unknown", account=account,
                          key=["municipality", "code"], value=code)
    _check_words(muni, account, ("municipality", "places"))
    where = ("municipality", "public_contacts")
    contacts = _check_section(muni, account, where, CONTACT_KEYS)
    for index, domain in enumerate(_check_words(contacts, account, (*where, "domains"))):
        text = str(domain)
        if "." not in text or any(c in text for c in "/@: ") or text != text.strip():
            raise ConfigError(f"{_where(account)}item {index + 1} of "
                              f"municipality.public_contacts.domains must be a domain name such "
                              f"as motala.se, not {_kind(domain)}",
                              code="domain_invalid", account=account,
                              key=[*where, "domains"], index=index, value=domain)
    for index, phone in enumerate(_check_words(contacts, account, (*where, "phones"))):
        # Unquoted digits are a number to YAML, and 0141225000 even an octal one.
        if not isinstance(phone, str) or not _digits(phone):
            raise ConfigError(f"{_where(account)}item {index + 1} of "
                              f"municipality.public_contacts.phones must be a phone number in "
                              f"quotes (\"0141-22 50 00\")",
                              code="phone_invalid", account=account,
                              key=[*where, "phones"], index=index, value=phone)
    for index, email in enumerate(_check_words(contacts, account, (*where, "emails"))):
        local, at, domain = str(email).partition("@")
        if not (local and at and domain) or " " in str(email).strip():
            raise ConfigError(f"{_where(account)}item {index + 1} of "
                              f"municipality.public_contacts.emails must be an e-mail address, "
                              f"not {_kind(email)}",
                              code="email_invalid", account=account,
                              key=[*where, "emails"], index=index, value=email)


def _check_thresholds(raw: dict[str, Any], account: str) -> None:
    allowed = ("default", *CATEGORIES)
    if "thresholds" not in raw:
        return
    value = raw["thresholds"]
    if not isinstance(value, dict):
        # Empty too: it would drop the municipality's thresholds for 0.5 and 0.9 everywhere, and
        # so remove the off-topic and advertising posts that are only ever to be reviewed.
        raise ConfigError(f"{_where(account)}thresholds must be a mapping of "
                          f"{', '.join(allowed)}, not {_kind(value)}",
                          code="section_not_mapping", account=account, key=["thresholds"],
                          allowed=list(allowed), value=value)
    unknown = set(value) - set(allowed)
    if unknown:
        raise ConfigError(f"account {account}: unknown categories in thresholds: "
                          f"{sorted(str(c) for c in unknown)}",
                          code="thresholds_unknown_categories", account=account,
                          categories=sorted(str(c) for c in unknown), allowed=list(allowed))
    for cat in allowed:
        if cat not in value:
            continue
        t = value[cat]
        if not isinstance(t, dict):
            raise ConfigError(f"{_where(account)}thresholds for {cat} must be a mapping "
                              f"{{review: ..., remove: ...}}, not {_kind(t)}",
                              code="thresholds_category_not_mapping", account=account,
                              category=cat, value=t)
        extra = [str(k) for k in t if str(k) not in THRESHOLD_KEYS]
        if extra:
            raise ConfigError(f"{_where(account)}unknown keys in thresholds for {cat}: {extra}; "
                              f"allowed are: {', '.join(THRESHOLD_KEYS)}",
                              code="thresholds_unknown_keys", account=account, category=cat,
                              keys=extra, allowed=list(THRESHOLD_KEYS))


def _check_settings(raw: dict[str, Any], account: str) -> None:
    """Every setting of the municipality (account '') or of one account, by kind: what the
    loader would otherwise stumble on with a Python error, or read wrongly without a word."""
    _check_municipality(raw, account)
    _check_text(raw, account, ("purpose",))
    _check_words(raw, account, ("topics",))
    _check_words(raw, account, ("services",))
    if "off_topic" in raw:
        _check_bool(raw, account, ("off_topic",))
    _check_thresholds(raw, account)
    lexicon = _check_section(raw, account, ("lexicon",), LEXICON_KEYS)
    for name in LEXICON_KEYS:
        _check_words(lexicon, account, ("lexicon", name))


def _check_account(key: str, raw: Any) -> dict[str, Any]:
    """One account's own settings (before they are merged over the municipality's)."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ConfigError(f"account {key}: the account's settings must be a mapping, not "
                          f"{_kind(raw)}",
                          code="account_not_mapping", account=key, value=raw)
    for name in raw:
        if str(name) in TOP_ONLY_KEYS:
            raise ConfigError(f"account {key}: {name} can only be set at the top of the file, "
                              f"not for an account",
                              code="account_top_level_key", account=key, key=[str(name)])
    unknown = [str(k) for k in raw if str(k) not in ACCOUNT_KEYS]
    if unknown:
        raise ConfigError(f"account {key}: unknown keys: {unknown}; allowed are: "
                          f"{', '.join(ACCOUNT_KEYS)}",
                          code="unknown_keys", account=key, keys=unknown,
                          allowed=list(ACCOUNT_KEYS))
    _check_settings(raw, key)
    return raw


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
        _check_bool(over, "", ("replace_municipality",))
        if over.get("replace_municipality"):
            # A different municipality must not inherit the demo municipality's places.
            raw.pop("municipality", None)
            raw.pop("accounts", None)
        raw = _merge(raw, over)
        source = str(path)
    unknown = [str(k) for k in raw if str(k) not in TOP_KEYS]
    if unknown:
        raise ConfigError(f"unknown keys: {unknown}; allowed are: {', '.join(TOP_KEYS)}",
                          code="unknown_keys", account="", keys=unknown, allowed=list(TOP_KEYS))
    _check_text(raw, "", ("version",), empty=False)
    accounts_raw = raw.pop("accounts", None)
    if accounts_raw is None:
        accounts_raw = {}
    if not isinstance(accounts_raw, dict):
        raise ConfigError("accounts must be a mapping from account key to settings",
                          code="accounts_not_mapping")
    _check_text(raw, "", ("model",))
    model_path = raw.pop("model", None)
    base_model = raw.pop("base_model", False)
    if not isinstance(base_model, bool):
        raise ConfigError("base_model must be true or false", code="base_model_not_bool",
                          value=base_model)
    _check_settings(raw, "")
    default = _account("", raw)
    accounts = {
        str(k): _account(str(k), _merge(raw, _check_account(str(k), v)))
        for k, v in accounts_raw.items()
    }
    return EngineConfig(
        version=str(raw.get("version", "")),
        default=default,
        accounts=accounts,
        model_path=str(model_path) if model_path else None,
        source=source,
        base_model=base_model,
    )
