"""Catalog, sidecars, ID3 tags and cover, on real files."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from mutagen.id3 import ID3
from mutagen.mp3 import MP3
from PIL import Image
from test_publish_support import STOCKHOLM, make_config, make_mp3, make_script, publish_episode

from audiocast.atomic import AtomicWriteError, atomic_path, copy_file, write_bytes, write_if_changed
from audiocast.errors import PublishError
from audiocast.models import Chapter, Timeline, Timing
from audiocast.publish import (
    Catalog,
    ensure_cover,
    output_error,
    output_lock,
    read_chapters,
    remove_files,
    tag_mp3,
    write_sidecars,
)
from audiocast.publish.cover import generate_cover

WHEN = datetime(2024, 5, 25, 9, 15, tzinfo=STOCKHOLM)
CHAPTERS = [Chapter("Inledning", 0, 600), Chapter("Ny bro", 600, 1500), Chapter("Fakta – läs mer", 1500, 3000)]


# --- catalog ---------------------------------------------------------------

def test_catalog_survives_reopen_and_orders_newest_first(tmp_path):
    config = make_config(tmp_path)
    out = tmp_path / "out"
    old = publish_episode(config, out, "gammal", "Gammal nyhet", WHEN - timedelta(days=1))
    new = publish_episode(config, out, "ny", "Ny nyhet", WHEN)
    with Catalog(out / "catalog.sqlite") as cat:
        cat.upsert(old)
        cat.upsert(new)
    with Catalog(out / "catalog.sqlite") as cat:
        assert [r.slug for r in cat.episodes()] == ["ny", "gammal"]
        assert [r.slug for r in cat.episodes(limit=1)] == ["ny"]
        assert cat.slugs("article") == {"ny", "gammal"}
        assert cat.episodes("edition") == []
        got = cat.get("ny")
        assert got == new and got.published.utcoffset() == timedelta(hours=2)
        assert got.chapters == new.chapters
        assert cat.remove("gammal").slug == "gammal"
        assert cat.get("gammal") is None
    with Catalog(out / "catalog.sqlite") as cat:
        assert cat.slugs() == {"ny"}
    with sqlite3.connect(out / "catalog.sqlite") as db:
        assert db.execute("SELECT version FROM schema_version").fetchall() == [(1,)]


def test_catalog_rejects_foreign_files_and_bad_records(tmp_path):
    bad = tmp_path / "catalog.sqlite"
    bad.write_text("this is not sqlite " * 100)
    with pytest.raises(PublishError, match="not a usable audiocast catalog"):
        Catalog(bad)
    newer = tmp_path / "newer.sqlite"
    with sqlite3.connect(newer) as db:
        db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        db.execute("INSERT INTO schema_version VALUES (99)")
    with pytest.raises(PublishError, match="schema version 99"):
        Catalog(newer)
    config = make_config(tmp_path)
    rec = publish_episode(config, tmp_path / "out", "a", "A", WHEN)
    with Catalog(tmp_path / "ok.sqlite") as cat:
        with pytest.raises(PublishError, match="timezone-aware"):
            cat.upsert(replace(rec, published=datetime(2024, 5, 25)))
        cat.upsert(rec)
        with pytest.raises(PublishError, match="share a GUID"):
            cat.upsert(replace(rec, slug="b"))


# --- sidecars ----------------------------------------------------------------

def _vtt_ms(stamp: str) -> int:
    h, m, s = stamp.split(":")
    return (int(h) * 60 + int(m)) * 60_000 + round(float(s) * 1000)


def test_sidecars_show_written_text_with_spoken_timing(tmp_path):
    body = "Bron " + "över Ljusnan och den mycket långa vägen förbi " * 4 + "stängs."
    script, timeline = make_script("ny-bro", "Ny bro", body)
    side = write_sidecars(tmp_path, "ny-bro-1234abcd", script, timeline, "Ny bro")
    assert side.vtt == "episodes/ny-bro-1234abcd.vtt"
    vtt = (tmp_path / side.vtt).read_text(encoding="utf-8")
    assert vtt.startswith("WEBVTT\n\n")
    times = re.findall(r"^(\d\d:\d\d:\d\d\.\d{3}) --> (\d\d:\d\d:\d\d\.\d{3})$", vtt, re.M)
    assert len(times) > len(script.segments), "long segments are split into several cues"
    flat = [_vtt_ms(t) for pair in times for t in pair]
    assert flat == sorted(flat), "cue times never go back"
    cue_lines = [line for line in vtt.split("\n")[2:] if line and "-->" not in line and not line.isdigit()]
    assert all(len(line) <= 65 for line in cue_lines)
    assert "rv 83" in vtt and "riksväg" not in vtt, "the written text, not the spoken"
    assert "&amp;" in vtt and "torget &lt;norr&gt;" in vtt and "<" not in vtt
    # The lead's cues fill exactly the lead's time.
    lead_start, lead_end = timeline.timings[2].start_ms, timeline.timings[2].end_ms
    lead = [(s, e) for s, e in ((_vtt_ms(a), _vtt_ms(b)) for a, b in times) if lead_start <= s < lead_end]
    assert lead[0][0] == lead_start and lead[-1][1] == lead_end and len(lead) >= 3

    transcript = json.loads((tmp_path / side.transcript_json).read_text(encoding="utf-8"))
    assert transcript["version"] == "1.0.0"
    # One segment per written word (no word timings given: spread over each segment, and said so).
    assert [s["body"] for s in transcript["segments"]] == [w for s in script.segments for w in s.written.split()]
    assert transcript["segments"][6:8] == [{"startTime": 0.6, "endTime": 0.75, "body": "Ny"},
                                           {"startTime": 0.75, "endTime": 0.9, "body": "bro"}]
    assert transcript["audiocast"]["timing"] == "estimated" and "NOTE" in vtt

    chapters = json.loads((tmp_path / side.chapters_json).read_text(encoding="utf-8"))
    assert chapters["version"] == "1.2.0" and chapters["title"] == "Ny bro"
    assert [(c["startTime"], c["title"]) for c in chapters["chapters"]] == [
        (0.0, "Inledning"), (0.6, "Ny bro"), (1.5, "Trafiken leds om"), (2.5, "Fakta"),
    ]
    assert side.chapters == timeline.chapters(script)
    assert not list((tmp_path / "episodes").glob(".*tmp")), "no temporary files left behind"


def test_sidecars_refuse_a_timeline_that_does_not_fit(tmp_path):
    script, timeline = make_script("x", "X")
    with pytest.raises(PublishError, match="6 timings for 7 segments"):
        write_sidecars(tmp_path, "x", script, Timeline(timeline.timings[:-1], 3000), "X")
    bad = Timeline([*timeline.timings[:-1], Timing(2900, 5000)], 3000)
    with pytest.raises(PublishError, match="impossible times"):
        write_sidecars(tmp_path, "x", script, bad, "X")


# --- ID3 ---------------------------------------------------------------------

def _tag(path, cover):
    return tag_mp3(
        path, title="Ny bro över Ljusnan", artist="Lokalredaktionen", album="Lokala nyheter uppläst",
        published=WHEN, url="https://nyheter.example.se/ny-bro", cover=cover, chapters=CHAPTERS,
    )


def test_id3_tags_read_back_with_mutagen(tmp_path):
    mp3 = make_mp3(tmp_path / "ep.mp3", seconds=3)
    size = _tag(mp3, generate_cover("Lokala nyheter uppläst"))
    assert size == mp3.stat().st_size
    assert mp3.read_bytes()[:4] == b"ID3\x03", "ID3v2.3 header"
    tags = ID3(mp3, translate=False)  # the frames as stored, not upgraded to v2.4
    assert tags.version[:2] == (2, 3)
    assert str(tags["TIT2"]) == "Ny bro över Ljusnan"
    assert str(tags["TPE1"]) == "Lokalredaktionen"
    assert str(tags["TALB"]) == "Lokala nyheter uppläst"
    assert str(tags["TLAN"]) == "swe"
    assert str(tags["TYER"]) == "2024" and str(tags["TDAT"]) == "2505"
    assert "TDRC" not in tags
    assert str(ID3(mp3)["TDRC"]) == "2024-05-25", "readers that upgrade to v2.4 get a valid date"
    comm = tags.getall("COMM")
    assert [c.text[0] for c in comm] == ["https://nyheter.example.se/ny-bro"]
    apic = tags.getall("APIC")[0]
    assert apic.mime == "image/jpeg" and apic.type == 3
    import io
    assert Image.open(io.BytesIO(apic.data)).size == (600, 600)
    toc = tags.getall("CTOC")[0]
    assert toc.flags & 0x01 and toc.flags & 0x02  # ordered, top level
    assert toc.child_element_ids == ["chp0", "chp1", "chp2"]
    chaps = sorted(tags.getall("CHAP"), key=lambda c: c.start_time)
    assert [(c.start_time, c.end_time) for c in chaps] == [(c.start_ms, c.end_ms) for c in CHAPTERS]
    assert [str(c.sub_frames["TIT2"]) for c in chaps] == [c.title for c in CHAPTERS]
    assert read_chapters(mp3) == CHAPTERS
    assert MP3(mp3).info.length == pytest.approx(3.0, abs=0.1), "the audio is still there"


def test_id3_is_deterministic_and_idempotent(tmp_path):
    cover = generate_cover("Test")
    a, b = make_mp3(tmp_path / "a.mp3"), make_mp3(tmp_path / "b.mp3")
    _tag(a, cover)
    _tag(b, cover)
    first = a.read_bytes()
    assert first == b.read_bytes()
    _tag(a, cover)  # tagging again replaces, never stacks
    assert a.read_bytes() == first
    with pytest.raises(PublishError, match="no such MP3"):
        _tag(tmp_path / "missing.mp3", cover)



def test_id3_chapters_are_written_in_time_order(tmp_path):
    """Chapters handed over out of order are stored (CHAP frames and CTOC) by start time."""
    mp3 = make_mp3(tmp_path / "ep.mp3", seconds=3)
    shuffled = [CHAPTERS[2], CHAPTERS[0], CHAPTERS[1]]
    tag_mp3(mp3, title="T", artist="A", album="B", published=WHEN, url=None,
            cover=generate_cover("T"), chapters=shuffled)
    tags = ID3(mp3)
    frames = tags.getall("CHAP")
    by_id = {f.element_id: f for f in frames}
    order = tags.getall("CTOC")[0].child_element_ids
    starts = [by_id[i].start_time for i in order]
    assert starts == sorted(starts) == [c.start_ms for c in CHAPTERS]
    assert [f.start_time for f in frames] == sorted(f.start_time for f in frames)
    assert read_chapters(mp3) == CHAPTERS


# --- cover -------------------------------------------------------------------

def test_generated_cover_is_apple_sized_and_only_redrawn_on_rename(tmp_path):
    config = make_config(tmp_path)
    path = ensure_cover(config.podcast, tmp_path)
    assert path == tmp_path / "cover.jpg"
    with Image.open(path) as im:
        assert (im.format, im.size, im.mode) == ("JPEG", (3000, 3000), "RGB")
        dark, light = im.getpixel((20, 20)), im.getpixel((1500, 2720))
    assert sum(dark) < 150 and sum(light) > 500, "dark background, light accent"
    stamp = path.stat().st_mtime_ns
    data = path.read_bytes()
    assert ensure_cover(config.podcast, tmp_path).stat().st_mtime_ns == stamp
    renamed = make_config(tmp_path, name="Söderhamns nyheter")
    ensure_cover(renamed.podcast, tmp_path)
    assert path.read_bytes() != data
    assert generate_cover("Söderhamns nyheter") == path.read_bytes()


@pytest.mark.parametrize(
    ("size", "fmt", "name", "error"),
    [
        ((1400, 1400), "PNG", "cover.png", None),
        ((2000, 1800), "JPEG", "cover.jpg", "must be square"),
        ((1000, 1000), "JPEG", "cover.jpg", "1400–3000 px"),
        ((1400, 1400), "PNG", "cover.jpg", "rename it"),
        ((1400, 1400), "GIF", "cover.gif", "JPEG or PNG"),
    ],
)
def test_configured_cover_is_checked(tmp_path, size, fmt, name, error):
    Image.new("RGB", size, (200, 30, 30)).save(tmp_path / name, fmt)
    config = make_config(tmp_path, cover=name)
    out = tmp_path / "out"
    if error:
        with pytest.raises(PublishError, match=error):
            ensure_cover(config.podcast, out, config_dir=tmp_path)
    else:
        dest = ensure_cover(config.podcast, out, config_dir=tmp_path)
        assert dest == out / "cover.png" and dest.read_bytes() == (tmp_path / name).read_bytes()


# --- writing in place (audiocast.atomic) and the output folder --------------

def test_atomic_write_leaves_no_temporary_file_and_keeps_an_unchanged_file(tmp_path):
    dest = tmp_path / "sub" / "feed.xml"
    assert write_if_changed(dest, b"<rss/>") is True
    mtime = dest.stat().st_mtime_ns
    assert write_if_changed(dest, b"<rss/>") is False and dest.stat().st_mtime_ns == mtime
    assert oct(dest.stat().st_mode & 0o777) == "0o644"
    with pytest.raises(RuntimeError), atomic_path(dest) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("stopped half way")
    assert dest.read_bytes() == b"<rss/>"
    assert sorted(p.name for p in dest.parent.iterdir()) == ["feed.xml"]


def test_atomic_write_failures_are_oserrors_or_the_callers_own(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(AtomicWriteError) as caught:
        write_bytes(blocker / "feed.xml", b"x")  # the folder is a file
    assert caught.value.stage == "create" and isinstance(caught.value, OSError) and caught.value.strerror
    with pytest.raises(PublishError, match=r"cannot create a file in .*a-file \(.*\); check that the output folder"):
        write_bytes(blocker / "feed.xml", b"x", error=output_error)
    with pytest.raises(PublishError, match=r"missing\.png: no such file to copy"):
        copy_file(tmp_path / "missing.png", tmp_path / "cover.png", error=output_error)
    assert not (tmp_path / "cover.png").exists()


def test_output_lock_refuses_a_second_run(tmp_path):
    with output_lock(tmp_path):
        with pytest.raises(PublishError, match="another audiocast run is writing here"), output_lock(tmp_path):
            pass
    with output_lock(tmp_path):  # free again
        pass


def test_remove_files_ignores_files_already_gone(tmp_path):
    (tmp_path / "a.mp3").write_bytes(b"x")
    remove_files([tmp_path / "a.mp3", tmp_path / "b.vtt"])
    assert list(tmp_path.iterdir()) == []
