"""Google's voice through gTTS, against a fake of its endpoint on 127.0.0.1."""

from __future__ import annotations

import pytest

from audiocast import audio
from audiocast.errors import EngineError
from audiocast.tts import EspeakEngine, GttsEngine, SynthCache, resolve_engine, synthesize_all

pytestmark = pytest.mark.usefixtures("no_proxy")


def _engine(fake, **kw) -> GttsEngine:
    kw.setdefault("backoff", 0.01)
    return GttsEngine(endpoint=fake.url, **kw)


def test_fake_speaks_gtts_wire_format(fake_gtts, monkeypatch):
    """gTTS itself, pointed at the fake, finds the audio: the fake's replies are faithful."""
    import gtts.tts

    base = fake_gtts.url.split("/_/")[0]
    monkeypatch.setattr(gtts.tts, "_translate_url", lambda tld="com", path="": f"{base}/{path}")
    mp3 = b"".join(gtts.tts.gTTS("Hej", lang="sv", lang_check=False).stream())
    assert mp3 == fake_gtts.mp3


def test_synthesizes_swedish(fake_gtts):
    engine = _engine(fake_gtts)
    clip = engine.synthesize("Hej världen.")
    assert (clip.frame_rate, clip.channels, clip.sample_width) == (24000, 1, 2)  # the replies' own rate
    assert 250 <= len(clip) <= 400  # the fake's 300 ms tone
    assert clip.dBFS > -20
    assert fake_gtts.requests == [("Hej världen.", "sv", None)]
    assert engine.is_network and engine.name == "gtts" and engine.voice == "sv"

    GttsEngine(endpoint=fake_gtts.url, slow=True).synthesize("Långsamt.")
    assert fake_gtts.requests[-1] == ("Långsamt.", "sv", True)


def test_long_text_goes_in_pieces(fake_gtts):
    text = " ".join(f"Kommunen bygger en ny skola i {place}, och den ska stå klar om {n} år."
                    for place, n in (("Teleborg", "två"), ("Alby", "tre"), ("Tumba", "fyra")))
    clip = _engine(fake_gtts).synthesize(text)
    n = len(fake_gtts.requests)
    assert n >= 3 and all(len(t) <= 100 for t, _, _ in fake_gtts.requests)
    assert n * 300 <= len(clip) <= n * 400  # each piece decoded whole, with its MP3 padding


def test_a_piece_said_again_is_requested_once(fake_gtts):
    engine = _engine(fake_gtts)
    sentence = "Kommunen bygger en ny skola i Teleborg, och den ska stå klar om två år."
    first = engine.synthesize(" ".join([sentence] * 3))
    again = engine.synthesize(sentence)
    texts = [t for t, _, _ in fake_gtts.requests]
    assert len(texts) == len(set(texts))  # every distinct piece asked for once
    assert len(first) >= 3 * len(again) - 30


def test_retries_after_server_errors(fake_gtts):
    fake_gtts.fail_next = [500, 503]
    clip = _engine(fake_gtts, retries=3).synthesize("Hej.")
    assert len(clip) > 200
    assert len(fake_gtts.requests) == 3


def test_persistent_server_error_is_clear(fake_gtts):
    fake_gtts.fail_next = [500] * 10
    with pytest.raises(EngineError, match=r"500 .*Probable cause: Upstream API error.*--engine espeak"):
        _engine(fake_gtts, retries=2).synthesize("Hej.")
    assert len(fake_gtts.requests) == 3


def test_client_error_is_not_retried(fake_gtts):
    fake_gtts.fail_next = [403]
    with pytest.raises(EngineError, match=r"403 .*Probable cause: Bad token or upstream API changes"):
        _engine(fake_gtts, retries=3).synthesize("Hej.")
    assert len(fake_gtts.requests) == 1


def test_reply_without_audio_is_clear(fake_gtts):
    fake_gtts.no_audio = True
    with pytest.raises(EngineError, match="without audio"):
        _engine(fake_gtts).synthesize("Hej.")


def test_unreachable_host_is_clear(closed_port_url):
    engine = GttsEngine(endpoint=closed_port_url, retries=1, backoff=0.01)
    with pytest.raises(EngineError, match=r"cannot reach 127\.0\.0\.1:\d+ \(no internet\?\)"):
        engine.synthesize("Hej.")
    status = engine.check(timeout=1.0)
    assert not status.ok and "cannot reach" in status.detail


def test_nothing_to_say_sends_nothing(fake_gtts):
    engine = _engine(fake_gtts)
    assert len(engine.synthesize("  ")) == 0
    assert len(engine.synthesize("...")) == 0
    assert fake_gtts.requests == []


def test_parallel_synthesis_with_cache(fake_gtts, tmp_path):
    fake_gtts.delay = 0.1
    engine = _engine(fake_gtts)
    cache = SynthCache(tmp_path / "cache")
    texts = [f"Mening nummer {i}." for i in range(8)] + ["Mening nummer 0."]
    clips, stats = synthesize_all(engine, texts, cache, workers=4)
    assert (stats.hits, stats.misses) == (0, 8)
    assert len(fake_gtts.requests) == 8  # the repeated text is asked for once
    assert sorted(t for t, _, _ in fake_gtts.requests) == sorted(set(texts))
    assert 2 <= fake_gtts.max_active <= 4
    assert len(clips) == 9 and all(len(c) > 200 for c in clips)

    fake_gtts.requests.clear()
    clips2, stats2 = synthesize_all(_engine(fake_gtts), texts, cache, workers=4)
    assert fake_gtts.requests == []
    assert (stats2.hits, stats2.misses) == (8, 0)
    assert [c.raw_data for c in clips2] == [c.raw_data for c in clips]


def test_parallel_failure_stops_with_engine_error(fake_gtts, tmp_path):
    fake_gtts.fail_next = [403]
    with pytest.raises(EngineError, match="403"):
        synthesize_all(_engine(fake_gtts), [f"Text {i}." for i in range(6)], SynthCache(tmp_path))


def test_auto_picks_gtts_when_no_piper_voice_is_installed_and_the_probe_answers(fake_gtts):
    engine, notice = resolve_engine("auto", probe_timeout=2.0, endpoint=fake_gtts.url)
    assert isinstance(engine, GttsEngine)
    assert notice == "gtts sv (no Piper voice installed; Google reachable)"
    assert len(fake_gtts.requests) == 1


def test_auto_falls_back_to_espeak_and_says_why(closed_port_url):
    engine, notice = resolve_engine("auto", probe_timeout=1.0, endpoint=closed_port_url)
    assert isinstance(engine, EspeakEngine) and notice is not None
    assert notice.startswith("espeak sv (no Piper voice installed; Google not reachable: cannot reach 127.0.0.1:")
    assert "\n" not in notice


def test_explicit_names_are_not_probed(closed_port_url):
    engine, notice = resolve_engine("gtts", endpoint=closed_port_url)
    assert isinstance(engine, GttsEngine) and notice is None
    engine, notice = resolve_engine("espeak")
    assert isinstance(engine, EspeakEngine) and notice is None
    with pytest.raises(EngineError, match="choose one of: auto, gtts, espeak"):
        resolve_engine("festival")


def test_an_episode_of_googles_replies_is_processed_at_their_rate_and_meets_the_targets(fake_gtts, tmp_path):
    from audiocast.audio.assembly import episode_rate
    from audiocast.models import Script, Segment, SegmentKind

    engine = _engine(fake_gtts)
    texts = ["Första meningen.", "Andra meningen.", "Tredje meningen."]
    clips = [engine.synthesize(t) for t in texts]
    script = Script("g", "T", [Segment(t, t, SegmentKind.SENTENCE, 300, 0) for t in texts], ["T"])
    pcm, timeline = audio.assemble_file(script, clips, audio.make_chime(), str(tmp_path))
    assert pcm.rate == episode_rate(clips) == 24000
    dest = tmp_path / "g.mp3"
    audio.export_mp3(pcm, dest)
    pcm.close()
    measured = audio.measure_loudness(dest)
    assert measured.integrated_lufs == pytest.approx(-16.0, abs=1.0) and measured.true_peak_dbtp <= -1.0
    assert abs(audio.duration_ms(dest) - timeline.duration_ms) <= 50
    # A clip cached at 44.1 kHz by an older version beside them: the episode is made at 44.1 kHz,
    # the replies resampled in this process, on the same milliseconds.
    old = audio.conform(clips[0])
    assert old.frame_rate == 44100 and abs(len(old) - len(clips[0])) <= 1
    mixed, mixed_timeline = audio.assemble_file(script, [old, *clips[1:]], audio.make_chime(), str(tmp_path))
    assert mixed.rate == 44100
    assert [t.start_ms for t in mixed_timeline.timings] == [t.start_ms for t in timeline.timings]
    mixed.close()
