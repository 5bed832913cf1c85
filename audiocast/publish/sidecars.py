"""Transcripts and chapters beside each episode's MP3.

All three files come from the synthesis's own timings (:mod:`audiocast.timing`),
so no speech recognition is needed: the text shown is what a reader sees
(``written``), the timing is where each word's spoken form landed in the audio.

- ``episodes/<stem>.vtt``: WebVTT captions in short cues (at most
  ``MAX_CUE_WORDS`` words, one clause, one line of at most 65 characters),
  so apps that show them follow the speech closely.
- ``episodes/<stem>.transcript.json``: Podcasting 2.0 JSON transcript, one
  segment per written word (the spec allows word-level segments), with an
  ``audiocast`` object the listeners' page reads: how the words were timed
  and the script's structure (which words are a heading, a fact box line,
  where paragraphs end).
- ``episodes/<stem>.chapters.json``: Podcasting 2.0 JSON chapters.

Timing that was estimated (a voice without timings) is said so: a NOTE in
the VTT and ``"timing": "estimated"`` (or ``"mixed"``) in the JSON.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..atomic import write_text
from ..errors import PublishError
from ..models import PAUSE_PARAGRAPH_MS, PAUSE_SECTION_MS, Chapter, Script, Timeline
from ..timing import SegmentWords, WordTime, estimated_segment_words
from .output import output_error

MAX_LINE = 65
"""Longest caption line, in characters (as written in the file)."""
MAX_CUE_WORDS = 6
"""Most words in one caption cue; a cue also ends with its clause."""
CLAUSE_END = frozenset(",;:.!?…")
"""A word ending with one of these ends its cue."""
_NUMBER_HEAD = re.compile(r"[(\[\"'−–-]?\d{1,3}")
_DIGIT_GROUP = re.compile(r"\d{3}(?:[,.]\d+)?[^\w\s]*")
"""A number grouped by spaces ("1 250", "12 500 000"): the head of one to three digits and each
group of three that follows are written tokens of one spoken word, so no cue ends between them."""
ESTIMATED_NOTE = "NOTE\nTiderna för orden är uppskattade, inte mätta:\nrösten som läste anger inga tider för orden."
"""Said at the top of a VTT whose word times were estimated."""

EPISODES_DIR = "episodes"


@dataclass(frozen=True)
class Cue:
    """One caption: a line of written text and when it is heard."""

    start_ms: int
    end_ms: int
    text: str


@dataclass(frozen=True)
class Sidecars:
    """Where the sidecar files went (paths relative to the output folder) and the chapters."""

    vtt: str
    transcript_json: str
    chapters_json: str
    chapters: list[Chapter]


def _escape(text: str) -> str:
    """Escape the characters WebVTT cue text reserves."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def wrap_line(text: str, width: int = MAX_LINE) -> list[str]:
    """Split text at spaces into escaped lines of at most ``width`` characters.

    A single word longer than ``width`` (a long URL) is cut into pieces.

    >>> wrap_line("Bron över Ljusnan stängs i tre veckor", 20)
    ['Bron över Ljusnan', 'stängs i tre veckor']
    """
    lines: list[str] = []
    current = ""
    for word in text.split():
        word = _escape(word)
        while len(word) > width:
            if current:
                lines.append(current)
                current = ""
            cut = width
            # Do not cut an escape such as &amp; in half.
            amp = word.rfind("&", 0, cut)
            if amp > 0 and ";" not in word[amp:cut]:
                cut = amp
            lines.append(word[:cut])
            word = word[cut:]
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current += " " + word
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def _check_timeline(script: Script, timeline: Timeline) -> None:
    if len(script.segments) != len(timeline.timings):
        raise PublishError(
            f"{script.slug}: the timeline has {len(timeline.timings)} timings for "
            f"{len(script.segments)} segments; the audio stage and the script disagree, render again"
        )
    for i, t in enumerate(timeline.timings):
        if t.start_ms < 0 or t.end_ms < t.start_ms or t.end_ms > timeline.duration_ms:
            raise PublishError(
                f"{script.slug}: segment {i} has impossible times {t.start_ms}–{t.end_ms} ms "
                f"in {timeline.duration_ms} ms of audio; render the episode again"
            )


def _words_of(script: Script, timeline: Timeline, words: list[SegmentWords] | None) -> list[SegmentWords]:
    _check_timeline(script, timeline)
    if words is None:
        return estimated_segment_words(script, timeline)
    if len(words) != len(script.segments):
        raise PublishError(
            f"{script.slug}: word timings for {len(words)} of {len(script.segments)} segments; render again"
        )
    return words


@dataclass(frozen=True)
class TimedSegment:
    """One script segment with text, its words' times never going back."""

    index: int
    """Its place in ``Script.segments``."""
    words: list[WordTime]


def timed_segments(script: Script, timeline: Timeline,
                   words: list[SegmentWords] | None = None) -> list[TimedSegment]:
    """The segments with written text and their words, never going back in time.

    ``words`` None: spread over each segment by estimate."""
    out: list[TimedSegment] = []
    last_end = 0
    for i, seg_words in enumerate(_words_of(script, timeline, words)):
        if not " ".join(script.segments[i].written.split()):
            continue
        fixed = []
        for w in seg_words.words:
            start = max(w.start_ms, last_end)
            end = max(w.end_ms, start)
            fixed.append(WordTime(start, end, w.word))
            last_end = end
        out.append(TimedSegment(i, fixed))
    return out


def _glued(words: list[WordTime]) -> list[WordTime]:
    """The words with each number grouped by spaces made one word ("1 250" is heard as one)."""
    out: list[WordTime] = []
    grouping = False
    for w in words:
        if grouping and _DIGIT_GROUP.fullmatch(w.word):
            last = out[-1]
            out[-1] = WordTime(last.start_ms, max(last.end_ms, w.end_ms), f"{last.word} {w.word}")
        else:
            out.append(w)
        grouping = _NUMBER_HEAD.fullmatch(out[-1].word.rsplit(" ", 1)[-1]) is not None  # "1", "1 250": more may come
    return out


def _clauses(words: list[WordTime]) -> list[list[WordTime]]:
    """Words split after each word that ends a clause."""
    out: list[list[WordTime]] = [[]]
    for w in words:
        out[-1].append(w)
        if w.word[-1:] in CLAUSE_END:
            out.append([])
    return [c for c in out if c]


def _fits(group: list[WordTime]) -> bool:
    return len(group) <= MAX_CUE_WORDS and len(" ".join(_escape(w.word) for w in group)) <= MAX_LINE


def _cue_groups(words: list[WordTime]) -> list[list[WordTime]]:
    """Words in cues: each clause in as few cues of even length as keep every cue within
    MAX_CUE_WORDS words and one line (seven words are four and three, not six and one)."""
    groups: list[list[WordTime]] = []
    for clause in _clauses(words):
        n = len(clause)
        for k in range(-(-n // MAX_CUE_WORDS), n + 1):
            cuts = [n * i // k for i in range(k + 1)]
            parts = [clause[a:b] for a, b in itertools.pairwise(cuts)]
            if all(_fits(p) for p in parts) or k == n:
                groups.extend(parts)
                break
    return groups


def caption_cues(script: Script, timeline: Timeline, words: list[SegmentWords] | None = None) -> list[Cue]:
    """Short caption cues from the words' times: a cue lasts from its first word to its last."""
    cues: list[Cue] = []
    for seg in timed_segments(script, timeline, words):
        for group in _cue_groups(_glued(seg.words)):
            lines = wrap_line(" ".join(w.word for w in group))  # a single overlong word is cut
            start, end = group[0].start_ms, group[-1].end_ms
            cues.append(Cue(start, end, "\n".join(lines)))
    return cues


def vtt_timestamp(ms: int) -> str:
    """``HH:MM:SS.mmm``, the time format of WebVTT and of Podlove Simple Chapters.

    >>> vtt_timestamp(3723004)
    '01:02:03.004'
    """
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def render_vtt(cues: list[Cue], estimated: bool = False) -> str:
    """A WebVTT file of the cues (with a NOTE when their timing is estimated)."""
    parts = ["WEBVTT", ""]
    if estimated:
        parts += [ESTIMATED_NOTE, ""]
    for i, cue in enumerate(cues, 1):
        parts += [str(i), f"{vtt_timestamp(cue.start_ms)} --> {vtt_timestamp(cue.end_ms)}", cue.text, ""]
    return "\n".join(parts)


def _seconds(ms: int) -> float:
    return round(ms / 1000, 3)


def timing_kind(words: list[SegmentWords] | None) -> str:
    """"synthesis" (every word timed by the voice), "estimated" (none) or "mixed"."""
    if words is None:
        return "estimated"
    flags = {w.estimated for w in words if w.words}
    if flags == {True}:
        return "estimated"
    return "mixed" if True in flags else "synthesis"


def _paragraph_end(pause_ms: int) -> str:
    if pause_ms >= PAUSE_SECTION_MS:
        return "section"
    return "paragraph" if pause_ms >= PAUSE_PARAGRAPH_MS else "sentence"


def transcript_document(script: Script, timeline: Timeline, words: list[SegmentWords] | None = None) -> dict[str, Any]:
    """The Podcasting 2.0 JSON transcript: one segment per written word.

    ``audiocast.blocks`` gives the script's structure for the listeners' page:
    per script segment, its kind, how many of the word segments are its, and
    whether a sentence, paragraph or section ends with it.
    """
    segments: list[dict[str, Any]] = []
    blocks: list[dict[str, Any]] = []
    for seg in timed_segments(script, timeline, words):
        source = script.segments[seg.index]
        segments += [{"startTime": _seconds(w.start_ms), "endTime": _seconds(w.end_ms), "body": w.word}
                     for w in seg.words]
        blocks.append({"kind": str(source.kind), "words": len(seg.words),
                       "end": _paragraph_end(source.pause_after_ms)})
    return {
        "version": "1.0.0",
        "segments": segments,
        "audiocast": {"timing": timing_kind(words), "blocks": blocks},
    }


def chapters_document(chapters: list[Chapter], title: str) -> dict[str, Any]:
    """The Podcasting 2.0 JSON chapters file."""
    return {
        "version": "1.2.0",
        "title": title,
        "chapters": [
            {"startTime": _seconds(c.start_ms), "endTime": _seconds(c.end_ms), "title": c.title}
            for c in chapters
        ],
    }


def _json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_sidecars(out_dir: Path, stem: str, script: Script, timeline: Timeline, title: str,
                   words: list[SegmentWords] | None = None) -> Sidecars:
    """Write the VTT, JSON transcript and JSON chapters of one episode into ``out_dir/episodes``.

    ``words``: each segment's written words with their times (:func:`audiocast.timing.episode_words`);
    None spreads the words over each segment by estimate (and says so in the files).

    Each file is renamed into place (readers never see one half written) after its data is
    flushed to disk: the catalog records the episode, and the feed names these files, as soon
    as this returns, so a power cut must not leave them empty under their names (a rename
    can reach the disk before the data it names). The three flushes stay: they cost about
    0.1 ms of CPU each (the render's extra CPU is elsewhere), and nothing later in the run
    flushes these files' data instead (a directory's fsync makes renames durable, not data).
    """
    chapters = timeline.chapters(script)
    cues = caption_cues(script, timeline, words)
    if not cues:
        raise PublishError(f"{script.slug}: the script has no written text, so there is no transcript")
    rel = {
        "vtt": f"{EPISODES_DIR}/{stem}.vtt",
        "transcript_json": f"{EPISODES_DIR}/{stem}.transcript.json",
        "chapters_json": f"{EPISODES_DIR}/{stem}.chapters.json",
    }
    out_dir = Path(out_dir)
    estimated = timing_kind(words) != "synthesis"
    write_text(out_dir / rel["vtt"], render_vtt(cues, estimated), error=output_error)
    write_text(out_dir / rel["transcript_json"], _json(transcript_document(script, timeline, words)),
               error=output_error)
    write_text(out_dir / rel["chapters_json"], _json(chapters_document(chapters, title)), error=output_error)
    return Sidecars(chapters=chapters, **rel)
