"""Every command and option has help text, and every command is in README.md's command table
(after simonw/sqlite-utils' tests/test_docs.py)."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from audiocast.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"
COMMANDS = sorted(main.commands)
SUBCOMMANDS = sorted(
    f"{name} {sub}" for name, group in main.commands.items() if isinstance(group, click.Group) for sub in group.commands
)
"""Commands inside a group, e.g. "voices download"."""


def _command(path: str) -> click.Command:
    command: click.Command = main
    for part in path.split():
        assert isinstance(command, click.Group)
        command = command.commands[part]
    return command


def _readme_command_table() -> str:
    """The rows of the table under '## The command line' that start with a command."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## The command line", 1)[1].split("\n## ", 1)[0]
    return "\n".join(line for line in section.splitlines() if line.startswith("| `audiocast "))


def _options(command: click.Command) -> list[click.Option]:
    return [p for p in command.params if isinstance(p, click.Option)]


@pytest.mark.parametrize("command", COMMANDS + SUBCOMMANDS)
def test_every_command_has_help(command):
    result = CliRunner().invoke(main, [*command.split(), "--help"])
    assert result.exit_code == 0, result.output
    assert _command(command).help, f"{command} has no help text"
    assert len(result.output.splitlines()) > 3


@pytest.mark.parametrize(
    ("command", "option"),
    [(None, o.name) for o in _options(main)]
    + [(name, o.name) for name in COMMANDS + SUBCOMMANDS for o in _options(_command(name))],
)
def test_every_option_has_help(command, option):
    owner = main if command is None else _command(command)
    (param,) = [o for o in _options(owner) if o.name == option]
    assert param.help and param.help.strip(), f"{command or 'audiocast'} {param.opts[0]} has no help text"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme_command_table(command):
    table = _readme_command_table()
    assert re.search(rf"^\| `audiocast {command}\b", table, re.MULTILINE), (
        f"README's command table has no row for 'audiocast {command}'"
    )


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_subcommand_is_in_the_readme_command_table(command):
    assert f"| `audiocast {command}" in _readme_command_table(), f"README's command table has no row for {command}"


def test_the_command_table_names_only_real_commands():
    named = set(re.findall(r"^\| `audiocast ([a-z-]+)", _readme_command_table(), re.MULTILINE))
    assert named and named <= set(COMMANDS), f"README names commands that do not exist: {named - set(COMMANDS)}"
