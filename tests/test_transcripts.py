"""Transcripts with words: the Podcasting 2.0 JSON has one segment per word, the VTT short cues."""

from __future__ import annotations

import json
import re

from audiocast.models import Script, Segment, SegmentKind, Timeline, Timing
from audiocast.publish import write_sidecars
from audiocast.publish.sidecars import MAX_CUE_WORDS, caption_cues
from audiocast.timing import SegmentWords, WordTime

S = SegmentKind
WRITTEN = [
    ("Ny bro över Ljusnan", S.TITLE, 1200),
    ("Bron stängs i tre veckor, och bilarna får köra via rv 83 under tiden medan bussarna stannar vid torget.",
     S.SENTENCE, 700),
    ("Trafiken leds om", S.HEADING, 700),
    ("Telefon 08-123", S.FACTBOX, 0),
]


def _script() -> tuple[Script, Timeline, list[SegmentWords]]:
    segments, timings, words = [], [], []
    t = 500
    for text, kind, pause in WRITTEN:
        segments.append(Segment(text.lower(), text, kind, pause, 0))
        start = t
        seg_words = []
        for token in text.split():
            seg_words.append(WordTime(t, t + 200, token))
            t += 250
        timings.append(Timing(start, t - 50))
        words.append(SegmentWords(tuple(seg_words), estimated=False))
        t += pause
    return Script("bro", "Ny bro", segments, ["Bro"]), Timeline(timings, t + 500), words


def test_json_has_one_segment_per_written_word(tmp_path):
    script, timeline, words = _script()
    side = write_sidecars(tmp_path, "bro-1", script, timeline, "Ny bro", words)
    data = json.loads((tmp_path / side.transcript_json).read_text(encoding="utf-8"))
    bodies = [s["body"] for s in data["segments"]]
    assert bodies == [w for text, _, _ in WRITTEN for w in text.split()]
    assert data["segments"][0] == {"startTime": 0.5, "endTime": 0.7, "body": "Ny"}
    assert data["audiocast"]["timing"] == "synthesis"
    blocks = data["audiocast"]["blocks"]
    assert [b["kind"] for b in blocks] == ["title", "sentence", "heading", "factbox"]
    assert sum(b["words"] for b in blocks) == len(bodies)
    assert [b["end"] for b in blocks] == ["section", "paragraph", "paragraph", "sentence"]


def test_vtt_cues_are_short_and_end_with_their_clause(tmp_path):
    script, timeline, words = _script()
    cues = caption_cues(script, timeline, words)
    assert all(len(c.text.split()) <= MAX_CUE_WORDS for c in cues)
    texts = [c.text for c in cues]
    assert "Bron stängs i tre veckor," in texts, "a clause ends its cue"
    assert all(a.end_ms <= b.start_ms for a, b in zip(cues, cues[1:], strict=False))
    first = cues[0]
    assert (first.start_ms, first.end_ms) == (500, 500 + 3 * 250 + 200)
    side = write_sidecars(tmp_path, "bro-1", script, timeline, "Ny bro", words)
    vtt = (tmp_path / side.vtt).read_text(encoding="utf-8")
    assert "NOTE" not in vtt, "timed by the voice: nothing to warn about"
    assert len(re.findall(r" --> ", vtt)) == len(cues)


def test_estimated_timing_is_said_in_both_files(tmp_path):
    script, timeline, words = _script()
    mixed = [*words[:2], *(SegmentWords(w.words, estimated=True) for w in words[2:])]
    side = write_sidecars(tmp_path, "bro-2", script, timeline, "Ny bro", mixed)
    data = json.loads((tmp_path / side.transcript_json).read_text(encoding="utf-8"))
    assert data["audiocast"]["timing"] == "mixed"
    assert (tmp_path / side.vtt).read_text(encoding="utf-8").startswith("WEBVTT\n\nNOTE\n")
    side = write_sidecars(tmp_path, "bro-3", script, timeline, "Ny bro")  # no word timings at all
    data = json.loads((tmp_path / side.transcript_json).read_text(encoding="utf-8"))
    assert data["audiocast"]["timing"] == "estimated"
    assert [s["body"] for s in data["segments"]] == [w for text, _, _ in WRITTEN for w in text.split()]


def test_a_long_clause_is_split_evenly():
    words = [WordTime(i * 100, i * 100 + 90, w) for i, w in enumerate("Ett två tre fyra fem sex sju.".split())]
    script = Script("x", "X", [Segment("x", " ".join(w.word for w in words), S.SENTENCE, 0, 0)], ["X"])
    cues = caption_cues(script, Timeline([Timing(0, 700)], 700), [SegmentWords(tuple(words), False)])
    assert [c.text for c in cues] == ["Ett två tre", "fyra fem sex sju."]


def test_a_number_grouped_by_spaces_stays_in_one_cue():
    """"1 250" is one spoken word: a cue never ends between its groups, wherever the even split falls."""
    text = "Det kostar ungefär 1 250 kronor per år och 12 500 000 totalt."
    words = [WordTime(i * 100, i * 100 + 90, w) for i, w in enumerate(text.split())]
    script = Script("x", "X", [Segment("x", text, S.SENTENCE, 0, 0)], ["X"])
    cues = caption_cues(script, Timeline([Timing(0, 1400)], 1400), [SegmentWords(tuple(words), False)])
    texts = [c.text for c in cues]
    assert " ".join(texts) == text
    assert any("1 250 kronor" in t for t in texts), texts
    assert any("12 500 000" in t for t in texts), texts
    assert all(len(c.text.split()) <= MAX_CUE_WORDS + 2 for c in cues)
