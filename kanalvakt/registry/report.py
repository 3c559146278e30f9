"""The printable scorecard report for the management group: HTML rendered here, PDF made by Chromium."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import timezone

from kanalvakt.org.models import Municipality
from kanalvakt.registry.models import Account
from kanalvakt.registry.scorecard import GUIDELINES, Line, scorecard

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
STYLESHEET = "kanalvakt/report.css"
# Chromium prints the footer outside the document, so the page's stylesheet does not reach it.
FOOTER = ('<div style="width:100%;font-size:8px;font-family:sans-serif;color:#555;text-align:center">'
          '<span class="pageNumber"></span> / <span class="totalPages"></span></div>')


class ReportUnavailable(Exception):
    """The PDF cannot be made on this server (no Chromium or no Playwright)."""


@dataclass
class Row:
    account: Account
    lines: list[Line]


def chromium_path() -> str:
    return str(getattr(settings, "KANALVAKT_CHROMIUM", "/usr/bin/chromium"))


def render_html(accounts: list[Account]) -> str:
    """The report as one self-contained HTML document; the stylesheet is inlined so the PDF fetches nothing."""
    stylesheet = finders.find(STYLESHEET)
    css = Path(stylesheet).read_text(encoding="utf-8") if stylesheet else ""
    municipality = Municipality.objects.first()
    context: dict[str, Any] = {
        "css": css,
        "municipality": municipality.name if municipality else "",
        "date": timezone.localdate(),
        "numbers": list(GUIDELINES),
        "rows": [Row(account, scorecard(account)) for account in accounts],
    }
    return render_to_string("registry/scorecard_report.html", context)


def html_to_pdf(html: str) -> bytes:
    """Print the HTML to an A4 PDF with a headless Chromium.

    Playwright's sync API refuses to run in a thread with a running asyncio loop (an ASGI server,
    or a test driving a browser), so the browser always runs in a short-lived thread of its own.
    """
    if not os.access(chromium_path(), os.X_OK):
        raise ReportUnavailable(f"Chromium was not found at {chromium_path()}")
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="report-pdf") as pool:
        return pool.submit(_print, html).result()


def _print(html: str) -> bytes:
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError as exc:
        raise ReportUnavailable("Playwright is not installed") from exc
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
            try:
                context = browser.new_context(java_script_enabled=False)
                page = context.new_page()
                # The document is self-contained; nothing it names may be fetched.
                page.route("**/*", lambda route: route.abort())
                page.set_content(html, wait_until="load")
                return page.pdf(format="A4", print_background=True, prefer_css_page_size=True,
                                display_header_footer=True, header_template="<span></span>",
                                footer_template=FOOTER)
            finally:
                browser.close()
    except Error as exc:
        raise ReportUnavailable(f"Chromium could not print the report: {exc}") from exc


def scorecard_pdf(accounts: list[Account]) -> bytes:
    return html_to_pdf(render_html(accounts))
