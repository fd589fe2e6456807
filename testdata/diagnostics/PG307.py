import sys

import yaml

try:
    with open(sys.argv[1]) as f:
        cfg = yaml.safe_load(f)
except yaml.YAMLError as exc:
    print(f"bad config: {exc}")
    sys.exit(2)
