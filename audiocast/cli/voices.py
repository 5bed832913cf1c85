"""``audiocast engines`` and ``audiocast voices``: the voice engines, and Piper voices to install."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from .group import (
    _Context,
    _quiet_logging,
    main,
    pass_ctx,
    quiet_option,
)


@main.command()
@click.option("--timeout", default=2.0, show_default=True, help="Seconds to wait for network voices.")
@pass_ctx
def engines(ctx: _Context, timeout: float) -> None:
    """List the voices and whether each can be used right now."""
    from ..tts import VoiceChoice, list_engines

    rows = list_engines(timeout=timeout, choice=VoiceChoice.from_config(ctx.config))
    for engine, availability in rows:
        state = click.style("available", fg="green") if availability.ok else click.style("unavailable", fg="yellow")
        click.echo(f"{engine.name:7} {engine.voice:24} {state}  {availability.detail}")
    click.echo("auto    an installed Piper voice, else gtts when reachable, else espeak")


@main.group(invoke_without_command=True)
@click.pass_context
def voices(click_ctx: click.Context) -> None:
    """List the Swedish Piper voices: installed, and available to download.

    A Piper voice is an offline neural voice (about 63 MB), downloaded once
    with 'audiocast voices download NAME' and then used by --engine piper
    (and by auto). Voices live in [render] voices_dir, else
    ~/.local/share/audiocast/voices.
    """
    if click_ctx.invoked_subcommand is not None:
        return
    from .. import voices as voice_manager

    config = click_ctx.find_object(_Context)
    folder = voice_manager.data_dir(config.config.resolve(config.config.render.voices_dir) if config else None)
    here = voice_manager.installed(folder)
    known = {v.name: v for v in voice_manager.available()}
    click.echo(f"Installed in {folder}:")
    for voice in here:
        entry = known.get(voice.name)
        quality = entry.quality if entry else voice.name.rsplit("-", 1)[-1]
        licence = entry.licence if entry else "not in audiocast's list; read the voice's MODEL_CARD"
        _voice_row(voice.name, _size(voice.size), quality, licence)
    if not here:
        click.echo("  (none; download one with: audiocast voices download sv_SE-nst-medium)")
    click.echo("Available to download:")
    names = {v.name for v in here}
    for entry in voice_manager.available():
        if entry.name not in names:
            _voice_row(entry.name, f"{entry.size_mb} MB", entry.quality, entry.licence, entry.description)


def _size(n_bytes: int) -> str:
    return f"{n_bytes / 1_000_000:.0f} MB" if n_bytes >= 1_000_000 else f"{n_bytes / 1000:.0f} kB"


def _voice_row(name: str, size: str, quality: str, licence: str, description: str = "") -> None:
    click.echo(f"  {name:20} {size:>6}  {quality:7} {description}".rstrip())
    click.echo(f"  {'':20} licence: {licence}")


@voices.command("download")
@click.argument("name")
@click.option(
    "--into",
    "voices_into",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder to install the voice in [default: [render] voices_dir, else ~/.local/share/audiocast/voices].",
)
@click.option(
    "--repository",
    default=None,
    metavar="URL",
    help="Address of the voice repository or a mirror of it [default: rhasspy/piper-voices on Hugging Face].",
)
@quiet_option
@pass_ctx
def download(ctx: _Context, name: str, voices_into: Path | None, repository: str | None, quiet: bool) -> None:
    """Download the Piper voice NAME (e.g. sv_SE-nst-medium): its model and config, checked.

    The files are checked against the repository's sizes and checksums and
    installed together, or not at all.
    """
    from .. import voices as voice_manager

    _quiet_logging(quiet)
    folder = voices_into or ctx.config.resolve(ctx.config.render.voices_dir)
    bar = _DownloadBar() if not quiet and sys.stderr.isatty() else None
    try:
        voice = voice_manager.download(name, folder=folder, base_url=repository or voice_manager.DEFAULT_BASE_URL,
                                       progress=bar)
    finally:
        if bar is not None:
            bar.close()
    if not quiet:
        click.echo(f"installed {voice.name} ({_size(voice.size)}) in {voice.model.parent}")


class _DownloadBar:
    """A click progress bar per downloaded file, on standard error; a ``voices.Progress`` callback."""

    def __init__(self) -> None:
        self._bar: Any = None
        self._file = ""

    def __call__(self, file_name: str, done: int, total: int) -> None:
        if file_name != self._file:
            self.close()
            self._file = file_name
            self._bar = click.progressbar(length=max(total, 1), label=file_name, file=sys.stderr)
            self._bar.__enter__()
        self._bar.update(done - self._bar.pos)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None
