"""``audiocast feed`` and ``audiocast serve``: the published output folder."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import click

from .group import (
    CommandError,
    _Context,
    base_url_option,
    main,
    out_option,
    pass_ctx,
)
from .rendering import _check_inputs


@main.command()
@out_option
@base_url_option
@pass_ctx
def feed(ctx: _Context, out_dir: Path, base_url: str | None) -> None:
    """Rebuild feed.xml and index.html from the catalog, without rendering."""
    from ..pipeline import rebuild_feed

    _check_inputs(ctx.config)  # a cover that is a folder, a device or too large: one line
    for line in rebuild_feed(ctx.config.with_base_url(base_url), out_dir):
        click.secho(f"warning: {line}", fg="yellow", err=True)
    click.echo(f"wrote {out_dir / 'feed.xml'}")


@main.command()
@out_option
@click.option("--port", default=8000, show_default=True, help="Port on 127.0.0.1.")
def serve(out_dir: Path, port: int) -> None:
    """Serve the output folder on 127.0.0.1 (with byte ranges, as podcast apps need)."""
    from ..publish.serve import make_server, run

    if not out_dir.is_dir():
        raise CommandError(f"{out_dir}: no such folder; run 'audiocast render' first")
    server = make_server(out_dir, port=port)
    host, real_port = cast(tuple[str, int], server.server_address[:2])
    click.echo(f"Serving {out_dir} at http://{host}:{real_port}/ (feed: http://{host}:{real_port}/feed.xml). Ctrl-C stops.")
    run(server)
