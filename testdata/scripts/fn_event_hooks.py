#!/usr/bin/env python3
"""Deployment step runner with hooks: steps come from a plan file, callbacks are registered in
loops (some bind the loop variable early with a default, some see its final value, as Python's
closures do), and a failing step aborts the run with exit 4."""
import sys

before_hooks = []
after_hooks = []
log_lines = []


def log(msg):
    log_lines.append(msg)
    print(msg)


def register(kind, fn):
    if kind == "before":
        before_hooks.append(fn)
    else:
        after_hooks.append(fn)


def run_step(name, action, hosts):
    for hook in before_hooks:
        hook(name)
    done = 0
    for host in hosts:
        if action == "fail" and host.endswith("!"):
            raise RuntimeError(f"{name} failed on {host.rstrip('!')}")
        done += 1
    for hook in after_hooks:
        hook(name)
    return done


def main(argv):
    if len(argv) != 1:
        print("usage: fn_event_hooks.py PLAN", file=sys.stderr)
        return 2
    plan = []
    with open(argv[0]) as fh:
        for line in fh:
            if line.strip():
                step_name, action_name, host_list = line.split(":")
                plan.append((step_name.strip(), action_name.strip(), host_list.split()))
    stage = "init"
    for tag in ("audit", "notify"):
        register("before", lambda step, tag=tag: log(f"[{tag}] before {step}"))
    register("after", lambda step: log(f"[{stage}] after {step}"))
    counts = {}

    def tally(step):
        counts[step] = counts.get(step, 0) + 1

    register("after", tally)
    total = 0
    for index, (step, action, hosts) in enumerate(plan):
        stage = f"stage-{index + 1}"
        try:
            total += run_step(step, action, hosts)
        except RuntimeError as exc:
            log(f"ABORT: {exc}")
            break
    with open("deploy.log", "w") as out:
        out.write("\n".join(log_lines) + "\n")
    print(f"hosts done: {total}; steps completed: {sorted(counts)}")
    return 4 if len(counts) < len(plan) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
