"""Render one config file per environment in parallel from a template.

Usage: conc_config_render.py TEMPLATE ENV[=OVERRIDE]...
Each environment gets <env>.conf in the working directory; a placeholder the
environment does not define is an error for that environment only, reported
after every render finished.
"""
import concurrent.futures
import sys

DEFAULTS = {"port": "8080", "log_level": "info", "replicas": "2"}


def render(template: str, env: str, overrides: dict) -> None:
    values = dict(DEFAULTS)
    values["env"] = env
    values.update(overrides)
    out_lines = []
    for line in template.splitlines():
        while "{{" in line:
            start = line.index("{{")
            end = line.find("}}", start)
            if end < 0:
                raise ValueError("unterminated placeholder in " + repr(line))
            key = line[start + 2:end].strip()
            if key not in values:
                raise KeyError(key)
            line = line[:start] + values[key] + line[end + 2:]
        out_lines.append(line)
    with open(env + ".conf", "w") as f:
        f.write("\n".join(out_lines) + "\n")


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    with open(sys.argv[1]) as f:
        template = f.read()
    envs = []
    overrides = {}
    for spec in sys.argv[2:]:
        env, _, kv = spec.partition("=")
        envs.append(env)
        overrides[env] = {}
        if kv:
            key, _, value = kv.partition(":")
            overrides[env][key] = value

    executor = concurrent.futures.ThreadPoolExecutor(max_workers=3)
    jobs = [executor.submit(render, template, env, overrides[env]) for env in envs]
    executor.shutdown(wait=True)
    print("all done:", all([j.done() for j in jobs]))

    failed = 0
    for env, job in zip(envs, jobs):
        try:
            job.result()
            print(f"rendered {env}.conf")
        except KeyError as e:
            failed += 1
            print(f"{env}: undefined placeholder {e}")
        except ValueError:
            failed += 1
            print(f"{env}: unterminated placeholder")
    return 1 if failed else 0


sys.exit(main())
