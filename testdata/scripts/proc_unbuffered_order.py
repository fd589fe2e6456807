#!/usr/bin/env python3
# Interleaving of our own prints with child processes writing to the same stdout.
import os
import subprocess
import sys

print("step 1: before child")
subprocess.run(["echo", "child says hi"])
print("step 2: after child")
subprocess.run(["sh", "-c", "echo to-stderr >&2; echo to-stdout"], stderr=subprocess.STDOUT)
rc = subprocess.run(["sh", "-c", "exit 7"]).returncode
print("exit code", rc)
r = subprocess.run(["sh", "-c", "printf 'a\\r\\nb\\rc'"], capture_output=True, text=True)
print(repr(r.stdout))
raw = subprocess.run(["printf", "raw\\r\\n"], capture_output=True)
print(raw.stdout, raw.stdout.decode())
killed = subprocess.run(["sh", "-c", "kill -9 $$"])
print("killed:", killed.returncode)
env = dict(os.environ)
env["GREETING"] = "hello from env"
r = subprocess.run(["sh", "-c", "echo $GREETING; pwd | sed 's|.*/||'"], env=env, cwd="sub", capture_output=True, text=True)
print(r.stdout.strip().splitlines())
r = subprocess.run(["cat"], input="fed via stdin\n", capture_output=True, text=True)
print(r.stdout, end="")
try:
    subprocess.run(["sh", "-c", "kill -TERM $$"], check=True)
except subprocess.CalledProcessError as e:
    print("signal error:", e)
print("final line")
subprocess.run(["sleep", "3"], capture_output=True, timeout=0.2)
