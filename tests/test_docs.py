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


def _readme_command_table() -> str:
    """The rows of the table under '## The command line' that start with a command."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## The command line", 1)[1].split("\n## ", 1)[0]
    return "\n".join(line for line in section.splitlines() if line.startswith("| `audiocast "))


def _options(command: click.Command) -> list[click.Option]:
    return [p for p in command.params if isinstance(p, click.Option)]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert main.commands[command].help, f"{command} has no help text"
    assert len(result.output.splitlines()) > 3


@pytest.mark.parametrize(
    ("command", "option"),
    [(None, o.name) for o in _options(main)]
    + [(name, o.name) for name in COMMANDS for o in _options(main.commands[name])],
)
def test_every_option_has_help(command, option):
    owner = main if command is None else main.commands[command]
    (param,) = [o for o in _options(owner) if o.name == option]
    assert param.help and param.help.strip(), f"{command or 'audiocast'} {param.opts[0]} has no help text"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme_command_table(command):
    table = _readme_command_table()
    assert re.search(rf"^\| `audiocast {command}\b", table, re.MULTILINE), (
        f"README's command table has no row for 'audiocast {command}'"
    )


def test_the_command_table_names_only_real_commands():
    named = set(re.findall(r"^\| `audiocast ([a-z-]+)", _readme_command_table(), re.MULTILINE))
    assert named and named <= set(COMMANDS), f"README names commands that do not exist: {named - set(COMMANDS)}"
