"""X (Twitter) API v2: own posts, mentions, direct messages, replies, hiding replies, deleting own posts.

Docs: docs.x.com/x-api/posts/{timelines,mentions,hide-replies,manage-tweets},
docs.x.com/x-api/direct-messages/lookup, docs.x.com/x-api/fundamentals/rate-limits and
…/fundamentals/response-codes-and-errors (PLATFORMS.md §6).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from .base import (
    Capability,
    ConnectorConfig,
    Item,
    ItemKind,
    Media,
    Profile,
    canonical_json,
    parse_time,
)
from .errors import (
    ConnectorError,
    InvalidRequest,
    NotFound,
    PermissionDenied,
    RateLimited,
    TokenExpired,
    Unsupported,
)
from .httpclient import Response
from .httpconnector import HttpConnector
from .polling import Fetched, Task

TWEET_FIELDS = "created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets,edit_history_tweet_ids"
USER_FIELDS = "name,username,description,url,profile_image_url,public_metrics,verified,entities"


def classify_x(response: Response) -> ConnectorError | None:
    if response.status < 400:
        return None
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    kind = str(body.get("type", "")) if isinstance(body, dict) else ""
    detail = f"X {response.status}: {body.get('title', '')} {body.get('detail', '')}" if isinstance(body, dict) else ""
    kw: dict[str, Any] = {"status": response.status, "platform_code": kind.rsplit("/", 1)[-1] or None}
    codes = [e.get("code") for e in body.get("errors", []) if isinstance(e, dict)] if isinstance(body, dict) else []
    if response.status == 429 or 88 in codes:
        return RateLimited(detail, **kw)
    if response.status == 401 or 89 in codes:
        return TokenExpired(detail, **kw)
    if kind.endswith("resource-not-found"):
        return NotFound(detail, **kw)
    if kind.endswith(("not-authorized-for-resource", "client-forbidden")):
        return PermissionDenied(detail, **kw)
    if kind.endswith("invalid-request"):
        return InvalidRequest(detail, **kw)
    return None


class XConnector(HttpConnector):
    platform = "x"
    capabilities = frozenset({
        Capability.READ, Capability.REPLY, Capability.HIDE, Capability.UNHIDE, Capability.DELETE_OWN,
        Capability.PUBLISH, Capability.MENTIONS, Capability.MESSAGES,
    })  # the most an account can have; each instance narrows it by its options

    default_host = "https://api.x.com"
    api_path = "2/"
    classify = staticmethod(classify_x)

    def __init__(self, config: ConnectorConfig, **kw: Any) -> None:
        super().__init__(config, **kw)
        self.user_id = config.account_id
        self.sync_messages = bool(config.options.get("messages", True))
        caps = {Capability.READ, Capability.REPLY, Capability.HIDE, Capability.UNHIDE, Capability.DELETE_OWN,
                Capability.PUBLISH, Capability.MENTIONS}
        if self.sync_messages:
            caps.add(Capability.MESSAGES)
        self.capabilities = frozenset(caps)

    def profile(self) -> Profile:
        body = self.http.get_json("users/me", {"user.fields": USER_FIELDS})
        user = body["data"]
        urls = [u.get("expanded_url") for u in ((user.get("entities") or {}).get("url") or {}).get("urls", [])]
        website = next((u for u in urls if u), user.get("url"))
        return Profile(self.platform, user["id"], user.get("name", ""), canonical_json(user),
                       handle=user.get("username"), bio=user.get("description"), website=website,
                       links=tuple(u for u in urls if u), url=f"https://x.com/{user.get('username')}",
                       picture_url=user.get("profile_image_url"),
                       followers=(user.get("public_metrics") or {}).get("followers_count"),
                       verified=user.get("verified"))

    def seed(self, marks: dict[str, Any], cutoff: datetime) -> list[Task]:
        tasks = [Task("tweets"), Task("mentions")]
        if self.sync_messages:
            tasks.append(Task("dm"))
        return tasks

    def fetch(self, task: Task, marks: dict[str, Any], cutoff: datetime) -> Fetched:
        params: dict[str, Any] = {"max_results": 100}
        if task.stream == "dm":
            params.update({"dm_event.fields": "id,text,created_at,sender_id,dm_conversation_id,event_type",
                           "event_types": "MessageCreate"})
            path = "dm_events"
        else:
            params.update({"tweet.fields": TWEET_FIELDS, "expansions": "author_id", "user.fields": "name,username",
                           "start_time": cutoff.strftime("%Y-%m-%dT%H:%M:%SZ")})
            path = f"users/{self.user_id}/{task.stream}"
        if task.token:
            params["pagination_token"] = task.token
        body = self.http.get_json(path, params)
        users = {u["id"]: u for u in (body.get("includes") or {}).get("users", [])}
        rows = body.get("data") or []
        if task.stream == "dm":
            fresh = [e for e in rows if (parse_time(e.get("created_at")) or cutoff) >= cutoff]
            items = [self.dm_item(e) for e in fresh]
            more = (body.get("meta") or {}).get("next_token") if len(fresh) == len(rows) else None
            return Fetched(items=items, next_token=more)
        kind = ItemKind.POST if task.stream == "tweets" else ItemKind.MENTION
        items = [self.tweet_item(t, users.get(t.get("author_id", "")), kind) for t in rows]
        return Fetched(items=items, next_token=(body.get("meta") or {}).get("next_token"))

    def tweet_item(self, tweet: dict[str, Any], user: dict[str, Any] | None, kind: ItemKind = ItemKind.POST) -> Item:
        replied = next((r["id"] for r in tweet.get("referenced_tweets") or [] if r.get("type") == "replied_to"), None)
        own = tweet.get("author_id") == self.user_id
        if replied:
            kind = ItemKind.REPLY if own or tweet.get("in_reply_to_user_id") != self.user_id else ItemKind.COMMENT
        username = (user or {}).get("username")
        return Item(
            platform=self.platform, platform_id=tweet["id"], kind=kind, text=tweet.get("text", ""),
            raw=canonical_json({"data": tweet, "author": user} if user else {"data": tweet}),
            author_id=tweet.get("author_id"), author_name=(user or {}).get("name") or username,
            created_at=parse_time(tweet.get("created_at")), parent_id=replied,
            thread_id=tweet.get("conversation_id"),
            permalink=f"https://x.com/{username or 'i'}/status/{tweet['id']}", is_own=own,
        )

    def dm_item(self, event: dict[str, Any]) -> Item:
        return Item(
            platform=self.platform, platform_id=event["id"], kind=ItemKind.MESSAGE, text=event.get("text", ""),
            raw=canonical_json(event), author_id=event.get("sender_id"), created_at=parse_time(event.get("created_at")),
            thread_id=event.get("dm_conversation_id"), parent_id=event.get("dm_conversation_id"),
            is_own=event.get("sender_id") == self.user_id,
        )

    def _get_tweet(self, tweet_id: str) -> Item:
        body = self.http.get_json(f"tweets/{tweet_id}", {"tweet.fields": TWEET_FIELDS, "expansions": "author_id",
                                                         "user.fields": "name,username"})
        users = {u["id"]: u for u in (body.get("includes") or {}).get("users", [])}
        return self.tweet_item(body["data"], users.get(body["data"].get("author_id", "")))

    def reply(self, item_id: str, text: str) -> Item:
        body = self.http.request("POST", "tweets", json_body={"text": text, "reply": {"in_reply_to_tweet_id": item_id}}).json()
        return self._get_tweet(body["data"]["id"])

    def publish(self, text: str, media: Sequence[Media] = ()) -> Item:
        if media:
            raise Unsupported("media upload goes through the v1.1 media endpoint, not supported", platform=self.platform)
        body = self.http.request("POST", "tweets", json_body={"text": text}).json()
        return self._get_tweet(body["data"]["id"])

    def _hidden(self, item_id: str, hidden: bool) -> None:
        # Only replies in conversations the account started; repeating it is harmless.
        body = self.http.request("PUT", f"tweets/{item_id}/hidden", json_body={"hidden": hidden}).json()
        if (body.get("data") or {}).get("hidden") is not hidden:
            raise InvalidRequest(f"hide answered {body!r}"[:200], platform=self.platform)

    def hide(self, item_id: str) -> None:
        self._hidden(item_id, True)

    def unhide(self, item_id: str) -> None:
        self._hidden(item_id, False)

    def delete(self, item_id: str) -> None:
        body = self.http.request("DELETE", f"tweets/{item_id}").json()
        if not (body.get("data") or {}).get("deleted"):
            raise InvalidRequest(f"delete answered {body!r}"[:200], platform=self.platform)
