"""ID3 tags for an episode's MP3: title, newsroom, podcast, date, cover and chapters.

Tags are written as ID3v2.3 (the version every podcast app and car stereo
reads) after mutagen's ``update_to_v23()``, so the date becomes TYER/TDAT.
Chapters are CHAP frames in time order under one ordered, top-level CTOC,
each with a TIT2 sub-frame (chapters given out of order are sorted by start). The same inputs always give the same bytes.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

from mutagen import MutagenError
from mutagen.id3 import (
    APIC,
    CHAP,
    COMM,
    CTOC,
    ID3,
    TALB,
    TDRC,
    TIT2,
    TIT3,
    TLAN,
    TPE1,
    WOAS,
    CTOCFlags,
    Encoding,
    PictureType,
)
from mutagen.id3 import delete as delete_id3
from mutagen.id3._tags import save_frame  # mutagen's own frame writer, for the frame order below

from ..atomic import atomic_path
from ..errors import PublishError
from ..models import Chapter
from .cover import thumbnail_jpeg
from .output import output_error

NO_OFFSET = 0xFFFFFFFF
"""CHAP byte offsets are unused: players seek by time."""

TOC_ID = "toc"

_FIRST = ("TIT2", "TPE1", "TRCK", "TALB", "TPOS", "TDRC", "TCON")
"""mutagen's order of the important frames, kept."""


class _TimeOrderedID3(ID3):
    """ID3 tags whose CHAP frames are written in time order.

    mutagen orders frames by importance, then by size: chapters with short
    titles would come first, and players that read CHAP frames in file order
    (not through the CTOC) would list them out of order. Everything else is
    ordered as mutagen does it (important frames first, pictures last).
    """

    def _write(self, config: Any) -> bytearray:
        framedata = [(frame, save_frame(frame, config=config)) for frame in self.values()]

        def key(item: tuple[int, tuple[Any, bytes]]) -> tuple[int, int, int, int, str]:
            index, (frame, data) = item
            fid = frame.FrameID
            if fid in _FIRST:
                return (_FIRST.index(fid), 0, len(data), 0, frame.HashKey)
            if fid == "APIC":
                return (len(_FIRST) + 1, 0, index, 0, frame.HashKey)
            if fid == "CHAP":
                return (len(_FIRST), 1, frame.start_time, frame.end_time, frame.HashKey)
            return (len(_FIRST), 0, len(data), 0, frame.HashKey)

        return bytearray().join(data for _, (_, data) in sorted(enumerate(framedata), key=key))


def in_time_order(chapters: list[Chapter]) -> list[Chapter]:
    """``chapters`` by start time (then end time); equal ones keep their order."""
    return sorted(chapters, key=lambda ch: (ch.start_ms, ch.end_ms))


def _chapter_frames(chapters: list[Chapter]) -> list[CHAP | CTOC]:
    """CTOC first, then one CHAP per chapter with its title as TIT2, in time order."""
    chapters = in_time_order(chapters)
    ids = [f"chp{i}" for i in range(len(chapters))]
    frames: list[CHAP | CTOC] = [
        CTOC(
            element_id=TOC_ID,
            flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
            child_element_ids=ids,
            sub_frames=[TIT2(encoding=Encoding.UTF16, text=["Kapitel"])],
        )
    ]
    for element_id, ch in zip(ids, chapters, strict=True):
        frames.append(
            CHAP(
                element_id=element_id,
                start_time=ch.start_ms,
                end_time=ch.end_ms,
                start_offset=NO_OFFSET,
                end_offset=NO_OFFSET,
                sub_frames=[TIT2(encoding=Encoding.UTF16, text=[ch.title])],
            )
        )
    return frames


def _check_chapters(path: Path, chapters: list[Chapter]) -> None:
    """Refuse impossible chapter times (chapters given out of order are put in order)."""
    last = -1
    for ch in in_time_order(chapters):
        if ch.start_ms < 0 or ch.end_ms < ch.start_ms or ch.start_ms < last:
            raise PublishError(
                f"{path}: chapter {ch.title!r} has times {ch.start_ms}–{ch.end_ms} ms out of order; "
                "chapters must come from the episode's timeline"
            )
        last = ch.start_ms


def tag_mp3(
    path: Path,
    *,
    title: str,
    artist: str,
    album: str,
    published: datetime,
    url: str | None,
    language: str = "swe",
    cover: bytes,
    cover_mime: str = "image/jpeg",
    chapters: list[Chapter],
    description: str | None = None,
) -> int:
    """Replace the MP3's tags with ours (ID3v2.3); returns the file's new size in bytes.

    ``cover`` is the picture's bytes; pictures larger than 600 px are shrunk to
    a 600×600 JPEG to keep episodes small. The file is rewritten through a
    temporary copy, so a reader never sees it half tagged.
    """
    path = Path(path)
    if not path.is_file():
        raise PublishError(f"{path}: no such MP3 to tag; the audio stage should have written it")
    _check_chapters(path, chapters)
    picture, mime = thumbnail_jpeg(cover), "image/jpeg"
    if picture is None:
        picture, mime = cover, cover_mime

    tags = _TimeOrderedID3()
    tags.add(TIT2(encoding=Encoding.UTF16, text=[title]))
    tags.add(TPE1(encoding=Encoding.UTF16, text=[artist]))
    tags.add(TALB(encoding=Encoding.UTF16, text=[album]))
    tags.add(TDRC(encoding=Encoding.UTF16, text=[published.strftime("%Y-%m-%d")]))
    tags.add(TLAN(encoding=Encoding.UTF16, text=[language]))
    if description:
        tags.add(TIT3(encoding=Encoding.UTF16, text=[description]))
    if url:
        tags.add(COMM(encoding=Encoding.UTF16, lang=language, desc="", text=[url]))
        tags.add(WOAS(url=url))
    tags.add(APIC(encoding=Encoding.LATIN1, mime=mime, type=PictureType.COVER_FRONT, desc="Omslag", data=picture))
    for frame in _chapter_frames(chapters):
        tags.add(frame)
    tags.update_to_v23()

    with atomic_path(path, error=output_error) as tmp:
        shutil.copyfile(path, tmp)
        try:
            delete_id3(tmp)
            tags.save(tmp, v1=0, v2_version=3, padding=lambda info: 0)
        except MutagenError as exc:
            raise PublishError(f"{path}: could not write ID3 tags ({exc}); is it an MP3 file?") from None
    return path.stat().st_size


def read_chapters(path: Path) -> list[Chapter]:
    """The chapters stored in an MP3's CHAP frames, in the CTOC's order."""
    try:
        tags = ID3(path)
    except MutagenError as exc:
        raise PublishError(f"{path}: no readable ID3 tags ({exc})") from None
    chaps = {f.element_id: f for f in tags.getall("CHAP")}
    tocs = tags.getall("CTOC")
    order = list(tocs[0].child_element_ids) if tocs else sorted(chaps, key=lambda k: chaps[k].start_time)
    out = []
    for element_id in order:
        frame = chaps[element_id]
        titles = frame.sub_frames.getall("TIT2")
        out.append(Chapter(str(titles[0]) if titles else "", frame.start_time, frame.end_time))
    return out
