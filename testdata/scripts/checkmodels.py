"""Health checks shared by the monitoring scripts: a small class hierarchy."""
from typing import Dict, List


class CheckFailed(Exception):
    def __init__(self, name: str, detail: str):
        super().__init__(f"{name}: {detail}")
        self.name = name
        self.detail = detail


class Check:
    KIND = "generic"

    def __init__(self, name: str, threshold: float):
        self.name = name
        self.threshold = threshold
        self.runs = 0

    @property
    def label(self) -> str:
        return f"{self.KIND}/{self.name}"

    def measure(self, metrics: Dict[str, float]) -> float:
        return metrics.get(self.name, 0.0)

    def run(self, metrics: Dict[str, float]) -> str:
        self.runs += 1
        value = self.measure(metrics)
        if value > self.threshold:
            raise CheckFailed(self.label, f"{value:g} > {self.threshold:g}")
        return f"{self.label} ok ({value:g})"


class DiskCheck(Check):
    KIND = "disk"

    def measure(self, metrics: Dict[str, float]) -> float:
        used = metrics.get(self.name + ".used", 0.0)
        size = metrics.get(self.name + ".size", 0.0)
        if size <= 0:
            raise CheckFailed(self.label, "no size reported")
        return round(100.0 * used / size, 1)


class LoadCheck(Check):
    KIND = "load"

    def measure(self, metrics: Dict[str, float]) -> float:
        return metrics.get("load1", 0.0) / max(metrics.get("cpus", 1.0), 1.0)


def build(spec: str) -> List[Check]:
    checks: List[Check] = []
    for item in spec.split(","):
        kind, _, rest = item.strip().partition(":")
        name, _, limit = rest.partition("=")
        if kind == "disk":
            checks.append(DiskCheck(name, float(limit)))
        elif kind == "load":
            checks.append(LoadCheck(name, float(limit)))
        elif kind == "metric":
            checks.append(Check(name, float(limit)))
        else:
            raise ValueError(f"unknown check kind {kind!r}")
    return checks
