import sys

# Show differences between two key=value config files (e.g. staging vs prod),
# masking values of secret-looking keys. Exit 1 if they differ (like diff).

SECRET_MARKERS = ["password", "secret", "token", "key"]


def load(path):
    values = {}
    order = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            s = line.strip()
            if not s or s.startswith("#"):
                continue
            k, sep, v = s.partition("=")
            if not sep:
                continue
            k = k.strip()
            if k not in values:
                order.append(k)
            values[k] = v.strip()
    return values, order


def mask(key, value):
    if any([m in key.lower() for m in SECRET_MARKERS]):
        if len(value) <= 4:
            return "****"
        return value[:2] + "*" * (len(value) - 4) + value[-2:]
    return value


if len(sys.argv) != 3:
    print("usage: config_diff.py LEFT RIGHT", file=sys.stderr)
    sys.exit(2)

left, left_order = load(sys.argv[1])
right, right_order = load(sys.argv[2])

added = [k for k in right_order if k not in left]
removed = [k for k in left_order if k not in right]
changed = [k for k in left_order if k in right and left[k] != right[k]]
same = len(left) - len(removed) - len(changed)

print("--- %s" % sys.argv[1])
print("+++ %s" % sys.argv[2])
for k in removed:
    print("- %s=%s" % (k, mask(k, left[k])))
for k in added:
    print("+ %s=%s" % (k, mask(k, right[k])))
for k in changed:
    print("~ %s: %s -> %s" % (k, mask(k, left[k]), mask(k, right[k])))
print("summary: %d added, %d removed, %d changed, %d identical" % (len(added), len(removed), len(changed), same))
if added or removed or changed:
    sys.exit(1)
print("configs are equivalent")
