"""espeak-ng in a pool of worker processes ([render] synth_workers): the same clips, keys and
word events as in one process, spoken several at a time. Speed itself is measured in bench/."""

from __future__ import annotations

import pytest

from audiocast.config import load_config
from audiocast.errors import EngineError
from audiocast.tts import EspeakEngine, SynthCache, VoiceChoice, cache_key, get_engine, synthesize_all
from audiocast.tts.cache import offline_concurrency
from audiocast.tts.espeak import shutdown_pools

TEXTS = [
    "Kommunen bygger en ny skola i Teleborg.",
    "Skolan ska ha plats för fyrahundra elever.",
    "Beslutet togs av nämnden i Tumba den tredje november.",
    "Kommunen bygger en ny skola i Teleborg.",
]


@pytest.fixture(scope="module", autouse=True)
def _stop_pools():
    yield
    shutdown_pools()


def test_pool_speaks_every_text_in_order(tmp_path):
    pooled = EspeakEngine(processes=2)
    clips, stats = synthesize_all(pooled, TEXTS, SynthCache(tmp_path / "pooled"))
    alone, _ = synthesize_all(EspeakEngine(), TEXTS, SynthCache(tmp_path / "alone"))
    assert stats.misses == 3 and stats.hits == 0  # the repeated text is spoken once
    assert clips[0] is clips[3]
    for mine, theirs in zip(clips, alone, strict=True):
        assert mine.frame_rate == theirs.frame_rate and mine.sample_width == 2 and mine.channels == 1
        # espeak-ng's pitch flutter carries over from one utterance to the next, so a clip's
        # length varies by a few samples with what the process spoke before; never more.
        assert abs(len(mine.raw_data) - len(theirs.raw_data)) < 0.02 * len(theirs.raw_data)


def test_pool_gives_word_events():
    clip, events = EspeakEngine(processes=2).synthesize_with_timings(TEXTS[2])
    assert len(clip.raw_data) > 0
    assert [TEXTS[2][e.start:e.end] for e in events][:3] == ["Beslutet", "togs", "av"]


def test_processes_do_not_change_the_cache_key():
    assert cache_key(EspeakEngine(processes=2), TEXTS[0]) == cache_key(EspeakEngine(), TEXTS[0])


def test_concurrency_follows_the_pool_and_wrappers():
    pooled = EspeakEngine(processes=3)

    class Wrapper(EspeakEngine):
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

    assert offline_concurrency(pooled) == 3
    assert offline_concurrency(Wrapper(pooled)) == 3
    assert offline_concurrency(EspeakEngine()) == 1


def test_synth_workers_from_config(tmp_path):
    toml = tmp_path / "audiocast.toml"
    toml.write_text("[render]\nsynth_workers = 3\n", encoding="utf-8")
    engine = get_engine("espeak", VoiceChoice.from_config(load_config(toml)))
    assert isinstance(engine, EspeakEngine) and engine.processes == 3
    assert get_engine("espeak", VoiceChoice(synth_workers=1)).processes == 1


def test_bad_process_count():
    with pytest.raises(EngineError, match="1 to 64"):
        EspeakEngine(processes=0)


def test_one_espeak_process_unless_configured():
    """One process by default: a cold render is then reproducible byte for byte."""
    assert get_engine("espeak", VoiceChoice()).processes == 1
