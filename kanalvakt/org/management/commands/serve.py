"""`kanalvakt serve`: the web server (gunicorn), or Django's development server with --dev.

With --with-worker a worker process runs beside it and stops with it, which is what a single
small installation and `make run` need; larger ones run `kanalvakt worker` separately.
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Serve kanalvakt over HTTP."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--bind", default="127.0.0.1:8000", help="address:port to listen on")
        parser.add_argument("--workers", type=int, default=2, help="web processes (gunicorn)")
        parser.add_argument("--dev", action="store_true", help="Django's development server")
        parser.add_argument("--with-worker", action="store_true",
                            help="also run one background worker process")

    def handle(self, *args: Any, bind: str, workers: int, dev: bool, with_worker: bool,
               **options: Any) -> None:
        worker = None
        if with_worker:
            worker = subprocess.Popen([sys.executable, "-m", "kanalvakt.cli", "worker"])
        try:
            if dev:
                call_command("runserver", bind, use_reloader=False)
            else:
                if not settings.DEBUG:
                    call_command("collectstatic", interactive=False, verbosity=0)
                subprocess.run([sys.executable, "-m", "gunicorn", "kanalvakt.wsgi:application",
                                "--bind", bind, "--workers", str(workers),
                                "--access-logfile", "-"], check=False)
        except KeyboardInterrupt:
            pass
        finally:
            if worker is not None:
                worker.terminate()
                worker.wait(timeout=15)
