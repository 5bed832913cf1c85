"""A layout page's fact box in the row under the article's cell is read (session 12 W, html_layoutfacts). Invented
table-layout pages written after the fix (another subject and box than the dev page), with guards: a contact box,
a link list and a bordered box of prose in the next row are not read."""

from __future__ import annotations

from audiocast.ingest.html import extract_html

HEAD = "Nya konstgräsplanen i Tibro invigd med derby"
TEXT = ("I lördags invigdes den nya konstgräsplanen vid Sportparken i Tibro. Över 600 personer såg invigningsmatchen "
        "mellan Tibro AIK och Hjo IF.<br><br>Planen har kostat 9,5 miljoner kronor och ersätter grusplanen från "
        "1968, som inte gick att spela på under vintern.<br><br>– Nu kan ungdomslagen träna året om, säger "
        "föreningens ordförande Maria Lind.<br><br>Konstgräset har ett fyllnadsmaterial av kork i stället för "
        "gummigranulat, efter kritik mot mikroplaster från andra planer i kommunen.")


def _page(box: str) -> str:
    return (f"<html><head><title>Tibro Lokalblad - Nyheter</title></head><body><table width='760'><tr>"
            f"<td width='160' valign='top'><a href='/'>Start</a><br><a href='/nyheter'>Nyheter</a><br>"
            f"<a href='/sport'>Sport</a><br><a href='/arkiv'>Arkiv</a></td><td valign='top'><table width='100%'>"
            f"<tr><td><font size='5'><b>{HEAD}</b></font></td></tr><tr><td><font size='1'>2009-05-04</font></td></tr>"
            f"<tr><td><font size='2'>{TEXT}</font></td></tr><tr><td>{box}</td></tr>"
            f"<tr><td><font size='1'><a href='/tipsa'>Tipsa en vän</a> | <a href='/nyheter'>Tillbaka</a></font></td></tr>"
            f"</table></td></tr></table></body></html>")


def _read(html: str) -> str:
    article = extract_html(html, "t")
    return "\n".join([article.lead or ""] + [b.text for b in article.blocks] + [i for b in article.blocks for i in b.items])


def _box(inner: str) -> str:
    return f"<table border='1'><tr><td><font size='2'>{inner}</font></td></tr></table>"


def test_a_fact_box_in_the_row_under_the_text_is_read() -> None:
    read = _read(_page(_box("<b>Konstgräsplanen</b><br>Yta: 105 x 68 meter<br>Kostnad: 9,5 miljoner kronor<br>"
                            "Fyllnadsmaterial: kork")))
    assert "Yta: 105 x 68 meter" in read and "Fyllnadsmaterial: kork" in read


def test_guard_a_contact_box_in_the_row_under_the_text_is_not_read() -> None:
    read = _read(_page(_box("<b>Kontakta redaktionen</b><br>Telefon: 0504-123 45<br>E-post: red@tibroblad.se<br>"
                            "Adress: Storgatan 3, Tibro")))
    assert "0504-123 45" not in read and "Storgatan 3" not in read


def test_guard_a_link_list_under_the_text_is_not_read() -> None:
    read = _read(_page(_box("<b>Fler nyheter</b><br><a href='/1'>Planen: invigning i maj</a><br>"
                            "<a href='/2'>Kommunen: nytt gräs</a><br><a href='/3'>Tibro AIK: ny tränare</a>")))
    assert "ny tränare" not in read


def test_guard_a_prose_box_in_the_row_under_the_text_is_not_read_as_facts() -> None:
    read = _read(_page(_box("<b>Tibro Lokalblad</b><br>Tibro Lokalblad delas ut gratis till alla hushåll i Tibro "
                            "kommun varje torsdag och görs av frivilliga skribenter i föreningen.<br>Annonsera: ring oss"
                            "<br>Prenumerera: 200 kronor")))
    assert "delas ut gratis" not in read
