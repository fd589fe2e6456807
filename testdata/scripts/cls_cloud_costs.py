"""Monthly cost estimate for cloud resources listed in a CSV-ish inventory.

Columns: kind,name,size[,extra]   kind is vm, disk or bucket.
Writes costs.txt with one line per resource; exits 2 when the budget is exceeded.
"""
import sys
from dataclasses import dataclass, field
from typing import List

HOURS = 730


@dataclass
class Resource:
    name: str
    size: int
    tags: List[str] = field(default_factory=list)

    def monthly(self) -> float:
        return 0.0

    def describe(self) -> str:
        return f"{self.name} ({self.size})"


@dataclass
class VM(Resource):
    gpu: bool = False

    def monthly(self) -> float:
        rate = 0.045 * self.size
        if self.gpu:
            rate += 0.9
        return round(rate * HOURS, 2)

    def describe(self) -> str:
        return super().describe() + (" +gpu" if self.gpu else "")


@dataclass
class Disk(Resource):
    ssd: bool = True

    def monthly(self) -> float:
        return round(self.size * (0.17 if self.ssd else 0.05), 2)


@dataclass
class Bucket(Resource):
    def monthly(self) -> float:
        return round(max(self.size - 5, 0) * 0.023, 2)


def parse(lines: List[str]) -> List[Resource]:
    out: List[Resource] = []
    for line in lines:
        cols = [c.strip() for c in line.split(",")]
        if len(cols) < 3 or line.startswith("#"):
            continue
        kind, name, size = cols[0], cols[1], int(cols[2])
        extra = cols[3] if len(cols) > 3 else ""
        if kind == "vm":
            out.append(VM(name, size, gpu=extra == "gpu"))
        elif kind == "disk":
            out.append(Disk(name, size, ssd=extra != "hdd"))
        elif kind == "bucket":
            out.append(Bucket(name, size, ["storage"]))
        else:
            print(f"skipping unknown kind {kind}", file=sys.stderr)
    return out


def main(argv: List[str]) -> int:
    if len(argv) < 2:
        print("usage: cls_cloud_costs.py INVENTORY [BUDGET]", file=sys.stderr)
        return 64
    budget = float(argv[2]) if len(argv) > 2 else 1000.0
    with open(argv[1]) as fh:
        resources = parse(fh.read().splitlines())
    total = 0.0
    with open("costs.txt", "w") as out:
        for r in sorted(resources, key=lambda r: r.name):
            cost = r.monthly()
            total += cost
            out.write(f"{r.describe():<24}{cost:>10.2f}\n")
    vms = [r for r in resources if isinstance(r, VM)]
    print(f"{len(resources)} resources, {len(vms)} VMs, total {total:.2f} / budget {budget:.2f}")
    if resources:
        print("first:", resources[0])
    return 2 if total > budget else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
