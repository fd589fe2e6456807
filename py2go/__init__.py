"""py2go: migrate Python ops scripts to idiomatic, behaviourally equivalent Go."""

__version__ = "0.1.0"
