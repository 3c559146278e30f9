"""A tiny threaded HTTP server on 127.0.0.1 for faking platform APIs, with fault injection.

Routes are (method, regex) → handler(request) → Reply. Faults are checked before routes, so a test
can make the Nth matching request time out, fail with 5xx, rate-limit or return garbage.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    groups: tuple[str, ...] = ()

    def q(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[0] if values else default

    def qs(self, name: str) -> list[str]:
        return self.query.get(name, [])

    def json(self) -> Any:
        return json.loads(self.body or b"null")

    def form(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(self.body.decode()).items()}

    def param(self, name: str) -> str | None:
        """A parameter from the query or a form body (Graph API accepts either)."""
        if name in self.query:
            return self.query[name][0]
        if self.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            return self.form().get(name)
        return None


@dataclass
class Reply:
    status: int = 200
    body: Any = None  # dict/list → JSON; bytes → as is
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0

    def encode(self) -> bytes:
        if self.body is None:
            return b""
        if isinstance(self.body, bytes):
            return self.body
        return json.dumps(self.body).encode()


def ok(body: Any = None, status: int = 200, **headers: str) -> Reply:
    return Reply(status, body, {k.replace("_", "-"): v for k, v in headers.items()})


@dataclass
class Fault:
    method: str
    pattern: str
    reply: Reply
    times: int = 1
    skip: int = 0  # let this many matching requests through first
    hits: int = 0

    def matches(self, method: str, path: str) -> bool:
        return self.method in (method, "*") and re.search(self.pattern, path) is not None


Handler = Callable[[Request], Reply]


class FakeServer:
    def __init__(self) -> None:
        self.routes: list[tuple[str, re.Pattern[str], Handler]] = []
        self.faults: list[Fault] = []
        self.requests: list[Request] = []
        self.lock = threading.Lock()
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # otherwise delayed ACKs add ~40 ms per request

            def log_message(self, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                req = Request(
                    self.command, parts.path, parse_qs(parts.query, keep_blank_values=True),
                    {k.lower(): v for k, v in self.headers.items()}, body,
                )
                reply = server.dispatch(req)
                if reply.delay:
                    time.sleep(reply.delay)
                data = reply.encode()
                try:
                    self.send_response(reply.status)
                    headers = {"content-type": "application/json; charset=utf-8", **reply.headers}
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.send_header("content-length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout test)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _handle

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def start(self) -> FakeServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def route(self, method: str, pattern: str) -> Callable[[Handler], Handler]:
        def register(fn: Handler) -> Handler:
            self.routes.append((method, re.compile(f"^{pattern}$"), fn))
            return fn
        return register

    def fail(self, method: str, pattern: str, reply: Reply, times: int = 1, skip: int = 0) -> Fault:
        fault = Fault(method, pattern, reply, times, skip)
        self.faults.append(fault)
        return fault

    def dispatch(self, req: Request) -> Reply:
        with self.lock:
            self.requests.append(req)
            for fault in self.faults:
                if fault.times > 0 and fault.matches(req.method, req.path):
                    if fault.skip > 0:
                        fault.skip -= 1
                        continue
                    fault.times -= 1
                    fault.hits += 1
                    return fault.reply
        for method, pattern, fn in self.routes:
            if method == req.method:
                match = pattern.match(req.path)
                if match:
                    req.groups = match.groups()
                    return fn(req)
        return Reply(404, {"error": f"no route {req.method} {req.path}"})

    def calls(self, method: str, pattern: str) -> list[Request]:
        return [r for r in self.requests if r.method == method and re.search(pattern, r.path)]


class FakeSleep:
    """Records waits instead of sleeping; advances a fake clock so reset headers make sense."""

    def __init__(self, start: float = 1_790_000_000.0) -> None:
        self.now = start
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds

    def clock(self) -> float:
        return self.now
