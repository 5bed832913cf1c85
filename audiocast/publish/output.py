"""The output folder: its layout, its lock, what a failed write there says,
and the removal of files nothing points at any more.

What is *not* here: what the files contain (feed, site, sidecars, cover,
ID3) and how a file is written in place (:mod:`audiocast.atomic`).
"""

from __future__ import annotations

import fcntl
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..atomic import AtomicWriteError
from ..errors import PublishError

CATALOG_FILE = "catalog.sqlite"
CACHE_DIR = ".cache/tts"
EPISODES_DIR = "episodes"
EDITION_DIR = "edition"
LOCK_FILE = ".lock"
STUDIO_DIR = ".studio"
"""The studio's own folder inside the output folder: previews, their errors (never published)."""
LOCK_POLL_S = 0.1
"""How often a waiting :func:`output_lock` tries the lock again."""


def output_error(failure: AtomicWriteError) -> PublishError:
    """The message for a file that could not be written in the output folder.

    Passed as ``error=`` to :mod:`audiocast.atomic` by every publish writer.
    """
    dest = failure.dest
    if failure.stage == "create":
        return PublishError(
            f"{dest}: cannot create a file in {dest.parent} ({failure.reason}); "
            "check that the output folder exists and is writable"
        )
    if failure.stage == "read":
        return PublishError(f"{dest}: cannot be read ({failure.reason}); check its permissions")
    if failure.stage == "source":
        return PublishError(f"{dest}: no such file to copy")
    return PublishError(
        f"{dest}: could not be written ({failure.reason}); "
        "check free disk space and permissions of the output folder"
    )


@contextmanager
def output_lock(out_dir: Path, wait: float = 0.0) -> Iterator[None]:
    """One writer at a time per output folder (cron renders may overlap, the studio previews).

    When another holds the lock, try again every :data:`LOCK_POLL_S` seconds
    for up to ``wait`` seconds (0: not at all), then raise PublishError.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + max(wait, 0.0)
    with open(out_dir / LOCK_FILE, "w") as handle:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise PublishError(
                        f"{out_dir}: another audiocast run is writing here; wait for it to finish"
                    ) from None
                time.sleep(LOCK_POLL_S)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def safe_relative(rel: str) -> bool:
    """Whether ``rel`` is a plain relative path (no ``..``, no root, no drive, no NUL).

    >>> safe_relative("episodes/a.mp3"), safe_relative("../a.mp3"), safe_relative("/etc/passwd")
    (True, False, False)
    """
    if not rel or "\x00" in rel or "\\" in rel or rel.startswith("/") or ":" in rel.split("/")[0]:
        return False
    return all(part not in ("", ".", "..") for part in rel.split("/"))


def inside_output(out_dir: Path, rel: str) -> Path | None:
    """``out_dir / rel`` when it stays inside ``out_dir`` (symbolic links resolved), else None.

    Catalog paths are checked with this before a file is read, deleted or
    published: a row with ``../`` or an absolute path never reaches outside.
    """
    if not safe_relative(rel):
        return None
    path = Path(out_dir) / rel
    try:
        if not path.resolve().is_relative_to(Path(out_dir).resolve()):
            return None
    except (OSError, RuntimeError):
        return None
    return path


def remove_files(paths: Iterable[Path]) -> None:
    """Remove files that no published episode points at; a missing one is fine."""
    for path in paths:
        try:
            path.unlink()
        except FileNotFoundError:
            pass
