"""Rebuild the shipped data files derived from ../shared/data (run by hand, not at runtime).

Usage: python kanalvakt/moderation/engine/data/build.py /path/to/shared/data
Every output carries its source and licence in NOTICE.md next to it.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Capitalised first names that are also everyday Swedish words; as names they would make
# ordinary sentences look like they identify a person.
NAME_STOPWORDS = {
    "Hans", "Bo", "Per", "Sten", "Max", "Rut", "Mark", "Vide", "Sol", "Ask", "Liv", "Alla", "Ella",
    "Bror", "Tor", "Love", "Ture", "Mats", "Ulf", "Dag", "Klas", "Björn", "Ylva", "Vera", "Stig",
    "Mona", "Ali", "Sam", "Said", "Ester", "Hugo", "Jan", "Gun", "Britt", "Lars", "Arne", "Lena",
    "Gert", "Sven", "Nora", "Maj", "Viola", "Rose", "Iris", "Saga", "Svea", "Alva", "Ida",
    "Linnea", "Lo", "Siv", "Ann", "Anna", "Kim", "Ebba", "Vilja", "Alice", "Frank", "Young",
    "Will", "Ben", "Don", "Mohammed", "Muhammed", "Mohammad", "Muhammad",
}
# Some of these are very common names (Anna, Lars, Lena); we keep them out of the stop list
# when they are unambiguous as words never used in lower case sentences.
KEEP = {"Anna", "Lars", "Lena", "Jan", "Sven", "Britt", "Arne", "Stig", "Ulf", "Mats", "Björn",
        "Alice", "Ida", "Ebba", "Alva", "Saga", "Linnea", "Hugo", "Ali", "Mohammed", "Muhammed",
        "Mohammad", "Muhammad", "Klas", "Gert", "Mona", "Ester", "Vera", "Ylva", "Nora", "Iris",
        "Siv", "Ann", "Kim", "Frank", "Sam", "Ella"}


def build(shared: Path) -> None:
    names: set[str] = set()
    for fn in ("fornamn-man.csv", "fornamn-kvinnor.csv"):
        with open(shared / "svensktext" / "namn" / fn, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                name = row["name"]
                if int(row["persons"]) >= 2000 and name.isalpha() and len(name) >= 2:
                    if name in NAME_STOPWORDS and name not in KEEP:
                        continue
                    names.add(name)
    (HERE / "places").mkdir(exist_ok=True)
    (HERE / "names-first.txt").write_text(
        "# Swedish first names with >= 2000 bearers (svensktext/SCB, see NOTICE.md)\n"
        + "\n".join(sorted(names)) + "\n", encoding="utf-8")

    domains: set[str] = set()
    for fn in ("piracy-nl.txt", "torrent-nl.txt"):
        for line in (shared / "blocklistproject-piracy" / fn).read_text(encoding="utf-8").splitlines():
            line = line.strip().lower()
            if line and not line.startswith("#"):
                domains.add(line)
    (HERE / "domains" / "piracy.txt").write_text(
        "# The Block List Project piracy + torrent lists (Unlicense), merged; see NOTICE.md\n"
        + "\n".join(sorted(domains)) + "\n", encoding="utf-8")

    munis: list[str] = []
    with open(shared / "swedish-geodata" / "municipalities.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            munis.append(f"{row['municipality_code']}\t{row['municipality_name_short']}")
    (HERE / "places" / "municipalities.tsv").write_text(
        "# code\tname (swedish-geodata, CC0)\n" + "\n".join(munis) + "\n", encoding="utf-8")

    localities: dict[str, set[str]] = {}
    with open(shared / "swedish-geodata" / "postal_to_municipality.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            localities.setdefault(row["municipality_code"], set()).add(row["locality"].title())
    (HERE / "places" / "localities.tsv").write_text(
        "# municipality code\tpostal locality (swedish-geodata, CC0)\n"
        + "\n".join(f"{code}\t{loc}" for code in sorted(localities) for loc in sorted(localities[code]))
        + "\n", encoding="utf-8")

    rows = (shared / "se-phone-telefonnummer" / "riktnummer.tsv").read_text(encoding="utf-8")
    (HERE / "riktnummer.tsv").write_text(rows, encoding="utf-8")


if __name__ == "__main__":
    build(Path(sys.argv[1]))
