"""An editor's sidecar beside a .txt or .html article: ``x.meta.toml`` (or ``x.txt.meta.toml``).

Markdown carries its overrides in front matter; a page dump or a saved HTML page
cannot, so the editor's decisions live in a small TOML file next to it::

    title = "Nytt vattenverk tas i drift"   # the headline, whatever the page says
    site = "Ölandsbro kommun"                # which site's template profile the page belongs to
    drop = ["Vattenverket sett från luften."] # lines never read (whole lines, as in the page)
    keep = ["Ja, säger hon."]                # lines always read, whatever the rules say

``drop`` and ``keep`` hold whole lines as the page has them (spaces and
invisible characters do not matter); an editors' studio appends to them with
:func:`write_sidecar`, which keeps the file in this plain shape. The sidecar
wins over every signal of the extractor. Not here: the boilerplate rules
(``_boilerplate.tsv``), which hold for the whole folder.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from ..errors import IngestError

SIDECAR_SUFFIX = ".meta.toml"
_KEYS = {"title": str, "site": str, "drop": list, "keep": list}


@dataclass(frozen=True)
class Sidecar:
    """An editor's decisions for one article file."""

    title: str | None = None
    """The headline to use instead of the extracted one."""
    site: str | None = None
    """The site the page comes from (names its template profile)."""
    drop: tuple[str, ...] = ()
    """Whole lines never to read."""
    keep: tuple[str, ...] = ()
    """Whole lines always to read (a line both kept and dropped is kept)."""

    @property
    def empty(self) -> bool:
        """Whether the sidecar decides nothing."""
        return not (self.title or self.site or self.drop or self.keep)


def sidecar_paths(article: Path) -> tuple[Path, Path]:
    """Where a sidecar may be, in the order looked for: ``x.meta.toml`` (what the studio writes), ``x.txt.meta.toml``."""
    return article.with_name(article.stem + SIDECAR_SUFFIX), article.with_name(article.name + SIDECAR_SUFFIX)


def read_sidecar(article: Path) -> Sidecar:
    """The sidecar of an article file (an empty one when there is none).

    Raises IngestError naming the sidecar when it is not valid TOML or one of
    its keys has a value of the wrong type. Keys it does not know are left alone
    (the studio keeps its own there).
    """
    path = next((p for p in sidecar_paths(article) if p.is_file()), None)
    if path is None:
        return Sidecar()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise IngestError(str(path), f"not a valid TOML sidecar ({exc}); fix it or delete it") from exc
    for key, value in data.items():
        want = _KEYS.get(key)
        if want is None:
            continue  # another tool's key (the studio keeps what it does not know): not ours to judge
        if not isinstance(value, want) or (want is list and not all(isinstance(x, str) for x in value)):
            kind = "a list of strings" if want is list else "a string"
            raise IngestError(str(path), f"{key!r} must be {kind}")
    return Sidecar(
        title=(data.get("title") or "").strip() or None,
        site=(data.get("site") or "").strip() or None,
        drop=tuple(data.get("drop", ())),
        keep=tuple(data.get("keep", ())),
    )


def _toml_string(value: str) -> str:
    out = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'"{out}"'


def format_sidecar(sidecar: Sidecar) -> str:
    """The sidecar as TOML, one key a line, one list item a line (for diffs and hand edits)."""
    lines: list[str] = []
    if sidecar.title:
        lines.append(f"title = {_toml_string(sidecar.title)}")
    if sidecar.site:
        lines.append(f"site = {_toml_string(sidecar.site)}")
    for key in ("drop", "keep"):
        items: tuple[str, ...] = getattr(sidecar, key)
        if items:
            lines.append(f"{key} = [")
            lines.extend(f"  {_toml_string(x)}," for x in items)
            lines.append("]")
    return "\n".join(lines) + "\n"


def write_sidecar(article: Path, sidecar: Sidecar) -> Path:
    """Write the sidecar beside the article (where an existing one is, else ``x.meta.toml``).

    Only this module's keys are written: the studio's own writer
    (:mod:`audiocast.studio.sidecar`) is the one that keeps other keys.
    """
    path = next((p for p in sidecar_paths(article) if p.is_file()), sidecar_paths(article)[0])
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(format_sidecar(sidecar), encoding="utf-8")
    tmp.replace(path)
    return path
