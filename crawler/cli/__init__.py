"""The `unionwatch` command: a thin click shell over the package's functions.

This package is the composition root: the only code that imports spiders, enrich and feeds,
and it does so inside the commands. ``base`` holds the group and what commands share; each
other module holds the commands of one concern, registered on the group when imported.
"""

from __future__ import annotations

from crawler.cli import crawl, demo, enrich, lookup, operate, publish  # noqa: F401 - registers the commands
from crawler.cli.base import DEFAULT_DB, METADATA, ROOT, UserError, cli

__all__ = ["DEFAULT_DB", "METADATA", "ROOT", "UserError", "cli", "main"]


def main() -> None:
    from crawler.heap import leave_heap

    try:
        cli(prog_name="unionwatch")
    finally:  # click ends the process with SystemExit, after the command's work
        leave_heap()
