"""`kanalvakt worker`: the long-running loop that runs due jobs; start as many as you like."""

from __future__ import annotations

import signal
import time
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import close_old_connections
from django.utils.module_loading import autodiscover_modules

from kanalvakt.worker import jobs


class Command(BaseCommand):
    help = "Run due background jobs until stopped."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--burst", action="store_true",
                            help="run what is due now, then exit")
        parser.add_argument("--poll", type=int, default=None,
                            help="seconds between looks for due jobs")

    def handle(self, *args: Any, burst: bool = False, poll: int | None = None, **options: Any) -> None:
        autodiscover_modules("tasks")
        jobs.ensure_periodic_jobs()
        name = jobs.worker_name()
        interval = poll or settings.WORKER_POLL_SECONDS
        stopping = False

        def stop(signum: int, frame: Any) -> None:
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        self.stdout.write(f"kanalvakt worker {name} started")
        while not stopping:
            close_old_connections()
            # One job at a time, checking for a stop request between them.
            ran = jobs.run_due(name, limit=1)
            if burst and not ran:
                break
            if not ran:
                for _ in range(interval * 10):
                    if stopping:
                        break
                    time.sleep(0.1)
        self.stdout.write(f"kanalvakt worker {name} stopped")
