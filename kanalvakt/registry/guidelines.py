"""The municipality's own guidelines text, split into numbered sections and sentences.

Pure parsing here; `load_guidelines` stores a parsed document with the mapping from kanalvakt's
checks to the sentence each enforces, so the scorecard can link every check to its sentence.
Another municipality loads its own text and mapping file (`kanalvakt load-guidelines`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

# "1. Visa tydlig avsändare." or, in an appendix, "1.1 Redaktör och ersättare".
_HEADING = re.compile(r"^(?P<key>\d{1,2}(?:\.\d{1,2})?)\.?\s+(?P<title>\S.{0,120})$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9–-])")


class GuidelinesError(ValueError):
    """The text or the mapping cannot be used; the message says where, in Swedish."""


@dataclass
class Section:
    key: str
    title: str
    sentences: list[str] = field(default_factory=list)


def split_sentences(paragraph: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(paragraph.strip()) if s.strip()]


def parse_guidelines(text: str) -> tuple[str, list[Section]]:
    """The document title (its first non-empty line) and its numbered sections."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    title = next((line for line in lines if line), "")
    sections: list[Section] = []
    paragraph: list[str] = []

    def flush() -> None:
        if sections and paragraph:
            joined = " ".join(paragraph)
            if joined.startswith("- "):
                sections[-1].sentences.extend(item.strip() for item in joined.split("- ") if item.strip())
            else:
                sections[-1].sentences.extend(split_sentences(joined))
        paragraph.clear()

    for line in lines:
        heading = _HEADING.match(line)
        if heading and len(line) < 120:
            flush()
            sections.append(Section(heading["key"], heading["title"].strip()))
        elif not line:
            # A sentence broken by a page break goes on after the blank line.
            if not paragraph or paragraph[-1].endswith((".", "!", "?", ":")):
                flush()
        elif line.startswith("- "):
            flush()
            paragraph.append(line)
            flush()
        elif sections:
            paragraph.append(line)
    flush()
    keys = [s.key for s in sections]
    if not sections:
        raise GuidelinesError("Texten innehåller inga numrerade anvisningar (t.ex. '1. Visa tydlig avsändare.').")
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise GuidelinesError(f"Anvisning {', '.join(duplicates)} förekommer mer än en gång.")
    return title, sections


def parse_mapping(text: str, sections: list[Section]) -> dict[str, tuple[str, int]]:
    """check id → (section key, sentence index); every entry must name exactly one sentence."""
    try:
        raw: Any = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"rad {mark.line + 1}: " if mark else ""
        raise GuidelinesError(f"Kopplingsfilen är inte giltig YAML ({where}{exc})") from None
    if not isinstance(raw, dict):
        raise GuidelinesError("Kopplingsfilen ska vara en tabell: kontroll → {section, sentence}.")
    by_key = {s.key: s for s in sections}
    mapping: dict[str, tuple[str, int]] = {}
    for check, target in raw.items():
        if not isinstance(target, dict) or set(target) != {"section", "sentence"}:
            raise GuidelinesError(f"{check}: ange 'section' och 'sentence'.")
        section = by_key.get(str(target["section"]))
        if section is None:
            raise GuidelinesError(f"{check}: anvisning {target['section']} finns inte i texten.")
        hits = [i for i, s in enumerate(section.sentences) if s.startswith(str(target["sentence"]))]
        if len(hits) != 1:
            raise GuidelinesError(
                f"{check}: {'ingen' if not hits else 'mer än en'} mening i anvisning {section.key} "
                f"börjar med '{target['sentence']}'.")
        mapping[str(check)] = (section.key, hits[0])
    return mapping


def load_guidelines(actor: Any, text: str, mapping_text: str) -> Any:
    """Store a new guidelines document; nothing is stored when the text or mapping is wrong."""
    from django.db import transaction

    from kanalvakt.audit.log import record
    from kanalvakt.registry.models import CheckSource, GuidelineDocument, GuidelineSection

    title, sections = parse_guidelines(text)
    mapping = parse_mapping(mapping_text, sections)
    with transaction.atomic():
        document = GuidelineDocument.objects.create(title=title, source_text=text,
                                                    mapping_text=mapping_text, loaded_by=actor)
        stored = {}
        for position, section in enumerate(sections):
            stored[section.key] = GuidelineSection.objects.create(
                document=document, key=section.key, title=section.title, position=position,
                sentences=section.sentences)
        CheckSource.objects.bulk_create([
            CheckSource(document=document, check_id=check, section=stored[key], sentence_index=index)
            for check, (key, index) in mapping.items()])
        record(actor, "registry.guidelines_loaded", document,
               after={"sections": len(sections), "checks": len(mapping)})
    return document


def bundled_motala() -> tuple[str, str]:
    """Motala kommun's guidelines and the mapping of kanalvakt's checks to them."""
    from pathlib import Path

    data = Path(__file__).parent / "data"
    return ((data / "anvisningar-motala.txt").read_text(encoding="utf-8"),
            (data / "anvisningar-motala-checks.yaml").read_text(encoding="utf-8"))
