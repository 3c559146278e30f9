"""Encryption at rest for platform credentials: Fernet with the keys of KANALVAKT_ENCRYPTION_KEY.

The first key encrypts; every key decrypts (MultiFernet), so a new key can be put first and old
tokens re-encrypted with `rotate` before the old key is dropped.
"""

from __future__ import annotations

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings

__all__ = ["InvalidToken", "decrypt", "encrypt", "rotate"]


def _fernet() -> MultiFernet:
    return MultiFernet([Fernet(key.encode()) for key in settings.ENCRYPTION_KEYS])


def encrypt(secret: str) -> str:
    return _fernet().encrypt(secret.encode()).decode("ascii")


def decrypt(stored: str) -> str:
    """The secret, or ``InvalidToken`` when no configured key opens it (a wrong or lost key)."""
    return _fernet().decrypt(stored.encode("ascii")).decode()


def rotate(stored: str) -> str:
    return _fernet().rotate(stored.encode("ascii")).decode("ascii")
