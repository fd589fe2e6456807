#!/usr/bin/env python3
"""Audit backup job logs: durations, failures, overdue jobs. Writes audit.log via logging."""
import logging
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import List, Optional

EVENT_RE = re.compile(
    r"^(?P<ts>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)Z\s+job=(?P<job>[\w.-]+)\s+(?P<event>START|END|FAIL)(?:\s+(?P<detail>.*))?$"
)
TS_FMT = "%Y-%m-%dT%H:%M:%S"


@dataclass
class Job:
    name: str
    runs: List[timedelta] = field(default_factory=list)
    failures: int = 0
    started: Optional[datetime] = None
    last_end: Optional[datetime] = None

    def average(self) -> timedelta:
        if not self.runs:
            return timedelta(0)
        return sum(self.runs, timedelta(0)) / len(self.runs)


def main() -> int:
    logging.basicConfig(filename="audit.log", filemode="w", format="%(levelname)s %(message)s", level=logging.DEBUG)
    log = logging.getLogger(__name__)
    if len(sys.argv) < 3:
        log.critical("usage: backup_job_audit.py EVENTS AS_OF")
        return 2
    as_of = datetime.strptime(sys.argv[2], TS_FMT)
    max_age = timedelta(hours=int(sys.argv[3]) if len(sys.argv) > 3 else 26)
    jobs = {}
    with open(sys.argv[1]) as fh:
        for n, line in enumerate(fh, 1):
            m = EVENT_RE.match(line.strip())
            if m is None:
                log.warning("line %d: unrecognised: %.30s", n, line.strip())
                continue
            ts = datetime.strptime(m.group("ts"), TS_FMT)
            job = jobs.setdefault(m.group("job"), Job(m.group("job")))
            event = m.group("event")
            if event == "START":
                if job.started is not None:
                    log.warning("%s: START at %s while already running since %s", job.name, ts, job.started)
                job.started = ts
            elif job.started is None:
                log.error("%s: %s without START at line %d", job.name, event, n)
            else:
                if event == "END":
                    job.runs.append(ts - job.started)
                    job.last_end = ts
                    log.debug("%s finished in %s", job.name, ts - job.started)
                else:
                    job.failures += 1
                    log.error("%s failed: %s", job.name, m.group("detail") or "no detail")
                job.started = None
    overdue = []
    print(f"{'job':<16}{'runs':>5}{'fail':>5}  {'avg':>9}  {'longest':>9}  last success")
    for name in sorted(jobs):
        job = jobs[name]
        longest = max(job.runs) if job.runs else timedelta(0)
        last = job.last_end.strftime("%m-%d %H:%M") if job.last_end else "never"
        avg = job.average()
        avg -= timedelta(microseconds=avg.microseconds)
        print(f"{name:<16}{len(job.runs):>5}{job.failures:>5}  {str(avg):>9}  {str(longest):>9}  {last}")
        if job.last_end is None or as_of - job.last_end > max_age:
            overdue.append(name)
        if job.started is not None:
            log.info("%s still running for %.1f minutes", name, (as_of - job.started).total_seconds() / 60)
    if overdue:
        log.warning("overdue: %s", ", ".join(overdue))
        print(f"OVERDUE: {' '.join(overdue)}")
        return 1
    log.info("all %d jobs healthy", len(jobs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
