"""The Meta webhook endpoint: the subscription challenge (GET) and signed deliveries (POST)."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from kanalvakt.connectors.webhooks import (
    WebhookError,
    challenge_response,
    parse_payload,
    verify_signature,
)
from kanalvakt.content.webhooks import store_webhook


@csrf_exempt
@require_http_methods(["GET", "POST"])
def meta_webhook(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        try:
            challenge = challenge_response(request.GET, settings.META_WEBHOOK_VERIFY_TOKEN)
        except WebhookError as exc:
            return HttpResponseForbidden(exc.message_sv)
        return HttpResponse(challenge, content_type="text/plain")
    body = request.body
    if not verify_signature(settings.META_APP_SECRET, body, request.headers.get("X-Hub-Signature-256")):
        return HttpResponseForbidden("Ogiltig signatur.")
    try:
        changes = parse_payload(body)
    except WebhookError as exc:
        return HttpResponse(exc.message_sv, status=400)
    store_webhook(changes)
    return HttpResponse("ok", content_type="text/plain")
