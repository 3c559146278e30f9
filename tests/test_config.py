"""Configuration comes from the environment only, is parsed strictly and fails clearly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kanalvakt.config import ConfigError, database_config, env_bool, env_dict, env_int, env_str

ROOT = Path(__file__).resolve().parent.parent
KANALVAKT = str(Path(sys.executable).parent / "kanalvakt")


def run_cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items()
             if not k.startswith(("KANALVAKT_", "DATABASE_URL", "SECRET_KEY", "DJANGO_"))}
    return subprocess.run([KANALVAKT, *args], env={**clean, **env}, capture_output=True, text=True,
                          cwd=ROOT, timeout=60)


@pytest.mark.parametrize(("env", "message"), [
    ({"DATABASE_URL": "nonsense", "KANALVAKT_DEV": "true"}, "DATABASE_URL must look like"),
    ({"DATABASE_URL": "mysql://db/kanalvakt", "KANALVAKT_DEV": "true"}, "DATABASE_URL must look like"),
    ({}, "SECRET_KEY must be set"),
    ({"SECRET_KEY": "x" * 50}, "KANALVAKT_ENCRYPTION_KEY"),
    ({"KANALVAKT_DEV": "yes"}, "KANALVAKT_DEV must be 'true' or 'false', not 'yes'"),
    ({"KANALVAKT_DEV": "true", "EMAIL_PORT": "twenty-five"}, "EMAIL_PORT must be a whole number"),
    ({"KANALVAKT_DEV": "true", "OIDC_RP_CLIENT_ID": "kanalvakt"}, "OIDC_RP_CLIENT_ID is set, so"),
])
def test_bad_configuration_stops_start_up_with_one_clear_line(env: dict[str, str], message: str) -> None:
    result = run_cli("migrate", **env)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kanalvakt: configuration error: ")
    assert message in lines[0]
    assert "Traceback" not in result.stderr


def test_an_unreachable_database_is_one_clear_line() -> None:
    result = run_cli("migrate", KANALVAKT_DEV="true",
                     DATABASE_URL="postgres://nobody@127.0.0.1:1/kanalvakt")
    assert result.returncode == 2
    assert result.stderr.startswith("kanalvakt: cannot reach the database:")
    assert len(result.stderr.strip().splitlines()) == 1


def test_env_bool_accepts_only_true_and_false(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("X_FLAG", "true")
    assert env_bool("X_FLAG", False) is True
    monkeypatch.setenv("X_FLAG", "1")
    with pytest.raises(ConfigError):
        env_bool("X_FLAG", False)


def test_secrets_can_come_from_files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text("s3cret\n")
    monkeypatch.setenv("X_SECRET_FILE", str(secret))
    assert env_str("X_SECRET") == "s3cret"
    monkeypatch.setenv("X_SECRET_FILE", str(tmp_path / "missing"))
    with pytest.raises(ConfigError, match="X_SECRET_FILE: cannot read"):
        env_str("X_SECRET")


def test_numbers_and_pairs_are_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("X_N", "-1")
    with pytest.raises(ConfigError, match="at least 0"):
        env_int("X_N", 5, minimum=0)
    monkeypatch.setenv("X_MAP", "g1=communicator,g2")
    with pytest.raises(ConfigError, match="key=value"):
        env_dict("X_MAP")


def test_database_urls(tmp_path: Path) -> None:
    pg = database_config("postgres://kv:pw@db.example:5432/kanalvakt", data_dir=tmp_path,
                         conn_max_age=60)
    assert (pg["ENGINE"], pg["NAME"], pg["HOST"]) == (
        "django.db.backends.postgresql", "kanalvakt", "db.example")
    lite = database_config(f"sqlite:///{tmp_path}/k.sqlite3", data_dir=tmp_path, conn_max_age=60)
    assert lite["OPTIONS"]["transaction_mode"] == "IMMEDIATE"  # type: ignore[index]
    with pytest.raises(ConfigError):
        database_config("sqlite://:memory:", data_dir=tmp_path, conn_max_age=0)


def test_production_defaults_are_safe() -> None:
    code = ("from django.conf import settings as s; "
            "print(s.DEBUG, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS, "
            "s.X_FRAME_OPTIONS, s.PASSWORD_HASHERS[0].rsplit('.', 1)[1], s.ALLOWED_HOSTS)")
    from cryptography.fernet import Fernet

    result = run_cli("manage", "shell", "-c", code, SECRET_KEY="x" * 50,
                     ALLOWED_HOSTS="kanalvakt.motala.se",
                     KANALVAKT_ENCRYPTION_KEY=Fernet.generate_key().decode())
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[-2] == (
        "False True True 31536000 DENY Argon2PasswordHasher ['kanalvakt.motala.se']")


def test_responses_carry_the_security_headers(client: object) -> None:
    from django.test import Client

    response = Client().get("/logga-in/")
    assert response["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
