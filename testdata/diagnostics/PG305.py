import concurrent.futures
import sys

results = {}


def check(host: str) -> None:
    results[host] = len(host) > 3


with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
    for h in sys.argv[1:]:
        ex.submit(check, h)
print(sorted(results))
