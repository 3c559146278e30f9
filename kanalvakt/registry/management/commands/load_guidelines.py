"""`kanalvakt load-guidelines TEXT MAPPING`: load a municipality's own guidelines.

TEXT is the guidelines as plain text with numbered headings ("1. Visa tydlig avsändare.");
MAPPING is a YAML file naming, for each of kanalvakt's checks, the sentence it enforces
(see kanalvakt/registry/data/anvisningar-motala-checks.yaml). Without arguments, Motala
kommun's guidelines are loaded.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from kanalvakt.registry.guidelines import GuidelinesError, bundled_motala, load_guidelines


class Command(BaseCommand):
    help = "Load the municipality's guidelines and the mapping of checks to their sentences."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("text", nargs="?", help="the guidelines as a UTF-8 text file")
        parser.add_argument("mapping", nargs="?", help="YAML: check id → {section, sentence}")

    def handle(self, *args: Any, text: str | None = None, mapping: str | None = None,
               **options: Any) -> None:
        if bool(text) != bool(mapping):
            raise CommandError("give both the text file and the mapping file, or neither")
        try:
            if text and mapping:
                source, links = Path(text).read_text(encoding="utf-8"), Path(mapping).read_text(encoding="utf-8")
            else:
                source, links = bundled_motala()
            document = load_guidelines(None, source, links)
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"cannot read the file: {exc}") from None
        except GuidelinesError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"loaded '{document.title}': {document.sections.count()} sections, "
                          f"{document.checks.count()} checks linked")
