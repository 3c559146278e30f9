"""The Meta webhook view: the subscription challenge, signatures, and upserts shared with the poll."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from kanalvakt.connectors.base import Connector
from kanalvakt.content.models import Connection, Item, Version
from kanalvakt.content.sync import sync_account
from kanalvakt.registry.models import Account
from tests.connectors.fake_meta import FakeGraph

SECRET = "meta-app-secret"
URL = "/webhooks/meta/"


@pytest.fixture(autouse=True)
def _meta(settings: Any) -> None:
    settings.META_APP_SECRET = SECRET
    settings.META_WEBHOOK_VERIFY_TOKEN = "vår-verifieringsnyckel"


def post(client: Client, payload: dict[str, Any], secret: str = SECRET) -> Any:
    body = json.dumps(payload).encode()
    signature = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return client.post(URL, body, content_type="application/json", HTTP_X_HUB_SIGNATURE_256=signature)


def feed(graph: FakeGraph, comment: dict[str, Any], post_id: str, verb: str = "add", **value: Any) -> dict[str, Any]:
    change = {"item": "comment", "verb": verb, "post_id": post_id, "comment_id": comment["id"],
              "parent_id": post_id, "message": comment["message"], "created_time": 1764000000,
              "from": comment["from"], **value}
    return {"object": "page", "entry": [{"id": graph.page_id, "time": 1764000000,
                                         "changes": [{"field": "feed", "value": change}]}]}


def test_the_challenge_is_answered_only_with_our_verify_token(client: Client) -> None:
    params = {"hub.mode": "subscribe", "hub.challenge": "1158201444", "hub.verify_token": "vår-verifieringsnyckel"}
    response = client.get(URL, params)
    assert response.status_code == 200 and response.content == b"1158201444"
    assert client.get(URL, {**params, "hub.verify_token": "fel"}).status_code == 403


@pytest.mark.parametrize("header", [None, "sha256=" + "0" * 64, "garbage"])
def test_a_missing_or_bad_signature_is_refused_and_stores_nothing(
        client: Client, graph: FakeGraph, connection: Connection, header: str | None) -> None:
    post_id = graph.posts[0]["id"]
    body = json.dumps(feed(graph, graph.comments[post_id][0], post_id)).encode()
    extra = {"HTTP_X_HUB_SIGNATURE_256": header} if header else {}
    response = client.post(URL, body, content_type="application/json", **extra)
    assert response.status_code == 403
    assert not Item.objects.exists()


def test_a_signature_with_another_secret_is_refused(client: Client, graph: FakeGraph, connection: Connection) -> None:
    post_id = graph.posts[0]["id"]
    assert post(client, feed(graph, graph.comments[post_id][0], post_id), secret="other").status_code == 403


def test_webhook_poll_and_resync_of_the_same_item_store_one_item_and_one_version(
        client: Client, graph: FakeGraph, connection: Connection, page: Account,
        connect: Callable[..., Connector]) -> None:
    post_id = graph.posts[0]["id"]
    comment = graph.comments[post_id][0]
    assert post(client, feed(graph, comment, post_id)).status_code == 200
    item = Item.objects.get(platform_id=comment["id"])
    assert item.account == page and item.versions.get().source == Version.Source.WEBHOOK
    assert post(client, feed(graph, comment, post_id)).status_code == 200  # Meta delivers twice
    sync_account(page, connector=connect())
    sync_account(page, connector=connect())
    item.refresh_from_db()
    assert item.version_count == 1 and item.versions.count() == 1
    assert Item.objects.filter(platform_id=comment["id"]).count() == 1
    assert Item.objects.count() == 27 and Version.objects.count() == 27


def test_an_edit_and_a_removal_by_webhook_become_versions(
        client: Client, graph: FakeGraph, connection: Connection) -> None:
    post_id = graph.posts[0]["id"]
    comment = graph.comments[post_id][0]
    post(client, feed(graph, comment, post_id))
    post(client, feed(graph, comment, post_id, verb="edited", message="Ändrad text"))
    payload = feed(graph, comment, post_id, verb="remove")
    del payload["entry"][0]["changes"][0]["value"]["message"]
    post(client, payload)
    item = Item.objects.get(platform_id=comment["id"])
    assert [v.change for v in item.versions.all()] == ["created", "edited", "deleted_by_author"]
    assert item.deleted_on_platform and item.text == "Ändrad text"


def test_a_delivery_for_an_account_we_do_not_hold_is_accepted_and_dropped(
        client: Client, graph: FakeGraph, connection: Connection) -> None:
    post_id = graph.posts[0]["id"]
    payload = feed(graph, graph.comments[post_id][0], post_id)
    payload["entry"][0]["id"] = "9999"
    assert post(client, payload).status_code == 200
    assert not Item.objects.exists()


def test_garbage_with_a_good_signature_is_a_bad_request(client: Client, connection: Connection) -> None:
    body = b"{nope"
    signature = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    response = client.post(URL, body, content_type="application/json", HTTP_X_HUB_SIGNATURE_256=signature)
    assert response.status_code == 400
