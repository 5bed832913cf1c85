"""The command line: a thin click layer over the library.

Library errors (``AudiocastError``) become one-line messages on standard error
in one place, :class:`_Group`, inside which every command runs; nothing below
this module prints. Options that several commands take are declared once, as
decorators.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, cast

import click

from . import __version__
from .config import Config, load_config
from .errors import AudiocastError
from .tts.names import EngineName

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


# --------------------------------------------------------------------------
# render


@main.command()
@click.argument("paths", nargs=-1)
@out_option
@click.option(
    "--engine",
    type=click.Choice(EngineName.choices()),
    default=None,
    help="Voice: gtts (Google, online), espeak (offline), auto (gtts if reachable) [default: from config, else auto].",
)
@base_url_option
@click.option("--edition/--no-edition", default=None, help="Also make the daily edition (one episode of the day's articles).")
@click.option("--prune", is_flag=True, help="Unpublish episodes whose article is no longer among PATHS.")
@lexicon_option("lexikon.tsv beside the articles")
@into_option
@quiet_option
@pass_ctx
def render(ctx: _Context, paths: tuple[str, ...], out_dir: Path, engine: str | None, base_url: str | None,
           edition: bool | None, prune: bool, lexicon: Path | None, into: Path, quiet: bool) -> None:
    """Render articles into episodes and publish the feed.

    PATHS are article files, folders of articles (default: articles/), or
    URLs of an article or a news site's RSS feed (fetched into --into first).
    Exit code 0 only when every article rendered.
    """
    from .pipeline import Renderer, find_lexicon

    config = ctx.config.with_base_url(base_url).with_engine(engine)
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
    lex = find_lexicon(config, local, lexicon)
    renderer = Renderer(config, out_dir, lexicon=lex, progress=None)
    if quiet or not sys.stderr.isatty():
        report = renderer.render(local, prune=prune, edition=edition)
    else:
        report = _render_with_progress_bar(renderer, local, prune, edition)
    _print_report(report, quiet)
    if not report.ok or fetch_failed:
        sys.exit(1)


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
    """The notice, one line per failed article, and (unless quiet) one per episode and a summary."""
    if report.notice:
        click.echo(f"note: {report.notice}", err=True)
    for r in report.failed:
        click.secho(f"error: {r.error}", fg="red", err=True)
    if quiet:
        return
    for r in report.results + report.editions:
        if r.status == "failed":
            continue
        minutes, seconds = divmod(round(r.duration_ms / 1000), 60)
        detail = f"{minutes}:{seconds:02d}"
        if r.status == "rendered":
            detail += f", {r.synthesized} segments synthesized, {r.cached} from cache"
        click.echo(f"{r.status:9} {r.audio_file}  ({detail})")
    for slug in report.pruned:
        click.echo(f"pruned    {slug}")
    rendered = sum(r.status == "rendered" for r in report.results)
    unchanged = sum(r.status == "unchanged" for r in report.results)
    click.echo(
        f"{rendered} rendered, {unchanged} unchanged, {len(report.failed)} failed"
        f" (voice: {report.engine or 'not needed'}); feed: {report.feed}"
    )


# --------------------------------------------------------------------------
# normalize


@main.command()
@click.argument("source", type=click.Path(allow_dash=True, dir_okay=False, path_type=Path))
@click.option("--explain", is_flag=True, help="Show each change (written → spoken) and the tokens to check.")
@lexicon_option("lexikon.tsv beside the article, or articles/lexikon.tsv")
@pass_ctx
def normalize(ctx: _Context, source: Path, explain: bool, lexicon: Path | None) -> None:
    """Print the spoken script: exactly what goes to the voice.

    With a FILE, one segment per line, intro and outro included, with the
    pronunciation lexicon applied. With '-', reads lines from standard input
    and prints one spoken line per input line: the normalizer alone, plus the
    lexicon only when --lexicon names one.
    """
    from .pipeline import find_lexicon

    if str(source) == "-":
        _normalize_stdin(lexicon, explain)
        return
    from .ingest import ensure_swedish, load
    from .speech import build_script
    from .speech import explain as explain_text

    lex = find_lexicon(ctx.config, [source], lexicon)
    article = load(source)
    ensure_swedish(article)
    script = build_script(article, ctx.config.podcast.name, lex)
    unsure: list[str] = []
    for segment in script.segments:
        click.echo(segment.spoken)
        if explain:
            info = explain_text(segment.written, lex)
            for change in info.changes:
                click.echo(f"    {change.written!r} → {change.spoken!r}  [{change.rule}]")
            unsure.extend(f"{u.token!r}: {u.reason}" for u in info.unsure)
    if explain:
        _print_unsure(unsure)


def _normalize_stdin(lexicon: Path | None, explain: bool) -> None:
    from .speech import Lexicon
    from .speech import explain as explain_text
    from .speech import normalize as normalize_text

    # Checking the normalizer: the editors' lexicon only when one is named.
    lex = Lexicon.load(lexicon, base=Lexicon()) if lexicon else None
    stdin = click.get_text_stream("stdin", encoding="utf-8")
    unsure: list[str] = []
    for line in stdin:
        line = line.rstrip("\r\n")
        if not explain:
            click.echo(normalize_text(line, lex) if line.strip() else "")
            continue
        info = explain_text(line, lex)
        click.echo(info.spoken)
        for change in info.changes:
            click.echo(f"    {change.written!r} → {change.spoken!r}  [{change.rule}]")
        unsure.extend(f"{u.token!r}: {u.reason}" for u in info.unsure)
    if explain:
        _print_unsure(unsure)


def _print_unsure(unsure: list[str]) -> None:
    if not unsure:
        click.echo("\nNothing to check: every token was recognised.")
        return
    click.echo("\nCheck these (the normalizer was unsure):")
    for line in dict.fromkeys(unsure):
        click.echo(f"  - {line}")


# --------------------------------------------------------------------------
# engines


@main.command()
@click.option("--timeout", default=2.0, show_default=True, help="Seconds to wait for network voices.")
def engines(timeout: float) -> None:
    """List the voices and whether each can be used right now."""
    from .tts import list_engines

    rows = list_engines(timeout=timeout)
    for engine, availability in rows:
        state = click.style("available", fg="green") if availability.ok else click.style("unavailable", fg="yellow")
        click.echo(f"{engine.name:7} {engine.voice:24} {state}  {availability.detail}")
    click.echo("auto    gtts when reachable, otherwise espeak")


# --------------------------------------------------------------------------
# extract / fetch


@main.command()
@click.argument("source")
@click.option("--json", "as_json", is_flag=True, help="All fields as JSON.")
def extract(source: str, as_json: bool) -> None:
    """Print an article as ingest sees it: headline, then each body block.

    SOURCE is a file (text dump, Markdown, HTML) or an article URL.
    """
    from .ingest import article_to_dict, format_written, load

    if _is_url(source):
        from .fetch import load_url

        article = load_url(source)
    else:
        article = load(Path(source))
    if as_json:
        click.echo(json.dumps(article_to_dict(article), ensure_ascii=False, indent=2))
    else:
        click.echo(format_written(article).rstrip("\n"))


@main.command()
@click.argument("url")
@into_option
@quiet_option
@pass_ctx
def fetch(ctx: _Context, url: str, into: Path, quiet: bool) -> None:
    """Fetch an article URL, or every new article of a news site's RSS/Atom feed.

    Each article is saved as Markdown with front matter in --into, so an
    editor can review and fix it before rendering.
    """
    if not _is_url(url):
        raise CommandError(f"{url}: not a URL; give an http:// or https:// address")
    _, failed = _fetch(url, into, quiet, ctx.config)
    if failed:
        sys.exit(1)


def _fetch(url: str, into: Path, quiet: bool, config: Config) -> tuple[list[Path], bool]:
    from .fetch import Fetcher, user_agent_for

    with Fetcher(into, user_agent=user_agent_for(config.podcast.owner_email)) as fetcher:
        report = fetcher.fetch(url)
    for error in report.errors:
        click.secho(f"error: {error}", fg="red", err=True)
    if not quiet:
        for path in report.written:
            click.echo(f"fetched   {path}")
        for page in report.unchanged:
            click.echo(f"unchanged {page}")
    return list(report.written), bool(report.errors)


# --------------------------------------------------------------------------
# feed / serve


@main.command()
@out_option
@base_url_option
@pass_ctx
def feed(ctx: _Context, out_dir: Path, base_url: str | None) -> None:
    """Rebuild feed.xml and index.html from the catalog, without rendering."""
    from .pipeline import rebuild_feed

    rebuild_feed(ctx.config.with_base_url(base_url), out_dir)
    click.echo(f"wrote {out_dir / 'feed.xml'}")


@main.command()
@out_option
@click.option("--port", default=8000, show_default=True, help="Port on 127.0.0.1.")
def serve(out_dir: Path, port: int) -> None:
    """Serve the output folder on 127.0.0.1 (with byte ranges, as podcast apps need)."""
    from .publish.serve import make_server, run

    if not out_dir.is_dir():
        raise CommandError(f"{out_dir}: no such folder; run 'audiocast render' first")
    server = make_server(out_dir, port=port)
    host, real_port = cast(tuple[str, int], server.server_address[:2])
    click.echo(f"Serving {out_dir} at http://{host}:{real_port}/ (feed: http://{host}:{real_port}/feed.xml). Ctrl-C stops.")
    run(server)


if __name__ == "__main__":  # pragma: no cover
    main()
