"""Transcripts and chapters beside each episode's MP3.

All three files come from the script's own segment times, so no speech
recognition is needed: the text shown is what a reader sees (``written``),
the timing is where the spoken version landed in the audio.

- ``episodes/<stem>.vtt``: WebVTT captions, one line of at most 65 characters per cue.
- ``episodes/<stem>.transcript.json``: Podcasting 2.0 JSON transcript, one segment per script segment.
- ``episodes/<stem>.chapters.json``: Podcasting 2.0 JSON chapters.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..atomic import write_text
from ..errors import PublishError
from ..models import Chapter, Script, Timeline
from .output import output_error

MAX_LINE = 65
"""Longest caption line, in characters (as written in the file)."""

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


def segment_spans(script: Script, timeline: Timeline) -> list[tuple[int, int, str]]:
    """(start_ms, end_ms, written text) per segment with text, never going back in time."""
    _check_timeline(script, timeline)
    spans = []
    last_end = 0
    for seg, t in zip(script.segments, timeline.timings, strict=True):
        text = " ".join(seg.written.split())
        if not text:
            continue
        start = max(t.start_ms, last_end)
        end = max(t.end_ms, start)
        spans.append((start, end, text))
        last_end = end
    return spans


def caption_cues(script: Script, timeline: Timeline) -> list[Cue]:
    """Caption cues: each segment's lines share its time in proportion to their length."""
    cues: list[Cue] = []
    for start, end, text in segment_spans(script, timeline):
        lines = wrap_line(text)
        total = sum(len(line) for line in lines)
        done = 0
        for line in lines:
            cue_start = start + (end - start) * done // total
            done += len(line)
            cue_end = start + (end - start) * done // total
            cues.append(Cue(cue_start, cue_end, line))
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


def render_vtt(cues: list[Cue]) -> str:
    """A WebVTT file of the cues."""
    parts = ["WEBVTT", ""]
    for i, cue in enumerate(cues, 1):
        parts += [str(i), f"{vtt_timestamp(cue.start_ms)} --> {vtt_timestamp(cue.end_ms)}", cue.text, ""]
    return "\n".join(parts)


def _seconds(ms: int) -> float:
    return round(ms / 1000, 3)


def transcript_document(script: Script, timeline: Timeline) -> dict:
    """The Podcasting 2.0 JSON transcript: one segment per spoken script segment."""
    return {
        "version": "1.0.0",
        "segments": [
            {"startTime": _seconds(s), "endTime": _seconds(e), "body": text}
            for s, e, text in segment_spans(script, timeline)
        ],
    }


def chapters_document(chapters: list[Chapter], title: str) -> dict:
    """The Podcasting 2.0 JSON chapters file."""
    return {
        "version": "1.2.0",
        "title": title,
        "chapters": [
            {"startTime": _seconds(c.start_ms), "endTime": _seconds(c.end_ms), "title": c.title}
            for c in chapters
        ],
    }


def _json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_sidecars(out_dir: Path, stem: str, script: Script, timeline: Timeline, title: str) -> Sidecars:
    """Write the VTT, JSON transcript and JSON chapters of one episode into ``out_dir/episodes``."""
    chapters = timeline.chapters(script)
    cues = caption_cues(script, timeline)
    if not cues:
        raise PublishError(f"{script.slug}: the script has no written text, so there is no transcript")
    rel = {
        "vtt": f"{EPISODES_DIR}/{stem}.vtt",
        "transcript_json": f"{EPISODES_DIR}/{stem}.transcript.json",
        "chapters_json": f"{EPISODES_DIR}/{stem}.chapters.json",
    }
    out_dir = Path(out_dir)
    write_text(out_dir / rel["vtt"], render_vtt(cues), error=output_error)
    write_text(out_dir / rel["transcript_json"], _json(transcript_document(script, timeline)), error=output_error)
    write_text(out_dir / rel["chapters_json"], _json(chapters_document(chapters, title)), error=output_error)
    return Sidecars(chapters=chapters, **rel)
