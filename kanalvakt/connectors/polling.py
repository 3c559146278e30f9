"""The resumable walk behind ``items_since``: a queue of paginated listings kept in the cursor.

A sync *cycle* walks an account's recent content: the connector seeds listings (own posts,
mentions, conversations …); listing a post can add a listing of its comments. Each
``items_since`` call fetches one page of the first listing and returns the queue that remains as
the new cursor, so a failure at any point repeats only that page, and a new process carries on
where the last stored cursor left off.
"""

from __future__ import annotations

from abc import abstractmethod
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from .base import Clock, Connector, Cursor, Item, Page, utcnow

CURSOR_VERSION = 1


@dataclass
class Task:
    """One paginated listing: which stream, for which parent, at which page token."""

    stream: str
    key: str | None = None
    token: Any = None

    def dump(self) -> dict[str, Any]:
        return {"s": self.stream, "k": self.key, "t": self.token}

    @classmethod
    def load(cls, data: dict[str, Any]) -> Task:
        return cls(data["s"], data.get("k"), data.get("t"))


@dataclass
class Fetched:
    items: list[Item] = field(default_factory=list)
    next_token: Any = None  # None: this listing is done
    children: list[Task] = field(default_factory=list)
    # Watermarks for the next cycle (e.g. the newest id seen); the first value set wins, because
    # listings are read newest first.
    marks: dict[str, Any] = field(default_factory=dict)
    complete_thread: str | None = None


class PollingConnector(Connector):
    """A connector whose ``items_since`` is a cursor-driven walk over ``seed`` and ``fetch``."""

    window = timedelta(days=14)  # how far back a cycle re-reads posts to see new comments and edits
    clock: Clock = staticmethod(utcnow)

    @abstractmethod
    def seed(self, marks: dict[str, Any], cutoff: datetime) -> list[Task]:
        """The listings that start a cycle, given the watermarks left by the previous one."""

    @abstractmethod
    def fetch(self, task: Task, marks: dict[str, Any], cutoff: datetime) -> Fetched:
        """Fetch one page of one listing."""

    def _new_cycle(self, marks: dict[str, Any]) -> Cursor:
        now = self.clock()
        cutoff = now - self.window
        return {
            "v": CURSOR_VERSION,
            "cycle": now.strftime("%Y%m%dT%H%M%S.%fZ"),
            "cutoff": cutoff.isoformat(),
            "marks": marks,
            "next_marks": {},
            "queue": [t.dump() for t in self.seed(marks, cutoff)],
        }

    def items_since(self, cursor: Cursor | None) -> Page:
        if not cursor or cursor.get("v") != CURSOR_VERSION:
            state = self._new_cycle({})
        elif not cursor["queue"]:
            state = self._new_cycle(cursor.get("marks", {}))
        else:
            # Copy, so the caller's stored cursor is never mutated.
            state = {**cursor, "queue": list(cursor["queue"]), "next_marks": dict(cursor["next_marks"])}
        cutoff = datetime.fromisoformat(state["cutoff"])
        items: list[Item] = []
        complete: list[str] = []
        if state["queue"]:
            task = Task.load(state["queue"][0])
            got = self.fetch(task, state["marks"], cutoff)
            items = got.items
            rest = state["queue"][1:]
            if got.next_token is not None:
                rest.insert(0, Task(task.stream, task.key, got.next_token).dump())
            state["queue"] = rest + [child.dump() for child in got.children]
            for key, value in got.marks.items():
                state["next_marks"].setdefault(key, value)
            if got.complete_thread:
                complete.append(got.complete_thread)
        has_more = bool(state["queue"])
        if not has_more:
            # Cycle done: what it saw becomes the lower bound of the next one.
            state["marks"] = {**state["marks"], **state["next_marks"]}
            state["next_marks"] = {}
        return Page(
            items=tuple(items),
            cursor=state,
            has_more=has_more,
            cycle=state["cycle"],
            complete_threads=tuple(complete),
        )


def sync_all(connector: Connector, cursor: Cursor | None = None, max_pages: int = 10_000) -> tuple[list[Item], Cursor]:
    """Run one whole cycle in memory: for tests, the demo and the CLI; the worker stores page by page."""
    items: list[Item] = []
    for _ in range(max_pages):
        page = connector.items_since(cursor)
        items.extend(page.items)
        cursor = page.cursor
        if not page.has_more:
            break
    assert cursor is not None
    return items, cursor
