"""The environment the test suite runs kanalvakt in: the real settings, with test-only values.

pytest-django loads settings before any conftest, so these defaults are set here.
"""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-secret-key")
# The browser tests talk plain HTTP to a live server on loopback.
os.environ.setdefault("KANALVAKT_SECURE_COOKIES", "false")
os.environ.setdefault("KANALVAKT_HSTS_SECONDS", "0")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend")
# Playwright's sync API runs an event loop in the test thread; the ORM is still used synchronously.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from kanalvakt.settings import *  # noqa: E402,F403

# Fast hashing keeps fixtures quick; test_auth checks that production uses Argon2.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
WHITENOISE_USE_FINDERS = True
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405 - WhiteNoise warns without it
