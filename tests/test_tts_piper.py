"""The Piper engine, with the tiny stand-in voice of tests/piper_fake.py (no download, no network)."""

from __future__ import annotations

import hashlib
import itertools
import json
from pathlib import Path

import numpy as np
import pytest
from piper_fake import FRAMES_PER_ID, HOP, SAMPLE_RATE, TEXT, VOICE, install_tiny_voice

from audiocast.errors import EngineError
from audiocast.tts.cache import SynthCache, cache_key, synthesize_all
from audiocast.tts.piper_engine import PiperEngine, Timing, word_timings


@pytest.fixture(scope="module")
def voices_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("voices")
    install_tiny_voice(folder)
    return folder


def samples(clip) -> np.ndarray:
    return np.frombuffer(clip.raw_data, dtype="<i2")


def test_speaks_swedish_into_a_plausible_mono_clip(voices_dir: Path) -> None:
    engine = PiperEngine(VOICE, voices_dir=voices_dir)
    assert engine.check().ok, engine.check().detail
    clip = engine.synthesize(TEXT + ".")
    assert (clip.channels, clip.sample_width, clip.frame_rate) == (1, 2, SAMPLE_RATE)
    n = len(samples(clip))
    assert n % (HOP * FRAMES_PER_ID) == 0  # whole phoneme ids of 512 samples
    ids = n // int(HOP * FRAMES_PER_ID)
    # About one phoneme per letter, each followed by a pad id, plus the sentence markers.
    assert len(TEXT) < ids < 3 * len(TEXT)
    assert 1.0 < clip.duration_seconds < 10.0
    assert np.abs(samples(clip)).max() > 20000  # Piper scales each sentence to full range


def test_longer_text_gives_longer_audio_and_sentences_get_a_pause(voices_dir: Path) -> None:
    engine = PiperEngine(VOICE, voices_dir=voices_dir, sentence_silence=0.25)
    one = engine.synthesize("Skolan byggs i vår.")
    two = engine.synthesize("Skolan byggs i vår. Hallen rivs i höst.")
    assert len(samples(two)) > 2 * len(samples(one)) * 0.8
    gap = samples(two)[len(samples(one)):len(samples(one)) + round(0.25 * SAMPLE_RATE)]
    assert not gap.any()  # the pause after the first sentence is silent


@pytest.mark.parametrize(("rate", "factor"), [(2.0, 0.5), (0.5, 2.0)])
def test_rate_scales_the_length(voices_dir: Path, rate: float, factor: float) -> None:
    normal = PiperEngine(VOICE, voices_dir=voices_dir).synthesize(TEXT)
    other = PiperEngine(VOICE, rate, voices_dir=voices_dir).synthesize(TEXT)
    assert len(samples(other)) == factor * len(samples(normal))


def test_cache_key_holds_model_checksum_and_rate(voices_dir: Path, tmp_path: Path) -> None:
    a = PiperEngine(VOICE, voices_dir=voices_dir)
    model = voices_dir / VOICE / f"{VOICE}.onnx"
    assert a.settings()["model_sha256"] == hashlib.sha256(model.read_bytes()).hexdigest()
    assert cache_key(a, TEXT) == cache_key(PiperEngine(VOICE, voices_dir=voices_dir), TEXT)
    assert cache_key(a, TEXT) == cache_key(PiperEngine(str(model)), TEXT)  # a name or its path: same voice
    assert cache_key(a, TEXT) != cache_key(PiperEngine(VOICE, 1.25, voices_dir=voices_dir), TEXT)
    other = tmp_path / "other"
    install_tiny_voice(other, tone_hz=330.0)  # same name and config, other weights
    assert cache_key(a, TEXT) != cache_key(PiperEngine(VOICE, voices_dir=other), TEXT)
    json.dumps(a.settings())


def test_missing_voice_says_how_to_install_it(tmp_path: Path) -> None:
    engine = PiperEngine("sv_SE-lisa-medium", voices_dir=tmp_path)
    status = engine.check()
    assert not status.ok
    assert "no Piper voice sv_SE-lisa-medium installed" in status.detail
    assert "run: audiocast voices download sv_SE-lisa-medium" in status.detail
    with pytest.raises(EngineError, match="audiocast voices download sv_SE-lisa-medium"):
        engine.synthesize("Hej.")


def test_model_path_needs_its_config(voices_dir: Path, tmp_path: Path) -> None:
    lone = tmp_path / "lone.onnx"
    lone.write_bytes((voices_dir / VOICE / f"{VOICE}.onnx").read_bytes())
    status = PiperEngine(str(lone)).check()
    assert not status.ok and "no config lone.onnx.json" in status.detail
    assert not PiperEngine(str(tmp_path / "nowhere.onnx")).check().ok


def test_damaged_model_is_a_clear_error(tmp_path: Path) -> None:
    model = install_tiny_voice(tmp_path)
    model.write_bytes(b"not a model")
    status = PiperEngine(VOICE, voices_dir=tmp_path).check()
    assert not status.ok and "download it again" in status.detail


@pytest.mark.parametrize("rate", [0.3, 2.5])
def test_rate_out_of_range(rate: float) -> None:
    with pytest.raises(EngineError, match="0.5 to 2"):
        PiperEngine(VOICE, rate)


def test_clips_go_through_the_cache(voices_dir: Path, tmp_path: Path) -> None:
    engine = PiperEngine(VOICE, voices_dir=voices_dir)
    cache = SynthCache(tmp_path / "cache")
    texts = ["Hallen blir 40 meter lång.", "Den rivs när den nya är klar.", "Hallen blir 40 meter lång."]
    first, stats = synthesize_all(engine, texts, cache)
    assert (stats.hits, stats.misses) == (0, 2)
    again, stats = synthesize_all(PiperEngine(VOICE, voices_dir=voices_dir), texts, cache)
    assert (stats.hits, stats.misses) == (2, 0)
    assert [c.raw_data for c in again] == [c.raw_data for c in first]


def test_phoneme_timings_cover_the_clip(voices_dir: Path) -> None:
    engine = PiperEngine(VOICE, voices_dir=voices_dir, alignments=True, sentence_silence=0.2)
    text = "Skolan byggs i vår. Hallen rivs i höst."
    clip, timings = engine.synthesize_with_timings(text)
    assert clip.raw_data == PiperEngine(VOICE, voices_dir=voices_dir, sentence_silence=0.2).synthesize(text).raw_data
    assert timings[0].start == 0 and timings[-1].end == len(samples(clip))
    assert all(a.end == b.start for a, b in itertools.pairwise(timings))
    labels = [t.label for t in timings]
    assert labels.count("^") == labels.count("$") == 2 and labels.count("_") == 1
    # Each phoneme of the stand-in lasts its own id plus the pad after it: 2 × 512 samples.
    assert {t.end - t.start for t in timings if t.label not in "^$_"} == {1024}
    words = word_timings(timings)
    assert len(words) == len(text.split())
    assert all(w.label and w.end > w.start for w in words)


def test_timings_need_an_alignment_output(voices_dir: Path) -> None:
    with pytest.raises(EngineError, match="patch_voice_with_alignment"):
        PiperEngine(VOICE, voices_dir=voices_dir).synthesize_with_timings("Hej.")


def test_word_timings_groups_phonemes() -> None:
    t = [Timing(0, 5, "^"), Timing(5, 7, "h"), Timing(7, 9, "ɛ"), Timing(9, 10, "j"), Timing(10, 11, " "),
         Timing(11, 13, "d"), Timing(13, 15, "ɔ"), Timing(15, 16, "."), Timing(16, 20, "$")]
    assert word_timings(t) == [Timing(5, 10, "hɛj"), Timing(11, 15, "dɔ")]


# --- "auto" and the user's voice choice (the registry) ------------------------------------------


def test_auto_prefers_an_installed_piper_voice(tmp_path: Path) -> None:
    from audiocast.tts.registry import VoiceChoice, resolve_engine

    install_tiny_voice(tmp_path, name="sv_SE-alma-medium")
    install_tiny_voice(tmp_path, name="sv_SE-nst-medium")
    engine, line = resolve_engine("auto", choice=VoiceChoice(voices_dir=tmp_path), endpoint="http://127.0.0.1:9/")
    assert isinstance(engine, PiperEngine) and engine.voice == "sv_SE-nst-medium"  # the catalog's first
    assert line == "piper sv_SE-nst-medium (installed, offline)"
    chosen, line = resolve_engine("auto", choice=VoiceChoice("sv_SE-alma-medium", 1.25, tmp_path))
    assert chosen.voice == "sv_SE-alma-medium" and line == "piper sv_SE-alma-medium (installed, offline, rate 1.25)"
    assert isinstance(chosen, PiperEngine) and chosen.rate == 1.25


def test_auto_without_the_chosen_voice_says_why_it_took_another(tmp_path: Path, fake_gtts) -> None:
    from audiocast.tts.gtts_engine import GttsEngine
    from audiocast.tts.registry import VoiceChoice, resolve_engine

    install_tiny_voice(tmp_path, name="sv_SE-nst-medium")
    choice = VoiceChoice("sv_SE-lisa-medium", voices_dir=tmp_path)
    engine, line = resolve_engine("auto", choice=choice, endpoint=fake_gtts.url)
    assert isinstance(engine, GttsEngine)
    assert line == "gtts sv (Piper voice sv_SE-lisa-medium not installed; Google reachable)"
    broken = install_tiny_voice(tmp_path / "broken", name="sv_SE-nst-medium")
    broken.write_bytes(b"not a model")
    _, line = resolve_engine("auto", choice=VoiceChoice(voices_dir=tmp_path / "broken"), endpoint=fake_gtts.url)
    assert line is not None and line.startswith("gtts sv (Piper voice sv_SE-nst-medium does not load: ")


def test_voice_choice_from_the_configuration(tmp_path: Path) -> None:
    from audiocast.config import load_config
    from audiocast.tts.espeak import EspeakEngine
    from audiocast.tts.registry import VoiceChoice, get_engine

    cfg = tmp_path / "audiocast.toml"
    cfg.write_text("[render]\nvoice = 'röster/egen.onnx'\nrate = 0.8\nvoices_dir = '~/röster'\n", encoding="utf-8")
    choice = VoiceChoice.from_config(load_config(cfg))
    assert choice == VoiceChoice(str(tmp_path / "röster" / "egen.onnx"), 0.8, Path.home() / "röster")
    piper = get_engine("piper", choice)
    assert isinstance(piper, PiperEngine) and piper.voice == "egen" and piper.rate == 0.8
    espeak = get_engine("espeak", choice)
    assert isinstance(espeak, EspeakEngine) and espeak.relative_rate == 0.8
    assert "relative_rate" not in get_engine("espeak", VoiceChoice()).settings()
    assert get_engine("gtts", choice).settings() == get_engine("gtts").settings()  # one pace, one voice
    default = get_engine("piper", VoiceChoice())
    assert isinstance(default, PiperEngine) and default.voice == "sv_SE-nst-medium" and default.rate == 1.0
