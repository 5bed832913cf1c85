"""A blog's name or tagline over its post (:mod:`audiocast.ingest.blognames`), and a post's title closed by an aside
in parentheses or by a cry in quotes (:func:`audiocast.ingest.lineshape.is_title_like`).

On held-out pages (extract51 u19 "Vår klassblogg", extract52 u15 "en blogg om att cykla i en stad ...") the blog's
line was taken for the headline, and the post's own title, ending in ")" or in a quoted cry, was no candidate. Every
page here was written after the fix, for other blogs in other words. Guards: a headline with the word in its definite
form, a blog line with no title under it before the text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from audiocast.ingest import load
from audiocast.ingest.lineshape import is_title_like

TEXT = [
    "I lördags samlades vi vid fågeltornet klockan sex på morgonen, elva vuxna och fyra barn med kikare och termosar.",
    "Det blåste hårt från väster men vi såg ändå både havsörn, fiskgjuse och en flock med över hundra tranor.",
    "Nästa utflykt blir till Hornborgasjön i april, och då ordnar föreningen samåkning från kyrkan.",
]


def _page(tmp_path: Path, head: list[str], title: str) -> Path:
    page = tmp_path / "fagel.txt"
    page.write_text("\n".join([
        *head, "", "Hem", "Om oss", "Arkiv", "Kontakt", "", title, "Publicerat 14 mars 2025 av Gunnel",
        "", *[x for p in TEXT for x in (p, "")], "Lämna en kommentar",
    ]) + "\n", encoding="utf-8")
    return page


@pytest.mark.parametrize("head", [
    ["Fågelvännerna i Ådalen", "Vår föreningsblogg"],
    ["Lisas fågelblogg"],
    ["Kikarkollen", "en blogg om fåglar, väder och tidiga morgnar vid kusten"],
    ["Naturskolan Björken", "min lilla blogg om allt som flyger"],
])
@pytest.mark.parametrize("title", [
    "Tranorna är tillbaka vid sjön",
    "Morgonexkursen till tornet (och varför vi frös om tårna)",
    'Vårens första utflykt – "Vi såg havsörnen tre gånger!"',
])
def test_a_blog_s_name_over_its_post_is_no_headline(tmp_path: Path, head: list[str], title: str):
    article = load(_page(tmp_path, head, title))
    said = [article.lead or ""] + [b.text for b in article.blocks]
    assert article.title == title
    assert all(p in said for p in TEXT)
    assert not any(x in said for x in head)


@pytest.mark.parametrize("title", ["Bloggen som blev en bok", "Fem bloggar om fåglar du borde läsa"])
def test_a_headline_about_blogs_stays_the_headline(tmp_path: Path, title: str):
    article = load(_page(tmp_path, ["Fågelvännerna i Ådalen"], title))
    assert article.title == title


@pytest.mark.parametrize("line,title", [
    ("Fyra saker att tänka på (och en att glömma)", True),
    ('Lägret i Storsjö – "Bästa veckan i mitt liv!"', True),
    ("Han sa att det var fel (igen).", False),
    ('– "Det här var fantastiskt!"', False),
    ("Årsberättelse 2024 (pdf, 1,2 MB)", False),  # a file's link label
])
def test_a_title_closed_by_an_aside_or_a_quoted_cry_is_title_like(line: str, title: bool):
    assert is_title_like(line) is title
