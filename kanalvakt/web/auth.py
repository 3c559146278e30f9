"""Forms of the local login and the password reset by e-mail."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import forms as auth_forms
from django.db import transaction

from kanalvakt.audit.log import record


class LoginForm(auth_forms.AuthenticationForm):
    """Django's form; its Swedish errors come from Django's own catalogue."""


class PasswordResetForm(auth_forms.PasswordResetForm):
    """Django's form: it answers the same whether or not the address is known."""


class SetPasswordForm(auth_forms.SetPasswordForm):
    def save(self, commit: bool = True) -> Any:
        with transaction.atomic():
            user = super().save(commit=commit)
            record(user, "auth.password_changed", user, note="password reset by e-mail")
        return user
