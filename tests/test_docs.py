"""The README documents every command and option; every command has help."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from crawler.cli import cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    out = []
    for name, command in group.commands.items():
        full = f"{prefix}{name}"
        if isinstance(command, click.Group):
            out.extend(commands(command, full + " "))
        else:
            out.append((full, command))
    return out


@pytest.mark.parametrize("name, command", commands(cli), ids=[n for n, _ in commands(cli)])
def test_command_is_documented_with_help(name, command):
    assert command.help, f"`unionwatch {name}` has no help"
    assert f"unionwatch {name}" in README, f"README does not mention `unionwatch {name}`"


@pytest.mark.parametrize("name, command", commands(cli), ids=[n for n, _ in commands(cli)])
def test_options_are_documented(name, command):
    section = README
    for param in command.params:
        if isinstance(param, click.Option):
            spellings = [o for o in (*param.opts, *param.secondary_opts) if o.startswith("--")]
            assert any(o in section for o in spellings), (
                f"README does not mention {spellings[0]} of `unionwatch {name}`"
            )


def test_readme_quick_start_has_the_two_commands():
    block = re.search(r"## Quick start.*?```sh\n(.*?)```", README, re.S)
    assert block, "README has no quick start block"
    lines = [ln.split("#")[0].strip() for ln in block.group(1).splitlines() if ln.strip()]
    assert lines == ["make demo", "make test"]


def test_ci_runs_the_readme_test_command():
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci
