"""YouTube Data API v3: the channel's videos, comment threads and replies, replies and moderation.

Docs: developers.google.com/youtube/v3/docs/{channels,playlistItems,commentThreads,comments},
developers.google.com/youtube/v3/guides/implementation/comments and
developers.google.com/youtube/v3/determine_quota_cost (PLATFORMS.md §3). Hiding is
``setModerationStatus=heldForReview`` (reversible with ``published``); removing someone else's
comment is ``rejected``, since ``comments.delete`` only works on the caller's own comments.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

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
    NotFound,
    PermissionDenied,
    RateLimited,
    TokenExpired,
    Unsupported,
)
from .httpclient import Response
from .httpconnector import HttpConnector
from .polling import Fetched, Task

PACIFIC = ZoneInfo("America/Los_Angeles")


def seconds_to_pacific_midnight(now: float) -> float:
    """The daily quota resets at midnight Pacific time."""
    local = datetime.fromtimestamp(now, PACIFIC)
    midnight = (local + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return (midnight - local).total_seconds()


def classify_google(response: Response) -> ConnectorError | None:
    if response.status < 400:
        return None
    try:
        error = json.loads(response.content).get("error") or {}
    except (ValueError, AttributeError):
        return None
    reasons = {e.get("reason") for e in error.get("errors") or [] if isinstance(e, dict)}
    detail = f"YouTube {response.status} {sorted(r for r in reasons if r)}: {error.get('message', '')}"
    kw: dict[str, Any] = {"status": response.status, "platform_code": next(iter(reasons), None)}
    if reasons & {"quotaExceeded", "dailyLimitExceeded"}:
        return RateLimited(detail, retry_after=seconds_to_pacific_midnight(time.time()), **kw)
    if reasons & {"rateLimitExceeded", "userRateLimitExceeded"}:
        return RateLimited(detail, **kw)
    if response.status == 401 or reasons & {"authError", "invalidCredentials"}:
        return TokenExpired(detail, **kw)
    if reasons & {"commentNotFound", "videoNotFound", "channelNotFound", "parentCommentNotFound", "notFound"}:
        return NotFound(detail, **kw)
    if reasons & {"forbidden", "insufficientPermissions", "commentsDisabled", "ineligibleAccount"}:
        return PermissionDenied(detail, **kw)
    if reasons & {"processingFailure", "backendError"}:
        return None  # HTTP 5xx or 400 processingFailure: the generic rules (5xx) decide
    return None


class YouTubeConnector(HttpConnector):
    platform = "youtube"
    capabilities = frozenset({
        Capability.READ, Capability.REPLY, Capability.HIDE, Capability.UNHIDE, Capability.DELETE,
        Capability.DELETE_OWN,
    })

    default_host = "https://youtube.googleapis.com"
    api_path = "youtube/v3/"
    classify = staticmethod(classify_google)

    def __init__(self, config: ConnectorConfig, **kw: Any) -> None:
        super().__init__(config, **kw)
        self.channel_id = config.account_id
        self.held_for_review = bool(config.options.get("held_for_review", True))
        self._uploads: str | None = config.options.get("uploads_playlist")

    def _channel(self) -> dict[str, Any]:
        body = self.http.get_json("channels", {"part": "snippet,contentDetails,statistics", "id": self.channel_id})
        if not body.get("items"):
            raise NotFound(f"channel {self.channel_id} not found", platform=self.platform)
        channel = body["items"][0]
        self._uploads = channel["contentDetails"]["relatedPlaylists"]["uploads"]
        return channel

    def profile(self) -> Profile:
        channel = self._channel()
        snippet = channel.get("snippet") or {}
        handle = snippet.get("customUrl")
        thumbs = snippet.get("thumbnails") or {}
        return Profile(
            self.platform, channel["id"], snippet.get("title", ""), canonical_json(channel), handle=handle,
            bio=snippet.get("description"), url=f"https://www.youtube.com/{handle or 'channel/' + channel['id']}",
            picture_url=(thumbs.get("high") or thumbs.get("default") or {}).get("url"),
            followers=int((channel.get("statistics") or {}).get("subscriberCount", 0) or 0) or None,
        )

    def seed(self, marks: dict[str, Any], cutoff: datetime) -> list[Task]:
        tasks = [Task("videos"), Task("threads", "published")]
        if self.held_for_review:
            # Comments YouTube held back are exactly the ones moderation must see.
            tasks.append(Task("threads", "heldForReview"))
        return tasks

    def fetch(self, task: Task, marks: dict[str, Any], cutoff: datetime) -> Fetched:
        if task.stream == "videos":
            if not self._uploads:
                self._channel()
            params = {"part": "snippet,contentDetails", "playlistId": self._uploads, "maxResults": 50}
            if task.token:
                params["pageToken"] = task.token
            body = self.http.get_json("playlistItems", params)
            rows = body.get("items") or []
            fresh = [r for r in rows if (parse_time(r["snippet"].get("publishedAt")) or cutoff) >= cutoff]
            more = body.get("nextPageToken") if len(fresh) == len(rows) else None
            return Fetched(items=[self.video_item(r) for r in fresh], next_token=more)
        if task.stream == "threads":
            params = {"part": "snippet,replies", "allThreadsRelatedToChannelId": self.channel_id, "maxResults": 100,
                      "order": "time", "textFormat": "plainText", "moderationStatus": task.key or "published"}
            if task.token:
                params["pageToken"] = task.token
            body = self.http.get_json("commentThreads", params)
            items: list[Item] = []
            children: list[Task] = []
            rows = body.get("items") or []
            fresh = []
            for thread in rows:
                top = thread["snippet"]["topLevelComment"]
                # order=time is by newest activity; a thread older than the window is done with.
                if (parse_time(top["snippet"].get("updatedAt")) or cutoff) < cutoff:
                    continue
                fresh.append(thread)
                items.append(self.comment_item(top, thread))
                inline = (thread.get("replies") or {}).get("comments") or []
                if thread["snippet"].get("totalReplyCount", 0) > len(inline):
                    children.append(Task("replies", thread["id"]))  # the inline list holds at most five
                else:
                    items.extend(self.comment_item(c, thread) for c in inline)
            more = body.get("nextPageToken") if len(fresh) == len(rows) else None
            return Fetched(items=items, next_token=more, children=children)
        if task.stream == "replies":
            params = {"part": "snippet", "parentId": task.key, "maxResults": 100, "textFormat": "plainText"}
            if task.token:
                params["pageToken"] = task.token
            body = self.http.get_json("comments", params)
            return Fetched(items=[self.comment_item(c, None) for c in body.get("items") or []],
                           next_token=body.get("nextPageToken"))
        raise ValueError(f"unknown stream {task.stream}")

    def video_item(self, row: dict[str, Any]) -> Item:
        snippet = row["snippet"]
        video_id = (row.get("contentDetails") or {}).get("videoId") or snippet["resourceId"]["videoId"]
        text = "\n\n".join(x for x in (snippet.get("title"), snippet.get("description")) if x)
        return Item(self.platform, video_id, ItemKind.POST, text, canonical_json(row),
                    author_id=snippet.get("channelId"), author_name=snippet.get("channelTitle"),
                    created_at=parse_time(snippet.get("publishedAt")), thread_id=video_id,
                    permalink=f"https://www.youtube.com/watch?v={video_id}", is_own=True)

    def comment_item(self, comment: dict[str, Any], thread: dict[str, Any] | None) -> Item:
        s = comment["snippet"]
        parent = s.get("parentId")
        video = s.get("videoId") or ((thread or {}).get("snippet") or {}).get("videoId")
        author = (s.get("authorChannelId") or {}).get("value")
        status = s.get("moderationStatus")
        return Item(
            self.platform, comment["id"], ItemKind.REPLY if parent else ItemKind.COMMENT,
            s.get("textOriginal") or s.get("textDisplay") or "", canonical_json(comment),
            author_id=author, author_name=s.get("authorDisplayName"), created_at=parse_time(s.get("publishedAt")),
            updated_at=parse_time(s.get("updatedAt")), parent_id=parent or video, thread_id=video,
            permalink=f"https://www.youtube.com/watch?v={video}&lc={comment['id']}" if video else None,
            is_hidden=(status in ("heldForReview", "likelySpam")) if status else None,
            is_deleted=(status == "rejected") if status else None, is_own=author == self.channel_id,
        )

    def reply(self, item_id: str, text: str) -> Item:
        # Replies attach to the top-level comment (its id is the thread id); a reply id has a dot.
        parent = item_id.split(".", 1)[0]
        body = self.http.request("POST", "comments", params={"part": "snippet"},
                                 json_body={"snippet": {"parentId": parent, "textOriginal": text}}).json()
        return self.comment_item(body, None)

    def _moderate(self, item_id: str, status: str) -> None:
        self.http.request("POST", "comments/setModerationStatus", params={"id": item_id, "moderationStatus": status},
                          idempotent=True, expect_json=False)

    def hide(self, item_id: str) -> None:
        self._moderate(item_id, "heldForReview")

    def unhide(self, item_id: str) -> None:
        self._moderate(item_id, "published")

    def delete(self, item_id: str) -> None:
        self._moderate(item_id, "rejected")

    def delete_own(self, item_id: str) -> None:
        self.http.request("DELETE", "comments", params={"id": item_id}, expect_json=False)

    def comment_on_video(self, video_id: str, text: str) -> Item:
        body = self.http.request("POST", "commentThreads", params={"part": "snippet"}, json_body={"snippet": {
            "channelId": self.channel_id, "videoId": video_id, "topLevelComment": {"snippet": {"textOriginal": text}}}}).json()
        return self.comment_item(body["snippet"]["topLevelComment"], body)

    def publish(self, text: str, media: Sequence[Media] = ()) -> Item:
        raise Unsupported("YouTube has no API for text posts; upload videos in YouTube Studio", platform=self.platform)
