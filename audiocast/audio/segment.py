"""The episode's sample format and pydub's ``AudioSegment``, without numpy.

In here: the format constants (44.1 kHz, mono, 16-bit) and pydub's
``AudioSegment``, imported here, once, for the whole package and its callers
(pydub's import-time warnings silenced). Kept free of numpy, so a module that
only names clips (the voices, the speech cache, a render with nothing to do)
does not load it. Not in here: conversions (``pcm``).
"""

from __future__ import annotations

import warnings

with warnings.catch_warnings():
    # pydub looks for ffmpeg on PATH when it is imported and warns when there
    # is none. audiocast never lets pydub run ffmpeg (it runs the wheel's
    # ffmpeg itself, see ``ffmpeg``), so the warning is only noise.
    warnings.filterwarnings("ignore", message="Couldn't find ffmpeg", category=RuntimeWarning)
    # pydub needs the stdlib audioop, deprecated since Python 3.11.
    warnings.filterwarnings("ignore", message=".*audioop.*", category=DeprecationWarning)
    from pydub import AudioSegment

__all__ = ["FULL_SCALE", "SAMPLE_RATE", "SAMPLE_WIDTH", "AudioSegment"]

SAMPLE_RATE = 44100
"""Frames per second of every episode's MP3 (its processing may run at its voice's own rate,
see ``assembly.episode_rate``; the encoder then resamples)."""
SAMPLE_WIDTH = 2
"""Bytes per sample: 16-bit PCM."""
FULL_SCALE = 32768
"""A 16-bit sample value that stands for 1.0 (0 dBFS) as a float."""
