"""A call for the site's support glued under the article as its last line (:mod:`audiocast.ingest.closingcalls`).

"Gillar du lokal journalistik? Swisha ett bidrag …" and "Gillade du artikeln? … finansieras av våra läsare." were read
aloud on held-out pages (extract47 u15, extract44 u04) after the article's last paragraph. Every page here was written
after the fix, on other sites and in other words. Guards: the same shape asking for questions or tips is kept (the
golden sets read it as the article's own close), a Q&A's answer, a question inside the text, the article's own section
to the reader.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from audiocast.ingest import load
from audiocast.ingest.closingcalls import closing_call

TEXT = [
    "Efter två års planering öppnar det nya badhuset i Strömsby den 1 december, tre månader senare än beräknat.",
    "Förseningen beror på att ventilationen fick byggas om sedan en leverantör gått i konkurs under våren.",
    "– Nu ser vi fram emot att äntligen få släppa in badgästerna, säger fritidschefen Maja Lind.",
]


def _page(tmp_path: Path, close: list[str]) -> Path:
    page = tmp_path / "badhus.txt"
    page.write_text("\n".join([
        "Strömsbyposten", "", "Nyheter", "Sport", "Kultur", "Tyck till", "", "Nyheter", "",
        "Badhuset öppnar i december", "3 november 2025", "", *[x for p in TEXT for x in (p, "")], *close, "",
        "Strömsbyposten", "Ansvarig utgivare: Eva Berg",
    ]) + "\n", encoding="utf-8")
    return page


@pytest.mark.parametrize("call", [
    ["Tycker du att lokala nyheter behövs? Stöd oss med ett valfritt bidrag via Swish 123 444 55 66."],
    ["Uppskattar du vår bevakning? Strömsbyposten är fri från reklam och finansieras helt av sina läsare."],
    ["Vill du veta direkt när något händer i Strömsby? Slå på notiser i appen.", "Slå på"],
    ["Läser du oss ofta? Ge en gåva på valfritt belopp så kan vi fortsätta."],
])
def test_a_call_for_the_site_s_support_under_the_text_is_not_read(tmp_path: Path, call: list[str]):
    article = load(_page(tmp_path, call))
    said = [article.lead or ""] + [b.text for b in article.blocks]
    assert all(p in said for p in TEXT)
    assert not any(s in call for s in said)


@pytest.mark.parametrize("close", [
    "Har du frågor om badhuset? Kontakta fritidsförvaltningen på 0620-100 00.",  # questions and tips: kept (golds)
    "Har du en fråga till fritidschefen? Skicka den till fraga@stromsbyposten.se.",
    "Badet kostar 60 kronor för vuxna, och barn under sju år badar gratis i sällskap med en vuxen.",
])
def test_the_article_s_own_close_is_kept(tmp_path: Path, close: str):
    article = load(_page(tmp_path, [close]))
    said = [article.lead or ""] + [b.text for b in article.blocks]
    assert close in said


def test_a_support_call_in_the_article_s_own_section_to_the_reader_is_kept(tmp_path: Path):
    help_lines = ["Så kan du hjälpa till", "Skänk handdukar och badmössor i receptionen på vardagar.",
                  "Vill du stötta simskolan? Swisha en gåva till 123 777 88 99 och märk den ”Simskola”."]
    article = load(_page(tmp_path, [x for h in help_lines for x in (h, "")]))
    said = [article.lead or ""] + [b.text for b in article.blocks]
    assert help_lines[2] in said


@pytest.mark.parametrize(("line", "call"), [
    ("Gillar du det vi gör? Swisha en slant till 123 000 11 22.", True),
    ("Vill du få notiser? Slå på dem i appen.", True),
    ("Vad tycker du? Swisha oss inte, skriv hellre en rad.", True),  # the shape, whatever it means
    ("– Gillar du det? frågar hon och räcker fram en gåva.", False),  # a quote
    ("Gillar du lokal journalistik och alla våra långa reportage om bygden och dess folk? Swisha.", False),  # long
    ("Har du frågor? Ring oss på 010-123 45 67.", False),  # no support asked for
])
def test_the_call_s_shape(line: str, call: bool):
    assert closing_call(line) is call
