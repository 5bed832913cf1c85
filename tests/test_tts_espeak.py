"""The offline espeak-ng voice, the engine registry and the synthesis cache."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from audiocast import audio
from audiocast.errors import EngineError
from audiocast.tts import (
    ENGINE_NAMES,
    Engine,
    EspeakEngine,
    GttsEngine,
    SynthCache,
    cache_key,
    get_engine,
    synthesize_all,
)
from audiocast.tts.espeak import DEFAULT_RATE

SHORT = "Kommunen bygger en ny skola i Teleborg."
LONG = (
    "Kommunfullmäktige i Växjö beslutade på måndagskvällen att bygga en ny skola i Teleborg. "
    "Skolan ska stå klar hösten tjugohundratjugosju och ha plats för fyrahundra elever."
)


class CountingEspeak(EspeakEngine):
    """espeak-ng that counts how often it really speaks."""

    def __init__(self, **kw):
        super().__init__(**kw)
        self.calls = 0
        self.lock = threading.Lock()

    def _synthesize(self, text):
        with self.lock:
            self.calls += 1
        return super()._synthesize(text)


def test_espeak_speaks_swedish():
    engine = EspeakEngine()
    assert engine.check().ok
    clip = engine.synthesize(SHORT)
    assert clip.channels == 1 and clip.sample_width == 2
    assert clip.frame_rate == engine.sample_rate == 22050
    assert 1000 <= len(clip) <= 6000
    assert clip.dBFS > -35  # real speech, not silence
    longer = engine.synthesize(LONG)
    assert len(longer) > 2 * len(clip)
    # A slower rate gives longer audio for the same text.
    assert len(EspeakEngine(rate=120).synthesize(SHORT)) > len(clip) * 1.15


def test_relative_rate_scales_the_pace_and_enters_the_key_only_when_set():
    """``[render] rate`` for espeak: a factor on its own 155 words per minute. Unset, the
    settings (and so every cache key and episode file name) are exactly as before."""
    plain = EspeakEngine()
    assert "relative_rate" not in plain.settings()
    assert cache_key(EspeakEngine(relative_rate=None), SHORT) == cache_key(plain, SHORT)
    fast = EspeakEngine(relative_rate=1.5)
    assert fast.rate == round(DEFAULT_RATE * 1.5) and fast.settings()["relative_rate"] == 1.5
    assert cache_key(fast, SHORT) != cache_key(plain, SHORT)
    assert EspeakEngine(relative_rate=0.5).rate == 80  # espeak-ng's slowest
    normal, quick = plain.synthesize(LONG), fast.synthesize(LONG)
    assert 0.55 < len(quick) / len(normal) < 0.8
    with pytest.raises(EngineError, match="0.5 to 2"):
        EspeakEngine(relative_rate=3.0)


def test_espeak_settings_and_validation():
    engine = EspeakEngine()
    settings = engine.settings()
    assert settings["voice"] == "sv" and 150 <= settings["rate"] <= 160
    assert engine.name == "espeak" and not engine.is_network
    assert engine.synthesize("   ").raw_data == b""
    with pytest.raises(EngineError, match="rate"):
        EspeakEngine(rate=1000)
    bad = EspeakEngine(voice="xx-nonexistent")
    assert not bad.check().ok
    with pytest.raises(EngineError, match="no voice 'xx-nonexistent'"):
        bad.synthesize("hej")
    # The library is global: a good voice works again after a bad one.
    assert len(engine.synthesize("hej")) > 100


def test_espeak_is_safe_from_threads():
    engine = EspeakEngine()
    texts = [f"Mening nummer {i}." for i in range(6)]
    with ThreadPoolExecutor(4) as pool:
        clips = list(pool.map(engine.synthesize, texts))
    alone = [engine.synthesize(t) for t in texts]
    # espeak-ng carries a little wave state from one utterance to the next, so
    # clips differ by a few samples; interleaved (broken) calls would differ a lot.
    for threaded, single in zip(clips, alone, strict=True):
        assert abs(len(threaded) - len(single)) <= 5
        assert abs(threaded.dBFS - single.dBFS) < 0.5


def test_cache_hit_avoids_synthesis(tmp_path):
    engine = CountingEspeak()
    cache = SynthCache(tmp_path / "cache")
    texts = [SHORT, "Hej.", SHORT, LONG]
    done: list[int] = []
    clips, stats = synthesize_all(engine, texts, cache, progress=done.append)
    assert (stats.hits, stats.misses) == (0, 3)
    assert engine.calls == 3  # the repeated text is spoken once
    assert sum(done) == len(texts)
    assert clips[0].raw_data == clips[2].raw_data

    again = CountingEspeak()
    clips2, stats2 = synthesize_all(again, texts, cache)
    assert again.calls == 0
    assert (stats2.hits, stats2.misses) == (3, 0)
    assert [c.raw_data for c in clips2] == [c.raw_data for c in clips]
    assert clips2[0].frame_rate == 22050

    # Files are content-addressed under root/ab/abcdef....wav, with no temp files left.
    files = sorted(p.relative_to(cache.root) for p in cache.root.rglob("*") if p.is_file())
    assert len(files) == 3
    for f in files:
        assert f.suffix == ".wav" and f.parts[0] == f.name[:2] and len(f.stem) == 64

    # Another rate is another voice: not served from the cache.
    slower = CountingEspeak(rate=130)
    synthesize_all(slower, [SHORT], cache)
    assert slower.calls == 1


def test_cache_ignores_a_damaged_file(tmp_path):
    engine = CountingEspeak()
    cache = SynthCache(tmp_path)
    cache.path_for(engine, "Hej.").parent.mkdir(parents=True)
    cache.path_for(engine, "Hej.").write_bytes(b"RIFF garbage")
    clips, stats = synthesize_all(engine, ["Hej."], cache)
    assert stats.misses == 1 and len(clips[0]) > 100
    assert cache.get(engine, "Hej.") is not None


def test_cache_key_covers_engine_settings_and_text():
    a = EspeakEngine()
    assert cache_key(a, "Hej") == cache_key(EspeakEngine(), "Hej")
    assert cache_key(a, "Hej") != cache_key(a, "Hej!")
    assert cache_key(a, "Hej") != cache_key(EspeakEngine(pitch=60), "Hej")
    assert cache_key(GttsEngine(), "Hej") != cache_key(GttsEngine(tld="se"), "Hej")


def test_engine_registry():
    assert ENGINE_NAMES == ("auto", "gtts", "espeak", "piper")
    assert isinstance(get_engine("espeak"), EspeakEngine)
    assert isinstance(get_engine("gtts", tld="se"), GttsEngine)
    with pytest.raises(EngineError, match="auto, gtts, espeak, piper"):
        get_engine("festival")
    with pytest.raises(EngineError, match="bad option"):
        get_engine("espeak", colour="blue")
    assert issubclass(EspeakEngine, Engine)


def test_espeak_clip_through_assembly_and_export(tmp_path):
    from audiocast.models import Script, Segment, SegmentKind

    engine = EspeakEngine()
    texts = [SHORT, "Det meddelar kommunen."]
    clips, _ = synthesize_all(engine, texts, SynthCache(tmp_path / "c"))
    script = Script("s", "T", [Segment(t, t, SegmentKind.SENTENCE, 300, 0) for t in texts], ["T"])
    episode, timeline = audio.assemble(script, clips, audio.make_chime())
    loud = audio.export_mp3(episode, tmp_path / "e.mp3")
    assert abs(loud.integrated_lufs + 16) <= 1 and loud.true_peak_dbtp <= -1
    assert abs(audio.duration_ms(tmp_path / "e.mp3") - timeline.duration_ms) <= 50


def test_every_engine_name_but_auto_has_one_registered_engine():
    """A new engine is one EngineName member plus one registry entry; this keeps the two in step."""
    from audiocast.tts import EngineName
    from audiocast.tts.registry import _ENGINES

    assert set(_ENGINES) == set(EngineName) - {EngineName.AUTO}
    for name, factory in _ENGINES.items():
        engine = factory()
        assert isinstance(engine, Engine) and type(get_engine(name)) is type(engine)
        assert engine.name == name and isinstance(engine.name, str)
    assert get_engine("espeak").name == "espeak"
    with pytest.raises(EngineError, match="'auto' is chosen with resolve_engine"):
        get_engine("auto")


def test_the_package_exports_every_name_lazily_and_imports_no_engine_for_the_names():
    """``import audiocast.config`` (and so the CLI) must not load numpy, pydub, gTTS or an engine."""
    import subprocess
    import sys

    import audiocast.tts as tts

    for name in tts.__all__:
        assert getattr(tts, name) is not None
    code = (
        "import sys, audiocast.cli, audiocast.config;"
        "heavy = [m for m in ('numpy', 'pydub', 'gtts', 'requests', 'audiocast.audio', 'audiocast.tts.base')"
        " if m in sys.modules]; print(heavy)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
