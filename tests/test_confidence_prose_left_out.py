"""The doubt "more prose left out than kept": when the running prose the extractor left out of a page outweighs
everything it kept, the article may have been missed altogether, which a listener would never notice.

Every page and sentence here was written for these tests, after the doubt was built.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from audiocast.cli import main
from audiocast.ingest import load
from audiocast.ingest.confidence import LOW, PENALTY, assess, prose_words
from audiocast.ingest.headline import Choice
from audiocast.models import Block, BlockKind

SURE = Choice(text="Ny gångbro över Lillån", score=9.0, margin=6.0)
PROSE = [
    "Bron byggs i trä och ska stå klar till midsommar enligt kommunens tidsplan.",
    "Under bygget leds gång- och cykeltrafiken om via Kvarngatan och den gamla bron vid sågen.",
    "Föreningen har samlat in namn i två år för att få en säker väg över ån till skolan.",
]
MENU = ["Start", "Nyheter", "Kultur och fritid", "Kontakta oss", "Logga in", "Sök på sidan"]


def _para(text: str) -> Block:
    return Block(BlockKind.PARAGRAPH, text)


def test_prose_words_counts_only_lines_that_run_as_sentences():
    assert prose_words(PROSE) == sum(len(line.split()) for line in PROSE)
    assert prose_words(MENU) == 0
    # a long line that ends no sentence (a teaser title, a breadcrumb) is not running prose
    assert prose_words(["Så blev kvällen när hela byn samlades vid den nya bryggan i hamnen"]) == 0
    # a sentence under eight words is not counted either
    assert prose_words(["Välkomna till årsmötet i bygdegården."]) == 0


def test_doubt_when_the_prose_left_out_outweighs_what_was_kept():
    confidence, doubts = assess(SURE, [], True, [_para("Läs mer om gångbron.")], [None], PROSE, lead="")
    assert any(d.startswith("more prose left out than kept") for d in doubts), doubts
    assert confidence == round(1.0 - PENALTY["thin"], 2)
    assert "left out" in doubts[0] and " kept)" in doubts[0]


def test_no_doubt_when_the_kept_article_is_longer_than_the_prose_left_out():
    body = [_para(line) for line in PROSE] + [_para("Invigningen blir en lördag i juni med kaffe och musik.")]
    confidence, doubts = assess(SURE, [], True, body, [None] * len(body), PROSE[:1], lead="")
    assert not any(d.startswith("more prose") for d in doubts)
    assert confidence == 1.0


def test_the_lead_and_a_fact_boxs_items_count_as_kept():
    lead = " ".join(PROSE)  # the lead counts as kept: it outweighs two of its own sentences left out
    box = Block(BlockKind.FACTBOX, "Fakta", tuple(PROSE))
    _, doubts = assess(SURE, [], True, [box], [None], PROSE, lead="")
    assert not any(d.startswith("more prose") for d in doubts)  # the items are the kept words
    _, doubts = assess(SURE, [], True, [], [], PROSE[:2], lead=lead)
    assert not any(d.startswith("more prose") for d in doubts)


def test_a_menu_left_out_never_makes_the_doubt():
    _, doubts = assess(SURE, [], True, [_para("Kort notis om bron.")], [None], MENU * 10, lead="")
    assert not any(d.startswith("more prose") for d in doubts)


NOTICE_WITH_THREAD = """Fiskeklubben Öringen
Hem
Nyheter
Medlemskap
Kontakt

Isfiskepremiären flyttas en vecka
12 januari 2026

Isen på Stora Gölen bär inte ännu, så premiären flyttas till den 24 januari.

Kommentarer
Bengt L
Synd, men klokt. Förra året gick två skotrar genom isen vid norra viken och det var nära att det slutade illa.
Maria S
Vi har redan bokat stugan för premiärhelgen, går det att flytta bokningen till helgen efter utan avgift?
Kenneth
Isen vid badplatsen var bara sju centimeter i går när jag borrade, så vänta gärna ännu längre än en vecka.
Svara
© Fiskeklubben Öringen
"""

ARTICLE_WITH_SHORT_COMMENT = """Fiskeklubben Öringen
Hem
Nyheter
Kontakt

Klubben köper ny båt till fiskevården
14 januari 2026

Fiskeklubben har fått bidrag från kommunen och köper en ny aluminiumbåt till arbetet med fiskevården.
Båten ska användas när klubben sätter ut öring i bäckarna och när vattenproverna tas varje månad.
Styrelsen räknar med att båten levereras i april, i god tid före säsongens första utsättning.
Medlemmar som vill lära sig köra båten kan anmäla sig till en kurs som hålls i maj vid klubbstugan.

Kommentarer
Bengt L
Bra beslut, den gamla båten läckte redan förra sommaren när vi var ute vid norra viken.
© Fiskeklubben Öringen
"""


def test_a_short_notice_beside_a_long_comment_thread_is_doubted(tmp_path: Path):
    page = tmp_path / "isfiske.txt"
    page.write_text(NOTICE_WITH_THREAD, encoding="utf-8")
    article = load(page)
    assert article.title == "Isfiskepremiären flyttas en vecka"
    assert not any("Kenneth" in b.text or "skotrar" in b.text for b in article.blocks)
    assert any(d.startswith("more prose left out than kept") for d in article.doubts), article.doubts
    assert article.confidence < LOW  # with the unknown template: flagged for an editor
    result = CliRunner(mix_stderr=False).invoke(main, ["extract", str(page), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output + result.stderr
    assert "more prose left out than kept" in result.stderr


def test_an_article_longer_than_its_comments_is_not_doubted(tmp_path: Path):
    page = tmp_path / "batten.txt"
    page.write_text(ARTICLE_WITH_SHORT_COMMENT, encoding="utf-8")
    article = load(page)
    assert article.title == "Klubben köper ny båt till fiskevården"
    assert not any(d.startswith("more prose") for d in article.doubts), article.doubts
