"""The ``audiocast`` group and what every command shares.

Library errors (``AudiocastError``) and failures of the file system
(``OSError``: a read-only folder, a full disk) become one-line messages on
standard error in one place, :class:`_Group`, inside which every command runs.
Options that several commands take are declared here once, as decorators.
"""

from __future__ import annotations

import logging
import os
import select
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import click

from .. import __version__
from ..config import Config, load_config
from ..errors import AudiocastError

DEFAULT_ARTICLES = Path("articles")
DEFAULT_OUT = Path("output")


def _is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


class CommandError(click.ClickException):
    """A failure shown as one red ``error: ...`` line on standard error; exit code 1."""

    exit_code = 1

    def show(self, file: IO[Any] | None = None) -> None:
        click.secho(f"error: {self.format_message()}", fg="red", err=True, file=file)


class _Group(click.Group):
    """The ``audiocast`` group: the one place where library errors become messages.

    Any ``AudiocastError`` a command raises is re-raised as
    :class:`CommandError`, which click shows as one line (as sqlite-utils does).
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except AudiocastError as exc:
            raise CommandError(str(exc)) from exc
        except BrokenPipeError as exc:
            if not _stdout_gone():
                raise CommandError(_os_error(exc)) from exc
            # the reader of the output left ("audiocast normalize x.md | head"): no error line, as other tools do
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            ctx.exit(1)
        except OSError as exc:  # the file system or the network, not a bug: one line too
            raise CommandError(_os_error(exc)) from exc


def _stdout_gone() -> bool:
    """Whether standard output's reader has closed it (a pipe to ``head``), not a socket or a file of ours: the
    write end of a pipe whose reader is gone polls as an error."""
    try:
        poller = select.poll()
        poller.register(sys.stdout.fileno(), select.POLLOUT)
        return any(event & select.POLLERR for _, event in poller.poll(0))
    except (AttributeError, OSError, ValueError):  # no poll() (Windows), no real file behind stdout
        return False


def _os_error(exc: OSError) -> str:
    """An OSError as one line: the file, what happened and what to do."""
    where = f"{exc.filename}: " if exc.filename else ""
    reason = exc.strerror or str(exc) or type(exc).__name__
    return f"{where}{reason}; check that the path exists, is writable and that the disk is not full"


class _Context:
    def __init__(self, config_path: Path | None):
        self.config_path = config_path
        self._config: Config | None = None

    @property
    def config(self) -> Config:
        if self._config is None:
            self._config = load_config(self.config_path)
        return self._config


pass_ctx = click.make_pass_decorator(_Context)

# --------------------------------------------------------------------------
# options that several commands take

Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]

out_option: Decorator = click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_OUT,
    show_default=True,
    help="Output folder: episodes, feed.xml, index.html, catalog.",
)
base_url_option: Decorator = click.option(
    "--base-url", default=None, help="Public URL where the output folder is served (overrides the config)."
)
into_option: Decorator = click.option(
    "--into",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_ARTICLES,
    show_default=True,
    help="Folder that articles fetched from URLs are saved into (as Markdown).",
)
quiet_option: Decorator = click.option("-q", "--quiet", is_flag=True, help="Print only errors (for cron).")


def _quiet_logging(quiet: bool) -> None:
    """With --quiet, the library's warnings (logged, printed by Python's last-resort handler) are not shown."""
    logging.getLogger("audiocast").setLevel(logging.ERROR if quiet else logging.NOTSET)


def lexicon_option(default: str) -> Decorator:
    """``--lexicon FILE``; ``default`` says which file a command uses without it."""
    return click.option(
        "--lexicon",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help=f"Pronunciation lexicon (default: {default}).",
    )


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="audiocast")
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Configuration file (default: ./audiocast.toml if present).",
)
@click.pass_context
def main(ctx: click.Context, config_path: Path | None) -> None:
    """Swedish local news, read aloud, published as a podcast.

    Reads articles (text dumps, Markdown, HTML, URLs, news-site feeds), turns
    them into what a Swedish newsreader would say, reads them aloud and
    publishes MP3 episodes with chapters and transcripts in a podcast feed.
    """
    ctx.obj = _Context(config_path)
