#!/usr/bin/env python3
# Monthly cloud cost report per team from a billing CSV export.
# columns: date,team,service,cost_usd   (cost may be negative for credits)
# usage: cost_report.py BILLING_CSV [BUDGET_FILE]
# BUDGET_FILE lines: team=amount ; teams over budget make the script exit 1.
import sys


def read_budgets(path):
    budgets = {}
    with open(path) as f:
        for line in f:
            if "=" in line:
                team, amount = line.strip().split("=", 1)
                budgets[team] = float(amount)
    return budgets


def main():
    if len(sys.argv) < 2:
        print("usage: cost_report.py BILLING_CSV [BUDGET_FILE]", file=sys.stderr)
        return 2
    by_team = {}
    by_service = {}
    with open(sys.argv[1], encoding="utf-8") as f:
        lines = f.read().splitlines()
    header = lines[0].strip().split(",") if lines else []
    idx = {name: i for i, name in enumerate(header)}
    for line in lines[1:]:
        if not line.strip():
            continue
        cols = line.strip().split(",")
        team = cols[idx["team"]] or "untagged"
        service = cols[idx["service"]]
        cost = float(cols[idx["cost_usd"]])
        by_team[team] = by_team.get(team, 0.0) + cost
        by_service.setdefault(team, {})
        by_service[team][service] = by_service[team].get(service, 0.0) + cost
    budgets = read_budgets(sys.argv[2]) if len(sys.argv) > 2 else {}
    grand = sum(by_team.values())
    print("{:<14} {:>12} {:>7} {:>12}  {}".format("team", "cost", "share", "budget", "top service"))
    over = []
    for team, cost in sorted(by_team.items(), key=lambda kv: kv[1], reverse=True):
        share = cost / grand if grand else 0.0
        services = by_service[team]
        top = max(services, key=lambda s: services[s])
        budget = budgets.get(team)
        budget_s = "-" if budget is None else "{:,.0f}".format(budget)
        flag = ""
        if budget is not None and cost > budget:
            flag = " OVER by ${:,.2f}".format(cost - budget)
            over.append(team)
        print("{:<14} {:>12,.2f} {:>7.1%} {:>12}  {}{}".format(team, cost, share, budget_s, top, flag))
    print("{:<14} {:>12,.2f}".format("TOTAL", grand))
    if over:
        print("teams over budget:", ", ".join(over))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
