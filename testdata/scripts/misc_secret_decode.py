"""Decode base64 values of a k8s-style secret file and print a redacted summary."""
import base64
import hashlib
import sys


def decode_value(key: str, value: str) -> str:
    try:
        raw = base64.b64decode(value)
    except ValueError as exc:
        print(f"{key}: invalid base64 ({exc})")
        return ""
    return raw.decode()


def main() -> None:
    strict = "--strict" in sys.argv[1:]
    total = 0
    with open("secret.env") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            key, _, value = line.partition("=")
            if strict:
                text = base64.b64decode(value.encode()).decode()
            else:
                text = decode_value(key, value)
            if not text:
                continue
            total += len(text)
            fingerprint = hashlib.sha256(text.encode()).hexdigest()[:8]
            shown = text[0] + "*" * (len(text) - 1)
            print(f"{key:<12} {shown:<14} sha256:{fingerprint}")
    print("re-encoded:", base64.b64encode(str(total).encode()).decode())
    print("urlsafe:", base64.urlsafe_b64encode("??>>".encode()).decode())


main()
