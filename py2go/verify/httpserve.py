"""The local HTTP server a case declares with `http:`: canned routes on 127.0.0.1, one fresh server per run.

One server (one port) serves both runs of a case, so URLs and messages that name the port are identical
in both outputs; `reset()` between the runs gives each a fresh state (`times` counters, request log), so
nothing leaks from the Python run into the Go run. Keeping the socket also means no other case can take
the port in between.
"""

from __future__ import annotations

import base64
import contextlib
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from py2go.verify.cases import Route


@dataclass
class Served:
    """A running server: its base URL and the requests it received (`METHOD /path?query body`)."""

    base: str
    port: int
    log: list[str] = field(default_factory=list)
    counts: dict[int, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def reset(self) -> None:
        """Forget the requests and route counters of the previous run."""
        with self.lock:
            self.log = []
            self.counts = {}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # a delayed answer to a client that gave up must not hold the case
    allow_reuse_address = True

    routes: tuple[Route, ...] = ()
    served: Served

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that timed out and closed its socket is expected, not an error to print."""


def _basic(auth: str) -> str:
    """The Authorization header a route's `auth` wants: `Bearer TOKEN` as is, `user:password` as
    basic auth (requests encodes it as Latin-1)."""
    if auth.startswith("Bearer "):
        return auth
    return "Basic " + base64.b64encode(auth.encode("latin-1")).decode("ascii")


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        """Quiet: the case's output is the programs', not the server's."""

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        data = self.rfile.read(length) if length else b""
        split = urlsplit(self.path)
        srv = self.server
        state = srv.served
        route = None
        with state.lock:
            state.log.append(f"{self.command} {self.path} {data.decode('utf-8', 'replace')}".rstrip())
            for index, candidate in enumerate(srv.routes):
                if candidate.path != split.path or candidate.method not in ("*", self.command):
                    continue
                if candidate.auth is not None and self.headers.get("Authorization") != _basic(candidate.auth):
                    continue
                used = state.counts.get(index, 0)
                if candidate.times is not None and used >= candidate.times:
                    continue
                state.counts[index] = used + 1
                route = candidate
                break
        if route is None:
            self._send(
                404, (("Content-Type", "text/plain"),), f"no route for {self.command} {split.path}\n".encode()
            )
            return
        if route.delay:
            time.sleep(route.delay)
        body = route.body
        headers = route.headers
        if route.echo:
            echo = {
                "method": self.command,
                "path": split.path,
                "query": split.query,
                "content_type": self.headers.get("Content-Type", ""),
                "body": data.decode("utf-8", "replace"),
            }
            body = json.dumps(echo).encode()
            headers = (("Content-Type", "application/json"), *headers)
        self._send(route.status, headers, body)

    def _send(self, status: int, headers: tuple[tuple[str, str], ...], body: bytes) -> None:
        with contextlib.suppress(OSError):
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _answer


@contextlib.contextmanager
def serve(routes: tuple[Route, ...], port: int = 0) -> Iterator[Served]:
    """Serve `routes` on 127.0.0.1:`port` (0: any free port) in a thread until the block ends."""
    server = _Server(("127.0.0.1", port), _Handler)
    bound = int(server.server_address[1])
    server.routes = routes
    server.served = Served(base=f"http://127.0.0.1:{bound}", port=bound)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server.served
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
