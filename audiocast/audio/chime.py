"""The intro chime: the one made in code, or a user's sound file.

In here: :func:`make_chime` and :func:`load_chime` with the numbers that
shape the chime. Not in here: where the chime goes in an episode (``assembly``)
or its final level (the episode's loudness normalisation, ``encode``).
"""

from __future__ import annotations

import math
from pathlib import Path

from ..errors import AudioError
from .decoding import decode
from .pcm import SAMPLE_RATE, AudioSegment, pcm_segment
from .resample import INT16_MAX

__all__ = ["load_chime", "make_chime"]

CHIME_S = 1.5
"""Length of the made chime in seconds: long enough to sound like a bell, short enough to not delay the news."""
CHIME_NOTES = ((0.0, 783.99), (0.28, 987.77))
"""(start in s, frequency in Hz) of each note: G5 then B5, a rising major third."""
CHIME_ATTACK_S = 0.012
"""Fade-in of each note in seconds: quick, but without a click."""
CHIME_DECAY_PER_S = 3.2
"""Exponential decay rate of each note (1/s): -28 dB per second, like a small bell."""
CHIME_FUNDAMENTAL, CHIME_OCTAVE = 0.8, 0.2
"""Mix of each note's fundamental and its octave (amplitudes): a little octave for warmth."""
CHIME_FADE_S = 0.15
"""The tail fades linearly to exact silence over this many seconds: no click into the speech."""
CHIME_PEAK = 0.5
"""Peak of the made chime relative to full scale (about -6 dBFS)."""
CHIME_MIN_MS = 50
"""A user's chime shorter than this (ms) has no audio worth playing."""
CHIME_MAX_MS = 30_000
"""A user's chime longer than this (ms) is not an intro sound."""


def make_chime() -> AudioSegment:
    """A soft two-note intro chime, about 1.5 s, made in code (44.1 kHz mono).

    A rising major third (G5 then B5) of sine tones with a little of the
    octave for warmth, each with a quick fade-in and a long exponential decay,
    so it sounds like a gentle bell rather than a beep. Peak about -6 dBFS;
    the episode's loudness normalisation decides its final level. Computed
    with numpy (a few ms; sample by sample in Python it took 50 ms of the
    render's first episode), in double precision, rounded half to even as
    Python's ``round`` does: the samples of the former loop, which a test keeps.
    """
    import numpy as np  # here: a run with nothing to render never loads numpy

    total = int(CHIME_S * SAMPLE_RATE)
    out = np.zeros(total)
    attack = int(CHIME_ATTACK_S * SAMPLE_RATE)
    for start_s, freq in CHIME_NOTES:
        start = int(start_s * SAMPLE_RATE)
        w1 = 2 * math.pi * freq / SAMPLE_RATE
        w2 = 2 * w1
        n = np.arange(total - start, dtype=np.float64)
        env = np.where(n < attack, n / attack, 1.0) * np.exp(-CHIME_DECAY_PER_S * n / SAMPLE_RATE)
        out[start:] += env * (CHIME_FUNDAMENTAL * np.sin(w1 * n) + CHIME_OCTAVE * np.sin(w2 * n))
    fade = int(CHIME_FADE_S * SAMPLE_RATE)
    out[total - fade :] *= 1.0 - np.arange(fade) / fade
    peak = float(np.abs(out).max()) or 1.0
    scale = CHIME_PEAK * INT16_MAX / peak
    return pcm_segment(np.rint(out * scale).astype("<i2").tobytes())


def load_chime(path: Path) -> AudioSegment:
    """A user's intro sound from any file ffmpeg reads, as 44.1 kHz mono.

    Raises AudioError naming the file and the reason if it cannot be used.
    """
    path = Path(path)
    if not path.is_file():
        raise AudioError(f"chime {path}: no such file; fix [render] chime in the configuration or remove it")
    try:
        clip = decode(path, frame_rate=SAMPLE_RATE, channels=1)
    except AudioError as exc:
        raise AudioError(f"chime {path} is not a readable audio file ({exc}); use a WAV, MP3, FLAC or OGG file") from None
    if len(clip) < CHIME_MIN_MS:
        raise AudioError(f"chime {path} has no audio (it decodes to {len(clip)} ms); use a real sound file")
    if len(clip) > CHIME_MAX_MS:
        raise AudioError(f"chime {path} is {len(clip) / 1000:.0f} s long; an intro sound should be under 30 s")
    return clip
