import json
import sys

for arg in sys.argv[1:]:
    print(json.dumps({"arg": arg}, default=str))
