"""The command line: a thin click layer over the library.

Library errors (``AudiocastError``) and failures of the file system
(``OSError``: a read-only folder, a full disk) become one-line messages on
standard error in one place, :class:`_Group`, inside which every command runs;
nothing below this module prints. Options that several commands take are
declared once, as decorators. Commands are grouped in sections below (render,
normalize, engines and voices, extract and fetch, feed and serve); a new
command is one more section.
"""

from __future__ import annotations

import json
import logging
import os
import re
import secrets
import sys
import tempfile
from collections.abc import Callable, Iterator
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
        except OSError as exc:  # the file system or the network, not a bug: one line too
            raise CommandError(_os_error(exc)) from exc


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


# --------------------------------------------------------------------------
# render


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
    from .pipeline import Renderer, find_lexicon

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
    unsure: list[str] = []
    for line in _stdin_lines():
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


def _stdin_lines() -> Iterator[str]:
    """Standard input's lines as text, without line ends; a line that is not UTF-8 stops with one line
    naming it (the lines before it are already printed)."""
    stdin = click.get_binary_stream("stdin")
    for number, raw in enumerate(stdin, start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise CommandError(
                f"standard input, line {number}: not UTF-8 text (byte {exc.start + 1} of the line); "
                "convert it first, e.g. iconv -f latin1 -t utf-8"
            ) from None
        line = line.rstrip("\r\n")
        yield line.removeprefix("\ufeff") if number == 1 else line


def _print_unsure(unsure: list[str]) -> None:
    if not unsure:
        click.echo("\nNothing to check: every token was recognised.")
        return
    click.echo("\nCheck these (the normalizer was unsure):")
    for line in dict.fromkeys(unsure):
        click.echo(f"  - {line}")


# --------------------------------------------------------------------------
# engines and voices


@main.command()
@click.option("--timeout", default=2.0, show_default=True, help="Seconds to wait for network voices.")
@pass_ctx
def engines(ctx: _Context, timeout: float) -> None:
    """List the voices and whether each can be used right now."""
    from .tts import VoiceChoice, list_engines

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
    from . import voices as voice_manager

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
    from . import voices as voice_manager

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


# --------------------------------------------------------------------------
# the editors' studio and the approval gate

articles_option: Decorator = click.option(
    "--articles",
    "articles_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_ARTICLES,
    show_default=True,
    help="The newsroom's articles folder (with lexikon.tsv and approvals.tsv).",
)


@main.command()
@articles_option
@out_option
@click.option("--port", default=8765, show_default=True, help="Port to listen on (0: any free port).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on; any other than the loopback needs AUDIOCAST_STUDIO_PASSWORD.")
@pass_ctx
def studio(ctx: _Context, articles_dir: Path, out_dir: Path, port: int, host: str) -> None:
    """The editors' studio: hear, fix and approve episodes in a browser.

    Prints an address with a secret access token; open it in a browser on
    this machine. Previews go to OUT/.studio/, never to the public feed.
    """
    # Starlette, Jinja2 and uvicorn only for this command.
    from .studio.app import PASSWORD_ENV, bind, check_bind, create_app, is_loopback, serve, studio_url

    password = os.environ.get(PASSWORD_ENV) or None
    check_bind(host, password)
    if not articles_dir.is_dir():
        raise CommandError(f"{articles_dir}: no such folder; give the articles folder with --articles")
    token = secrets.token_urlsafe(24)
    hosts = None if is_loopback(host) else ["*"]  # beyond the loopback the password guards the door
    app = create_app(ctx.config, articles_dir, out_dir, token=token, password=password, allowed_hosts=hosts)
    sock = bind(host, port)
    url = studio_url(host, sock.getsockname()[1], token)
    click.echo(f"Studio for {articles_dir} at {url}")
    click.echo("Open the address in a browser (it carries the access key). Ctrl-C stops.")
    serve(app, sock)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--by", default=None, help="Who approves (default: $USER).")
@lexicon_option("the configured one, or lexikon.tsv beside the articles")
@pass_ctx
def approve(ctx: _Context, files: tuple[Path, ...], by: str | None, lexicon: Path | None) -> None:
    """Approve articles as they read now, for [publish] require_approval.

    Records who approved which version (a hash of what a listener hears and
    sees) and when, in approvals.tsv beside the articles. A later change to
    the article, its edits or a lexicon entry it uses needs a new approval.
    """
    from .approval import article_hash, record_approval
    from .ingest import ensure_swedish
    from .pipeline import find_lexicon
    from .speech import build_script
    from .studio.sidecar import load_edited

    who = by or os.environ.get("USER") or ""
    for path in files:
        article = ensure_swedish(load_edited(path))
        lex = find_lexicon(ctx.config, [path.parent], lexicon)
        script = build_script(article, ctx.config.podcast.name, lex)
        approval = record_approval(path, article_hash(article, script), who)
        click.echo(f"approved  {path}  by {approval.by} at {approval.at.isoformat()} ({approval.content_hash[:12]})")


@main.command()
@articles_option
@out_option
@click.option("--state", type=click.Choice(["attention", "changed", "new", "approved", "published"]),
              default=None, help="Only articles in this state.")
@pass_ctx
def status(ctx: _Context, articles_dir: Path, out_dir: Path, state: str | None) -> None:
    """Print the editors' queue: each article's state, newest first.

    States: new, changed (since its approval), attention (cannot be read,
    uncertain readings, a failed preview), approved, published.
    """
    from .studio.workspace import Newsroom

    if not articles_dir.is_dir():
        raise CommandError(f"{articles_dir}: no such folder; give the articles folder with --articles")
    for view in Newsroom(ctx.config, articles_dir, out_dir).queue(state):
        click.echo(f"{view.state:10} {view.path.name}  {view.title}")
        for line in ([view.error] if view.error else []) + view.notes:
            click.echo(f"{'':10} {line}")


if __name__ == "__main__":  # pragma: no cover
    main()
