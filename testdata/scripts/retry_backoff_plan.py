# Print the retry schedule an HTTP client would follow with exponential backoff.
# usage: retry_backoff_plan.py BASE_SECONDS FACTOR MAX_DELAY ATTEMPTS [DEADLINE]
import sys


def backoff_schedule(base, factor, cap, attempts):
    delays = []
    delay = base
    for _ in range(attempts):
        delays.append(min(delay, cap))
        delay = delay * factor
    return delays


def decorrelated(base, cap, attempts, seed):
    # deterministic "jitter": a tiny LCG instead of random so runs are reproducible
    out = []
    state = seed
    prev = base
    for _ in range(attempts):
        state = (state * 1103515245 + 12345) % 2147483648
        frac = state / 2147483648
        nxt = min(cap, base + (prev * 3 - base) * frac)
        out.append(round(nxt, 3))
        prev = nxt
    return out


if len(sys.argv) < 5:
    print("usage: retry_backoff_plan.py BASE FACTOR MAX_DELAY ATTEMPTS [DEADLINE]", file=sys.stderr)
    sys.exit(2)

base = float(sys.argv[1])
factor = float(sys.argv[2])
cap = float(sys.argv[3])
attempts = int(sys.argv[4])
deadline = float(sys.argv[5]) if len(sys.argv) > 5 else -1.0

if attempts <= 0:
    sys.exit("attempts must be positive")

plan = backoff_schedule(base, factor, cap, attempts)
print("attempt  delay(s)  cumulative(s)")
elapsed = 0.0
given_up_at = 0
for i, d in enumerate(plan):
    elapsed += d
    marker = ""
    if deadline >= 0 and elapsed > deadline and given_up_at == 0:
        given_up_at = i + 1
        marker = "  <- deadline exceeded"
    print("%7d  %8.2f  %13.2f%s" % (i + 1, d, elapsed, marker))

print("raw delays:", plan)
print("total wait: %.1fs over %d attempts" % (elapsed, attempts))
capped = len([d for d in plan if d >= cap])
print("attempts at cap:", capped)
print("jittered:", decorrelated(base, cap, attempts, 42))
if given_up_at:
    print("client gives up at attempt", given_up_at)
    sys.exit(1)
