"""The approval gate: which version of an article an editor approved, and whether it still is.

An approval names an article file, the hash of what a listener would hear and
see (:func:`article_hash`: the spoken and written script and the episode's
metadata), who approved it and when. Approvals live beside the articles in a
plain file the newsroom keeps in git, ``approvals.tsv``::

    # audiocast approvals: file<TAB>content hash<TAB>approved by<TAB>approved at (UTC)
    ny-bro.txt	3f5a…c2	lina	2026-11-30T20:40:00+00:00

One line per article (the newest approval; git keeps the history). When the
article, the editors' changes to it or a lexicon entry it uses change, the
script changes, so does the hash, and the article needs approval again:
:func:`is_approved` compares the hash it is given with the recorded one.

Pure apart from reading and (atomically) writing that one file; nothing here
imports the audio, voice or publishing stages, so the pipeline, the CLI and
the studio can all call it.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .atomic import AtomicWriteError, write_text
from .errors import ApprovalError
from .models import Article, Script

__all__ = [
    "APPROVALS_FILE",
    "Approval",
    "ApprovalError",
    "approval_for",
    "approvals_path",
    "article_hash",
    "folder_lock",
    "is_approved",
    "read_approvals",
    "record_approval",
    "revoke_approval",
]

APPROVALS_FILE = "approvals.tsv"
"""The approvals of the articles in a folder, in that folder."""

_HEADER = (
    "# audiocast approvals: file<TAB>content hash<TAB>approved by<TAB>approved at (UTC)\n"
    "# Written by `audiocast approve` and the studio; one line per article (the newest).\n"
    "# An article needs approval again when what a listener hears or sees changes.\n"
)
_HASH_CHARS = frozenset("0123456789abcdef")


@dataclass(frozen=True)
class Approval:
    """One article's newest approval."""

    file: str
    """The article's file name, relative to its folder (``ny-bro.txt``)."""
    content_hash: str
    """:func:`article_hash` of the version that was approved (hex sha256)."""
    by: str
    """Who approved it (an editor's name or login)."""
    at: datetime
    """When, timezone-aware (written in UTC)."""

    def line(self) -> str:
        return "\t".join([self.file, self.content_hash, self.by, self.at.isoformat()])


def article_hash(article: Article, script: Script) -> str:
    """What a listener hears and sees of ``article``: a hex sha256.

    Over the script's spoken and written segments, pauses and chapters (so a
    lexicon entry the article uses changes it, and one it does not use does
    not) and the metadata the feed shows. Independent of the voice and of
    the render settings: an approval is of the words, not of the bitrate.
    The publication time is left out (the day is in the spoken intro): a
    render may settle the time of an article dated without one.

    >>> from audiocast.models import Segment, SegmentKind
    >>> a = Article(slug="s", title="T", published=None, source="s.txt")
    >>> s = Script("s", "T", [Segment("Hej.", "Hej.", SegmentKind.TITLE, 0, 0)], ["T"])
    >>> len(article_hash(a, s)), article_hash(a, s) == article_hash(a, s)
    (64, True)
    """
    payload = {
        "meta": {
            "title": article.title,
            "author": article.author,
            "url": article.url,
            "lead": article.lead,
        },
        "chapters": script.chapters,
        "segments": [[s.spoken, s.written, s.kind.value, s.pause_after_ms, s.chapter] for s in script.segments],
    }
    blob = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def approvals_path(article_path: Path) -> Path:
    """The approvals file that holds ``article_path``'s approval (beside it)."""
    return Path(article_path).parent / APPROVALS_FILE


def _parse_line(line: str, where: str, lineno: int) -> Approval:
    parts = line.split("\t")
    problem = None
    if len(parts) != 4:
        problem = "expected 4 fields separated by tabs (file, hash, by, time)"
    elif len(parts[1]) != 64 or not set(parts[1]) <= _HASH_CHARS:
        problem = f"{parts[1]!r} is not a content hash (64 hex digits)"
    if problem is None:
        try:
            at = datetime.fromisoformat(parts[3])
        except ValueError:
            problem = f"{parts[3]!r} is not an ISO time"
        else:
            if at.tzinfo is None:
                at = at.replace(tzinfo=UTC)
            return Approval(parts[0], parts[1], parts[2], at)
    raise ApprovalError(f"{where}, line {lineno}: {problem}; fix the line or remove it (the article is then unapproved)")


def read_approvals(folder: Path) -> dict[str, Approval]:
    """Every approval in ``folder``'s approvals file, by file name (empty when there is none)."""
    path = Path(folder) / APPROVALS_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise ApprovalError(f"{path}: cannot be read ({exc}); check the file") from None
    out: dict[str, Approval] = {}
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        approval = _parse_line(line, str(path), lineno)
        out[approval.file] = approval
    return out


def approval_for(article_path: Path) -> Approval | None:
    """The newest approval of ``article_path``, or None."""
    article_path = Path(article_path)
    return read_approvals(article_path.parent).get(article_path.name)


def is_approved(article_path: Path, content_hash: str) -> bool:
    """Whether this version (``content_hash``, see :func:`article_hash`) of the article is approved."""
    approval = approval_for(article_path)
    return approval is not None and approval.content_hash == content_hash


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``folder`` (flock on the folder itself: no lock file to commit).

    Every read-modify-write of the newsroom's own files (approvals, lexicon,
    sidecars) holds it, so two editors, or the studio and ``audiocast
    approve``, never lose each other's change. Not re-entrant: a holder must
    not take it again.
    """
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _write(folder: Path, approvals: Iterable[Approval]) -> None:
    path = Path(folder) / APPROVALS_FILE
    body = "".join(a.line() + "\n" for a in sorted(approvals, key=lambda a: a.file))

    def error(failure: AtomicWriteError) -> ApprovalError:
        return ApprovalError(f"{path}: cannot be written ({failure.reason}); check permissions and free space")

    write_text(path, _HEADER + body, error=error)


def record_approval(article_path: Path, content_hash: str, by: str, at: datetime | None = None) -> Approval:
    """Record that ``by`` approved this version of the article (now, unless ``at``).

    Replaces the article's earlier approval; the file is rewritten atomically
    under :func:`folder_lock`, so approvals made at the same time are all kept.
    """
    article_path = Path(article_path)
    by = " ".join(by.split())
    if not by:
        raise ApprovalError("who approves must be named; give --by NAME or set $USER")
    if len(content_hash) != 64 or not set(content_hash) <= _HASH_CHARS:
        raise ApprovalError(f"{content_hash!r} is not a content hash (64 hex digits)")
    when = (at or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    approval = Approval(article_path.name, content_hash, by, when)
    with folder_lock(article_path.parent):
        approvals = read_approvals(article_path.parent)
        approvals[approval.file] = approval
        _write(article_path.parent, approvals.values())
    return approval


def revoke_approval(article_path: Path) -> bool:
    """Remove the article's approval; True when there was one."""
    article_path = Path(article_path)
    with folder_lock(article_path.parent):
        approvals = read_approvals(article_path.parent)
        if approvals.pop(article_path.name, None) is None:
            return False
        _write(article_path.parent, approvals.values())
    return True
