"""A layout page (text set with <br>, no paragraph markup) whose left column holds a box with one lone sentence above
the article (html_layout.article_lines, session 9 E3). The text begins at a prose line with more prose right under
it, so the box's sentence is no start of the text: the headline is found above the running text and the column's
boxes are not read. Invented pages, written after the fix; guard: a one-paragraph article still starts at its prose."""

from __future__ import annotations

import pytest

from audiocast.ingest.html import extract_html

HEAD = "Vårens loppis slog nytt rekord"
PARAS = ["Loppisen i Lillby skolas gymnastiksal lockade över 400 besökare på lördagen, vilket är fler än något år "
         "sedan starten 2009. Kön ringlade lång redan innan dörrarna öppnade klockan tio.",
         "Totalt samlades 23 400 kronor in till klassresan, och det mesta av det som blev över skänks till "
         "Röda korsets butik i Storby. Föräldraföreningen tackar alla som bakade och bar.",
         "Nästa loppis blir i oktober. Den som vill hyra ett bord kan anmäla sig till föräldraföreningen via "
         "skolans expedition från den första september."]


def _page(side: str, paras: list[str]) -> str:
    text = "<br><br>".join(paras)
    return ("<html lang='sv'><head><title>Lillby Föräldraförening :: Aktuellt</title></head><body><div id='ram'>"
            "<div id='huvud'><img src='logo.gif'></div><div id='lankar'><a href='index.php'>Hem</a> | "
            "<a href='aktuellt.php'>Aktuellt</a> | <a href='kontakt.php'>Kontakt</a></div>"
            f"<div id='spalt'>{side}</div><div id='text'><span class='dat'>2025-04-06</span><br>"
            f"<span class='rub'><b><font size='4'>{HEAD}</font></b></span><br><br><span class='txt'>{text}</span>"
            "<br><br>Skrivet av: Maja Ek</div><div id='fot'>Lillby Föräldraförening · Skolvägen 4, 123 45 Lillby · "
            "Ansvarig för sidan: Per Ek · Senast ändrad 2025-04-06 · Besök oss gärna i skolans matsal</div></div>"
            "</body></html>")


SIDE = ("<div class='rubr'>Medlemsavgift</div><div class='ruta'>150 kr per familj. Bankgiro 123-4567.</div>"
        "<div class='rubr'>Nästa möte</div><div class='ruta'>Tisdag 6 maj kl 19<br>Skolans matsal</div>")


def test_a_side_boxs_lone_sentence_above_the_headline_is_no_start_of_the_text() -> None:
    article = extract_html(_page(SIDE, PARAS), "t")
    assert article.title == HEAD
    read = " ".join([article.lead or ""] + [b.text for b in article.blocks])
    assert "Bankgiro" not in read and "Nästa möte" not in read and "Skolans matsal" not in read
    assert PARAS[0] in read and PARAS[2] in read


def test_a_lone_sentence_box_under_the_menu_with_a_second_box_of_prose_lines() -> None:
    side = ("<div class='rubr'>Kontakt</div><div class='ruta'>ordforande@lillby.se<br>070-123 45 67</div>"
            "<div class='rubr'>Om oss</div><div class='ruta'>Välkommen till föreningens sida, här finns allt om "
            "skolans aktiviteter.</div>")
    article = extract_html(_page(side, PARAS), "t")
    assert article.title == HEAD
    read = " ".join([article.lead or ""] + [b.text for b in article.blocks])
    assert "Välkommen till föreningens sida" not in read and "ordforande@" not in read
    assert article.lead == PARAS[0] or PARAS[0] in read


def test_guard_a_one_paragraph_article_keeps_its_text() -> None:
    article = extract_html(_page(SIDE, [PARAS[0] + " " + PARAS[1]]), "t")
    read = " ".join([article.lead or ""] + [b.text for b in article.blocks])
    assert PARAS[0] in read and PARAS[1] in read


def _posts_page(first: list[str], second_date: str, extra: str = "", first_date: str = "2025-03-09") -> str:
    """A table-layout news page: two posts one under the other, each a date line, a large bold title and text."""
    text = "<br><br>".join(first)
    return ("<html lang='sv'><head><title>Holms Scoutkår</title></head><body><table width='760'><tr>"
            "<td width='150'><b>MENY</b><br><a href='index.htm'>Start</a><br><a href='nyheter.htm'>Nyheter</a><br>"
            f"<a href='kontakt.htm'>Kontakt</a></td><td>{first_date}<br><font size='4'><b>Hajken blev en succé</b></font>"
            f"<br><br>{text}{extra}<br><br>/Ledarna<br><br>{second_date}<br><font size='3'><b>Lokalen stängd i påsk"
            "</b></font><br>Under påskveckan är scoutlokalen stängd för målning, så inga möten den veckan.<br><br>"
            "<a href='arkiv.htm'>Äldre nyheter finns i arkivet</a></td></tr></table></body></html>")


HAJK = ["Trettio scouter och sex ledare vandrade i helgen längs Holmsjöns östra strand och övernattade i vindskydd "
        "vid Björnberget. Trots minusgrader på natten var stämningen på topp hela helgen.",
        "Äventyrarna lagade all mat över öppen eld och fick prova på att bygga en egen kåta. Spårarna hade en egen "
        "stig med poster om djurspår och kompass.",
        "Tack till alla föräldrar som skjutsade och till Holms Bygg som lånade ut släpet till packningen."]


@pytest.mark.parametrize(("first", "second"), [("2025-03-09", "2025-02-20"), ("9 mars 2025", "20 februari 2025")])
def test_the_next_post_under_the_article_on_a_news_page_is_not_read(first: str, second: str) -> None:
    article = extract_html(_posts_page(HAJK, second, first_date=first), "t")
    read = " ".join([article.lead or ""] + [b.text for b in article.blocks])
    assert article.title == "Hajken blev en succé"
    assert HAJK[0] in read and HAJK[2] in read
    assert "påskveckan" not in read and "Lokalen stängd" not in read


def test_guard_an_event_list_inside_the_text_written_unlike_the_posts_date_is_kept() -> None:
    extra = ("<br><br>Lördag 12 april<br><font size='3'><b>Vårstädning vid lokalen</b></font><br>Vi städar tomten och "
             "lagar staketet tillsammans med föräldrarna, och efteråt bjuder kåren på korv och saft till alla.")
    article = extract_html(_posts_page(HAJK, "2025-02-20", extra), "t")
    read = " ".join([article.lead or ""] + [b.text for b in article.blocks])
    assert "lagar staketet" in read and HAJK[2] in read


def _archive_page(footer: str) -> str:
    text = "<br><br>".join(PARAS)
    return ("<html lang='sv'><head><title>Lillby Föräldraförening</title></head><body><div id='ram'>"
            "<div id='lankar'><a href='index.php'>Hem</a> | <a href='aktuellt.php'>Aktuellt</a></div>"
            f"<div id='text'><span class='dat'>2025-04-06</span><br><span class='rub'><b><font size='4'>{HEAD}</font>"
            f"</b></span><br><br><span class='txt'>{text}</span></div><div class='arkiv'><b>Tidigare</b><ul>"
            "<li><a href='n.php?id=41'>Höstmarknaden</a> (2024-10-12)</li>"
            "<li><a href='n.php?id=40'>Ny styrelse</a> (2024-03-02)</li></ul></div>"
            f"<div id='fot'>{footer}</div></div></body></html>")


@pytest.mark.parametrize("footer", [
    "Lillby Föräldraförening · Org.nr 802400-1234 · Kontakt: Per Ek, telefon 070-111 22 33 · Uppdaterad 2025-04-06",
    "Lillby skola | Skolvägen 4 i Lillby | Webbansvarig Maja Ek | Sidan ändrades senast den 6 april 2025 av Maja",
])
def test_an_archives_dated_links_and_a_footers_run_of_facts_are_not_read(footer: str) -> None:
    article = extract_html(_archive_page(footer), "t")
    read = " ".join([article.lead or ""] + [b.text for b in article.blocks])
    assert PARAS[0] in read and PARAS[2] in read
    assert "Höstmarknaden" not in read and "Ny styrelse" not in read
    assert "Webbansvarig" not in read and "Org.nr" not in read
