"""Unit tests of the `http:` case key: parsing, the local server, `${HTTP_BASE}` and request comparison."""

from __future__ import annotations

import json
import sys
import textwrap
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from py2go.errors import CaseFileError
from py2go.verify import load_cases
from py2go.verify.batch import verify_script_cases
from py2go.verify.cases import Case, HttpSpec, Route
from py2go.verify.httpserve import serve


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_http_routes_parse_with_defaults(tmp_path: Path) -> None:
    path = write(
        tmp_path / "poll.cases.yaml",
        """\
        cases:
          - name: list_form
            args: ["${HTTP_BASE}/health"]
            http:
              - {path: /health, body: "ok\\n"}
              - path: /api
                method: POST
                status: 503
                headers: {Retry-After: 1}
                json: {state: down, n: 2}
                delay: 0.25
                times: 2
          - name: mapping_form
            http:
              compare_requests: true
              routes:
                - {path: /echo, method: "*", echo: true}
        """,
    )
    first, second = load_cases(path)
    assert first.http == HttpSpec(
        routes=(
            Route(path="/health", body=b"ok\n"),
            Route(
                path="/api",
                method="POST",
                status=503,
                headers=(("Retry-After", "1"), ("Content-Type", "application/json")),
                body=b'{"state": "down", "n": 2}',
                delay=0.25,
                times=2,
            ),
        )
    )
    assert second.http == HttpSpec(
        routes=(Route(path="/echo", method="*", echo=True),), compare_requests=True
    )
    assert load_cases(write(tmp_path / "x.cases.yaml", "cases:\n  - name: a\n"))[0].http is None


@pytest.mark.parametrize(
    ("body", "message", "line"),
    [
        ("    http: [{path: health}]\n", "'path' must be a string starting with '/'", 3),
        ("    http: [{path: /a, status: 42}]\n", "'status' must be an integer 100..599", 3),
        ("    http: [{path: /a, method: get}]\n", "upper-case HTTP method", 3),
        ("    http: [{path: /a, body: x, json: {}}]\n", "'body' or 'json', not both", 3),
        ("    http: [{path: /a, times: 0}]\n", "'times' must be a positive integer", 3),
        ("    http: [{path: /a, delay: -1}]\n", "'delay' must be a number", 3),
        ("    http: [{path: /a, colour: red}]\n", "unknown key 'colour'", 3),
        ("    http: []\n", "at least one route", 3),
        ("    http: {routes: [{path: /a}], record: yes}\n", "unknown key 'record' in 'http'", 3),
        (
            "    http: {routes: [{path: /a}], compare_requests: 1}\n",
            "'http.compare_requests' must be true",
            3,
        ),
    ],
)
def test_bad_http_key_names_file_and_line(tmp_path: Path, body: str, message: str, line: int) -> None:
    path = tmp_path / "bad.cases.yaml"
    path.write_text("cases:\n  - name: a\n" + body, encoding="utf-8")
    with pytest.raises(CaseFileError) as info:
        load_cases(path)
    assert message in str(info.value)
    assert f"{path}:{line}:" in str(info.value)


def test_with_base_url_substitutes_args_env_stdin_and_files() -> None:
    case = Case(
        name="c",
        args=("--url", "${HTTP_BASE}/x"),
        env=(("API", "${HTTP_BASE}"),),
        stdin=b"${HTTP_BASE}/in\n",
        files=(("cfg.ini", b"url = ${HTTP_BASE}/v1\n"),),
    )
    run = case.with_base_url("http://127.0.0.1:9")
    assert run.args == ("--url", "http://127.0.0.1:9/x")
    assert run.env_map == {"API": "http://127.0.0.1:9"}
    assert run.stdin == b"http://127.0.0.1:9/in\n"
    assert run.files_map == {"cfg.ini": b"url = http://127.0.0.1:9/v1\n"}


def _get(url: str, data: bytes | None = None, timeout: float = 5) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def test_server_routes_times_echo_and_reset() -> None:
    routes = (
        Route(path="/flaky", status=503, body=b"busy", times=2),
        Route(path="/flaky", body=b"ok"),
        Route(path="/echo", method="POST", echo=True),
        Route(path="/slow", body=b"late", delay=1.0),
    )
    with serve(routes) as served:
        assert served.base == f"http://127.0.0.1:{served.port}"
        assert [_get(served.base + "/flaky") for _ in range(3)] == [
            (503, b"busy"),
            (503, b"busy"),
            (200, b"ok"),
        ]
        status, body = _get(served.base + "/echo?a=1", data=b"x=1")
        assert status == 200
        assert json.loads(body) == {
            "method": "POST",
            "path": "/echo",
            "query": "a=1",
            "content_type": "application/x-www-form-urlencoded",
            "body": "x=1",
        }
        assert _get(served.base + "/echo")[0] == 404  # GET is not routed
        with pytest.raises(TimeoutError):
            _get(served.base + "/slow", timeout=0.2)
        assert served.log[:4] == ["GET /flaky", "GET /flaky", "GET /flaky", "POST /echo?a=1 x=1"]
        served.reset()
        assert served.log == []
        assert _get(served.base + "/flaky") == (503, b"busy")  # counters start again


def test_auth_routes_answer_only_their_credentials() -> None:
    """`auth: user:password` answers requests with that basic auth; others reach the next route."""
    routes = (Route(path="/api", body=b"secret", auth="deploy:s3cr\u00e9t"), Route(path="/api", status=401))
    with serve(routes) as served:
        assert _get(served.base + "/api")[0] == 401
        req = urllib.request.Request(
            served.base + "/api", headers={"Authorization": "Basic ZGVwbG95OnMzY3LpdA=="}
        )
        with urllib.request.urlopen(req, timeout=5) as resp:
            assert resp.read() == b"secret"
    routes = (Route(path="/jobs", body=b"[]", auth="Bearer t0k"), Route(path="/jobs", status=401))
    with serve(routes) as served:
        assert _get(served.base + "/jobs")[0] == 401
        req = urllib.request.Request(served.base + "/jobs", headers={"Authorization": "Bearer t0k"})
        with urllib.request.urlopen(req, timeout=5) as resp:
            assert resp.read() == b"[]"


TWIN = """\
#!{python}
import sys, urllib.request
base = sys.argv[1]
with urllib.request.urlopen(base + "/once") as resp:
    print(resp.read().decode())
urllib.request.urlopen(base + "/log?who={who}").read()
"""


@pytest.mark.parametrize(("who", "aspects"), [("same", set()), ("other", {"requests"})])
def test_each_run_gets_fresh_routes_and_requests_are_compared(
    tmp_path: Path, who: str, aspects: set[str]
) -> None:
    script = write(tmp_path / "poll.py", TWIN.format(python=sys.executable, who="same"))
    twin = write(tmp_path / "bin" / "poll", TWIN.format(python=sys.executable, who=who))
    twin.chmod(0o755)
    routes = (
        Route(path="/once", body=b"first", times=1),
        Route(path="/once", body=b"again"),
        Route(path="/log"),
    )
    case = Case(name="c", args=("${HTTP_BASE}",), http=HttpSpec(routes=routes, compare_requests=True))
    (result,) = verify_script_cases(script, [case], twin, scratch=tmp_path)
    assert result.python is not None and result.go is not None
    assert result.python.stdout == result.go.stdout == b"first\n"  # `times` counted per run
    assert result.aspects() == aspects
    assert result.case.args[0].startswith("http://127.0.0.1:")
    if aspects:
        assert "-GET /log?who=same" in result.render() and "+GET /log?who=other" in result.render()
