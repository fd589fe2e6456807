def collect_errors(lines: list[str], out: list[str]) -> None:
    for line in lines:
        if "ERROR" in line:
            out.append(line)


by_host: dict[str, list[str]] = {"web1": []}
collect_errors(["ok", "ERROR disk full"], by_host["web1"])
print(len(by_host["web1"]))


def sections(lines: list) -> list:
    groups = []
    cur = []
    for line in lines:
        if line.startswith("["):
            cur = []
            groups.append(cur)
        else:
            cur.append(line)
    return groups


rows = [["a"], ["b"]]
for row in rows:
    row.append("x")
