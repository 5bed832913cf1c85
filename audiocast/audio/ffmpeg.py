"""Finding the ffmpeg binary of the imageio-ffmpeg wheel, and running it.

In here: :func:`ffmpeg_exe` (looked up on first use, then cached) and
:func:`run_ffmpeg` (one ffmpeg run, its failure turned into an AudioError).
Not in here: what ffmpeg is asked to do (decoding is in ``decoding``, encoding
in ``encode``, measuring in ``loudness``). Nothing is looked up or run at
import; pydub is never pointed at this binary (audiocast decodes and encodes
through its own ffmpeg calls, so pydub's ``converter`` is left alone).
"""

from __future__ import annotations

import functools
import subprocess
from pathlib import Path

from ..errors import AudioError

__all__ = ["FFMPEG_FLAGS", "ffmpeg_exe", "ffmpeg_failure", "run_ffmpeg"]

FFMPEG_FLAGS = ("-hide_banner", "-nostdin", "-nostats")
"""Given to every ffmpeg run: no banner, never read the terminal, no progress lines."""

MESSAGE_LINES = 3
"""Lines of ffmpeg's stderr (its last words) quoted in an AudioError."""

_REINSTALL = "reinstall imageio-ffmpeg with 'pip install --force-reinstall imageio-ffmpeg'"


@functools.cache
def ffmpeg_exe() -> str:
    """Path of the ffmpeg binary from the imageio-ffmpeg wheel, found on first use.

    Raises AudioError when the package or its binary is missing (and then
    caches nothing, so a later call looks again).
    """
    try:
        import imageio_ffmpeg  # here, so a missing package is an AudioError at first use, not at import
    except ImportError:
        raise AudioError(
            "the imageio-ffmpeg package is not installed; install it with "
            "'pip install imageio-ffmpeg' (it ships the ffmpeg audiocast uses)"
        ) from None
    try:
        exe = str(imageio_ffmpeg.get_ffmpeg_exe())
    except RuntimeError as exc:
        raise AudioError(
            f"no ffmpeg binary found in the imageio-ffmpeg package ({exc}); "
            "reinstall it with 'pip install --force-reinstall imageio-ffmpeg'"
        ) from None
    if not Path(exe).is_file():
        raise AudioError(f"ffmpeg binary {exe} is missing; {_REINSTALL}")
    return exe


def ffmpeg_failure(stderr: bytes) -> str:
    """ffmpeg's last words from its ``stderr``, on one line (for an AudioError)."""
    tail = stderr.decode("utf-8", "replace").strip().splitlines()[-MESSAGE_LINES:]
    return " / ".join(tail) or "no message"


def cannot_run(what: str, exc: OSError) -> AudioError:
    """The AudioError for an ffmpeg that would not start when asked to ``what``."""
    return AudioError(f"could not run ffmpeg to {what} ({exc}); {_REINSTALL}")


def run_ffmpeg(args: list[str], what: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run ffmpeg with ``args``; AudioError naming ``what`` and ffmpeg's last words if it fails."""
    cmd = [ffmpeg_exe(), *FFMPEG_FLAGS, *args]
    try:
        proc = subprocess.run(cmd, input=stdin, capture_output=True, check=False)
    except OSError as exc:
        raise cannot_run(what, exc) from None
    if proc.returncode != 0:
        raise AudioError(f"ffmpeg could not {what}: {ffmpeg_failure(proc.stderr)}")
    return proc
