"""``audiocast studio``, ``approve`` and ``status``: the editors' studio and the approval gate."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import click

from .group import (
    DEFAULT_ARTICLES,
    DEFAULT_OUT,
    CommandError,
    Decorator,
    _Context,
    lexicon_option,
    main,
    out_option,
    pass_ctx,
)

articles_option: Decorator = click.option(
    "--articles",
    "articles_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_ARTICLES,
    show_default=True,
    help="The newsroom's articles folder (with lexikon.tsv and approvals.tsv).",
)


QUEUE_STATES = ("attention", "changed", "new", "approved", "published", "modified")
"""The states ``status --state`` filters on: the keys of ``studio.workspace.STATES``, listed here
so the command line starts without importing the studio (a test keeps the two equal)."""


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
    from ..studio.app import PASSWORD_ENV, bind, check_bind, create_app, is_loopback, serve, studio_url

    password = os.environ.get(PASSWORD_ENV) or None
    check_bind(host, password)
    if not articles_dir.is_dir():
        raise CommandError(f"{articles_dir}: no such folder; give the articles folder with --articles")
    token = secrets.token_urlsafe(24)
    # Host names requests may carry (against DNS rebinding); beyond the loopback the password guards the door.
    hosts = ["127.0.0.1", "localhost", "[::1]", "::1", host] if is_loopback(host) else ["*"]
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
    from ..approval import record_approval
    from ..pipeline import find_lexicon
    from ..studio.workspace import Newsroom

    who = by or os.environ.get("USER") or ""
    for path in files:
        # Read exactly as the studio and the render read it (edits applied, text cleaned).
        view = Newsroom(ctx.config, path.parent, DEFAULT_OUT).view(path, find_lexicon(ctx.config, [path.parent], lexicon))
        if view.content_hash is None:
            raise CommandError(view.error or f"{path}: the article cannot be read")
        approval = record_approval(path, view.content_hash, who)
        click.echo(f"approved  {path}  by {approval.by} at {approval.at.isoformat()} ({approval.content_hash[:12]})")


@main.command()
@articles_option
@out_option
@click.option("--state", type=click.Choice(QUEUE_STATES), default=None,
              help="Only articles in this state: attention, changed (since approval), new, approved, "
                   "published, modified (changed since publishing).")
@pass_ctx
def status(ctx: _Context, articles_dir: Path, out_dir: Path, state: str | None) -> None:
    """Print the editors' queue: each article's state, newest first.

    States: new, changed (since its approval), attention (cannot be read,
    uncertain readings, a failed preview), approved, published.
    """
    from ..studio.workspace import Newsroom

    if not articles_dir.is_dir():
        raise CommandError(f"{articles_dir}: no such folder; give the articles folder with --articles")
    for view in Newsroom(ctx.config, articles_dir, out_dir).queue(state):
        click.echo(f"{view.state:10} {view.path.name}  {view.title}")
        for line in ([view.error] if view.error else []) + view.notes:
            click.echo(f"{'':10} {line}")
