"""Instagram professional accounts through the Graph API: media, comments, replies, tags.

Docs: developers.facebook.com/docs/instagram-platform/comment-moderation,
…/instagram-platform/reference/ig-comment, …/ig-user/media (PLATFORMS.md §2).
Instagram messaging uses a separate API and is not synced here.
"""

from __future__ import annotations

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
from .errors import InvalidRequest
from .graph import GraphConnector, next_after
from .polling import Fetched, Task

MEDIA_FIELDS = "id,caption,media_type,media_product_type,permalink,timestamp,comments_count,like_count,username"
REPLY_FIELDS = "id,text,timestamp,username,from{id,username},hidden,like_count,parent_id"
COMMENT_FIELDS = f"{REPLY_FIELDS},replies.limit(50){{{REPLY_FIELDS}}}"


class InstagramConnector(GraphConnector):
    platform = "instagram"
    capabilities = frozenset({
        Capability.READ, Capability.REPLY, Capability.HIDE, Capability.UNHIDE, Capability.DELETE,
        Capability.DELETE_OWN, Capability.PUBLISH_MEDIA, Capability.MENTIONS, Capability.WEBHOOKS,
    })

    def __init__(self, config: ConnectorConfig, **kw: Any) -> None:
        if config.options.get("instagram_login"):
            # Instagram Login tokens talk to graph.instagram.com instead of graph.facebook.com.
            self.default_host = "https://graph.instagram.com"
        super().__init__(config, **kw)
        self.sync_tags = bool(config.options.get("mentions", True))

    def profile(self) -> Profile:
        body = self._get(self.account_id, {
            "fields": "id,username,name,biography,website,profile_picture_url,followers_count",
        })
        username = body.get("username")
        return Profile(
            platform=self.platform,
            platform_id=body["id"],
            name=body.get("name") or username or "",
            raw=canonical_json(body),
            handle=username,
            bio=body.get("biography"),
            website=body.get("website"),
            links=tuple(x for x in (body.get("website"),) if x),
            url=f"https://www.instagram.com/{username}/" if username else None,
            picture_url=body.get("profile_picture_url"),
            followers=body.get("followers_count"),
        )

    def seed(self, marks: dict[str, Any], cutoff: datetime) -> list[Task]:
        return [Task("media"), Task("tags")] if self.sync_tags else [Task("media")]

    def fetch(self, task: Task, marks: dict[str, Any], cutoff: datetime) -> Fetched:
        params: dict[str, Any] = {"limit": self.page_size}
        token = task.token or {}
        if token.get("after"):
            params["after"] = token["after"]
        if task.stream in ("media", "tags"):
            params["fields"] = MEDIA_FIELDS
            body = self._get(f"{self.account_id}/{task.stream}", params)
            media = body.get("data") or []
            # Newest first; stop at the first item older than the cycle's window.
            fresh = [m for m in media if (parse_time(m.get("timestamp")) or cutoff) >= cutoff]
            after = next_after(body) if len(fresh) == len(media) else None
            kind = ItemKind.POST if task.stream == "media" else ItemKind.MENTION
            return Fetched(
                items=[self.media_item(m, kind) for m in fresh],
                next_token={"after": after} if after else None,
                children=[Task("comments", m["id"]) for m in fresh] if kind == ItemKind.POST else [],
            )
        if task.stream == "comments":
            assert task.key
            params["fields"] = COMMENT_FIELDS
            body = self._get(f"{task.key}/comments", params)
            items: list[Item] = []
            children: list[Task] = []
            overflow = bool(token.get("ov"))
            for comment in body.get("data") or []:
                items.append(self.comment_item(comment, task.key))
                replies = comment.get("replies") or {}
                if next_after(replies):
                    # More replies than fit inline: list them separately; the thread is then not
                    # declared complete, since that listing ends after this one.
                    children.append(Task("replies", f"{task.key}|{comment['id']}", {"after": next_after(replies)}))
                    overflow = True
                items.extend(self.comment_item(r, task.key) for r in replies.get("data") or [])
            after = next_after(body)
            return Fetched(
                items=items,
                next_token={"after": after, "ov": overflow} if after else None,
                children=children,
                complete_thread=None if after or overflow else task.key,
            )
        if task.stream == "replies":
            assert task.key
            media_id, comment_id = task.key.split("|", 1)
            params["fields"] = REPLY_FIELDS
            body = self._get(f"{comment_id}/replies", params)
            after = next_after(body)
            return Fetched(
                items=[self.comment_item(r, media_id) for r in body.get("data") or []],
                next_token={"after": after} if after else None,
            )
        raise ValueError(f"unknown stream {task.stream}")

    def media_item(self, media: dict[str, Any], kind: ItemKind = ItemKind.POST) -> Item:
        return Item(
            platform=self.platform,
            platform_id=media["id"],
            kind=kind,
            text=media.get("caption") or "",
            raw=canonical_json(media),
            author_name=media.get("username"),
            created_at=parse_time(media.get("timestamp")),
            thread_id=media["id"],
            permalink=media.get("permalink"),
            is_deleted=False,
            is_own=kind == ItemKind.POST,
        )

    def comment_item(self, comment: dict[str, Any], media_id: str | None) -> Item:
        author = comment.get("from") or {}
        parent = comment.get("parent_id")
        return Item(
            platform=self.platform,
            platform_id=comment["id"],
            kind=ItemKind.REPLY if parent else ItemKind.COMMENT,
            text=comment.get("text") or "",
            raw=canonical_json(comment),
            author_id=author.get("id"),
            author_name=author.get("username") or comment.get("username"),
            created_at=parse_time(comment.get("timestamp")),
            parent_id=parent or media_id,
            thread_id=media_id,
            is_hidden=comment.get("hidden"),
            is_deleted=False,
            is_own=(author.get("id") == self.account_id) if author else None,
        )

    def get_item(self, item_id: str) -> Item:
        body = self._get(item_id, {"fields": REPLY_FIELDS + ",media{id}"})
        return self.comment_item(body, (body.get("media") or {}).get("id"))

    def reply(self, item_id: str, text: str) -> Item:
        try:
            # Only top-level comments take replies; a reply to a reply lands on the top level.
            body = self._post(f"{item_id}/replies", {"message": text})
        except InvalidRequest:
            # The id is a media object: a reply to the post is a new top-level comment.
            body = self._post(f"{item_id}/comments", {"message": text})
        return self.get_item(body["id"])

    def hide(self, item_id: str) -> None:
        self._success(self._post(item_id, {"hide": "true"}), "hide")

    def unhide(self, item_id: str) -> None:
        self._success(self._post(item_id, {"hide": "false"}), "unhide")

    def delete(self, item_id: str) -> None:
        self._success(self.http.request("DELETE", item_id).json(), "delete")

    def disable_comments(self, media_id: str, disabled: bool = True) -> None:
        self._success(self._post(media_id, {"comment_enabled": "false" if disabled else "true"}), "comment_enabled")

    def publish(self, text: str, media: Sequence[Media] = ()) -> Item:
        """Instagram posts need an image: create a container, then publish it."""
        if not media or not media[0].url:
            raise InvalidRequest("Instagram needs an image URL to publish", platform=self.platform)
        container = self._post(f"{self.account_id}/media", {
            "image_url": media[0].url, "caption": text, "alt_text": media[0].alt_text,
        })
        published = self._post(f"{self.account_id}/media_publish", {"creation_id": container["id"]})
        return self.media_item(self._get(published["id"], {"fields": MEDIA_FIELDS}))
