"""Word timing from the synthesis (audiocast.timing): measured against the audio itself."""

from __future__ import annotations

import array
import json
import math
from pathlib import Path

import pytest
from piper_fake import VOICE, install_tiny_voice

from audiocast.audio import AudioSegment, assemble, decode, export_mp3, trim_silence
from audiocast.config import Config
from audiocast.models import Script, Segment, SegmentKind
from audiocast.pipeline import Renderer
from audiocast.timing import (
    ClipWords,
    TimedEngine,
    WordTime,
    align_written,
    episode_words,
    estimate_words,
    leading_trim_frames,
    synthesize_timed,
    words_path,
)
from audiocast.tts import EspeakEngine, PiperEngine, SynthCache, synthesize_all
from audiocast.tts.base import Availability, Engine

ONSET_TOLERANCE_MS = 50


def _tone(ms: int, rate: int = 22050, amp: float = 0.3) -> bytes:
    n = rate * ms // 1000
    return array.array("h", (int(amp * 32767 * math.sin(2 * math.pi * 300 * i / rate)) for i in range(n))).tobytes()


def _clip(parts: list[tuple[str, int]], rate: int = 22050) -> AudioSegment:
    """Silence ("s") and tone ("t") in the given lengths (ms)."""
    data = b"".join(_tone(ms, rate) if kind == "t" else b"\0\0" * (rate * ms // 1000) for kind, ms in parts)
    return AudioSegment(data=data, sample_width=2, frame_rate=rate, channels=1)


@pytest.mark.parametrize("parts", [
    [("s", 300), ("t", 200), ("s", 100)],
    [("t", 100), ("s", 50)],
    [("s", 7), ("t", 20), ("s", 40), ("t", 30)],
    [("s", 100)],
])
def test_leading_trim_is_the_cut_assembly_makes(parts):
    clip = _clip(parts)
    lead = leading_trim_frames(clip)
    trimmed = trim_silence(clip)
    if trimmed.frame_count() == 0:
        assert lead == clip.frame_count()
    else:
        assert clip.raw_data[lead * 2: lead * 2 + len(trimmed.raw_data)] == trimmed.raw_data


# --- written tokens against spoken words --------------------------------------------------------

def _spoken(words: str) -> list[WordTime]:
    return [WordTime(i * 100, i * 100 + 80, w) for i, w in enumerate(words.split())]


ALIGN_CASES = [
    # (written, spoken, the spoken words each written token gets)
    ("Ring 08 530 623 60 nu.", "Ring noll åtta, fem tre noll, sex två tre, sex noll nu.",
     ["Ring", "noll åtta,", "fem tre noll,", "sex två tre,", "sex noll", "nu."]),
    ("Mötet börjar kl. 14.30 den 1 maj.", "Mötet börjar klockan fjorton och trettio den första maj.",
     ["Mötet", "börjar", "klockan", "fjorton och trettio", "den", "första", "maj."]),
    ("– Äntligen, säger rektorn.", "Äntligen, säger rektorn.", ["", "Äntligen,", "säger", "rektorn."]),
    ("Hallen kostar 48 mkr.", "Hallen kostar fyrtioåtta miljoner kronor.",
     ["Hallen", "kostar", "fyrtioåtta", "miljoner kronor."]),
]


@pytest.mark.parametrize(("written", "spoken", "expected"), ALIGN_CASES, ids=[c[0] for c in ALIGN_CASES])
def test_written_tokens_get_the_span_of_their_spoken_words(written, spoken, expected):
    units = _spoken(spoken)
    out = align_written(written, units)
    assert [w.word for w in out] == written.split()
    got = []
    for w in out:
        inside = [u.word for u in units if w.start_ms <= u.start_ms and u.end_ms <= w.end_ms]
        got.append(" ".join(inside))
    assert got == expected


def test_estimated_words_fill_the_span_by_syllables():
    words = estimate_words("Det regnar i Alby, sa hon.".split(), 1000, 3000)
    assert words[0].start_ms == 1000 and words[-1].end_ms == 3000
    assert all(a.end_ms <= b.start_ms for a, b in zip(words, words[1:], strict=False))
    by = {w.word: w.end_ms - w.start_ms for w in words}
    assert by["regnar"] > by["i"], "two syllables take longer than one"
    comma = words[3]
    assert words[4].start_ms - comma.end_ms > 0, "a comma is a pause"


# --- the voices' own timings ------------------------------------------------------------------

def _onsets(audio: AudioSegment, window_ms: int = 5, threshold_db: float = -35.0) -> list[int]:
    """Times (ms) where sound starts after at least 150 ms of quiet, by short-time energy."""
    rate = audio.frame_rate
    samples = array.array("h", audio.raw_data)
    step = rate * window_ms // 1000
    peak = max(1, max(abs(s) for s in samples))
    limit = peak * 10 ** (threshold_db / 20)
    onsets, quiet = [], 150
    for i in range(0, len(samples) - step, step):
        chunk = samples[i:i + step]
        rms = math.sqrt(sum(s * s for s in chunk) / step)
        if rms > limit:
            if quiet >= 150:
                onsets.append(i * 1000 // rate)
            quiet = 0
        else:
            quiet += window_ms
    return onsets


def test_espeak_word_starts_are_within_50_ms_of_the_sound_in_the_mp3(tmp_path):
    """Words between pauses, rendered, encoded, decoded and measured."""
    segments = [
        Segment("Ett. Två. Tre. Fyra.", "Ett. Två. Tre. Fyra.", SegmentKind.SENTENCE, 700, 0),
        Segment("Fem, sex, sju, åtta.", "5, 6, 7, 8.", SegmentKind.SENTENCE, 0, 0),
    ]
    script = Script("test", "Test", segments, ["Test"])
    cache = SynthCache(tmp_path / "cache")
    timed = TimedEngine(EspeakEngine(), cache)
    texts = [s.spoken for s in segments]
    clips, _ = synthesize_all(timed, texts, cache)
    audio, timeline = assemble(script, clips, _clip([("t", 400)], 44100))
    words = episode_words(script, clips, timeline, [timed.words_for(t, c) for t, c in zip(texts, clips, strict=True)])
    assert [w.word for seg in words for w in seg.words] == "Ett. Två. Tre. Fyra. 5, 6, 7, 8.".split()
    assert not any(seg.estimated for seg in words)
    mp3 = tmp_path / "test.mp3"
    export_mp3(audio, mp3)
    onsets = _onsets(decode(mp3, channels=1))[1:]  # the first is the chime
    starts = [w.start_ms for seg in words for w in seg.words]
    assert len(onsets) == len(starts), (onsets, starts)
    errors = [abs(a - b) for a, b in zip(starts, onsets, strict=True)]
    print("onset errors (ms):", errors)
    assert max(errors) <= ONSET_TOLERANCE_MS, list(zip(starts, onsets, strict=True))


def test_cached_clips_keep_their_timings(tmp_path):
    cache = SynthCache(tmp_path / "cache")
    texts = ["Skolan i Alby får en ny rektor."]
    first = TimedEngine(EspeakEngine(), cache)
    clips, stats = synthesize_all(first, texts, cache)
    assert stats.misses == 1
    kept = first.words_for(texts[0], clips[0])
    assert words_path(cache, EspeakEngine(), texts[0]).is_file()
    again = TimedEngine(EspeakEngine(), cache)
    clips2, stats = synthesize_all(again, texts, cache)
    assert stats.hits == 1 and stats.misses == 0
    assert again.words_for(texts[0], clips2[0]) == kept and not kept.estimated
    assert [w.word for w in kept.words] == ["Skolan", "i", "Alby", "får", "en", "ny", "rektor"]


class _Silent(Engine):
    """A voice without timings (like Google's): a tone per word."""

    name = "silent"
    voice = "x"

    def settings(self):
        return {}

    def check(self, timeout=2.0):
        return Availability(True, "")

    def _synthesize(self, text):
        return _clip([("s", 100), *[("t", 150) for _ in text.split()], ("s", 100)])


def test_a_voice_without_timings_is_estimated_within_its_speech(tmp_path):
    clip, words = synthesize_timed(_Silent(), "Tre små ord.")
    assert words.estimated
    assert 80 <= words.words[0].start_ms and words.words[-1].end_ms <= 570  # speech ± the 15 ms margin
    assert ClipWords.from_json(words.to_json()) == words
    assert ClipWords.from_json('{"format": 99}') is None and ClipWords.from_json("nonsense") is None


def test_piper_timings_come_from_its_phoneme_alignments(tmp_path: Path):
    install_tiny_voice(tmp_path)
    engine = PiperEngine(VOICE, voices_dir=tmp_path, alignments=True)
    text = "Skolan byggs i vår. Hallen rivs."
    clip, words = synthesize_timed(engine, text)
    assert not words.estimated
    assert [w.word for w in words.words] == text.split()
    assert all(a.end_ms <= b.start_ms for a, b in zip(words.words, words.words[1:], strict=False))
    # A voice made without alignments falls back to an estimate, not a failure.
    _, est = synthesize_timed(PiperEngine(VOICE, voices_dir=tmp_path), text)
    assert est.estimated and len(est.words) == len(text.split())


def test_tokens_spoken_as_one_word_share_its_time():
    spoken = [WordTime(0, 100, "kostar"), WordTime(100, 900, "fyrahundrasjuttiofemtusen"), WordTime(900, 1000, "kronor")]
    out = align_written("kostar 475 000 kr", spoken)
    assert [(w.start_ms, w.end_ms) for w in out] == [(0, 100), (100, 500), (500, 900), (900, 1000)]


ARTICLE = """---
title: Skolan i Alby får ny idrottshall
date: 2026-11-23
---

Hallen blir 40 meter lång och rymmer 200 åskådare.

– Äntligen, säger rektorn.
"""


def test_render_publishes_word_timings_from_the_voice_also_from_the_cache(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "hall.md").write_text(ARTICLE, encoding="utf-8")
    config = Config().with_engine("espeak")
    cache = tmp_path / "cache"
    first_out, second_out = tmp_path / "out1", tmp_path / "out2"
    assert Renderer(config, first_out, cache_dir=cache).render([articles], edition=False).ok
    assert list(cache.rglob("*.words.json")), "the clips' words are kept beside them"
    report = Renderer(config, second_out, cache_dir=cache).render([articles], edition=False)
    assert report.ok and report.results[0].synthesized == 0
    docs = [json.loads(next(out.glob("episodes/*.transcript.json")).read_text(encoding="utf-8"))
            for out in (first_out, second_out)]
    assert docs[0] == docs[1], "the cached clips give the same word times"
    assert docs[0]["audiocast"]["timing"] == "synthesis"
    bodies = [s["body"] for s in docs[0]["segments"]]
    assert "40" in bodies and "Äntligen," in bodies and "–" in bodies
    starts = [s["startTime"] for s in docs[0]["segments"]]
    assert starts == sorted(starts)
