"""Rotate *.log files bigger than a limit: app.log -> app.log.1 -> app.log.2 ..., compress old ones."""
import gzip
import os
import shutil
import sys
import glob

def rotate(path, keep):
    for i in range(keep - 1, 0, -1):
        src = f"{path}.{i}.gz" if i > 1 else f"{path}.{i}"
        dst = f"{path}.{i + 1}.gz"
        if not os.path.exists(src):
            continue
        if src.endswith(".gz"):
            os.replace(src, dst)
        else:
            with open(src, "rb") as fin, gzip.open(dst, "wb") as fout:
                shutil.copyfileobj(fin, fout)
            os.remove(src)
    os.rename(path, f"{path}.1")
    open(path, "w").close()

def main():
    directory = sys.argv[1]
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    keep = int(os.environ.get("KEEP", "3"))
    rotated = []
    for path in sorted(glob.glob(os.path.join(directory, "*.log"))):
        size = os.path.getsize(path)
        if size > limit:
            rotate(path, keep)
            rotated.append(os.path.basename(path))
            print(f"rotated {os.path.basename(path)} ({size} bytes)")
    if not rotated:
        print("nothing to rotate")
    remaining = sorted(os.listdir(directory))
    print("now:", " ".join(remaining))

main()
