"""Write files so that nothing is ever seen half written.

One primitive, :func:`atomic_path`: the caller writes a temporary file next to
the destination (with any tool it likes: bytes, ``wave``, ffmpeg, mutagen);
on success the file is flushed to disk, given its mode and renamed over the
destination. A reader of the destination sees the old file or the new one,
never a mix; when the block fails, the temporary file is removed and the
destination is left as it was. :func:`write_bytes`, :func:`write_text`,
:func:`write_if_changed` and :func:`copy_file` are built on it.

Failures raise :class:`AtomicWriteError` (an :class:`OSError` that says at
which step it failed), unless the caller passes ``error``, a factory that
turns it into the caller's own exception: each stage keeps its own message
(publish speaks of the output folder, the speech cache of its cache folder).
Used by publish, the speech cache, fetch and the MP3 encode; it imports
nothing of theirs.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Literal, NoReturn

Stage = Literal["create", "write", "read", "source"]
"""Where a write failed: creating the temporary file, writing or renaming it,
reading the old file (:func:`write_if_changed`), or reading the file to copy."""


class AtomicWriteError(OSError):
    """A file could not be written in place; ``stage`` says at which step.

    Keeps ``errno`` and ``strerror`` of the underlying :class:`OSError`, so a
    caller catching ``OSError`` sees what it always saw.
    """

    def __init__(self, stage: Stage, dest: Path, cause: OSError):
        super().__init__(cause.errno, cause.strerror or str(cause), str(dest))
        self.stage: Stage = stage
        self.dest = Path(dest)
        """The file being written (for ``source``: the file being copied)."""
        self.reason: str = cause.strerror or str(cause)
        """The system's words for the failure, e.g. ``No space left on device``."""


ErrorFactory = Callable[[AtomicWriteError], Exception]
"""Turns an :class:`AtomicWriteError` into the exception the caller raises."""


def _raise(stage: Stage, dest: Path, cause: OSError, error: ErrorFactory | None) -> NoReturn:
    failure = AtomicWriteError(stage, dest, cause)
    raise (error(failure) if error is not None else failure) from None


@contextlib.contextmanager
def atomic_path(
    dest: Path,
    *,
    fsync: bool = True,
    mode: int | None = 0o644,
    error: ErrorFactory | None = None,
) -> Iterator[Path]:
    """Yield a temporary path next to ``dest``; rename it over ``dest`` on success.

    ``fsync`` flushes the file's data to disk before the rename, so that a
    power cut never leaves an empty file under the real name. ``mode`` is
    given to the file (None: keep the owner-only mode of a fresh temporary
    file). The parent folder is created when missing. An ``OSError`` raised
    in the block, or while flushing and renaming, becomes a ``write`` failure.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> with atomic_path(folder / "a.txt") as tmp:
    ...     _ = tmp.write_text("hej")
    >>> (folder / "a.txt").read_text(), sorted(p.name for p in folder.iterdir())
    ('hej', ['a.txt'])
    """
    dest = Path(dest)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    except OSError as exc:
        _raise("create", dest, exc, error)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        if fsync:
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, dest)
    except AtomicWriteError:  # from a nested write (or copy_file's source): already said
        tmp.unlink(missing_ok=True)
        raise
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        _raise("write", dest, exc, error)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_bytes(
    dest: Path,
    data: bytes,
    *,
    fsync: bool = True,
    mode: int | None = 0o644,
    error: ErrorFactory | None = None,
) -> None:
    """Atomically replace ``dest`` with ``data``."""
    with atomic_path(dest, fsync=fsync, mode=mode, error=error) as tmp:
        tmp.write_bytes(data)


def write_text(dest: Path, text: str, *, error: ErrorFactory | None = None) -> None:
    """Atomically replace ``dest`` with ``text`` encoded as UTF-8 (LF line ends)."""
    write_bytes(dest, text.encode("utf-8"), error=error)


def write_if_changed(dest: Path, data: bytes, *, error: ErrorFactory | None = None) -> bool:
    """Write ``data`` to ``dest`` unless the file already holds exactly those bytes.

    Returns True when the file was (re)written. Leaving an unchanged file alone
    keeps its modification time, so web servers and apps see no change.
    """
    dest = Path(dest)
    try:
        if dest.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    except OSError as exc:
        _raise("read", dest, exc, error)
    write_bytes(dest, data, error=error)
    return True


def copy_file(src: Path, dest: Path, *, error: ErrorFactory | None = None) -> None:
    """Atomically copy ``src`` to ``dest``; a missing ``src`` is a ``source`` failure."""
    with atomic_path(dest, error=error) as tmp:
        try:
            shutil.copyfile(src, tmp)
        except FileNotFoundError as exc:
            _raise("source", Path(src), exc, error)
