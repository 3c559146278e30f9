"""File import of Facebook/Instagram "Download your information" exports and CSV.

Export shapes: Facebook's help page "Download a copy of your information" (JSON, your_posts_1.json with
{"timestamp","data":[{"post"}],"attachments","title"} and comments.json with "comments_v2"), and the
Instagram export (posts_1.json with "media":[{"uri","creation_timestamp","title"}],
post_comments_1.json with "string_map_data"). Meta writes UTF-8 as Latin-1 escapes.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kanalvakt.connectors.base import ItemKind
from kanalvakt.connectors.importers import ImportFileError, parse_csv, parse_file, parse_files


def mojibake(text: str) -> str:
    return text.encode("utf-8").decode("latin-1")


FB_POSTS = [
    {"timestamp": 1764000000, "data": [{"post": mojibake("Välkommen till kulturnatten i Motala!")}], "title": "Motala kommun"},
    {"timestamp": 1764100000, "attachments": [{"data": [{"media": {"uri": "photos/1.jpg"}}]}], "title": "Motala kommun uppdaterade sin profilbild."},
]
FB_COMMENTS = {"comments_v2": [
    {"timestamp": 1764000500, "data": [{"comment": {"timestamp": 1764000500, "comment": mojibake("När öppnar badet?"), "author": "Motala kommun"}}], "title": "Motala kommun kommenterade."},
]}
IG_POSTS = [{"media": [{"uri": "media/posts/1.jpg", "creation_timestamp": 1764000000, "title": mojibake("Sommar på Varamobaden ☀️")}]}]
IG_COMMENTS = [{"string_map_data": {"Comment": {"value": "Fint!"}, "Media Owner": {"value": "motalakommun"}, "Time": {"timestamp": 1764000600}}}]
CSV_OK = (
    "platform,platform_id,kind,parent_id,author_id,author_name,created_at,text,permalink\n"
    "tiktok,7301,post,,,Motala kommun,2026-11-01T10:00:00+01:00,Hej från Motala!,https://www.tiktok.com/@motala/video/7301\n"
    'tiktok,7302,comment,7301,u9,Anna,2026-11-01T10:05:00+01:00,"Kul, när är nästa?",\n'
)


def test_a_valid_facebook_export_parses_every_item_and_repairs_the_text() -> None:
    items = parse_files({"your_posts_1.json": json.dumps(FB_POSTS, indent=2).encode(),
                         "comments.json": json.dumps(FB_COMMENTS, indent=2).encode()})
    assert [i.kind for i in items] == [ItemKind.POST, ItemKind.POST, ItemKind.COMMENT]
    assert items[0].text == "Välkommen till kulturnatten i Motala!"
    assert items[2].text == "När öppnar badet?"
    again = parse_files({"your_posts_1.json": json.dumps(FB_POSTS, indent=2).encode()})
    assert again[0].platform_id == items[0].platform_id  # stable ids: re-importing changes nothing


def test_a_valid_instagram_export_parses_every_item() -> None:
    items = parse_files({"posts_1.json": json.dumps(IG_POSTS).encode(), "post_comments_1.json": json.dumps(IG_COMMENTS).encode()})
    assert [(i.platform, i.kind) for i in items] == [("instagram", ItemKind.POST), ("instagram", ItemKind.COMMENT)]
    assert items[0].text == "Sommar på Varamobaden ☀️"


def test_a_valid_csv_parses_every_row() -> None:
    items = parse_csv("import.csv", CSV_OK.encode())
    assert [i.platform_id for i in items] == ["7301", "7302"]
    assert items[1].parent_id == "7301" and items[1].text == "Kul, när är nästa?"


def broken_fb_posts() -> bytes:
    rows = [dict(FB_POSTS[0]), dict(FB_POSTS[0]), {"data": [{"post": "utan tid"}]}]
    return json.dumps(rows, indent=2).encode()


@pytest.mark.parametrize(
    ("name", "data", "line", "field", "words"),
    [
        ("your_posts_1.json", b'[\n  {"timestamp": 1,\n  "data": [}\n]', 3, None, "ogiltig JSON"),
        ("your_posts_1.json", broken_fb_posts(), 20, "timestamp", "saknas"),
        ("your_posts_1.json", json.dumps([{"timestamp": "igår", "data": []}]).encode(), 1, "timestamp", "fel typ"),
        ("comments.json", json.dumps({"comments_v2": [{"timestamp": 5, "data": [{}]}]}).encode(), 1, "data.comment", "saknas"),
        ("posts_1.json", json.dumps([{"media": [{"creation_timestamp": 1764000000, "uri": "a"}]}, {"media": []}], indent=1).encode(), 10, "media", "tom"),
        ("post_comments_1.json", json.dumps([{"string_map_data": {"Comment": {"value": "x"}}}]).encode(), 1, "Time", "saknas"),
        ("import.csv", b"platform,platform_id,kind,text\nx,1,post,hej\n", 1, "created_at", "kolumnen saknas"),
        ("import.csv", CSV_OK.encode() + b"tiktok,7303,gilla,,,,2026-11-01T10:00:00Z,x,\n", 4, "kind", "okänd typ"),
        ("import.csv", CSV_OK.encode() + "tiktok,7304,comment,,,,i går,x,\n".encode(), 4, "created_at", "ogiltig tidpunkt"),
        ("import.csv", CSV_OK.encode() + b"tiktok,7301,comment,,,,2026-11-01T10:00:00Z,x,\n", 4, "platform_id", "rad 2"),
        ("import.csv", CSV_OK.encode() + b"tiktok,7305,comment\n", 4, None, "fel antal kolumner"),
        ("import.csv", b"platform,platform_id,kind,created_at,text\n", None, None, "inga rader"),
        ("import.csv", "platform,platform_id\n".encode("utf-16"), 1, None, "UTF-8"),
        ("data.xml", b"<x/>", None, None, "filtypen stöds inte"),
    ],
    ids=["json-syntax", "missing-field", "wrong-type", "comment-missing", "empty-media", "ig-time-missing",
         "csv-missing-column", "csv-bad-kind", "csv-bad-time", "csv-duplicate", "csv-short-row", "csv-empty",
         "not-utf8", "unknown-type"],
)
def test_each_kind_of_broken_file_is_refused_with_its_location(name: str, data: bytes, line: int | None, field: str | None, words: str) -> None:
    with pytest.raises(ImportFileError) as info:
        parse_file(name, data)
    error = info.value
    assert (error.file, error.line, error.field) == (name, line, field)
    assert words in error.message_sv
    assert "Ingenting ur filen har importerats" in error.message_sv


def test_one_bad_file_refuses_the_whole_import() -> None:
    with pytest.raises(ImportFileError):
        parse_files({"your_posts_1.json": json.dumps(FB_POSTS).encode(), "import.csv": b"platform\n"})


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300), st.sampled_from(["a.csv", "your_posts_1.json", "posts_1.json"]))
def test_any_bytes_either_parse_or_raise_import_file_error(data: bytes, name: str) -> None:
    try:
        parse_file(name, data)
    except ImportFileError as error:
        assert error.message_sv
