"""An editor's update note in an HTML article is read (session 11 W, html_updates): "Uppdaterad <when>: <news>"
was dropped as the page's time stamp; invented pages written after the fix, other wordings."""

from __future__ import annotations

from audiocast.ingest.html import extract_html

HEAD = "Vattenläcka stängde simhallen i Brobyn"
P1 = ("Simhallen i Brobyn stängdes på tisdagsmorgonen sedan en vattenledning i källaren gått sönder. Personalen "
      "upptäckte läckan när de öppnade klockan sex.")
P2 = ("– Vi vet inte hur länge det blir stängt, men vi gör allt för att öppna så snart som möjligt, säger "
      "fritidschefen Maria Olsson.")


def _page(note: str) -> str:
    return (f"<html lang='sv'><head><title>{HEAD} | Brobybladet</title></head><body><article><h1>{HEAD}</h1>"
            f"<p class='pub'>Publicerad 4 mars 2025 kl. 08.12</p><div class='article-text'><p>{P1}</p><p>{P2}</p>{note}"
            "</div></article></body></html>")


def _read(html: str) -> str:
    article = extract_html(html, "t")
    return "\n".join([article.lead or ""] + [b.text for b in article.blocks])


def test_an_update_note_with_a_clock_time_is_read() -> None:
    read = _read(_page("<p><em>Uppdaterad 13.40: Simhallen öppnar igen på torsdag, meddelar kommunen.</em></p>"))
    assert "Simhallen öppnar igen på torsdag" in read


def test_an_update_note_in_bold_capitals_with_a_date_is_read() -> None:
    note = "<p><b>UPPDATERAD 5 mars:</b> Reparationen blev dyrare än väntat och kostar 200 000 kronor.</p>"
    assert "Reparationen blev dyrare" in _read(_page(note))


def test_guard_a_bare_update_stamp_is_not_read() -> None:
    read = _read(_page("<p>Uppdaterad 4 mars 2025 kl. 13.40</p>"))
    assert "13.40" not in read and P2 in read


CAMP_HEAD = "Kollo på Fjällgården i sommar"
CAMP1 = ("Även i år arrangerar församlingen kollo på Fjällgården för barn mellan tio och fjorton år. Veckan bjuder på "
         "vandring, bad i fjällsjön och kvällsandakter vid lägerelden.")
CAMP2 = ("Kollot leds av diakonen Eva Lind och fem unga ledare som alla har gått ledarutbildning. De har varit med "
         "på Fjällgården många somrar och känner trakten väl.")
CAMP3 = ("Priset är 1 800 kronor för hela veckan, och resa, mat och boende ingår. Ingen ska behöva avstå för att det "
         "är för dyrt – hör av dig till expeditionen så löser vi det.")


def _camp(heading: str, tail: str = "") -> str:
    return (f"<html lang='sv'><head><title>{CAMP_HEAD}</title></head><body><div class='page-content'><h1>{CAMP_HEAD}</h1>"
            f"<p>{CAMP1}</p>{heading}<p>{CAMP2}</p><h2>Pris</h2><p>{CAMP3}</p>{tail}</div></body></html>")


def test_a_one_word_heading_a_menu_also_has_between_paragraphs_is_a_subheading() -> None:
    for word in ("Ledare", "Resor"):
        article = extract_html(_camp(f"<h2>{word}</h2>"), "t")
        assert any(b.kind.value == "heading" and b.text == word for b in article.blocks), word


def test_guard_a_contact_heading_over_an_address_at_the_end_still_goes() -> None:
    article = extract_html(_camp("", "<h3>Kontakt</h3><p>Fjällgården, Fjällvägen 2</p><p>0647-123 45</p>"), "t")
    assert not any(b.text == "Kontakt" for b in article.blocks)
