"""audiocast.audio: chime, assembly, loudness-normalised MP3 export, measuring.

Every check decodes or measures real audio with the imageio-ffmpeg binary.
"""

from __future__ import annotations

import os
import subprocess
import sys
import wave

import pytest
from mutagen.mp3 import MP3, BitrateMode

from audiocast import audio
from audiocast.audio import AudioSegment
from audiocast.errors import AudioError
from audiocast.models import Script, Segment, SegmentKind


def _script(pauses: list[int]) -> Script:
    segs = [
        Segment(spoken=f"mening {i}", written=f"Mening {i}.", kind=SegmentKind.SENTENCE,
                pause_after_ms=p, chapter=0)
        for i, p in enumerate(pauses)
    ]
    return Script(slug="test", title="Test", segments=segs, chapters=["Test"])


def _padded(signals, speech_ms: int, lead_ms: int, tail_ms: int, rate: int = 44100) -> AudioSegment:
    """Speech-like audio between stretches of digital silence, like a TTS clip."""
    silence = lambda ms: AudioSegment.silent(duration=ms, frame_rate=rate)  # noqa: E731
    body = signals.tone(speech_ms, 300.0, -10.0, rate=rate)
    return silence(lead_ms) + body + silence(tail_ms)


def _rms_window(seg: AudioSegment, start_ms: int, end_ms: int) -> float:
    return seg[start_ms:end_ms].rms


# ------------------------------------------------------------------ ffmpeg


def test_import_is_silent_and_needs_no_system_ffmpeg(tmp_path):
    env = {**os.environ, "PATH": str(tmp_path)}  # no ffmpeg, no ffprobe on PATH
    code = (
        "import audiocast.audio as a, audiocast.tts; from pathlib import Path;"
        # Nothing looked up at import; pydub is not pointed at ffmpeg (audiocast runs it itself).
        "assert a.ffmpeg_exe.cache_info().currsize == 0;"
        "assert a.AudioSegment.converter != a.ffmpeg_exe();"
        "import wave; s = a.make_chime(); w = wave.open('c.wav', 'wb'); w.setnchannels(1);"
        "w.setsampwidth(2); w.setframerate(44100); w.writeframes(s.raw_data); w.close();"
        "d = a.decode(Path('c.wav')); print(len(d), d.frame_rate)"
    )
    proc = subprocess.run([sys.executable, "-W", "error::RuntimeWarning", "-W", "error::DeprecationWarning", "-c", code], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert proc.stdout.split() == ["1500", "44100"]


_NO_PROCESS = """
import os, subprocess, sys

started = []

def refuse(*args, **kwargs):
    started.append(args[:1])  # recorded too, in case a library swallows the error
    raise AssertionError(f"a process was started at import: {args[:1]}")

class Refused(subprocess.Popen):
    def __init__(self, *args, **kwargs):
        refuse(*args)

subprocess.Popen = Refused
os.system = os.posix_spawn = os.posix_spawnp = os.execv = os.execve = refuse
import importlib, pkgutil
import audiocast.audio
names = sorted(m.name for m in pkgutil.iter_modules(audiocast.audio.__path__, "audiocast.audio."))
for name in names:
    importlib.import_module(name)
assert not started, started
assert audiocast.audio.ffmpeg_exe.cache_info().currsize == 0
print(len(names))
"""


def test_importing_the_audio_package_starts_no_process_and_needs_no_ffmpeg(tmp_path):
    env = {**os.environ, "PATH": str(tmp_path)}  # nothing on PATH
    proc = subprocess.run([sys.executable, "-W", "error::RuntimeWarning", "-W", "error::DeprecationWarning",
                           "-c", _NO_PROCESS], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert int(proc.stdout) >= 8  # every module of the package was imported


def test_missing_ffmpeg_binary_is_a_clear_error(monkeypatch):
    import imageio_ffmpeg

    def missing() -> str:
        raise RuntimeError("No ffmpeg exe could be found.")

    monkeypatch.setattr(imageio_ffmpeg, "get_ffmpeg_exe", missing)
    audio.ffmpeg_exe.cache_clear()
    try:
        with pytest.raises(AudioError, match="reinstall imageio-ffmpeg"):
            audio.ffmpeg_exe()
    finally:
        monkeypatch.undo()
        audio.ffmpeg_exe.cache_clear()
        audio.ffmpeg_exe()


# ------------------------------------------------------------------- chime


def test_make_chime_is_short_soft_and_clean():
    chime = audio.make_chime()
    assert (chime.frame_rate, chime.channels, chime.sample_width) == (44100, 1, 2)
    assert 1200 <= len(chime) <= 2000
    assert -9 < chime.max_dBFS < -3
    assert _rms_window(chime, 0, 200) > 0
    assert chime[-5:].max < 50  # fades out to silence: no click into the speech
    assert chime[:1].max < 2000  # soft attack


def test_make_chime_has_the_samples_of_the_sample_by_sample_loop():
    """The chime is computed with numpy; its samples are those the loop it replaced gave
    (episodes already published keep their sound)."""
    import array
    import math

    from audiocast.audio import chime as c

    total = int(c.CHIME_S * 44100)
    out = [0.0] * total
    attack = int(c.CHIME_ATTACK_S * 44100)
    for start_s, freq in c.CHIME_NOTES:
        start = int(start_s * 44100)
        w1 = 2 * math.pi * freq / 44100
        for n in range(total - start):
            env = (n / attack if n < attack else 1.0) * math.exp(-c.CHIME_DECAY_PER_S * n / 44100)
            out[start + n] += env * (c.CHIME_FUNDAMENTAL * math.sin(w1 * n) + c.CHIME_OCTAVE * math.sin(2 * w1 * n))
    fade = int(c.CHIME_FADE_S * 44100)
    for i in range(fade):
        out[total - fade + i] *= 1.0 - i / fade
    scale = c.CHIME_PEAK * 32767 / max(abs(v) for v in out)
    expected = array.array("h", (int(round(v * scale)) for v in out))
    assert array.array("h", audio.make_chime().raw_data) == expected


def test_load_chime_reads_a_file_and_rejects_bad_ones(tmp_path, signals):
    wav = tmp_path / "chime.wav"
    signals.tone(800, 660.0, -6.0, rate=22050).export(str(wav), format="wav")
    chime = audio.load_chime(wav)
    assert (chime.frame_rate, chime.channels) == (44100, 1)
    assert abs(len(chime) - 800) <= 2

    junk = tmp_path / "junk.wav"
    junk.write_bytes(b"this is not audio at all")
    with pytest.raises(AudioError, match="junk.wav.*not a readable audio file"):
        audio.load_chime(junk)
    with pytest.raises(AudioError, match="no such file"):
        audio.load_chime(tmp_path / "missing.mp3")


# ---------------------------------------------------------------- assemble


def test_assemble_places_clips_and_pauses_exactly(signals):
    chime = audio.make_chime()
    pauses = [300, 700, 1200]
    clips = [
        _padded(signals, 900, 120, 250),               # like Google's: silence at both ends
        _padded(signals, 1234, 40, 400, rate=22050),   # espeak's rate, resampled
        _padded(signals, 501, 0, 0),
    ]
    result, timeline = audio.assemble(_script(pauses), clips, chime)

    assert (result.frame_rate, result.channels, result.sample_width) == (44100, 1, 2)
    assert timeline.duration_ms == len(result)
    t = timeline.timings
    assert t[0].start_ms == len(chime) + audio.CHIME_GAP_MS
    for i in range(len(t) - 1):
        assert t[i + 1].start_ms == t[i].end_ms + pauses[i]
    assert timeline.duration_ms == t[-1].end_ms + pauses[-1]
    margin = 2 * audio.EDGE_MARGIN_MS
    for timing, speech_ms in zip(t, (900, 1234, 501), strict=True):
        assert speech_ms <= timing.end_ms - timing.start_ms <= speech_ms + margin + 1
    # The chime is at the very start, then silence until the first clip.
    assert result[:len(chime)].raw_data == audio.conform(chime).raw_data
    assert _rms_window(result, len(chime) + 5, t[0].start_ms) == 0
    # Speech where the timeline says, silence in every pause.
    for i, timing in enumerate(t):
        inner = timing.start_ms + audio.EDGE_MARGIN_MS + 5, timing.end_ms - audio.EDGE_MARGIN_MS - 5
        assert _rms_window(result, *inner) > 1000
        after_end = t[i + 1].start_ms if i + 1 < len(t) else timeline.duration_ms
        assert _rms_window(result, timing.end_ms + 1, after_end) == 0


def test_assemble_without_chime_and_with_empty_clips(signals):
    empty = AudioSegment.silent(duration=0, frame_rate=44100)
    silent = AudioSegment.silent(duration=500, frame_rate=44100)
    clips = [_padded(signals, 400, 10, 10), empty, silent]
    result, timeline = audio.assemble(_script([300, 300, 700]), clips, None)
    assert timeline.timings[0].start_ms == 0
    assert timeline.timings[1].start_ms == timeline.timings[1].end_ms  # nothing to say
    assert timeline.timings[2].start_ms == timeline.timings[2].end_ms
    assert timeline.duration_ms == len(result) == timeline.timings[0].end_ms + 1300


def test_assemble_needs_one_clip_per_segment(signals):
    with pytest.raises(AudioError, match="2 audio clips for 3 segments"):
        audio.assemble(_script([300, 300, 300]), [signals.tone(100)] * 2, None)


def test_assemble_is_linear_for_long_editions(signals, monkeypatch):
    """The episode is joined once, not grown clip by clip (quadratic): counted, not timed, as the
    audio made while assembling. Speed is measured by bench/bench_render.py."""
    clip = signals.tone(200)
    n = 3000  # ~30 minutes of clips and pauses
    made: list[int] = []  # bytes of every AudioSegment pydub derives (trim, resample, a + b, append)
    spawn = AudioSegment._spawn

    def counted_spawn(self: AudioSegment, *args: object, **kwargs: object) -> AudioSegment:
        made.append(len((seg := spawn(self, *args, **kwargs)).raw_data))
        return seg

    monkeypatch.setattr(AudioSegment, "_spawn", counted_spawn)
    result, timeline = audio.assemble(_script([400] * n), [clip] * n, None)
    assert len(result) == timeline.duration_ms >= n * 600 - 1
    assert made, "the clips were trimmed through _spawn (else this count sees nothing)"
    assert max(made) * 100 < len(result.raw_data)  # nothing episode-sized but the episode
    assert sum(made) < 10 * len(result.raw_data)  # growing the episode would be ~n/2 times it


# --------------------------------------------------------------- loudness


def test_measure_loudness_of_a_reference_tone(tmp_path, signals):
    # BS.1770: a 1 kHz sine at -20 dBFS in one channel reads -23 LUFS.
    path = tmp_path / "ref.wav"
    signals.tone(3000, 997.0, -20.0).export(str(path), format="wav")
    loud = audio.measure_loudness(path)
    assert loud.integrated_lufs == pytest.approx(-23.0, abs=0.2)
    assert loud.true_peak_dbtp == pytest.approx(-20.0, abs=0.3)
    assert loud.lra >= 0.0


@pytest.mark.parametrize("level_db", [-45.0, -12.0, 6.0], ids=["very-quiet", "normal", "clipping"])
def test_export_mp3_hits_the_loudness_target(tmp_path, signals, level_db):
    speech = signals.speechlike(5000, level_db)
    dest = tmp_path / "episode.mp3"
    loud = audio.export_mp3(speech, dest)

    measured = audio.measure_loudness(dest)
    # export_mp3 reports what it made (measured on the PCM, allowing for the codec).
    assert measured.integrated_lufs == pytest.approx(loud.integrated_lufs, abs=0.3)
    assert measured.true_peak_dbtp == pytest.approx(loud.true_peak_dbtp, abs=1.0)
    assert measured.integrated_lufs == pytest.approx(-16.0, abs=1.0)
    assert measured.true_peak_dbtp <= -1.0
    info = MP3(dest).info
    assert info.sample_rate == 44100
    assert info.channels == 1
    assert info.bitrate >= 96000
    assert info.bitrate_mode != BitrateMode.VBR
    decoded = audio.decode(dest)
    assert (decoded.frame_rate, decoded.channels) == (44100, 1)
    assert abs(len(decoded) - len(speech)) <= 50
    assert abs(audio.duration_ms(dest) - len(speech)) <= 50


def test_export_mp3_limits_peaks_and_keeps_timing(tmp_path, signals):
    # Quiet speech with one loud click at 3.000 s: reaching -16 LUFS needs a
    # lot of gain, so the click must be limited; it must not move in time.
    speech = signals.speechlike(6000, -30.0)
    samples = signals.segment_samples(speech)
    click = 3 * 44100
    for k in range(44):  # a 1 ms pulse (survives the MP3 low-pass)
        samples[click + k] = 30000
    dest = tmp_path / "click.mp3"
    loud = audio.export_mp3(signals.pcm_segment(samples), dest)
    assert loud.true_peak_dbtp <= -1.0
    assert loud.integrated_lufs == pytest.approx(-16.0, abs=1.0)

    decoded = signals.segment_samples(audio.decode(dest))
    peak_at = max(range(len(decoded)), key=lambda i: abs(decoded[i]))
    assert abs(peak_at / 44100 - 3.0) <= 0.005


def test_export_mp3_is_deterministic(tmp_path, signals):
    speech = signals.speechlike(3000, -20.0)
    a, b = tmp_path / "a.mp3", tmp_path / "b.mp3"
    audio.export_mp3(speech, a)
    audio.export_mp3(speech, b)
    assert a.read_bytes() == b.read_bytes()


def test_export_mp3_rejects_bad_input(tmp_path, signals):
    with pytest.raises(AudioError, match="bitrate"):
        audio.export_mp3(signals.tone(500), tmp_path / "x.mp3", bitrate="64k")
    with pytest.raises(AudioError, match="silent"):
        audio.export_mp3(AudioSegment.silent(duration=2000, frame_rate=44100), tmp_path / "x.mp3")


def test_export_mp3_higher_bitrate(tmp_path, signals):
    dest = tmp_path / "hi.mp3"
    audio.export_mp3(signals.speechlike(2000, -12.0), dest, bitrate="192k")
    assert MP3(dest).info.bitrate >= 190000


# ----------------------------------------------------------------- decode


def test_decode_keeps_or_converts_format(tmp_path, signals):
    path = tmp_path / "in.wav"
    signals.tone(700, 440.0, -6.0, rate=22050).export(str(path), format="wav")
    native = audio.decode(path)
    assert (native.frame_rate, native.channels, len(native)) == (22050, 1, 700)
    converted = audio.decode(path, frame_rate=44100)
    assert converted.frame_rate == 44100 and abs(len(converted) - 700) <= 1
    with wave.open(str(path)) as w:
        assert w.getnframes() == native.frame_count()
    with pytest.raises(AudioError, match="no such audio file"):
        audio.decode(tmp_path / "nope.mp3")


@pytest.mark.parametrize("scale_db", [-24.0, 0.0], ids=["quiet-voice", "full-voice"])
def test_export_mp3_on_real_espeak_speech(tmp_path, scale_db):
    # espeak-ng's own output is peaky (true peaks near 0 dBFS at about -21 LUFS),
    # so reaching -16 LUFS needs the limiter on many syllables.
    from audiocast.models import Script, Segment, SegmentKind
    from audiocast.tts import EspeakEngine

    engine = EspeakEngine()
    texts = [
        "Kommunfullmäktige i Växjö beslutade på måndagskvällen att bygga en ny skola i Teleborg.",
        "Skolan ska stå klar hösten tjugohundratjugosju och ha plats för fyrahundra elever.",
        "– Det här har vi väntat på länge, säger en förälder.",
    ]
    clips = [engine.synthesize(t).apply_gain(scale_db) for t in texts]
    script = Script("s", "T", [Segment(t, t, SegmentKind.SENTENCE, 400, 0) for t in texts], ["T"])
    episode, timeline = audio.assemble(script, clips, audio.make_chime())
    dest = tmp_path / "espeak.mp3"
    loud = audio.export_mp3(episode, dest)
    measured = audio.measure_loudness(dest)
    assert measured.integrated_lufs == pytest.approx(-16.0, abs=1.0)
    assert measured.true_peak_dbtp <= -1.0
    assert measured.integrated_lufs == pytest.approx(loud.integrated_lufs, abs=0.3)
    decoded = audio.decode(dest)
    assert abs(len(decoded) - timeline.duration_ms) <= 5
    # Speech where the timeline says: the limiter moves nothing in time.
    for timing in timeline.timings:
        assert decoded[timing.start_ms + 20 : timing.end_ms - 20].rms > 100
    again = tmp_path / "again.mp3"
    audio.export_mp3(episode, again)
    assert again.read_bytes() == dest.read_bytes()


def test_assemble_file_writes_the_same_samples_and_timeline(signals):
    script = _script([120, 0, 300])
    clips = [signals.tone(300), signals.tone(250, rate=22050), signals.tone(90)]
    chime = audio.make_chime()
    seg, timeline = audio.assemble(script, clips, chime)
    pcm, file_timeline = audio.assemble_file(script, clips, chime)
    with pcm:
        assert file_timeline == timeline
        assert pcm.frames == seg.frame_count()
        assert pcm.samples(0, pcm.frames).astype("<i2").tobytes() == seg.raw_data


def test_export_mp3_from_a_file_equals_from_memory(tmp_path, signals):
    speech = signals.speechlike(3000, -14.0)
    pcm = audio.PcmFile()
    pcm.write(speech.raw_data)
    with pcm.done():
        audio.export_mp3(pcm, tmp_path / "file.mp3")
    audio.export_mp3(speech, tmp_path / "memory.mp3")
    assert (tmp_path / "file.mp3").read_bytes() == (tmp_path / "memory.mp3").read_bytes()
