#!/usr/bin/env python3
"""Assemble a release bundle in a scratch directory, then copy it into place."""
import glob
import os
import shutil
import sys
import tempfile


def main():
    src = "release"
    if not os.path.isdir(src):
        sys.exit("missing release directory")
    with tempfile.TemporaryDirectory(prefix="bundle-") as tmp:
        stage = os.path.join(tmp, "stage")
        shutil.copytree(src, stage)
        for path in sorted(glob.glob(os.path.join(stage, "**", "*.md"), recursive=True)):
            os.remove(path)
        with tempfile.NamedTemporaryFile(mode="w", suffix=".txt", dir=tmp, delete=False) as manifest:
            for root, dirs, files in os.walk(stage):
                dirs.sort()
                for name in sorted(files):
                    rel = os.path.relpath(os.path.join(root, name), stage)
                    manifest.write("%s %d\n" % (rel, os.path.getsize(os.path.join(root, name))))
            tmp_name = manifest.name
        copied = shutil.copy(tmp_name, os.path.join(stage, "MANIFEST"))
        print("manifest copied:", os.path.basename(copied))
        if os.path.exists("dist"):
            shutil.rmtree("dist")
        shutil.copytree(stage, "dist")
        still_there = os.path.isdir(tmp)
    print("scratch removed:", not os.path.exists(tmp), "was there:", still_there)
    with open("dist/MANIFEST") as f:
        print(f.read(), end="")
    print(sorted(glob.glob("dist/*")))
    print(sorted(glob.glob("dist/**", recursive=True)))
    try:
        shutil.copytree("release", "dist")
    except FileExistsError as e:
        print("copytree:", e)
    shutil.copy("release/nope.txt", "dist")


if __name__ == "__main__":
    main()
