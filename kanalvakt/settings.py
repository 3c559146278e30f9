"""kanalvakt's one settings module: every deploy-time value comes from an environment variable.

The defaults are safe for production (secure cookies, HSTS, CSP, no DEBUG); `KANALVAKT_DEV=true`
(set by `make run`) switches to a development mode that runs from a fresh checkout on SQLite.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from kanalvakt.config import (
    ConfigError,
    database_config,
    env_bool,
    env_dict,
    env_int,
    env_list,
    env_str,
)

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parent

DEV = env_bool("KANALVAKT_DEV", False)
DEBUG = env_bool("KANALVAKT_DEBUG", DEV)

DATA_DIR = Path(env_str("KANALVAKT_DATA_DIR", str(PROJECT_DIR / "data")) or "data").resolve()

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEV:
        raise ConfigError("SECRET_KEY must be set (or KANALVAKT_DEV=true for development)")
    SECRET_KEY = "development-only-not-secret"  # noqa: S105 - development mode only

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEV else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
SITE_URL = (env_str("SITE_URL", "http://127.0.0.1:8000") or "").rstrip("/")

INSTALLED_APPS = [
    # First, so that its createsuperuser (which also grants a role) takes precedence over auth's.
    "kanalvakt.org",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "axes",
    "mozilla_django_oidc",
    "kanalvakt.audit",
    "kanalvakt.worker",
    "kanalvakt.registry",
    "kanalvakt.content",
    "kanalvakt.moderation",
    "kanalvakt.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "kanalvakt.web.middleware.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "kanalvakt.urls"
WSGI_APPLICATION = "kanalvakt.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "kanalvakt.web.context_processors.navigation",
            ],
        },
    },
]

# Database: SQLite in the data folder unless DATABASE_URL says otherwise.
DATABASE_URL = env_str("DATABASE_URL", f"sqlite:///{DATA_DIR / 'kanalvakt.sqlite3'}") or ""
DATABASES = {
    "default": database_config(
        DATABASE_URL, data_dir=DATA_DIR, conn_max_age=env_int("DB_CONN_MAX_AGE", 60, minimum=0)
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "org.Person"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "kanalvakt.org.oidc.RoleMappingOIDCBackend",
    "django.contrib.auth.backends.ModelBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 2

# Lockout after repeated failed logins (django-axes): per user name and address together, so an
# attacker cannot lock every user out from one address, nor try one user from many addresses freely.
AXES_FAILURE_LIMIT = env_int("KANALVAKT_LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = env_int("KANALVAKT_LOGIN_COOLOFF_MINUTES", 15, minimum=1) / 60
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_IPWARE_PROXY_COUNT = env_int("KANALVAKT_PROXY_COUNT", 0, minimum=0)

# OpenID Connect single sign-on (e.g. Entra ID), on when OIDC_RP_CLIENT_ID is set.
OIDC_ENABLED = bool(env_str("OIDC_RP_CLIENT_ID"))
OIDC_RP_CLIENT_ID = env_str("OIDC_RP_CLIENT_ID", "")
OIDC_RP_CLIENT_SECRET = env_str("OIDC_RP_CLIENT_SECRET", "")
OIDC_RP_SIGN_ALGO = env_str("OIDC_RP_SIGN_ALGO", "RS256")
OIDC_OP_AUTHORIZATION_ENDPOINT = env_str("OIDC_OP_AUTHORIZATION_ENDPOINT", "")
OIDC_OP_TOKEN_ENDPOINT = env_str("OIDC_OP_TOKEN_ENDPOINT", "")
OIDC_OP_USER_ENDPOINT = env_str("OIDC_OP_USER_ENDPOINT", "")
OIDC_OP_JWKS_ENDPOINT = env_str("OIDC_OP_JWKS_ENDPOINT", "")
OIDC_RP_SCOPES = env_str("OIDC_RP_SCOPES", "openid email profile")
OIDC_GROUPS_CLAIM = env_str("OIDC_GROUPS_CLAIM", "groups")
OIDC_USERNAME_CLAIM = env_str("OIDC_USERNAME_CLAIM", "preferred_username")
# "group-id=role[:scope]" pairs: role is one of the org Role values; scope is a unit or
# förvaltning code for roles held per unit or förvaltning.
OIDC_GROUP_ROLES = env_dict("OIDC_GROUP_ROLES")
if OIDC_ENABLED:
    missing = [
        name
        for name in ("OIDC_RP_CLIENT_SECRET", "OIDC_OP_AUTHORIZATION_ENDPOINT", "OIDC_OP_TOKEN_ENDPOINT",
                     "OIDC_OP_USER_ENDPOINT", "OIDC_OP_JWKS_ENDPOINT")
        if not globals()[name]
    ]
    if missing:
        raise ConfigError(f"OIDC_RP_CLIENT_ID is set, so these must be set too: {', '.join(missing)}")

# E-mail: SMTP by default; tests point it at a real SMTP server on loopback.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25, minimum=1)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "kanalvakt@localhost")
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    raise ConfigError("EMAIL_USE_TLS and EMAIL_USE_SSL cannot both be true")

# Internationalisation: Swedish first, English available.
LANGUAGE_CODE = "sv"
LANGUAGES = [("sv", _("Swedish")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Stockholm"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env_str("KANALVAKT_STATIC_ROOT", str(DATA_DIR / "static")) or "")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage",
                "OPTIONS": {"location": str(DATA_DIR / "files")}},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
                    if DEBUG else "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = DEBUG

# Security: safe unless development mode, each switch overridable for odd deployments.
SECURE_COOKIES = env_bool("KANALVAKT_SECURE_COOKIES", not DEV)
SESSION_COOKIE_SECURE = SECURE_COOKIES
CSRF_COOKIE_SECURE = SECURE_COOKIES
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = env_int("KANALVAKT_SESSION_HOURS", 10, minimum=1) * 3600
SECURE_HSTS_SECONDS = env_int("KANALVAKT_HSTS_SECONDS", 0 if DEV else 31536000, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = False
SECURE_SSL_REDIRECT = env_bool("KANALVAKT_SSL_REDIRECT", False)
if env_bool("KANALVAKT_BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
    }
}

# Platform credentials are encrypted at rest with Fernet. KANALVAKT_ENCRYPTION_KEY is one key or a
# comma-separated list (the first encrypts, all decrypt, so keys can be rotated); make one with
# `python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"`.
# Development mode and the test suite derive a fixed key from SECRET_KEY; production refuses to start.
_encryption_keys = env_list("KANALVAKT_ENCRYPTION_KEY", [])
if not _encryption_keys:
    if not (DEV or os.environ.get("DJANGO_SETTINGS_MODULE") == "tests.settings"):
        raise ConfigError("KANALVAKT_ENCRYPTION_KEY must be set (a Fernet key) to store platform credentials")
    _derived = hashlib.sha256(f"kanalvakt-encryption:{SECRET_KEY}".encode()).digest()
    _encryption_keys = [base64.urlsafe_b64encode(_derived).decode()]
for _key in _encryption_keys:
    try:
        if len(base64.urlsafe_b64decode(_key.encode())) != 32:
            raise ValueError
    except (ValueError, binascii.Error):
        raise ConfigError("KANALVAKT_ENCRYPTION_KEY must be Fernet keys (32 url-safe base64-encoded bytes)") from None
ENCRYPTION_KEYS = _encryption_keys

# Meta webhooks (Facebook Pages, Instagram): the verify token we chose when subscribing, and the
# app secret that signs each delivery. Without them the webhook endpoint refuses every request.
META_WEBHOOK_VERIFY_TOKEN = env_str("META_WEBHOOK_VERIFY_TOKEN", "") or ""
META_APP_SECRET = env_str("META_APP_SECRET", "") or ""

# Chromium prints the scorecard as PDF (and, later, takes the half-year screenshots).
KANALVAKT_CHROMIUM = env_str("KANALVAKT_CHROMIUM", "/usr/bin/chromium")

# Worker: how often it looks for due jobs, and how long a claim holds before another may take it.
WORKER_POLL_SECONDS = env_int("KANALVAKT_WORKER_POLL_SECONDS", 2, minimum=1)
WORKER_LEASE_SECONDS = env_int("KANALVAKT_WORKER_LEASE_SECONDS", 600, minimum=10)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("KANALVAKT_LOG_LEVEL", "INFO")},
    "loggers": {"axes": {"level": "WARNING"}},
}
