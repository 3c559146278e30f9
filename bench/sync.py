"""Benchmark of sync throughput: a fake Facebook Page on loopback into the database, with classification.

    .venv/bin/python bench/sync.py [--n 20000] [--reps 3] [--postgres postgres://postgres@127.0.0.1:5432/kanalvakt_dev]

The same generated page (posts with many comments: realistic Swedish text from the demo platform's
templates, about a fifth inappropriate) is served by the fake Graph API of tests/connectors and
synced through the real Facebook connector, HTTP client, `sync_account` (upserts, versions,
classification, cursor per page) into SQLite and into PostgreSQL, each in its own child process
with a fresh test database. Each repetition starts from an empty database; then a re-sync of the
same data must create nothing. Figures are medians of the repetitions.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def fill(template: str, rng: random.Random) -> str:
    from kanalvakt.connectors import demo_text as T

    first = rng.choice(T.FIRST_NAMES)
    return template.format(
        ort=rng.choice(T.PLACES), gata=rng.choice(T.STREETS), fornamn=first,
        namn=f"{first} {rng.choice(T.LAST_NAMES)}", pnr=rng.choice(T.TEST_PERSONNUMMER),
        tel=rng.choice(T.PHONES), regnr=rng.choice(T.PLATES), personal=rng.choice(T.STAFF),
        epost=f"{first.lower()}.{rng.choice(T.LAST_NAMES).lower()}@example.com")


def build_page(graph: Any, n: int, seed: int = 7) -> None:
    """About n items: posts of 99 comments each (a fifth of them replies), within the sync window."""
    from kanalvakt.connectors import demo_text as T

    rng = random.Random(seed)
    posts = max(1, n // 100)
    for p in range(posts):
        post = graph.add_post(fill(rng.choice(T.POSTS), rng), age=3600 + p * 300)
        last = None
        for c in range(n // posts - 1):
            if rng.random() < 0.22:
                text = fill(rng.choice(T.INAPPROPRIATE[rng.choice(sorted(T.INAPPROPRIATE))]), rng)
            else:
                text = fill(rng.choice(T.NORMAL), rng)
            name = f"{rng.choice(T.FIRST_NAMES)} {rng.choice(T.LAST_NAMES)}"
            parent = last["id"] if last is not None and rng.random() < 0.2 else None
            last = graph.add_comment(post["id"], text, age=3000 + p * 300 - c, parent=parent, name=name)


def child(n: int, reps: int) -> dict[str, Any]:
    """Run inside a process whose DATABASE_URL names the database to measure."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
    import django

    django.setup()
    import logging

    logging.disable(logging.INFO)
    from django.db import connection
    from django.test.utils import setup_databases, teardown_databases

    from kanalvakt.content.actions import do_connect
    from kanalvakt.content.models import Connection, Item, Version
    from kanalvakt.content.sync import build_connector, engine, sync_account
    from kanalvakt.org.models import Administration, Municipality, Unit
    from kanalvakt.registry.models import Account
    from tests.connectors.fake_meta import FakeGraph
    from tests.connectors.fakeserver import FakeServer

    old = setup_databases(verbosity=0, interactive=False)
    server = FakeServer().start()
    try:
        graph = FakeGraph(server, time.time())
        build_page(graph, n)
        municipality = Municipality.objects.create(name="Benchköping", org_number="212000-0142")
        admin = Administration.objects.create(municipality=municipality, name="KS", code="ks",
                                              registrar_email="reg@example.com")
        unit = Unit.objects.create(administration=admin, name="Kommunikation", code="kom")
        account = Account.objects.create(platform="facebook", name="Benchköping", handle="bench", unit=unit,
                                         status=Account.Status.ACTIVE)
        do_connect(None, account, graph.token, {"base_url": server.url + "/v25.0/", "page_size": 25,
                                                "messages": False, "mentions": False},
                   platform_account_id=graph.page_id)
        engine()  # built once per process, as in the worker

        def run() -> tuple[float, Any]:
            conn = Connection.objects.get(account=account)
            connector = build_connector(conn)
            start = time.perf_counter()
            result = sync_account(account, connector=connector, max_pages=100_000)
            elapsed = time.perf_counter() - start
            connector.close()
            assert result.ok, result.error
            return elapsed, result.counts

        first, resync = [], []
        for _ in range(reps):
            Version.objects.all().delete()
            Item.objects.all().delete()
            Connection.objects.filter(account=account).update(cursor=None, cycle="", cycle_source="",
                                                              cycle_complete=False)
            elapsed, counts = run()
            assert counts.created == Item.objects.count() and counts.created >= n * 0.99, counts
            first.append((elapsed, counts.created, counts.pages))
            elapsed, again = run()
            assert again.created == 0 and again.versions == 0, again
            resync.append((elapsed, again.unchanged))
        items = first[0][1]
        flagged = Item.objects.exclude(action="allow").count()
        return {
            "backend": connection.vendor, "items": items, "pages": first[0][2],
            "distinct_texts": Item.objects.values("text").distinct().count(), "flagged": flagged,
            "first_s": [round(e, 3) for e, _, _ in first], "resync_s": [round(e, 3) for e, _ in resync],
            "items_per_s": round(items / statistics.median(e for e, _, _ in first)),
            "resync_items_per_s": round(items / statistics.median(e for e, _ in resync)),
            "resync_created": 0,
        }
    finally:
        server.stop()
        connection.close()
        teardown_databases(old, verbosity=0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--postgres", default="postgres://postgres@127.0.0.1:5432/kanalvakt_dev")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.n, args.reps)))
        return 0
    rows = []
    for url in (f"sqlite:///{REPO / 'data' / 'bench-sync.sqlite3'}", args.postgres):
        env = {**os.environ, "DATABASE_URL": url}
        out = subprocess.run([sys.executable, __file__, "--child", "--n", str(args.n), "--reps", str(args.reps)],
                             env=env, capture_output=True, text=True, cwd=REPO)
        if out.returncode != 0:
            sys.stderr.write(out.stderr)
            return out.returncode
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"python {platform.python_version()}, {os.cpu_count()} cores, {time.strftime('%Y-%m-%d')}")
    print("| database | items | pages | flagged | first sync s (reps) | items/s (median) "
          "| re-sync s (reps) | re-sync items/s | re-sync created |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['backend']} | {r['items']:,} | {r['pages']} | {r['flagged']:,} | {r['first_s']} "
              f"| **{r['items_per_s']:,}** | {r['resync_s']} | {r['resync_items_per_s']:,} | {r['resync_created']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
