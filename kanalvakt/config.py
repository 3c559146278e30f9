"""Strict readers of deploy-time configuration from environment variables.

Every value kanalvakt needs at deploy time comes through these helpers, so that a typo stops
start-up with one clear message instead of running with a silently wrong setting.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit


class ConfigError(Exception):
    """A deploy-time setting is missing or malformed; the message names the variable."""


def env_str(name: str, default: str | None = None) -> str | None:
    """A string from NAME, or from the file named by NAME_FILE (for secrets)."""
    file_name = os.environ.get(f"{name}_FILE")
    if file_name:
        try:
            return Path(file_name).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(f"{name}_FILE: cannot read {file_name!r} ({exc.strerror})") from exc
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value


def env_bool(name: str, default: bool) -> bool:
    value = env_str(name)
    if value is None:
        return default
    lowered = value.strip().lower()
    if lowered == "true":
        return True
    if lowered == "false":
        return False
    raise ConfigError(f"{name} must be 'true' or 'false', not {value!r}")


def env_int(name: str, default: int, *, minimum: int | None = None) -> int:
    value = env_str(name)
    if value is None:
        return default
    try:
        number = int(value)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {value!r}") from None
    if minimum is not None and number < minimum:
        raise ConfigError(f"{name} must be at least {minimum}, not {number}")
    return number


def env_list(name: str, default: list[str]) -> list[str]:
    value = env_str(name)
    if value is None:
        return default
    items = [part.strip() for part in value.split(",")]
    if any(not item for item in items):
        raise ConfigError(f"{name} must be a comma-separated list without empty entries, not {value!r}")
    return items


def env_dict(name: str) -> dict[str, str]:
    """Pairs 'key=value,key=value', e.g. OIDC group ids mapped to roles."""
    result: dict[str, str] = {}
    for item in env_list(name, []):
        key, sep, value = item.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise ConfigError(f"{name} must be a list of key=value pairs, not {item!r}")
        result[key.strip()] = value.strip()
    return result


def database_config(url: str, *, data_dir: Path, conn_max_age: int) -> dict[str, object]:
    """A Django DATABASES entry from DATABASE_URL; only SQLite and PostgreSQL are supported."""
    import dj_database_url

    scheme = urlsplit(url).scheme
    if scheme not in {"sqlite", "postgres", "postgresql", "pgsql"}:
        raise ConfigError(
            "DATABASE_URL must look like sqlite:///path/to/kanalvakt.sqlite3 or "
            f"postgres://user:password@host:5432/name, not {url!r}"
        )
    try:
        config = dict(dj_database_url.parse(url, conn_max_age=conn_max_age))
    except ValueError as exc:
        raise ConfigError(f"DATABASE_URL is not usable: {exc}") from None
    if config["ENGINE"] == "django.db.backends.sqlite3":
        if not config.get("NAME") or config["NAME"] == ":memory:":
            raise ConfigError("DATABASE_URL for SQLite must name a file, e.g. sqlite:///data/kanalvakt.sqlite3")
        config["CONN_MAX_AGE"] = 0
        Path(config["NAME"]).parent.mkdir(parents=True, exist_ok=True)
        # A file, not memory, so that tests can run several threads (workers, a live server)
        # against one test database the way several processes share the real one.
        # The process id keeps two test runs on one machine apart.
        config["TEST"] = {"NAME": str(data_dir / f"test-kanalvakt-{os.getpid()}.sqlite3")}
        # Writers queue up instead of failing: IMMEDIATE takes the write lock at BEGIN, so the
        # read-then-write of the audit chain and the job queue can never interleave.
        config["OPTIONS"] = {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    else:
        if not config.get("NAME"):
            raise ConfigError("DATABASE_URL for PostgreSQL must name a database, e.g. postgres://host/kanalvakt")
        config["CONN_HEALTH_CHECKS"] = True
    return config
