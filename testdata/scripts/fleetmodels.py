"""Shared models for fleet scripts."""
from dataclasses import dataclass, field
from typing import List, Optional

DEFAULT_PORT = 22


class FleetError(Exception):
    """Base error of the fleet tools."""


class ParseError(FleetError):
    def __init__(self, lineno: int, reason: str):
        super().__init__(f"line {lineno}: {reason}")
        self.lineno = lineno


@dataclass
class Host:
    name: str
    role: str
    port: int = DEFAULT_PORT
    tags: List[str] = field(default_factory=list)

    @property
    def fqdn(self) -> str:
        return f"{self.name}.example.net"

    def describe(self) -> str:
        return f"{self.name} ({self.role}) :{self.port}"

    @classmethod
    def parse(cls, lineno: int, line: str) -> "Host":
        parts = line.split()
        if len(parts) < 2:
            raise ParseError(lineno, "expected NAME ROLE [PORT] [TAGS]")
        try:
            port = int(parts[2]) if len(parts) > 2 else DEFAULT_PORT
        except ValueError as e:
            raise ParseError(lineno, f"bad port {parts[2]!r}") from e
        tags = parts[3].split(",") if len(parts) > 3 else []
        return cls(parts[0], parts[1], port, tags)


class Inventory:
    def __init__(self, name: str):
        self.name = name
        self.hosts: List[Host] = []

    def add(self, host: Host) -> None:
        for h in self.hosts:
            if h.name == host.name:
                raise FleetError(f"duplicate host {host.name}")
        self.hosts.append(host)

    def by_role(self, role: str) -> List[Host]:
        return [h for h in self.hosts if h.role == role]

    def find(self, name: str) -> Optional[Host]:
        for h in self.hosts:
            if h.name == name:
                return h
        return None

    @property
    def size(self) -> int:
        return len(self.hosts)
