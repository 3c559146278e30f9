"""Meta webhook helpers. Payload shapes: developers.facebook.com/docs/graph-api/webhooks/getting-started,
…/pages-api/webhooks-for-pages and …/instagram-platform/webhooks (PLATFORMS.md §1–2)."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest

from kanalvakt.connectors.base import ItemKind
from kanalvakt.connectors.webhooks import (
    WebhookError,
    challenge_response,
    parse_payload,
    verify_signature,
)

SECRET = "app-secret-123"
FEED = {"object": "page", "entry": [{"id": "1001", "time": 1764000000, "changes": [
    {"field": "feed", "value": {"item": "comment", "verb": "add", "post_id": "1001_2001", "comment_id": "2001_3001",
                                "parent_id": "1001_2001", "message": "När plogas Storgatan?", "created_time": 1764000000,
                                "from": {"id": "42", "name": "Anna Andersson"}}},
    {"field": "feed", "value": {"item": "comment", "verb": "edited", "post_id": "1001_2001", "comment_id": "2001_3002",
                                "parent_id": "2001_3001", "message": "Samma här!", "created_time": 1764000100,
                                "from": {"id": "43", "name": "Bo Berg"}}},
    {"field": "feed", "value": {"item": "comment", "verb": "remove", "post_id": "1001_2001", "comment_id": "2001_3003",
                                "parent_id": "1001_2001", "created_time": 1764000200, "from": {"id": "44", "name": "C"}}},
    {"field": "feed", "value": {"item": "reaction", "verb": "add", "post_id": "1001_2001", "reaction_type": "like"}},
]}]}


def sign(body: bytes, secret: str = SECRET) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def test_a_good_signature_verifies_over_the_raw_bytes() -> None:
    body = json.dumps(FEED).encode()
    assert verify_signature(SECRET, body, sign(body))


@pytest.mark.parametrize("header", [None, "", "sha256=", "sha1=abc", "sha256=00" * 1, "garbage"])
def test_missing_or_malformed_signatures_fail(header: str | None) -> None:
    assert not verify_signature(SECRET, b"{}", header)


def test_a_signature_with_the_wrong_secret_or_a_changed_body_fails() -> None:
    body = json.dumps(FEED).encode()
    assert not verify_signature(SECRET, body, sign(body, "other-secret"))
    assert not verify_signature(SECRET, body + b" ", sign(body))


def test_the_verification_challenge_is_echoed_only_with_our_token() -> None:
    params = {"hub.mode": "subscribe", "hub.challenge": "1158201444", "hub.verify_token": "vår-nyckel"}
    assert challenge_response(params, "vår-nyckel") == "1158201444"
    with pytest.raises(WebhookError):
        challenge_response({**params, "hub.verify_token": "fel"}, "vår-nyckel")
    with pytest.raises(WebhookError):
        challenge_response({**params, "hub.mode": "unsubscribe"}, "vår-nyckel")


def test_a_feed_payload_becomes_normalised_items() -> None:
    changes = parse_payload(json.dumps(FEED).encode())
    assert [c.verb for c in changes] == ["add", "edited", "remove"]  # the reaction is not an item
    add, edited, removed = (c.item for c in changes)
    assert add and add.kind == ItemKind.COMMENT and add.platform_id == "2001_3001" and add.author_name == "Anna Andersson"
    assert edited and edited.kind == ItemKind.REPLY and edited.parent_id == "2001_3001"
    assert removed and removed.is_deleted is True
    assert add.raw_json()["message"] == "När plogas Storgatan?"


def test_an_instagram_comment_payload_becomes_an_item() -> None:
    body = {"object": "instagram", "entry": [{"id": "1784", "time": 1764000000, "changes": [{"field": "comments", "value": {
        "from": {"id": "99", "username": "medborgare"}, "media": {"id": "1789", "media_product_type": "FEED"},
        "id": "1787", "text": "Snyggt!"}}]}]}
    (change,) = parse_payload(json.dumps(body).encode())
    assert change.item and change.item.platform == "instagram" and change.item.thread_id == "1789"


def test_garbage_is_refused() -> None:
    with pytest.raises(WebhookError):
        parse_payload(b"{nope")
    with pytest.raises(WebhookError):
        parse_payload(b'{"object":"user"}')
