"""Fuzzing the ingest boundary: any .txt or .md content, written to a file and read.

``load()`` followed by :func:`audiocast.sanitize.clean_article` never raises
anything but IngestError, and what comes out never holds a control
character, a non-character, a lone surrogate, a soft hyphen or a zero-width
character, and is in NFC.
"""

from __future__ import annotations

import re
import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audiocast.errors import IngestError
from audiocast.ingest import load
from audiocast.models import Article
from audiocast.sanitize import clean_article, clean_text, has_unsafe_characters

FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200d\u2060\ufeff\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")

# Text that looks like articles (headlines, dates, front matter, markup) with hostile characters mixed in.
PIECES = st.sampled_from([
    "---\n", "title: ", "date: ", "lead: ", "source_url: ", "\n", "\n\n", "## ", "### ", "- ", "– ", "> ",
    "Bron över Ljusnan stängs", "lördag 25 maj 2024", "2026-11-23", "0001-01-01", "9999-12-31T23:00-05:00",
    "&#7;", "&#xFFFE;", "\\u0007", '"\\u0000"', "\x07", "\x00", "\x1b", "\r", "\x85", "\u00ad", "\u200b", "\ufeff",
    "\ufffe", "\uffff", "\U0010ffff", "\ud800", "a\u030a", "1 000-kronorssedel", "Läs också", "Foto: Per Holm", "x" * 300,
])
CONTENT = st.lists(st.one_of(PIECES, st.text(max_size=40)), max_size=30).map("".join)


def _texts(article: Article) -> list[str]:
    out = [article.slug, article.title, article.language]
    out += [t for t in (article.author, article.url, article.lead, article.site_name) if t is not None]
    for block in article.blocks:
        out.append(block.text)
        out.extend(block.items)
    return out


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=CONTENT, suffix=st.sampled_from([".txt", ".md"]))
def test_load_and_clean_raise_only_ingest_errors_and_leave_no_control_characters(content, suffix):
    data = content.encode("utf-8", "surrogatepass")  # a lone surrogate makes the file not UTF-8
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"artikel{suffix}"
        path.write_bytes(data)
        try:
            article = clean_article(load(path))
        except IngestError as exc:
            assert str(path) in str(exc)
            return
    for text in _texts(article):
        assert not FORBIDDEN.search(text), repr(text)
        assert unicodedata.is_normalized("NFC", text)
    assert article.url is None or article.url.startswith(("http://", "https://"))


@given(st.text())
def test_clean_text_is_idempotent_and_complete(text):
    cleaned = clean_text(text)
    assert clean_text(cleaned) == cleaned
    assert not has_unsafe_characters(cleaned)
    assert not FORBIDDEN.search(cleaned)
    cleaned.encode("utf-8")  # never a lone surrogate


@given(st.lists(st.sampled_from(["&#", "7;", "x", "&#7;", "\x07", "&#xfffe;", "&#38;", "a\u030a", ";"]), max_size=12).map("".join))
def test_character_references_to_removed_characters_go_too(text):
    cleaned = clean_text(text)
    assert clean_text(cleaned) == cleaned
    assert "&#7;" not in cleaned and "&#xfffe;" not in cleaned
