"""File import: Facebook Page and Instagram "Download your information" JSON exports, and CSV.

Every file is validated whole before anything is returned: a bad file raises ``ImportFileError``
with the file, line and field that is wrong (in Swedish for the user), and no items at all.
Meta's exports write UTF-8 text as Latin-1 escapes ("Ã¥" for "å"); we repair that.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from .base import Item, ItemKind, canonical_json, parse_time

CSV_COLUMNS = ("platform", "platform_id", "kind", "parent_id", "author_id", "author_name", "created_at", "text", "permalink")
CSV_REQUIRED = ("platform", "platform_id", "kind", "created_at", "text")
PLATFORMS = ("facebook", "instagram", "youtube", "linkedin", "mastodon", "bluesky", "x", "tiktok", "other")


class ImportFileError(ValueError):
    """A file that cannot be imported; nothing of it is."""

    def __init__(self, file: str, line: int | None, field: str | None, problem_sv: str) -> None:
        self.file = file
        self.line = line
        self.field = field
        self.problem_sv = problem_sv
        where = f"Filen {file}"
        if line is not None:
            where += f", rad {line}"
        if field:
            where += f", fält ”{field}”"
        self.message_sv = f"{where}: {problem_sv}. Ingenting ur filen har importerats."
        super().__init__(self.message_sv)


def fix_meta_text(text: str) -> str:
    """Undo Meta's mojibake: UTF-8 bytes exported as if each were a Latin-1 character."""
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def _decode(file: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFileError(file, line, None, "filen är inte kodad i UTF-8") from None


def _line(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _iter_array(file: str, text: str, start: int) -> Iterator[tuple[int, Any]]:
    """Decode a JSON array element by element, so each element's line number is known."""
    decoder = json.JSONDecoder()
    pos = start + 1  # after "["
    n = len(text)

    def skip(p: int) -> int:
        while p < n and text[p] in " \t\r\n":
            p += 1
        return p

    pos = skip(pos)
    if pos < n and text[pos] == "]":
        return
    while True:
        pos = skip(pos)
        try:
            obj, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            raise ImportFileError(file, exc.lineno, None, f"ogiltig JSON ({exc.msg})") from None
        yield _line(text, pos), obj
        pos = skip(end)
        if pos < n and text[pos] == ",":
            pos += 1
            continue
        if pos < n and text[pos] == "]":
            return
        raise ImportFileError(file, _line(text, pos), None, "ogiltig JSON (saknar ”,” eller ”]”)")


def _find_array(file: str, text: str, keys: tuple[str, ...]) -> tuple[int, str | None]:
    """Position of the top-level array, or of the array under one of ``keys`` in a top-level object."""
    try:
        whole = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFileError(file, exc.lineno, None, f"ogiltig JSON ({exc.msg})") from None
    stripped = len(text) - len(text.lstrip())
    if isinstance(whole, list):
        return stripped, None
    if isinstance(whole, dict):
        for key in keys:
            if isinstance(whole.get(key), list):
                # Find where the key's array starts; the whole file already parsed, so this is exact enough.
                idx = text.find(f'"{key}"')
                return text.index("[", idx), key
    raise ImportFileError(file, 1, None, "okänt exportformat: hittar ingen lista med inlägg eller kommentarer")


@dataclass(frozen=True)
class _Ctx:
    file: str
    line: int


def _need(ctx: _Ctx, obj: Any, field: str, kind: type | tuple[type, ...]) -> Any:
    if not isinstance(obj, dict) or field not in obj:
        raise ImportFileError(ctx.file, ctx.line, field, "fältet saknas")
    value = obj[field]
    if not isinstance(value, kind):
        raise ImportFileError(ctx.file, ctx.line, field, "fältet har fel typ")
    return value


def _ts(ctx: _Ctx, value: Any, field: str) -> datetime:
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ImportFileError(ctx.file, ctx.line, field, "tidpunkten är inte ett giltigt unixtal")
    return datetime.fromtimestamp(value, UTC)


def _stable_id(platform: str, *parts: Any) -> str:
    # Exports carry no platform ids: derive a stable one so re-importing the same file changes nothing.
    import hashlib

    return f"import:{hashlib.sha256(canonical_json([platform, *parts])).hexdigest()[:24]}"


def parse_facebook_json(file: str, data: bytes) -> list[Item]:
    """Facebook Page export: ``your_posts*.json`` (a list) or ``comments.json`` (``comments_v2``)."""
    text = _decode(file, data)
    start, key = _find_array(file, text, ("comments_v2", "comments", "posts_v2", "posts"))
    items: list[Item] = []
    for line, entry in _iter_array(file, text, start):
        ctx = _Ctx(file, line)
        created = _ts(ctx, _need(ctx, entry, "timestamp", int), "timestamp")
        rows = entry.get("data") or []
        if not isinstance(rows, list):
            raise ImportFileError(file, line, "data", "fältet har fel typ")
        comment = next((r["comment"] for r in rows if isinstance(r, dict) and isinstance(r.get("comment"), dict)), None)
        if comment is not None or key in ("comments_v2", "comments"):
            if comment is None:
                raise ImportFileError(file, line, "data.comment", "fältet saknas")
            body = _need(ctx, comment, "comment", str)
            author = fix_meta_text(comment.get("author") or "")
            items.append(Item("facebook", _stable_id("facebook", "c", entry), ItemKind.COMMENT, fix_meta_text(body),
                              canonical_json(entry), author_name=author or None, created_at=created))
            continue
        post = next((r.get("post") for r in rows if isinstance(r, dict) and "post" in r), None)
        if post is not None and not isinstance(post, str):
            raise ImportFileError(file, line, "data.post", "fältet har fel typ")
        title = entry.get("title")
        if post is None and not entry.get("attachments") and not title:
            raise ImportFileError(file, line, "data.post", "inlägget saknar både text och bilagor")
        items.append(Item("facebook", _stable_id("facebook", "p", entry), ItemKind.POST,
                          fix_meta_text(post or title or ""), canonical_json(entry), created_at=created, is_own=True))
    return items


def parse_instagram_json(file: str, data: bytes) -> list[Item]:
    """Instagram export: ``posts_1.json`` (media lists) or ``post_comments_1.json`` (string_map_data)."""
    text = _decode(file, data)
    start, _ = _find_array(file, text, ("comments_media_comments", "ig_posts", "media"))
    items: list[Item] = []
    for line, entry in _iter_array(file, text, start):
        ctx = _Ctx(file, line)
        if isinstance(entry, dict) and "string_map_data" in entry:
            smd = _need(ctx, entry, "string_map_data", dict)
            comment = _need(ctx, _need(ctx, smd, "Comment", dict), "value", str)
            time_ = _ts(ctx, _need(ctx, _need(ctx, smd, "Time", dict), "timestamp", int), "Time.timestamp")
            owner = (smd.get("Media Owner") or {}).get("value")
            items.append(Item("instagram", _stable_id("instagram", "c", entry), ItemKind.COMMENT, fix_meta_text(comment),
                              canonical_json(entry), author_name=None, created_at=time_,
                              parent_id=f"owner:{owner}" if owner else None))
            continue
        media = _need(ctx, entry, "media", list)
        if not media:
            raise ImportFileError(file, line, "media", "listan är tom")
        first = media[0]
        created = _ts(ctx, _need(ctx, first, "creation_timestamp", int), "media.creation_timestamp")
        _need(ctx, first, "uri", str)
        caption = entry.get("title") or first.get("title") or ""
        items.append(Item("instagram", _stable_id("instagram", "p", entry), ItemKind.POST, fix_meta_text(caption),
                          canonical_json(entry), created_at=created, is_own=True))
    return items


def parse_csv(file: str, data: bytes) -> list[Item]:
    """Our CSV format: one item a row, columns ``CSV_COLUMNS`` (the first four of ``CSV_REQUIRED`` must be filled)."""
    text = _decode(file, data)
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        header = reader.fieldnames or []
    except csv.Error as exc:
        raise ImportFileError(file, 1, None, f"ogiltig CSV ({exc})") from None
    missing = [c for c in CSV_REQUIRED if c not in header]
    if missing:
        raise ImportFileError(file, 1, missing[0], "kolumnen saknas i rubrikraden")
    unknown = [c for c in header if c not in CSV_COLUMNS]
    if unknown:
        raise ImportFileError(file, 1, unknown[0], "okänd kolumn")
    items: list[Item] = []
    seen: dict[tuple[str, str], int] = {}
    kinds = {k.value for k in ItemKind}
    try:
        for row in reader:
            line = reader.line_num
            if None in row or any(v is None for v in row.values()):
                raise ImportFileError(file, line, None, "raden har fel antal kolumner")
            for col in CSV_REQUIRED:
                if not row[col].strip() and col != "text":
                    raise ImportFileError(file, line, col, "fältet är tomt")
            if row["platform"] not in PLATFORMS:
                raise ImportFileError(file, line, "platform", f"okänd plattform ”{row['platform']}”")
            if row["kind"] not in kinds:
                raise ImportFileError(file, line, "kind", f"okänd typ ”{row['kind']}” (tillåtna: {', '.join(sorted(kinds))})")
            created = parse_time(row["created_at"])
            if created is None:
                raise ImportFileError(file, line, "created_at", "ogiltig tidpunkt (använd ISO 8601, t.ex. 2026-11-01T10:00:00+01:00)")
            key = (row["platform"], row["platform_id"])
            if key in seen:
                raise ImportFileError(file, line, "platform_id", f"samma id finns redan på rad {seen[key]}")
            seen[key] = line
            items.append(Item(row["platform"], row["platform_id"], ItemKind(row["kind"]), row["text"],
                              canonical_json(row), author_id=row.get("author_id") or None,
                              author_name=row.get("author_name") or None, created_at=created,
                              parent_id=row.get("parent_id") or None, permalink=row.get("permalink") or None))
    except csv.Error as exc:
        raise ImportFileError(file, reader.line_num, None, f"ogiltig CSV ({exc})") from None
    if not items:
        raise ImportFileError(file, None, None, "filen innehåller inga rader")
    return items


def _looks_like_instagram(data: bytes) -> bool:
    """Both exports name their files alike (posts_1.json, your_posts_1.json); their shapes differ."""
    head = data[:4000].decode("utf-8", "replace")
    return any(k in head for k in ('"string_map_data"', '"creation_timestamp"', '"comments_media_comments"', '"ig_posts"'))


def parse_file(name: str, data: bytes, platform: str | None = None) -> list[Item]:
    """Pick the parser from the file name (and the platform, for JSON exports)."""
    lower = name.lower()
    if lower.endswith(".csv"):
        return parse_csv(name, data)
    if lower.endswith(".json"):
        if platform is None:
            platform = "instagram" if _looks_like_instagram(data) else "facebook"
        if platform == "instagram":
            return parse_instagram_json(name, data)
        return parse_facebook_json(name, data)
    raise ImportFileError(name, None, None, "filtypen stöds inte (välj en JSON-fil ur en dataexport eller en CSV-fil)")


def parse_files(files: Mapping[str, bytes], platform: str | None = None) -> list[Item]:
    """Validate every file before returning anything: one bad file refuses the whole import."""
    items: list[Item] = []
    for name, data in files.items():
        items.extend(parse_file(name, data, platform))
    return items
