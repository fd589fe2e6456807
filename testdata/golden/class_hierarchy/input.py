"""A small check framework: base class, overrides, super(), an enum and a named tuple."""
import sys
from enum import Enum
from typing import NamedTuple


class Status(Enum):
    OK = "ok"
    FAIL = "fail"


class Result(NamedTuple):
    name: str
    status: Status


class Check:
    KIND = "check"

    def __init__(self, name: str):
        self.name = name

    def probe(self) -> bool:
        return True

    def run(self) -> Result:
        return Result(f"{self.KIND}/{self.name}", Status.OK if self.probe() else Status.FAIL)


class DiskCheck(Check):
    KIND = "disk"

    def __init__(self, name: str, used: int):
        super().__init__(name)
        self.used = used

    def probe(self) -> bool:
        return self.used < 90


checks = [Check("noop"), DiskCheck("root", 95)]
results = [c.run() for c in checks]
for r in results:
    print(r.name, r.status.value, repr(r.status))
sys.exit(1 if any(r.status is Status.FAIL for r in results) else 0)
