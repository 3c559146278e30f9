"""A demo platform that simulates a busy municipal page, so the inbox and moderation have work at once.

Time is cut into five-minute ticks; what happens in a tick is a pure function of (seed, tick), so
every process sees the same world and the cursor only needs the last tick synced. What *we* do
(replies, hides, deletes, publishing) is kept in ``state``, a JSON-serialisable dict the caller
stores with the account and passes back in ``ConnectorConfig.options["state"]``.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from . import demo_text as T
from .base import (
    Admin,
    Capability,
    Connector,
    ConnectorConfig,
    Cursor,
    Item,
    ItemKind,
    Media,
    Page,
    Profile,
    canonical_json,
)
from .errors import NotFound

TICK = 300  # seconds of simulated time per tick
PAGE_TICKS = 96  # at most eight hours of simulated traffic per page
BACKFILL_TICKS = 288  # a new account starts with one day of history
SHARE_INAPPROPRIATE = 0.22
EPOCH = 1_767_225_600  # 2026-01-01 UTC: tick 0


@dataclass(frozen=True)
class Event:
    tick: int
    slot: str  # p post, c comment, r our reply, cr citizen reply, m message, e edit, d deletion
    kind: ItemKind
    text: str
    author: tuple[str, str]
    parent: str | None = None
    thread: str | None = None
    category: str | None = None  # the inappropriate-material category, for evaluating the classifier
    target: str | None = None  # for edits and deletions

    @property
    def id(self) -> str:
        return f"demo-{self.tick}-{self.slot}"


class DemoConnector(Connector):
    platform = "demo"
    capabilities = frozenset({
        Capability.READ, Capability.REPLY, Capability.HIDE, Capability.UNHIDE, Capability.DELETE,
        Capability.DELETE_OWN, Capability.PUBLISH, Capability.MESSAGES, Capability.ADMINS,
    })

    def __init__(self, config: ConnectorConfig, *, clock: Callable[[], float] = time.time, **_: Any) -> None:
        self.config = config
        self.seed = str(config.options.get("seed", "kanalvakt"))
        self.name = str(config.options.get("name", "Motala kommun"))
        self.rate = float(config.options.get("rate", 1.0))  # scales how busy the page is
        self.clock_s = clock
        self.state: dict[str, Any] = dict(config.options.get("state") or {})
        for key in ("hidden", "deleted"):
            self.state.setdefault(key, [])
        self.state.setdefault("own", [])
        self._post_ticks: dict[int, bool] = {}

    # -- the simulated world ---------------------------------------------------------------

    def _rng(self, tick: int, salt: str = "") -> random.Random:
        return random.Random(f"{self.seed}:{tick}:{salt}")

    def _is_post_tick(self, tick: int) -> bool:
        cached = self._post_ticks.get(tick)
        if cached is None:
            cached = tick % 288 == 100 or self._rng(tick, "post").random() < 0.01 * self.rate
            self._post_ticks[tick] = cached
        return cached

    def _latest_post(self, tick: int) -> int:
        for back in range(0, 600):
            if self._is_post_tick(tick - back):
                return tick - back
        return tick - (tick - 100) % 288  # the daily post always exists

    def _person(self, rng: random.Random) -> tuple[str, str]:
        name = f"{rng.choice(T.FIRST_NAMES)} {rng.choice(T.LAST_NAMES)}"
        return f"demo-user-{name.lower().replace(' ', '-')}", name

    def _fill(self, template: str, rng: random.Random) -> str:
        first = rng.choice(T.FIRST_NAMES)
        return template.format(
            ort=rng.choice(T.PLACES), gata=rng.choice(T.STREETS), fornamn=first,
            namn=f"{first} {rng.choice(T.LAST_NAMES)}", pnr=rng.choice(T.TEST_PERSONNUMMER),
            tel=rng.choice(T.PHONES), regnr=rng.choice(T.PLATES), personal=rng.choice(T.STAFF),
            epost=f"{first.lower()}.{rng.choice(T.LAST_NAMES).lower()}@example.com",
        )

    def events(self, tick: int) -> list[Event]:
        """What happens during one tick; the same for every process and every call."""
        rng = self._rng(tick)
        out: list[Event] = []
        own = ("demo-page", self.name)
        if self._is_post_tick(tick):
            out.append(Event(tick, "p", ItemKind.POST, self._fill(rng.choice(T.POSTS), rng), own, thread=f"demo-{tick}-p"))
        post = f"demo-{self._latest_post(tick)}-p"
        if rng.random() < 0.45 * self.rate:
            category = None
            if rng.random() < SHARE_INAPPROPRIATE:
                category = rng.choice(sorted(T.INAPPROPRIATE))
                text = self._fill(rng.choice(T.INAPPROPRIATE[category]), rng)
            else:
                text = self._fill(rng.choice(T.NORMAL), rng)
            out.append(Event(tick, "c", ItemKind.COMMENT, text, self._person(rng), post, post, category))
        earlier = self._comment_before(tick, rng)
        if earlier and rng.random() < 0.15:
            first = earlier.author[1].split()[0]
            out.append(Event(tick, "r", ItemKind.REPLY, rng.choice(T.OWN_REPLIES).format(fornamn=first), own,
                             earlier.id, earlier.thread))
        if earlier and rng.random() < 0.08:
            out.append(Event(tick, "cr", ItemKind.REPLY, self._fill(rng.choice(T.CITIZEN_REPLIES), rng),
                             self._person(rng), earlier.id, earlier.thread))
        if rng.random() < 0.04 * self.rate:
            out.append(Event(tick, "m", ItemKind.MESSAGE, self._fill(rng.choice(T.MESSAGES), rng), self._person(rng),
                             thread=f"demo-conv-{tick}"))
        if earlier and rng.random() < 0.03:
            out.append(Event(tick, "e", earlier.kind, earlier.text + rng.choice(T.EDIT_SUFFIX), earlier.author,
                             earlier.parent, earlier.thread, earlier.category, target=earlier.id))
        elif earlier and earlier.category and rng.random() < 0.05:
            # Authors sometimes delete their own outbursts before we get to them.
            out.append(Event(tick, "d", earlier.kind, earlier.text, earlier.author, earlier.parent, earlier.thread,
                             earlier.category, target=earlier.id))
        return out

    def _comment_before(self, tick: int, rng: random.Random) -> Event | None:
        back = tick - rng.randint(1, 12)
        for event in self._base_events(back):
            if event.slot == "c":
                return event
        return None

    def _base_events(self, tick: int) -> list[Event]:
        # Comments only (no recursion into edits), for picking targets of replies, edits, deletions.
        rng = self._rng(tick)
        if self._is_post_tick(tick):
            rng.choice(T.POSTS)
            self._fill("", rng)
        post = f"demo-{self._latest_post(tick)}-p"
        if rng.random() < 0.45 * self.rate:
            category = None
            if rng.random() < SHARE_INAPPROPRIATE:
                category = rng.choice(sorted(T.INAPPROPRIATE))
                text = self._fill(rng.choice(T.INAPPROPRIATE[category]), rng)
            else:
                text = self._fill(rng.choice(T.NORMAL), rng)
            return [Event(tick, "c", ItemKind.COMMENT, text, self._person(rng), post, post, category)]
        return []

    def _item(self, event: Event) -> Item:
        item_id = event.target or event.id
        created = datetime.fromtimestamp(EPOCH + int(item_id.split("-")[1]) * TICK, UTC)
        seen = datetime.fromtimestamp(EPOCH + event.tick * TICK, UTC)
        deleted = event.slot == "d" or item_id in self.state["deleted"]
        raw = {"id": item_id, "type": event.kind.value, "message": event.text, "from": {"id": event.author[0],
               "name": event.author[1]}, "created_time": created.isoformat(), "parent_id": event.parent,
               "thread_id": event.thread, "is_hidden": item_id in self.state["hidden"], "is_deleted": deleted}
        if event.target:
            raw["updated_time"] = seen.isoformat()
        return Item(self.platform, item_id, event.kind, event.text, canonical_json(raw), author_id=event.author[0],
                    author_name=event.author[1], created_at=created, updated_at=seen if event.target else None,
                    parent_id=event.parent, thread_id=event.thread or item_id,
                    permalink=f"https://demo.kanalvakt.invalid/{item_id}", is_hidden=item_id in self.state["hidden"],
                    is_deleted=deleted, is_own=event.author[0] == "demo-page")

    # -- the interface ---------------------------------------------------------------------

    def now_tick(self) -> int:
        return int((self.clock_s() - EPOCH) // TICK)

    def profile(self) -> Profile:
        return Profile(self.platform, "demo-page", self.name,
                       canonical_json({"id": "demo-page", "name": self.name}),
                       bio=f"Välkommen till {self.name}s officiella sida! Vi svarar vardagar 8–16.",
                       emails=("kommun@motala.example",), phones=("0141-22 50 00",),
                       website="https://www.motala.example", url="https://demo.kanalvakt.invalid/")

    def items_since(self, cursor: Cursor | None) -> Page:
        now = self.now_tick()
        start = int(cursor["tick"]) + 1 if cursor else now - BACKFILL_TICKS
        end = min(now, start + PAGE_TICKS - 1)
        items = [self._item(e) for tick in range(start, end + 1) for e in self.events(tick)]
        last = max(end, start - 1)
        return Page(tuple(items), {"v": 1, "tick": last}, has_more=last < now, cycle=f"demo-{start}")

    def admins(self) -> list[Admin] | None:
        # The page's administrators can be named in the options (the demo organisation passes
        # the people who were given access); the last named plays the substitute.
        names = [str(n) for n in self.config.options.get("admins") or
                 ["Alva Kommunikatör", "Erik Redaktör", "Sara Ersättare"]]
        admins = [Admin(f"demo-admin-{i}", name, ("admin" if i == 0 else "editor",))
                  for i, name in enumerate(names)]
        # Role drift to demonstrate: a summer substitute who left still has access …
        admins.append(Admin("demo-admin-kalle", "Kalle Sommarvikarie", ("moderator",)))
        # … and every other week the substitute's access is missing.
        if len(names) > 1 and (self.now_tick() // (288 * 7)) % 2:
            admins = [a for a in admins if a.name != names[-1]]
        return admins

    def _find(self, item_id: str) -> Event:
        try:
            tick = int(item_id.split("-")[1])
        except (IndexError, ValueError):
            tick = -1
        for event in self.events(tick) if tick >= 0 else []:
            if event.id == item_id:
                return event
        for own in self.state["own"]:
            if own["id"] == item_id:
                return Event(own["tick"], own["slot"], ItemKind(own["kind"]), own["text"], ("demo-page", self.name),
                             own.get("parent"), own.get("thread"))
        raise NotFound(f"no demo item {item_id}", platform=self.platform)

    def reply(self, item_id: str, text: str) -> Item:
        target = self._find(item_id)
        return self._own(ItemKind.REPLY, text, target.id, target.thread)

    def publish(self, text: str, media: Sequence[Media] = ()) -> Item:
        return self._own(ItemKind.POST, text, None, None)

    def _own(self, kind: ItemKind, text: str, parent: str | None, thread: str | None) -> Item:
        tick = self.now_tick()
        slot = f"own{len(self.state['own'])}"
        item_id = f"demo-{tick}-{slot}"
        self.state["own"].append({"id": item_id, "tick": tick, "slot": slot, "kind": kind.value, "text": text,
                                  "parent": parent, "thread": thread or item_id})
        return self._item(Event(tick, slot, kind, text, ("demo-page", self.name), parent, thread or item_id))

    def hide(self, item_id: str) -> None:
        self._find(item_id)
        if item_id not in self.state["hidden"]:
            self.state["hidden"].append(item_id)

    def unhide(self, item_id: str) -> None:
        self._find(item_id)
        if item_id in self.state["hidden"]:
            self.state["hidden"].remove(item_id)

    def delete(self, item_id: str) -> None:
        self._find(item_id)
        if item_id not in self.state["deleted"]:
            self.state["deleted"].append(item_id)
