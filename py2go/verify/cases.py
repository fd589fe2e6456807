"""Load and validate `<name>.cases.yaml`, the inputs of a differential run."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import Any, Literal

import yaml

from py2go.errors import CaseFileError

StderrMode = Literal["ignore", "last-line", "exact"]
STDERR_MODES: tuple[StderrMode, ...] = ("ignore", "last-line", "exact")
DEFAULT_TIMEOUT = 20.0
CASES_SUFFIX = ".cases.yaml"

_CASE_KEYS = frozenset({"name", "args", "files", "env", "stdin", "exit", "stderr", "timeout", "http"})
_ROUTE_KEYS = frozenset(
    {"path", "method", "status", "headers", "body", "json", "delay", "times", "echo", "auth"}
)
_HTTP_KEYS = frozenset({"routes", "compare_requests"})
#: Placeholder for the base URL (`http://127.0.0.1:PORT`) of the case's HTTP server.
HTTP_BASE = "${HTTP_BASE}"
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_ENV_NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class Route:
    """One canned HTTP response of a case's local server: what it answers to `method path`.

    `times` limits how many requests it answers (then the next matching route does: a 503 twice,
    then a 200); `delay` sleeps before answering (timeouts); `echo` answers with a JSON description
    of the request instead of `body`; `auth` ("user:password", or "Bearer TOKEN") answers only requests
    carrying that basic auth (or exactly that Authorization header); others fall through to the next
    matching route, e.g. a 401.
    """

    path: str
    method: str = "GET"
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""
    delay: float = 0.0
    times: int | None = None
    echo: bool = False
    auth: str | None = None


@dataclass(frozen=True)
class HttpSpec:
    """The case's local HTTP server: its routes, and whether both runs must send the same requests."""

    routes: tuple[Route, ...]
    compare_requests: bool = False


@dataclass(frozen=True)
class Case:
    """One run of a script: arguments, input files, environment, stdin and what to expect.

    Mappings are stored as sorted tuples of pairs so a case is hashable and can cross processes.
    """

    name: str
    args: tuple[str, ...] = ()
    files: tuple[tuple[str, bytes], ...] = ()
    env: tuple[tuple[str, str], ...] = ()
    stdin: bytes = b""
    exit: int = 0
    stderr: StderrMode = "ignore"
    timeout: float = DEFAULT_TIMEOUT
    http: HttpSpec | None = None
    source: Path | None = None
    line: int | None = None

    def with_base_url(self, base: str) -> Case:
        """The case with `${HTTP_BASE}` replaced by `base` in args, env values, stdin and input files."""
        raw = HTTP_BASE.encode()
        return replace(
            self,
            args=tuple(a.replace(HTTP_BASE, base) for a in self.args),
            env=tuple((k, v.replace(HTTP_BASE, base)) for k, v in self.env),
            stdin=self.stdin.replace(raw, base.encode()),
            files=tuple((k, v.replace(raw, base.encode())) for k, v in self.files),
        )

    @property
    def files_map(self) -> dict[str, bytes]:
        """Input files as a dict (relative posix path -> content)."""
        return dict(self.files)

    @property
    def env_map(self) -> dict[str, str]:
        """Extra environment variables as a dict."""
        return dict(self.env)

    @property
    def where(self) -> str:
        """`file:line` of the case, for messages."""
        if self.source is None:
            return self.name
        return f"{self.source}:{self.line}" if self.line else str(self.source)


def cases_path_for(script: Path, cases_dir: Path | None = None) -> Path | None:
    """The cases file of `script`: next to it, else in `cases_dir`; None when there is none."""
    name = script.stem + CASES_SUFFIX
    candidates = [script.with_name(name)]
    if cases_dir is not None:
        candidates.append(cases_dir / name)
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    return None


def load_cases(path: Path | str) -> list[Case]:
    """Read and validate a cases file; any problem raises CaseFileError naming the file and line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CaseFileError(f"{path}: cannot read cases file: {exc}") from exc
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        problem = getattr(exc, "problem", None) or str(exc)
        raise CaseFileError(f"{where}: invalid YAML: {problem}") from exc
    return _parse(path, root, data)


def _fail(path: Path, node: yaml.Node | None, message: str) -> CaseFileError:
    """Build the error with `file:line` when the node is known."""
    where = f"{path}:{node.start_mark.line + 1}" if node is not None else str(path)
    return CaseFileError(f"{where}: {message}")


def _mapping_nodes(node: yaml.Node | None) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    """Keys of a YAML mapping node -> (key node, value node), for line numbers."""
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {str(k.value): (k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode)}


def _check_duplicate_keys(path: Path, node: yaml.Node) -> None:
    """PyYAML silently keeps the last of two equal keys; a typo'd copy-paste must not pass."""
    if not isinstance(node, yaml.MappingNode):
        return
    seen: set[str] = set()
    for key, _ in node.value:
        if isinstance(key, yaml.ScalarNode):
            if key.value in seen:
                raise _fail(path, key, f"duplicate key {key.value!r}")
            seen.add(key.value)


def _parse(path: Path, root: yaml.Node | None, data: Any) -> list[Case]:
    """Validate the loaded document against the schema."""
    if not isinstance(data, dict):
        raise _fail(path, root, "expected a mapping with a 'cases' list at the top level")
    _check_duplicate_keys(path, root)  # type: ignore[arg-type]
    top = _mapping_nodes(root)
    unknown = sorted(set(data) - {"cases"})
    if unknown:
        raise _fail(path, top[str(unknown[0])][0], f"unknown top-level key {unknown[0]!r} (expected 'cases')")
    raw_cases = data.get("cases")
    cases_node = top["cases"][1] if "cases" in top else root
    if not isinstance(raw_cases, list):
        raise _fail(path, cases_node, "'cases' must be a list of cases")
    if not raw_cases:
        raise _fail(path, cases_node, "'cases' is empty: a cases file must define at least one case")
    item_nodes = cases_node.value if isinstance(cases_node, yaml.SequenceNode) else []
    cases: list[Case] = []
    first_line: dict[str, int] = {}
    for index, raw in enumerate(raw_cases):
        node = item_nodes[index] if index < len(item_nodes) else None
        case = _parse_case(path, node, raw, index)
        if case.name in first_line:
            raise _fail(
                path,
                node,
                f"duplicate case name {case.name!r} (first defined at line {first_line[case.name]})",
            )
        first_line[case.name] = case.line or 0
        cases.append(case)
    return cases


def _parse_case(path: Path, node: yaml.Node | None, raw: Any, index: int) -> Case:
    """Validate one case mapping."""
    if not isinstance(raw, dict):
        raise _fail(path, node, f"case #{index + 1} must be a mapping")
    if node is not None:
        _check_duplicate_keys(path, node)
    keys = _mapping_nodes(node)

    def at(key: str) -> yaml.Node | None:
        return keys[key][1] if key in keys else node

    unknown = sorted(str(k) for k in raw if k not in _CASE_KEYS)
    if unknown:
        key_node = keys[unknown[0]][0] if unknown[0] in keys else node
        raise _fail(
            path,
            key_node,
            f"unknown key {unknown[0]!r} in case #{index + 1}; allowed: {', '.join(sorted(_CASE_KEYS))}",
        )
    name = raw.get("name")
    if not isinstance(name, str) or not _NAME_RE.match(name):
        raise _fail(
            path,
            at("name"),
            f"case #{index + 1} needs a 'name' of letters, digits, '_', '.' or '-' (got {name!r})",
        )
    label = f"case {name!r}"
    args = tuple(
        _scalar_str(path, at("args"), item, f"{label}: args item")
        for item in _list(path, at("args"), raw.get("args", []), f"{label}: 'args'")
    )
    files = _parse_files(path, at("files"), raw.get("files", {}), label)
    env = _parse_env(path, at("env"), raw.get("env", {}), label)
    stdin = raw.get("stdin", "")
    if isinstance(stdin, str):
        stdin_bytes = stdin.encode("utf-8")
    elif isinstance(stdin, bytes):
        stdin_bytes = stdin
    else:
        raise _fail(path, at("stdin"), f"{label}: 'stdin' must be a string")
    exit_code = raw.get("exit", 0)
    if isinstance(exit_code, bool) or not isinstance(exit_code, int) or not 0 <= exit_code <= 255:
        raise _fail(path, at("exit"), f"{label}: 'exit' must be an integer 0..255 (got {exit_code!r})")
    stderr = raw.get("stderr", "last-line" if exit_code != 0 else "ignore")
    if stderr not in STDERR_MODES:
        raise _fail(
            path, at("stderr"), f"{label}: 'stderr' must be one of {', '.join(STDERR_MODES)} (got {stderr!r})"
        )
    timeout = raw.get("timeout", DEFAULT_TIMEOUT)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise _fail(path, at("timeout"), f"{label}: 'timeout' must be a positive number of seconds")
    http = _parse_http(path, at("http"), raw["http"], label) if "http" in raw else None
    return Case(
        name=name,
        args=args,
        files=files,
        env=env,
        stdin=stdin_bytes,
        exit=exit_code,
        stderr=stderr,
        timeout=float(timeout),
        http=http,
        source=path,
        line=node.start_mark.line + 1 if node is not None else None,
    )


def _list(path: Path, node: yaml.Node | None, value: Any, what: str) -> list[Any]:
    """Require a YAML list."""
    if not isinstance(value, list):
        raise _fail(path, node, f"{what} must be a list")
    return value


def _scalar_str(path: Path, node: yaml.Node | None, value: Any, what: str) -> str:
    """Accept strings and integers (YAML reads `3` as an int); refuse values whose text is ambiguous."""
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise _fail(path, node, f"{what} must be a string (quote it): got {value!r}")


def _parse_files(path: Path, node: yaml.Node | None, value: Any, label: str) -> tuple[tuple[str, bytes], ...]:
    """Input files: relative paths inside the working dir, text (UTF-8) or !!binary content."""
    if not isinstance(value, Mapping):
        raise _fail(path, node, f"{label}: 'files' must be a mapping of relative path to content")
    result: dict[str, bytes] = {}
    for raw_name, content in value.items():
        if not isinstance(raw_name, str) or not raw_name:
            raise _fail(path, node, f"{label}: file name {raw_name!r} must be a non-empty string")
        rel = PurePosixPath(raw_name)
        if rel.is_absolute() or ".." in rel.parts or "\\" in raw_name:
            raise _fail(
                path, node, f"{label}: file {raw_name!r} must be a relative path inside the working dir"
            )
        if isinstance(content, str):
            data = content.encode("utf-8")
        elif isinstance(content, bytes):
            data = content
        else:
            raise _fail(path, node, f"{label}: content of file {raw_name!r} must be a string")
        key = rel.as_posix()
        if key in result:
            raise _fail(path, node, f"{label}: file {raw_name!r} is listed twice")
        result[key] = data
    names = set(result)
    for name in names:
        for parent in PurePosixPath(name).parents:
            if parent.as_posix() in names:
                raise _fail(path, node, f"{label}: {parent.as_posix()!r} is both a file and a directory")
    return tuple(sorted(result.items()))


def _parse_env(path: Path, node: yaml.Node | None, value: Any, label: str) -> tuple[tuple[str, str], ...]:
    """Extra environment variables: valid names, string values."""
    if not isinstance(value, Mapping):
        raise _fail(path, node, f"{label}: 'env' must be a mapping of NAME to string")
    result: dict[str, str] = {}
    for key, item in value.items():
        if not isinstance(key, str) or not _ENV_NAME_RE.match(key):
            raise _fail(path, node, f"{label}: {key!r} is not a valid environment variable name")
        result[key] = _scalar_str(path, node, item, f"{label}: env {key}")
    return tuple(sorted(result.items()))


def _parse_http(path: Path, node: yaml.Node | None, value: Any, label: str) -> HttpSpec:
    """`http:` is a list of routes, or a mapping with `routes` and `compare_requests`."""
    compare_requests = False
    routes_node = node
    if isinstance(value, Mapping):
        unknown = sorted(str(k) for k in value if k not in _HTTP_KEYS)
        if unknown:
            raise _fail(
                path,
                node,
                f"{label}: unknown key {unknown[0]!r} in 'http'; allowed: routes, compare_requests",
            )
        compare_requests = value.get("compare_requests", False)
        if not isinstance(compare_requests, bool):
            raise _fail(path, node, f"{label}: 'http.compare_requests' must be true or false")
        routes_node = _mapping_nodes(node).get("routes", (node, node))[1]
        value = value.get("routes")
    items = _list(path, routes_node, value, f"{label}: 'http' routes")
    if not items:
        raise _fail(path, routes_node, f"{label}: 'http' needs at least one route")
    nodes = routes_node.value if isinstance(routes_node, yaml.SequenceNode) else []
    routes = tuple(
        _parse_route(path, nodes[i] if i < len(nodes) else routes_node, item, f"{label}: route #{i + 1}")
        for i, item in enumerate(items)
    )
    return HttpSpec(routes=routes, compare_requests=compare_requests)


def _parse_route(path: Path, node: yaml.Node | None, raw: Any, what: str) -> Route:
    """One route: `path` (starting with '/'), optional method, status, headers, body/json, delay, times, echo, auth."""
    if not isinstance(raw, Mapping):
        raise _fail(path, node, f"{what} must be a mapping")
    unknown = sorted(str(k) for k in raw if k not in _ROUTE_KEYS)
    if unknown:
        raise _fail(
            path, node, f"{what}: unknown key {unknown[0]!r}; allowed: {', '.join(sorted(_ROUTE_KEYS))}"
        )
    route_path = raw.get("path")
    if not isinstance(route_path, str) or not route_path.startswith("/"):
        raise _fail(path, node, f"{what}: 'path' must be a string starting with '/' (got {route_path!r})")
    method = raw.get("method", "GET")
    if not isinstance(method, str) or not re.fullmatch(r"[A-Z]+|\*", method):
        raise _fail(path, node, f"{what}: 'method' must be an upper-case HTTP method or '*' (got {method!r})")
    status = raw.get("status", 200)
    if isinstance(status, bool) or not isinstance(status, int) or not 100 <= status <= 599:
        raise _fail(path, node, f"{what}: 'status' must be an integer 100..599 (got {status!r})")
    headers = raw.get("headers", {})
    if not isinstance(headers, Mapping):
        raise _fail(path, node, f"{what}: 'headers' must be a mapping of name to value")
    header_pairs = [(str(k), _scalar_str(path, node, v, f"{what}: header {k}")) for k, v in headers.items()]
    if "body" in raw and "json" in raw:
        raise _fail(path, node, f"{what}: give 'body' or 'json', not both")
    body = raw.get("body", "")
    if "json" in raw:
        body = json.dumps(raw["json"])
        if not any(k.lower() == "content-type" for k, _ in header_pairs):
            header_pairs.append(("Content-Type", "application/json"))
    if not isinstance(body, str | bytes):
        raise _fail(path, node, f"{what}: 'body' must be a string")
    delay = raw.get("delay", 0)
    if isinstance(delay, bool) or not isinstance(delay, int | float) or not 0 <= delay <= 60:
        raise _fail(path, node, f"{what}: 'delay' must be a number of seconds 0..60")
    times = raw.get("times")
    if times is not None and (isinstance(times, bool) or not isinstance(times, int) or times < 1):
        raise _fail(path, node, f"{what}: 'times' must be a positive integer")
    echo = raw.get("echo", False)
    if not isinstance(echo, bool):
        raise _fail(path, node, f"{what}: 'echo' must be true or false")
    auth = raw.get("auth")
    if auth is not None and (
        not isinstance(auth, str) or (":" not in auth and not auth.startswith("Bearer "))
    ):
        raise _fail(path, node, f"{what}: 'auth' must be a 'user:password' or 'Bearer TOKEN' string")
    return Route(
        path=route_path,
        method=method,
        status=status,
        headers=tuple(header_pairs),
        body=body.encode("utf-8") if isinstance(body, str) else body,
        delay=float(delay),
        times=times,
        echo=echo,
        auth=auth,
    )
