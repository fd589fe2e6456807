"""Error counts per service from a log, with shared thresholds; a library function that raises."""
import sys
import opsutil as ou


def load(path):
    counts = {}
    errors = {}
    for fields in ou.read_table(path, "|"):
        service, status = fields[0].strip(), fields[1].strip()
        ou.tally(counts, service)
        if status.startswith("5"):
            ou.tally(errors, service)
    return counts, errors


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "requests.log"
    counts, errors = load(path)
    budget = float(ou.setting("budget", "5.0"))
    failing = []
    for service in sorted(counts):
        pct = 100.0 * errors.get(service, 0) / counts[service]
        state = ou.severity(pct, budget, budget * 2)
        print(f"{service:<10} {counts[service]:>4} req {pct:6.2f}% 5xx {state}")
        if state != "OK":
            failing.append(service)
    if failing:
        ou.die("over budget: " + ", ".join(failing), 1)
    print("all services within budget")


main()
