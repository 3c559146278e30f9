"""Local login: Swedish errors, lockout after repeated failures, password reset by real e-mail."""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from email import message_from_bytes, policy
from email.message import Message
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from django.test import Client
from django.urls import reverse

from kanalvakt.audit.models import Entry
from tests.personas import PASSWORD


def test_a_demo_user_logs_in_and_out(people: dict[str, Any]) -> None:
    client = Client()
    response = client.post(reverse("login"), {"username": "alva", "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/"
    assert "_auth_user_id" in client.session
    assert Entry.objects.filter(action="auth.logged_in", actor=people["alva"]).exists()
    client.post(reverse("logout"))
    assert "_auth_user_id" not in client.session


def test_a_wrong_password_shows_a_swedish_error_and_no_session(people: dict[str, Any]) -> None:
    client = Client()
    response = client.post(reverse("login"), {"username": "alva", "password": "fel"})
    assert response.status_code == 200
    assert "Ange ett korrekt användarnamn och lösenord" in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert Entry.objects.filter(action="auth.login_failed", object_repr="alva").exists()


def test_repeated_failures_lock_the_user_out_even_with_the_right_password(people: dict[str, Any]) -> None:
    client = Client()
    for _ in range(5):
        client.post(reverse("login"), {"username": "maja", "password": "fel"})
    response = client.post(reverse("login"), {"username": "maja", "password": PASSWORD})
    assert response.status_code == 429
    assert "För många misslyckade inloggningar" in response.content.decode()
    assert "_auth_user_id" not in client.session
    # Another user from the same address is not locked out.
    other = client.post(reverse("login"), {"username": "alva", "password": PASSWORD})
    assert other.status_code == 302


def test_a_deactivated_person_cannot_log_in(people: dict[str, Any]) -> None:
    from kanalvakt.org.actions import do_deactivate_person

    do_deactivate_person(people["admin"], people["maja"], reason="slutat")
    client = Client()
    client.post(reverse("login"), {"username": "maja", "password": PASSWORD})
    assert "_auth_user_id" not in client.session


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 OK"


@pytest.fixture
def smtp_server(settings: Any) -> Iterator[_Inbox]:
    """A real SMTP server on loopback; kanalvakt sends through its ordinary SMTP backend."""
    inbox = _Inbox()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    try:
        yield inbox
    finally:
        controller.stop()


def test_password_reset_by_email_sets_a_new_password(people: dict[str, Any], smtp_server: _Inbox) -> None:
    client = Client()
    response = client.post(reverse("password_reset"), {"email": "erik@motala.example"})
    assert response.status_code == 302
    assert len(smtp_server.messages) == 1
    mail = smtp_server.messages[0]
    assert mail["To"] == "erik@motala.example"
    assert str(mail["Subject"]) == "Nytt lösenord för kanalvakt"
    body = mail.get_content()
    assert "Hej Erik Berg!" in body
    link = re.search(r"http://testserver(/losenord/aterstall/\S+/)", body)
    assert link is not None
    form = client.get(link.group(1), follow=True)
    set_url = form.redirect_chain[-1][0]
    new_password = "ett-nytt-langt-losenord-42"
    done = client.post(set_url, {"new_password1": new_password, "new_password2": new_password})
    assert done.status_code == 302
    people["erik"].refresh_from_db()
    assert people["erik"].check_password(new_password)
    assert Entry.objects.filter(action="auth.password_changed", actor=people["erik"]).exists()


def test_password_reset_for_an_unknown_address_sends_nothing_and_says_the_same(
        people: dict[str, Any], smtp_server: _Inbox) -> None:
    response = Client().post(reverse("password_reset"), {"email": "okand@example.org"}, follow=True)
    assert "Titta i din e-post" in response.content.decode()
    assert smtp_server.messages == []
