"""``audiocast normalize``: the spoken script, exactly what goes to the voice."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import click

from .group import (
    CommandError,
    _Context,
    lexicon_option,
    main,
    pass_ctx,
)


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
    from ..pipeline import find_lexicon

    if str(source) == "-":
        _normalize_stdin(lexicon, explain)
        return
    from ..ingest import ensure_swedish, load
    from ..speech import build_script
    from ..speech import explain as explain_text

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
    from ..speech import Lexicon
    from ..speech import explain as explain_text
    from ..speech import normalize as normalize_text

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
