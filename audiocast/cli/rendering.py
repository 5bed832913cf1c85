"""``audiocast render``: articles in, a published podcast out; checks that keep a bad setting to one line."""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path
from typing import Any

import click

from ..config import Config
from ..tts.names import EngineName
from .articles import _fetch
from .group import (
    DEFAULT_ARTICLES,
    CommandError,
    _Context,
    _is_url,
    _quiet_logging,
    base_url_option,
    into_option,
    lexicon_option,
    main,
    out_option,
    pass_ctx,
    quiet_option,
)


@main.command()
@click.argument("paths", nargs=-1)
@out_option
@click.option(
    "--engine",
    type=click.Choice(EngineName.choices()),
    default=None,
    help="Voice engine: piper (offline neural voice, see 'audiocast voices'), gtts (Google, online), "
    "espeak (offline), auto (an installed Piper voice, else gtts if reachable, else espeak) "
    "[default: from config, else auto].",
)
@click.option(
    "--voice",
    default=None,
    metavar="NAME_OR_PATH",
    help="Piper voice: an installed voice's name (sv_SE-nst-medium) or a .onnx model file "
    "[default: from config, else sv_SE-nst-medium].",
)
@click.option(
    "--rate",
    type=click.FloatRange(0.5, 2.0),
    default=None,
    help="Speaking rate relative to the voice's own pace, 0.5-2.0, for piper and espeak "
    "[default: from config, else the voice's own].",
)
@base_url_option
@click.option("--edition/--no-edition", default=None, help="Also make the daily edition (one episode of the day's articles).")
@click.option("--prune", is_flag=True, help="Unpublish episodes whose article is no longer among PATHS.")
@lexicon_option("lexikon.tsv beside the articles")
@into_option
@quiet_option
@pass_ctx
def render(ctx: _Context, paths: tuple[str, ...], out_dir: Path, engine: str | None, voice: str | None,
           rate: float | None, base_url: str | None, edition: bool | None, prune: bool, lexicon: Path | None,
           into: Path, quiet: bool) -> None:
    """Render articles into episodes and publish the feed.

    PATHS are article files, folders of articles (default: articles/), or
    URLs of an article or a news site's RSS feed (fetched into --into first).
    Exit code 0 only when every article rendered.
    """
    from ..pipeline import Renderer, find_lexicon

    _quiet_logging(quiet)
    config = _render_config(ctx.config, base_url, engine, voice, rate)
    _refuse_out_among_articles(out_dir, _article_sources(paths, into))
    _check_inputs(config)
    _check_out_dir(out_dir)
    local, fetch_failed = _gather(paths, into, quiet, config)
    lex = find_lexicon(config, local, lexicon)
    renderer = Renderer(config, out_dir, lexicon=lex, progress=None)
    if quiet or not sys.stderr.isatty():
        report = renderer.render(local, prune=prune, edition=edition)
    else:
        report = _render_with_progress_bar(renderer, local, prune, edition)
    _print_report(report, quiet)
    if not report.ok or fetch_failed:
        sys.exit(1)


def _render_config(config: Config, base_url: str | None, engine: str | None, voice: str | None,
                   rate: float | None) -> Config:
    """The configuration with the command line's overrides; --voice only where a Piper voice can speak."""
    config = config.with_base_url(base_url).with_engine(engine).with_voice(voice, rate)
    if voice and config.render.engine not in (EngineName.PIPER, EngineName.AUTO):
        raise CommandError(f"--voice names a Piper voice, but the engine is {config.render.engine}; "
                           "use --engine piper (or auto), or leave out --voice")
    return config


def _gather(paths: tuple[str, ...], into: Path, quiet: bool, config: Config) -> tuple[list[Path], bool]:
    """The local article files and folders to render, fetching URLs into ``into`` first;
    and whether a fetch failed."""
    local: list[Path] = []
    fetch_failed = False
    for p in paths or [str(DEFAULT_ARTICLES)]:
        if _is_url(p):
            # Fetch-then-render: the fetched articles join the others in --into.
            _, failed = _fetch(p, into, quiet, config)
            fetch_failed |= failed
            if into not in local and into.is_dir():
                local.append(into)
        else:
            local.append(Path(p))
    if not local:
        raise CommandError("nothing to render: no article was fetched")
    return local, fetch_failed


def _article_sources(paths: tuple[str, ...], into: Path) -> list[Path]:
    """The local paths a render reads: PATHS (default articles/), and --into when URLs are fetched."""
    sources = [Path(p) for p in paths if not _is_url(p)] or ([] if paths else [DEFAULT_ARTICLES])
    return sources + [into] if any(_is_url(p) for p in paths) else sources


def _refuse_out_among_articles(out_dir: Path, sources: list[Path]) -> None:
    """--out must not be an articles folder or inside one: its pages would be read as articles."""
    out = out_dir.resolve()
    for source in sources:
        if not source.is_dir():
            continue  # a file named on its own: its folder is not read
        folder = source.resolve()
        if out == folder or folder in out.parents:
            raise CommandError(
                f"--out {out_dir} is {'the' if out == folder else 'inside the'} articles folder {source}: "
                "its pages and feeds would be read as articles; choose a folder outside it, e.g. --out output"
            )


def _check_out_dir(out_dir: Path) -> None:
    """The output folder exists (or is made) and takes new files; one line when not."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CommandError(f"{out_dir}: cannot create the output folder ({exc.strerror}); "
                           "choose another --out or fix the permissions") from None
    try:
        with tempfile.TemporaryFile(dir=out_dir, prefix=".audiocast-probe-"):
            pass
    except OSError as exc:
        raise CommandError(f"{out_dir}: cannot write in the output folder ({exc.strerror}): it is read-only "
                           "or belongs to someone else; choose another --out or fix the permissions") from None


def _check_inputs(config: Config) -> None:
    """Configured files that would crash a run: a folder or a device as the chime, lexicon or
    cover; a cover too large to open."""
    config.check_files()
    cover = config.resolve(config.podcast.cover)
    if cover is None or not cover.is_file():
        return  # a missing cover is the publish stage's message
    # Pillow is imported only for this check: the other commands do not need it.
    from PIL import Image

    try:
        with Image.open(cover):
            pass
    except Image.DecompressionBombError as exc:
        pixels = re.search(r"\((\d+) pixels\)", str(exc))
        size = f" ({int(pixels.group(1)):,} pixels)".replace(",", " ") if pixels else ""
        raise CommandError(f"{cover}: the cover image is far too large to open{size}; "
                           "use a square JPEG or PNG of 1400-3000 px ([podcast] cover)") from None
    except (OSError, ValueError):
        return  # not a picture: the publish stage says so


def _render_with_progress_bar(renderer: Any, local: list[Path], prune: bool, edition: bool | None) -> Any:
    """``renderer.render(...)`` with a progress bar on standard error (a terminal)."""
    bar: Any
    with click.progressbar(length=1, label="Rendering", file=sys.stderr, show_pos=True) as bar:
        def progress(label: str, done: int, total: int) -> None:
            bar.length = max(total, 1)
            bar.label = f"Rendering {label}" if label else "Publishing"
            bar.update(done - bar.pos)

        renderer.progress = progress
        return renderer.render(local, prune=prune, edition=edition)


def _print_report(report: Any, quiet: bool) -> None:
    """One line per failed article; unless quiet, the voice auto chose, one line per episode and a summary."""
    for r in report.failed:
        click.secho(f"error: {r.error}", fg="red", err=True)
    if quiet:
        return
    for warning in report.warnings:  # name collisions, catalog rows that could not be published
        click.secho(f"warning: {warning}", fg="yellow", err=True)
    if report.notice:
        click.echo(f"voice: {report.notice}")
    for r in report.results + report.editions:
        if r.status == "failed":
            continue
        minutes, seconds = divmod(round(r.duration_ms / 1000), 60)
        detail = f"{minutes}:{seconds:02d}"
        if r.status == "rendered":
            detail += f", {r.synthesized} segments synthesized, {r.cached} from cache"
        click.echo(f"{r.status:9} {r.audio_file}  ({detail})")
        if r.flag:  # the extraction's low-confidence line: an editor should check the article
            click.secho(f"check:    {r.source}: {r.flag}", fg="yellow", err=True)
    for slug in report.pruned:
        click.echo(f"pruned    {slug}")
    rendered = sum(r.status == "rendered" for r in report.results)
    unchanged = sum(r.status == "unchanged" for r in report.results)
    unapproved = sum(r.status == "unapproved" for r in report.results)
    waiting = f", {unapproved} awaiting approval (previews in .studio/)" if unapproved else ""
    click.echo(
        f"{rendered} rendered, {unchanged} unchanged, {len(report.failed)} failed{waiting}"
        f" (voice: {report.engine or 'not needed'}); feed: {report.feed}"
    )
