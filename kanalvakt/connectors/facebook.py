"""Facebook Pages through the Meta Graph API: posts, comments and replies, tags, Messenger, page tasks.

Docs: developers.facebook.com/docs/graph-api/reference/page/feed, …/object/comments,
…/page/conversations, …/page/assigned_users (PLATFORMS.md §1).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from .base import (
    Admin,
    Capability,
    ConnectorConfig,
    Item,
    ItemKind,
    Media,
    Page,
    Profile,
    canonical_json,
    parse_time,
)
from .graph import GraphConnector, next_after
from .polling import Fetched, Task

POST_FIELDS = (
    "id,message,story,created_time,updated_time,permalink_url,status_type,from{id,name},"
    "is_hidden,comments.summary(true).limit(0)"
)
COMMENT_FIELDS = (
    "id,message,created_time,from{id,name},is_hidden,can_hide,can_remove,comment_count,"
    "parent{id},permalink_url,attachment"
)
MESSAGE_FIELDS = "id,created_time,from,to,message,attachments"
PAGE_FIELDS = (
    "id,name,about,description,emails,phone,website,link,category,fan_count,followers_count,"
    "verification_status,picture{url},instagram_business_account"
)


class FacebookConnector(GraphConnector):
    platform = "facebook"
    capabilities = frozenset({
        Capability.READ, Capability.REPLY, Capability.HIDE, Capability.UNHIDE, Capability.DELETE,
        Capability.DELETE_OWN, Capability.PUBLISH, Capability.PUBLISH_MEDIA, Capability.WEBHOOKS,
        Capability.MESSAGES, Capability.MENTIONS, Capability.ADMINS,
    })  # the most an account can have; each instance narrows it by its options

    def __init__(self, config: ConnectorConfig, **kw: Any) -> None:
        super().__init__(config, **kw)
        opts = config.options
        self.business_id: str | None = opts.get("business_id")
        self.posts_edge = opts.get("posts_edge", "feed")  # "published_posts": only the Page's own
        self.sync_messages = bool(opts.get("messages", True))
        self.sync_tagged = bool(opts.get("mentions", True))
        caps = {
            Capability.READ, Capability.REPLY, Capability.HIDE, Capability.UNHIDE,
            Capability.DELETE, Capability.DELETE_OWN, Capability.PUBLISH, Capability.PUBLISH_MEDIA,
            Capability.WEBHOOKS,
        }
        if self.sync_messages:
            caps.add(Capability.MESSAGES)
        if self.sync_tagged:
            caps.add(Capability.MENTIONS)
        if self.business_id:
            caps.add(Capability.ADMINS)  # assigned_users needs the business that owns the Page
        self.capabilities = frozenset(caps)

    # -- reading ---------------------------------------------------------------------------

    def profile(self) -> Profile:
        body = self._get(self.account_id, {"fields": PAGE_FIELDS})
        picture = ((body.get("picture") or {}).get("data") or {}).get("url")
        return Profile(
            platform=self.platform,
            platform_id=body["id"],
            name=body.get("name", ""),
            raw=canonical_json(body),
            bio="\n".join(x for x in (body.get("about"), body.get("description")) if x) or None,
            emails=tuple(body.get("emails") or ()),
            phones=(body["phone"],) if body.get("phone") else (),
            website=body.get("website"),
            links=tuple(x for x in (body.get("website"),) if x),
            url=body.get("link"),
            picture_url=picture,
            followers=body.get("followers_count") or body.get("fan_count"),
            verified=body.get("verification_status") in ("blue_verified", "gray_verified"),
        )

    def seed(self, marks: dict[str, Any], cutoff: datetime) -> list[Task]:
        tasks = [Task("posts")]
        if self.sync_tagged:
            tasks.append(Task("tagged"))
        if self.sync_messages:
            tasks.append(Task("conversations"))
        return tasks

    def fetch(self, task: Task, marks: dict[str, Any], cutoff: datetime) -> Fetched:
        since = int(cutoff.timestamp())
        params: dict[str, Any] = {"limit": self.page_size}
        if task.token:
            params["after"] = task.token
        if task.stream == "posts":
            params.update(fields=POST_FIELDS, since=since)
            body = self._get(f"{self.account_id}/{self.posts_edge}", params)
            posts = body.get("data") or []
            return Fetched(
                items=[self.post_item(p) for p in posts],
                next_token=next_after(body),
                children=[Task("comments", p["id"]) for p in posts],
            )
        if task.stream == "comments":
            assert task.key
            params.update(fields=COMMENT_FIELDS, filter="stream", order="chronological", limit=100)
            body = self._get(f"{task.key}/comments", params)
            after = next_after(body)
            return Fetched(
                items=[self.comment_item(c, task.key) for c in body.get("data") or []],
                next_token=after,
                complete_thread=None if after else task.key,
            )
        if task.stream == "tagged":
            params.update(fields="id,message,created_time,updated_time,from{id,name},permalink_url", since=since)
            body = self._get(f"{self.account_id}/tagged", params)
            return Fetched(
                items=[self.post_item(p, kind=ItemKind.MENTION) for p in body.get("data") or []],
                next_token=next_after(body),
            )
        if task.stream == "conversations":
            # This edge has no time-based paging: read newest first and stop at the cutoff.
            params.update(platform="messenger", fields="id,updated_time,link")
            body = self._get(f"{self.account_id}/conversations", params)
            fresh = [c for c in body.get("data") or [] if (parse_time(c.get("updated_time")) or cutoff) >= cutoff]
            stale = len(fresh) < len(body.get("data") or [])
            return Fetched(
                next_token=None if stale else next_after(body),
                children=[Task("messages", c["id"]) for c in fresh],
            )
        if task.stream == "messages":
            assert task.key
            params.update(fields=MESSAGE_FIELDS)
            body = self._get(f"{task.key}/messages", params)
            msgs = body.get("data") or []
            fresh = [m for m in msgs if (parse_time(m.get("created_time")) or cutoff) >= cutoff]
            after = None if len(fresh) < len(msgs) else next_after(body)
            return Fetched(items=[self.message_item(m, task.key) for m in fresh], next_token=after)
        raise ValueError(f"unknown stream {task.stream}")

    # -- normalising -----------------------------------------------------------------------

    def post_item(self, post: dict[str, Any], kind: ItemKind = ItemKind.POST) -> Item:
        author = post.get("from") or {}
        return Item(
            platform=self.platform,
            platform_id=post["id"],
            kind=kind,
            text=post.get("message") or post.get("story") or "",
            raw=canonical_json(post),
            author_id=author.get("id"),
            author_name=author.get("name"),
            created_at=parse_time(post.get("created_time")),
            updated_at=parse_time(post.get("updated_time")),
            thread_id=post["id"],
            permalink=post.get("permalink_url"),
            is_hidden=post.get("is_hidden"),
            is_deleted=False,
            is_own=(author.get("id") == self.account_id) if author else None,
        )

    def comment_item(self, comment: dict[str, Any], post_id: str | None) -> Item:
        author = comment.get("from") or {}
        parent = (comment.get("parent") or {}).get("id")
        return Item(
            platform=self.platform,
            platform_id=comment["id"],
            kind=ItemKind.REPLY if parent else ItemKind.COMMENT,
            text=comment.get("message") or "",
            raw=canonical_json(comment),
            # Without MODERATE the Graph API omits "from"; the item is kept, author unknown.
            author_id=author.get("id"),
            author_name=author.get("name"),
            created_at=parse_time(comment.get("created_time")),
            parent_id=parent or post_id,
            thread_id=post_id,
            permalink=comment.get("permalink_url"),
            is_hidden=comment.get("is_hidden"),
            is_deleted=False,
            is_own=(author.get("id") == self.account_id) if author else None,
        )

    def message_item(self, msg: dict[str, Any], conversation_id: str) -> Item:
        author = msg.get("from") or {}
        return Item(
            platform=self.platform,
            platform_id=msg["id"],
            kind=ItemKind.MESSAGE,
            text=msg.get("message") or "",
            raw=canonical_json(msg),
            author_id=author.get("id"),
            author_name=author.get("name"),
            created_at=parse_time(msg.get("created_time")),
            thread_id=conversation_id,
            parent_id=conversation_id,
            is_own=(author.get("id") == self.account_id) if author else None,
        )

    def get_item(self, item_id: str) -> Item:
        """Re-read one post or comment (after a webhook hint or our own write)."""
        if item_id.count("_") == 1 and item_id.split("_")[0] == self.account_id:
            return self.post_item(self._get(item_id, {"fields": POST_FIELDS}))
        body = self._get(item_id, {"fields": COMMENT_FIELDS + ",object{id}"})
        post_id = (body.get("object") or {}).get("id")
        return self.comment_item(body, post_id)

    # -- acting ----------------------------------------------------------------------------

    def reply(self, item_id: str, text: str) -> Item:
        body = self._post(f"{item_id}/comments", {"message": text})
        return self.get_item(body["id"])

    def hide(self, item_id: str) -> None:
        self._success(self._post(item_id, {"is_hidden": "true"}), "hide")

    def unhide(self, item_id: str) -> None:
        self._success(self._post(item_id, {"is_hidden": "false"}), "unhide")

    def delete(self, item_id: str) -> None:
        self._success(self.http.request("DELETE", item_id).json(), "delete")

    def publish(self, text: str, media: Sequence[Media] = ()) -> Item:
        if media:
            first = media[0]
            if not first.url:
                from .errors import InvalidRequest

                raise InvalidRequest("Facebook photos are published from a public URL", platform=self.platform)
            body = self._post(f"{self.account_id}/photos", {"url": first.url, "caption": text, "alt_text_custom": first.alt_text})
            post_id = body.get("post_id") or f"{self.account_id}_{body['id']}"
        else:
            post_id = self._post(f"{self.account_id}/feed", {"message": text})["id"]
        return self.post_item(self._get(post_id, {"fields": POST_FIELDS}))

    def admins(self) -> list[Admin] | None:
        if not self.business_id:
            return None
        admins: list[Admin] = []
        params: dict[str, Any] = {"business": self.business_id, "fields": "id,name,tasks", "limit": 100}
        while True:
            body = self._get(f"{self.account_id}/assigned_users", params)
            for user in body.get("data") or []:
                admins.append(Admin(user["id"], user.get("name", ""), tuple(user.get("tasks") or ())))
            after = next_after(body)
            if not after:
                return admins
            params["after"] = after

    def subscribe_webhooks(self, fields: Sequence[str] = ("feed",)) -> None:
        """Subscribe our app to the Page's webhooks (needs pages_manage_metadata)."""
        self._success(
            self._post(f"{self.account_id}/subscribed_apps", {"subscribed_fields": ",".join(fields)}),
            "subscribe",
        )


__all__ = ["FacebookConnector", "Page"]
