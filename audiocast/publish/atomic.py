"""Write files so that nothing published is ever half written.

Every writer here puts the bytes in a temporary file next to the destination,
flushes them to disk and renames the file over the destination. A podcast app
or web server reading the old file sees either the old or the new version.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ..errors import PublishError


@contextlib.contextmanager
def atomic_path(dest: Path) -> Iterator[Path]:
    """Yield a temporary path next to ``dest``; rename it over ``dest`` on success.

    The caller writes the file at the yielded path (with any tool it likes).
    If the block raises, the temporary file is removed and ``dest`` is left as
    it was.
    """
    dest = Path(dest)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    except OSError as exc:
        raise PublishError(
            f"{dest}: cannot create a file in {dest.parent} ({exc.strerror}); "
            "check that the output folder exists and is writable"
        ) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        _fsync(tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, dest)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise PublishError(
            f"{dest}: could not be written ({exc.strerror or exc}); "
            "check free disk space and permissions of the output folder"
        ) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _fsync(path: Path) -> None:
    """Flush a written file's data to disk before it is renamed into place."""
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def write_bytes(dest: Path, data: bytes) -> None:
    """Atomically replace ``dest`` with ``data``."""
    with atomic_path(dest) as tmp:
        tmp.write_bytes(data)


def write_text(dest: Path, text: str) -> None:
    """Atomically replace ``dest`` with ``text`` encoded as UTF-8 (LF line ends)."""
    write_bytes(dest, text.encode("utf-8"))


def write_if_changed(dest: Path, data: bytes) -> bool:
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
        raise PublishError(f"{dest}: cannot be read ({exc.strerror}); check its permissions") from None
    write_bytes(dest, data)
    return True


def copy_file(src: Path, dest: Path) -> None:
    """Atomically copy ``src`` to ``dest``."""
    with atomic_path(dest) as tmp:
        try:
            shutil.copyfile(src, tmp)
        except FileNotFoundError:
            raise PublishError(f"{src}: no such file to copy") from None
