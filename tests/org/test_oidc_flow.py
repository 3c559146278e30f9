"""Single sign-on end to end: a real OpenID Connect provider on loopback, the code flow through
kanalvakt's own views, and the person, roles, session and audit entry that come out of it.

The provider runs in a thread of the test: it hands out one-time codes, checks the client's id,
secret and redirect URI, signs RS256 id tokens with a key from its JWKS, and serves userinfo for
the access token it issued. kanalvakt talks to it over real HTTP with mozilla-django-oidc."""

from __future__ import annotations

import base64
import html
import json
import re
import secrets
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from django.test import Client

from kanalvakt.audit.models import Entry
from kanalvakt.org.models import Person, Role, RoleAssignment

CLIENT_ID = "kanalvakt-test"
CLIENT_SECRET = "s3cret-for-tests"
GROUP_ROLES = {
    "grp-komm": "communicator",
    "grp-chef-bib": "manager:bibliotek",
    "grp-chef-komm": "manager:kommunikation",
    "grp-it": "sysadmin",
}


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def uint_b64(n: int) -> str:
    return b64url(n.to_bytes((n.bit_length() + 7) // 8, "big"))


@dataclass
class Provider:
    """The state of the fake identity provider; the test sets who signs in and how tokens go wrong."""

    base_url: str = ""
    key: rsa.RSAPrivateKey = field(
        default_factory=lambda: rsa.generate_private_key(public_exponent=65537, key_size=2048))
    kid: str = "test-key-1"
    user: dict[str, Any] = field(default_factory=dict)  # claims of whoever signs in next
    codes: dict[str, dict[str, Any]] = field(default_factory=dict)
    access_tokens: dict[str, dict[str, Any]] = field(default_factory=dict)
    sign_with_other_key: bool = False
    userinfo_like_entra: bool = False  # Entra ID's userinfo has only sub, names and e-mail
    userinfo_subject: str | None = None
    nonce_override: str | None = None
    token_requests: list[dict[str, list[str]]] = field(default_factory=list)

    def jwks(self) -> dict[str, Any]:
        public = self.key.public_key().public_numbers()
        return {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": self.kid,
                          "n": uint_b64(public.n), "e": uint_b64(public.e)}]}

    def id_token(self, claims: dict[str, Any]) -> str:
        header = {"alg": "RS256", "typ": "JWT", "kid": self.kid}
        signing_input = f"{b64url(json.dumps(header).encode())}.{b64url(json.dumps(claims).encode())}"
        key = self.key
        if self.sign_with_other_key:
            key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        signature = key.sign(signing_input.encode(), padding.PKCS1v15(), hashes.SHA256())
        return f"{signing_input}.{b64url(signature)}"


def make_handler(op: Provider) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def send_json(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            if url.path == "/authorize":
                self.authorize(query)
            elif url.path == "/userinfo":
                auth = self.headers.get("Authorization", "")
                grant = op.access_tokens.get(auth.removeprefix("Bearer ")) if auth.startswith(
                    "Bearer ") else None
                if grant is None:
                    self.send_json(401, {"error": "invalid_token"})
                else:
                    self.send_json(200, grant)
            elif url.path == "/jwks":
                self.send_json(200, op.jwks())
            else:
                self.send_json(404, {"error": "not_found"})

        def authorize(self, query: dict[str, str]) -> None:
            problems = []
            if query.get("client_id") != CLIENT_ID:
                problems.append("client_id")
            if query.get("response_type") != "code":
                problems.append("response_type")
            if "openid" not in query.get("scope", "").split():
                problems.append("scope")
            if not query.get("redirect_uri") or not query.get("state") or not query.get("nonce"):
                problems.append("redirect_uri/state/nonce")
            if problems:
                self.send_json(400, {"error": "invalid_request", "fields": problems})
                return
            code = secrets.token_urlsafe(16)
            op.codes[code] = {"nonce": query["nonce"], "redirect_uri": query["redirect_uri"],
                              "user": dict(op.user)}
            self.send_response(302)
            self.send_header("Location", query["redirect_uri"] + "?" + urlencode(
                {"code": code, "state": query["state"]}))
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_POST(self) -> None:
            if urlsplit(self.path).path != "/token":
                self.send_json(404, {"error": "not_found"})
                return
            length = int(self.headers.get("Content-Length", "0"))
            form = parse_qs(self.rfile.read(length).decode())
            op.token_requests.append(form)
            one = {k: v[0] for k, v in form.items()}
            client_id, client_secret = one.get("client_id"), one.get("client_secret")
            auth = self.headers.get("Authorization", "")
            if auth.startswith("Basic "):
                client_id, _, client_secret = base64.b64decode(auth[6:]).decode().partition(":")
            if client_id != CLIENT_ID or client_secret != CLIENT_SECRET:
                self.send_json(401, {"error": "invalid_client"})
                return
            grant = op.codes.pop(one.get("code", ""), None)  # a code is good once
            if (one.get("grant_type") != "authorization_code" or grant is None
                    or grant["redirect_uri"] != one.get("redirect_uri")):
                self.send_json(400, {"error": "invalid_grant"})
                return
            now = int(time.time())
            claims = {"iss": op.base_url, "aud": CLIENT_ID, "iat": now, "exp": now + 300,
                      "nonce": op.nonce_override or grant["nonce"], **grant["user"]}
            access_token = secrets.token_urlsafe(24)
            userinfo = dict(grant["user"])
            if op.userinfo_like_entra:
                userinfo = {k: v for k, v in userinfo.items()
                            if k in ("sub", "name", "given_name", "family_name", "email")}
            if op.userinfo_subject:
                userinfo["sub"] = op.userinfo_subject
            op.access_tokens[access_token] = userinfo
            self.send_json(200, {"token_type": "Bearer", "expires_in": 300,
                                 "access_token": access_token, "id_token": op.id_token(claims)})

    return Handler


@pytest.fixture(scope="module")
def provider() -> Iterator[Provider]:
    op = Provider()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(op))
    op.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield op
    server.shutdown()
    server.server_close()


@pytest.fixture
def op(provider: Provider, settings: Any, monkeypatch: pytest.MonkeyPatch) -> Provider:
    """The provider, reset, with kanalvakt configured against it as the environment would."""
    provider.codes.clear()
    provider.access_tokens.clear()
    provider.token_requests.clear()
    provider.sign_with_other_key = False
    provider.nonce_override = None
    provider.userinfo_like_entra = False
    provider.userinfo_subject = None
    # requests would send loopback traffic to a proxy from the environment
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    settings.ROOT_URLCONF = "tests.org.oidc_urls"
    settings.OIDC_ENABLED = True
    settings.OIDC_RP_CLIENT_ID = CLIENT_ID
    settings.OIDC_RP_CLIENT_SECRET = CLIENT_SECRET
    settings.OIDC_OP_AUTHORIZATION_ENDPOINT = f"{provider.base_url}/authorize"
    settings.OIDC_OP_TOKEN_ENDPOINT = f"{provider.base_url}/token"
    settings.OIDC_OP_USER_ENDPOINT = f"{provider.base_url}/userinfo"
    settings.OIDC_OP_JWKS_ENDPOINT = f"{provider.base_url}/jwks"
    settings.OIDC_GROUP_ROLES = GROUP_ROLES
    settings.OIDC_TIMEOUT = 5
    return provider


def kim(groups: list[str]) -> dict[str, Any]:
    return {"sub": "00000000-aaaa-4bbb-8ccc-000000000042", "name": "Kim Karlsson",
            "given_name": "Kim", "family_name": "Karlsson", "preferred_username": "kim@motala.se",
            "email": "kim@motala.se", "groups": groups}


def sso_login(client: Client) -> Any:
    """Press the single sign-on button on the login page, sign in at the provider, come back."""
    page = client.get("/logga-in/")
    assert page.status_code == 200
    button = re.search(r'<a class="button" href="([^"]+)">', page.content.decode())
    assert button, "the login page shows no single sign-on button"
    start = client.get(html.unescape(button.group(1)))
    assert start.status_code == 302
    at_provider = httpx.get(start["Location"], follow_redirects=False, trust_env=False, timeout=5)
    assert at_provider.status_code == 302, at_provider.text
    back = urlsplit(at_provider.headers["Location"])
    assert (back.scheme, back.netloc, back.path) == ("http", "testserver", "/oidc/callback/")
    return client.get(back.path, {k: v[0] for k, v in parse_qs(back.query).items()})


def roles_of(person: Person) -> set[tuple[str, str, str]]:
    return {(a.role, a.unit.code if a.unit else "", a.source)
            for a in RoleAssignment.objects.filter(person=person).select_related("unit")}


def test_a_person_logs_in_through_sso_and_gets_the_roles_of_their_groups(
        people: dict[str, Any], op: Provider) -> None:
    op.user = kim(["grp-komm", "grp-chef-bib", "grp-not-mapped"])
    client = Client()
    response = sso_login(client)

    assert response.status_code == 302 and response["Location"] == "/"
    person = Person.objects.get(sso_subject=op.user["sub"])
    assert int(client.session["_auth_user_id"]) == person.pk
    assert client.session["_auth_user_backend"] == "kanalvakt.org.oidc.RoleMappingOIDCBackend"
    assert (person.username, person.first_name, person.last_name, person.email) == (
        "kim@motala.se", "Kim", "Karlsson", "kim@motala.se")
    assert roles_of(person) == {("communicator", "", "sso"), ("manager", "bibliotek", "sso")}
    assert Entry.objects.filter(action="auth.logged_in", actor=person).count() == 1
    # the session works: the home page is served to a logged-in person
    assert client.get("/").wsgi_request.user == person

    # what kanalvakt sent to the token endpoint: the code grant with the registered redirect URI
    [token_request] = op.token_requests
    assert token_request["grant_type"] == ["authorization_code"]
    assert token_request["redirect_uri"] == ["http://testserver/oidc/callback/"]


def test_a_callback_that_this_browser_did_not_start_gives_no_session(
        people: dict[str, Any], op: Provider) -> None:
    op.user = kim(["grp-komm"])
    client = Client()
    start = client.get("/oidc/authenticate/")
    at_provider = httpx.get(start["Location"], follow_redirects=False, trust_env=False, timeout=5)
    callback = at_provider.headers["Location"].removeprefix("http://testserver")

    other_browser = Client()
    response = other_browser.get(callback)  # e.g. a link planted by someone else
    assert response.status_code == 302 and "_auth_user_id" not in other_browser.session
    assert op.token_requests == []
    assert not Person.objects.filter(sso_subject=op.user["sub"]).exists()


def test_with_entra_id_the_groups_come_from_the_id_token(people: dict[str, Any], op: Provider) -> None:
    """Entra ID's userinfo endpoint returns sub, names and e-mail only; the groups claim and
    preferred_username are in the id token alone."""
    op.userinfo_like_entra = True
    op.user = kim(["grp-komm", "grp-chef-bib"])
    client = Client()
    assert sso_login(client).status_code == 302
    person = Person.objects.get(sso_subject=op.user["sub"])
    assert int(client.session["_auth_user_id"]) == person.pk
    assert person.username == "kim@motala.se"
    assert roles_of(person) == {("communicator", "", "sso"), ("manager", "bibliotek", "sso")}

    # the next login keeps the roles rather than losing them to a userinfo without groups
    client = Client()
    assert sso_login(client).status_code == 302
    assert roles_of(person) == {("communicator", "", "sso"), ("manager", "bibliotek", "sso")}


def test_userinfo_about_someone_else_than_the_id_token_gives_no_session(
        people: dict[str, Any], op: Provider) -> None:
    op.user = kim(["grp-it"])
    op.userinfo_subject = "someone-else"
    client = Client()
    response = sso_login(client)
    assert response.status_code == 302 and response["Location"] == "/"  # the failure URL
    assert "_auth_user_id" not in client.session
    assert not Person.objects.exclude(sso_subject=None).exists()


def test_at_the_next_login_sso_roles_follow_the_groups_and_local_roles_stay(
        people: dict[str, Any], op: Provider) -> None:
    from kanalvakt.org.actions import do_grant_role

    op.user = kim(["grp-komm", "grp-chef-bib"])
    sso_login(Client())
    person = Person.objects.get(sso_subject=op.user["sub"])
    do_grant_role(people["admin"], person, Role.ARCHIVIST)

    op.user = {**kim(["grp-chef-komm", "grp-it"]), "family_name": "Lind", "email": "kim.lind@motala.se"}
    client = Client()
    response = sso_login(client)

    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == person.pk
    assert Person.objects.filter(sso_subject=op.user["sub"]).count() == 1
    person.refresh_from_db()
    assert (person.last_name, person.email) == ("Lind", "kim.lind@motala.se")
    assert roles_of(person) == {("manager", "kommunikation", "sso"), ("sysadmin", "", "sso"),
                                ("archivist", "", "local")}
    assert Entry.objects.filter(action="auth.logged_in", actor=person).count() == 2


@pytest.mark.parametrize(("fault", "reason"), [("bad signature", "JWS token verification failed"),
                                               ("wrong nonce", "JWT Nonce verification failed")])
def test_a_forged_or_replayed_id_token_gives_no_session(
        people: dict[str, Any], op: Provider, fault: str, reason: str,
        caplog: pytest.LogCaptureFixture) -> None:
    op.user = kim(["grp-komm", "grp-it"])
    if fault == "bad signature":
        op.sign_with_other_key = True
    else:
        op.nonce_override = "a-nonce-from-another-login"
    entries_before = Entry.objects.filter(action="auth.logged_in").count()
    client = Client()
    response = sso_login(client)

    # mozilla-django-oidc raises SuspiciousOperation, which Django answers with 400
    assert response.status_code == 400
    assert len(op.token_requests) == 1  # the code was redeemed: it is the token that was refused
    assert reason in caplog.text
    assert "_auth_user_id" not in client.session
    assert not Person.objects.filter(sso_subject=op.user["sub"]).exists()
    assert Entry.objects.filter(action="auth.logged_in").count() == entries_before
    assert client.get("/").wsgi_request.user.is_anonymous
