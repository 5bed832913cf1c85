"""A reader that leaves early ("audiocast normalize x.md | head") is no error: no red line, exit code 1 as other
Python tools give, while a broken pipe of the network or a file still is one (cli/group.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click

from audiocast.cli.group import CommandError, _Group


def test_a_pipe_closed_by_its_reader_prints_no_error(tmp_path: Path) -> None:
    # far more than a pipe's buffer (64 KiB), so the writer is still writing when the reader leaves
    paragraph = "Kommunen satsar 12,5 Mkr på 14 nya förskoleplatser i Västerås den 3 maj 2026 kl. 18.30."
    article = tmp_path / "lang.md"
    article.write_text("# Lång artikel\n\n" + "\n\n".join([paragraph] * 800) + "\n", encoding="utf-8")
    program = Path(sys.executable).with_name("audiocast")
    proc = subprocess.Popen([str(program), "normalize", str(article)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8")
    proc.wait(timeout=60)
    assert first.strip(), "the script's first line was read"
    assert "error" not in err.lower() and "Traceback" not in err, err
    assert proc.returncode == 1


def test_a_broken_pipe_elsewhere_is_still_one_error_line() -> None:
    @click.group(cls=_Group)
    def group() -> None:
        pass

    @group.command()
    def upload() -> None:
        raise BrokenPipeError(32, "Broken pipe")  # a socket's, while standard output is fine

    ctx = group.make_context("audiocast", ["upload"])
    try:
        group.invoke(ctx)
    except CommandError as exc:
        assert "Broken pipe" in exc.format_message()
    else:
        raise AssertionError("no error raised")
