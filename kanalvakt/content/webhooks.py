"""Storing Meta webhook deliveries through the same path as the poll, so both create one item."""

from __future__ import annotations

from collections import defaultdict

from django.db import transaction

from kanalvakt.audit.log import record
from kanalvakt.connectors import Item as PlatformItem
from kanalvakt.connectors.webhooks import WebhookChange
from kanalvakt.content.models import Connection, Version
from kanalvakt.content.sync import Counts, store_items


def store_webhook(changes: list[WebhookChange]) -> Counts:
    """Upsert the items the changes carry, per connected account; changes for unknown accounts are dropped."""
    by_account: dict[tuple[str, str], list[PlatformItem]] = defaultdict(list)
    for change in changes:
        if change.item is not None:
            by_account[(change.platform, change.account_id)].append(change.item)
    total = Counts()
    for (platform, account_id), items in by_account.items():
        connection = (Connection.objects.select_related("account")
                      .filter(account__platform=platform, platform_account_id=account_id).first())
        if connection is None:
            continue  # not ours (any more); answering 200 keeps Meta from retrying forever
        with transaction.atomic():
            counts, _ = store_items(connection.account, items, source=Version.Source.WEBHOOK)
            record("system", "content.synced", connection.account,
                   after={"source": "webhook", **counts.as_dict()})
        total.add(counts)
    return total
