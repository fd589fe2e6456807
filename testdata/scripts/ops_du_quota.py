import os
import sys
import time
from datetime import datetime

QUOTA_MB = float(os.environ.get("QUOTA_MB", "1"))


def dir_size(path):
    total = 0
    newest = 0.0
    for root, _dirs, files in os.walk(path):
        for f in files:
            fp = os.path.join(root, f)
            if os.path.islink(fp):
                continue
            total += os.path.getsize(fp)
            newest = max(newest, os.path.getmtime(fp))
    return total, newest


def main():
    users = sorted(os.listdir(sys.argv[1]))
    over = []
    print("{:<10} {:>10} {:>7}".format("user", "bytes", "quota%"))
    for user in users:
        home = os.path.join(sys.argv[1], user)
        if not os.path.isdir(home):
            continue
        size, newest = dir_size(home)
        pct = size / (QUOTA_MB * 1024 * 1024) * 100
        print("{:<10} {:>10,} {:>6.1f}%".format(user, size, pct))
        if pct > 100:
            over.append(user)
        age_days = (time.time() - newest) / 86400 if newest else None
        if age_days is not None and age_days > 365:
            print(f"  {user}: inactive since {datetime.fromtimestamp(newest):%Y-%m-%d}")
    if over:
        print("over quota:", ", ".join(over))
    sys.exit(len(over))


main()
