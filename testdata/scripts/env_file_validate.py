import os
import sys

# Validate a .env file before deploy: required keys present (REQUIRED_KEYS env,
# comma-separated), no duplicates, typed values for known suffixes:
#   *_PORT -> integer 1-65535, *_ENABLED -> true/false, *_URL -> http(s)://...
# usage: env_file_validate.py FILE


class ValidationError(Exception):
    pass


class TypeMismatch(ValidationError):
    pass


def check_value(key, value):
    if key.endswith("_PORT"):
        if not value.isdigit() or not 1 <= int(value) <= 65535:
            raise TypeMismatch("%s must be a port number, got %r" % (key, value))
    elif key.endswith("_ENABLED"):
        if value.lower() not in ("true", "false"):
            raise TypeMismatch("%s must be true/false, got %r" % (key, value))
    elif key.endswith("_URL"):
        if not (value.startswith("http://") or value.startswith("https://")):
            raise TypeMismatch("%s must be an http(s) URL" % key)
    if value != value.strip():
        raise ValidationError("%s has leading/trailing whitespace" % key)


if len(sys.argv) != 2:
    print("usage: env_file_validate.py FILE", file=sys.stderr)
    sys.exit(2)

required = [k.strip() for k in os.environ.get("REQUIRED_KEYS", "").split(",") if k.strip()]
seen = {}
errors = []
with open(sys.argv[1], encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("export "):
            line = line[len("export "):]
        key, sep, value = line.partition("=")
        if not sep or not key or key != key.upper():
            errors.append("line %d: invalid entry %r" % (n, line))
            continue
        if key in seen:
            errors.append("line %d: %s already defined on line %d" % (n, key, seen[key]))
        seen[key] = n
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        try:
            check_value(key, value)
        except TypeMismatch as e:
            errors.append("line %d: type: %s" % (n, e))
        except ValidationError as e:
            errors.append("line %d: %s" % (n, e))

missing = [k for k in required if k not in seen]
for k in missing:
    errors.append("missing required key " + k)
print("%d keys defined, %d required, %d missing" % (len(seen), len(required), len(missing)))
for e in errors:
    print("  - " + e)
if errors:
    sys.exit("validation failed with %d error(s)" % len(errors))
print("OK")
