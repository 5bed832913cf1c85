"""Markdown: a list written straight under a paragraph (no blank line between, as
CommonMark allows) is a list of its own, titled by the line that introduces it.
Before, its items ran on into the paragraph and were read as one breathless
sentence, bullet signs included."""

from __future__ import annotations

import pytest

from audiocast.ingest import parse_markdown
from audiocast.models import Block, BlockKind
from audiocast.speech.script import build_script


def _blocks(body: str) -> list[Block]:
    return parse_markdown(f"---\ntitle: Rubrik här\n---\n\nIngressen står först.\n\n{body}\n", "t.md", "t").blocks


@pytest.mark.parametrize(
    ("body", "title", "items"),
    [
        ("Fakta: Nya taxan\n* Fast avgift: 4 850 kr/år\n* Rörlig avgift: 28,75 kr/m³",
         "Fakta: Nya taxan", ("Fast avgift: 4 850 kr/år", "Rörlig avgift: 28,75 kr/m³")),
        ("Så här röstade partierna:\n- S: ja\n- M: nej\n- V: avstod",
         "Så här röstade partierna:", ("S: ja", "M: nej", "V: avstod")),
        ("Öppettider i jul\n+ Julafton: stängt\n+ Mellandagarna: 10–15",
         "Öppettider i jul", ("Julafton: stängt", "Mellandagarna: 10–15")),
    ],
)
def test_a_list_under_its_title_line_is_a_fact_box(body: str, title: str, items: tuple[str, ...]) -> None:
    assert _blocks(body) == [Block(BlockKind.FACTBOX, title, items)]


def test_the_paragraph_before_the_title_line_stays_a_paragraph() -> None:
    blocks = _blocks("Nämnden tog beslutet i går.\nSå här fördelas pengarna:\n- Skolan: 2 Mkr\n- Vården: 3 Mkr")
    assert blocks == [
        Block(BlockKind.PARAGRAPH, "Nämnden tog beslutet i går."),
        Block(BlockKind.FACTBOX, "Så här fördelas pengarna:", ("Skolan: 2 Mkr", "Vården: 3 Mkr")),
    ]


def test_a_sentence_before_a_list_is_not_taken_for_its_title() -> None:
    blocks = _blocks("Det här hände under kvällen.\n- Ett larm kom klockan sju\n- Branden var släckt vid nio")
    assert blocks == [
        Block(BlockKind.PARAGRAPH, "Det här hände under kvällen."),
        Block(BlockKind.FACTBOX, "", ("Ett larm kom klockan sju", "Branden var släckt vid nio")),
    ]


def test_a_line_after_an_item_still_continues_it_and_a_blank_line_still_separates() -> None:
    blocks = _blocks("Fakta om bron\n- Längd: 420 meter\n  och byggd 1968\n\n- Ny lista")
    assert blocks[0] == Block(BlockKind.FACTBOX, "Fakta om bron", ("Längd: 420 meter och byggd 1968",))
    assert blocks[1] == Block(BlockKind.FACTBOX, "", ("Ny lista",))


def test_the_title_is_spoken_as_a_closed_phrase_without_its_colon() -> None:
    article = parse_markdown(
        "---\ntitle: Rubrik här\n---\n\nIngressen står först.\n\nSå här röstade de:\n- S: ja\n- M: nej\n", "t.md", "t"
    )
    lines = [seg.spoken for seg in build_script(article, "Lokalbladet").segments]
    assert "Så här röstade de." in lines
    assert not any("röstade de:" in line for line in lines)
