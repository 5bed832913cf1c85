"""``audiocast extract`` and ``audiocast fetch``: an article as ingest sees it; articles from the web."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..config import Config
from .group import (
    CommandError,
    _Context,
    _is_url,
    into_option,
    main,
    out_option,
    pass_ctx,
    quiet_option,
)


@main.command()
@click.argument("source")
@click.option("--json", "as_json", is_flag=True, help="All fields as JSON.")
@out_option
@pass_ctx
def extract(ctx: _Context, source: str, as_json: bool, out_dir: Path) -> None:
    """Print an article as ingest sees it: headline, then each body block.

    SOURCE is a file (text dump, Markdown, HTML) or an article URL. A page dump
    is read with the site template profiles of --out, as render reads it. Under
    the article, on standard error: a one-line flag when the extraction is
    unsure, and the lines left out as the site's template, by the editor's
    sidecar or by the line classifier.
    """
    from ..ingest import article_to_dict, explain, flag_line, format_written, report_lines

    if _is_url(source):
        from ..fetch import load_url

        f = ctx.config.fetch
        article = load_url(source, allow=f.allow, ports=f.ports, timeout=f.timeout, deadline=f.deadline)
        notes = [x for x in (flag_line(article),) if x]
    else:
        explained = explain(Path(source), output=out_dir)
        article, notes = explained.article, report_lines(explained)
    if as_json:
        click.echo(json.dumps(article_to_dict(article), ensure_ascii=False, indent=2))
    else:
        click.echo(format_written(article).rstrip("\n"))
    for line in notes:
        click.echo(line, err=True)


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
    from ..fetch import Fetcher, user_agent_for

    agent = user_agent_for(config.podcast.owner_email)
    f = config.fetch
    with Fetcher(into, user_agent=agent, allow=f.allow, ports=f.ports, max_items=f.max_items,
                 max_pages=f.max_pages, timeout=f.timeout, deadline=f.deadline) as fetcher:
        report = fetcher.fetch(url)
    for error in report.errors:
        click.secho(f"error: {error}", fg="red", err=True)
    if not quiet:
        for path in report.written:
            click.echo(f"fetched   {path}")
        for page in report.unchanged:
            click.echo(f"unchanged {page}")
        for page in report.skipped:
            click.echo(f"skipped   {page} (a [fetch] max_items/max_pages cap was reached; the next run fetches it)")
    return list(report.written), bool(report.errors)
