"""The `kanalvakt` command: a thin front to Django's management commands.

`kanalvakt classify` runs the moderation engine without loading Django, so that it starts fast
and needs no database. Everything else loads the settings first, and a configuration error
stops with one clear line instead of a traceback.
"""

from __future__ import annotations

import os
import sys

USAGE = """usage: kanalvakt COMMAND [options]

commands:
  serve            serve the web application (--dev, --with-worker, --bind, --workers)
  worker           run background jobs (--burst to run what is due and exit)
  migrate          create or update the database tables
  createsuperuser  create a local user
  demo             create the demo organisation and users
  verify-audit     verify the audit log's hash chain
  classify         classify comments from JSON Lines (moderation engine)
  manage ...       any other Django management command
"""


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    if len(argv) < 2 or argv[1] in {"-h", "--help", "help"}:
        print(USAGE)
        return 0
    command, rest = argv[1], argv[2:]
    if command == "classify":
        from kanalvakt.moderation.engine.cli import main as classify

        return classify(rest)
    if command == "manage":
        if not rest:
            print(USAGE, file=sys.stderr)
            return 2
        command, rest = rest[0], rest[1:]

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kanalvakt.settings")
    from kanalvakt.config import ConfigError

    try:
        import django

        django.setup()
    except ConfigError as exc:
        print(f"kanalvakt: configuration error: {exc}", file=sys.stderr)
        return 2

    if command in {"serve", "worker", "migrate", "demo"}:
        from django.db import connection
        from django.db.utils import OperationalError

        try:
            connection.ensure_connection()
        except OperationalError as exc:
            first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            print(f"kanalvakt: cannot reach the database: {first_line}", file=sys.stderr)
            return 2

    from django.core.management import execute_from_command_line

    execute_from_command_line(["kanalvakt", command.replace("-", "_"), *rest])
    return 0


if __name__ == "__main__":
    sys.exit(main())
