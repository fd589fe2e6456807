"""One exception root for everything py2go raises on purpose."""


class Py2GoError(Exception):
    """Root: the CLI turns any of these into a message and exit status 2 (or 1 where stated)."""


class ConfigError(Py2GoError):
    """`[tool.py2go]` or a command-line option is invalid."""


class RuleError(Py2GoError):
    """A rule file is malformed; the message names the file and, where known, the line."""


class CaseFileError(Py2GoError):
    """A differential `<name>.cases.yaml` is malformed."""


class OverwriteRefused(Py2GoError):
    """A target file exists without the py2go header and `--force` was not given."""


class BuildError(Py2GoError):
    """`go build` or `go vet` failed on generated code."""
