"""The site's standing call to its readers, set apart under the article, is not read (session 11 W, html_calls);
invented pages written after the fix, other senders, wordings and markup than the probes."""

from __future__ import annotations

from audiocast.ingest.html import extract_html

HEAD = "Kvarnen i Åby mal igen efter hundra år"
P1 = ("Efter tre års renovering mal den gamla vattenkvarnen i Åby mjöl igen. Hembygdsföreningen har bytt "
      "kvarnhjulet och lagat dammen med hjälp av pengar från länsstyrelsen.")
P2 = ("– Det var en stor stund när stenarna började gå. Många av de äldre i byn mindes ljudet från när de var "
      "barn, berättar föreningens ordförande Sven Åkesson.")
P3 = ("Kvarnen är öppen för besökare varje söndag i sommar, och då mals det mjöl som säljs i kvarnboden. "
      "Intäkterna går till fortsatt underhåll av byggnaderna.")


def _page(tail: str) -> str:
    return (f"<html lang='sv'><head><title>{HEAD}</title></head><body><div id='content'><h1>{HEAD}</h1>"
            f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>{tail}</div><div id='foot'>Åby hembygdsförening</div></body></html>")


def _read(html: str) -> str:
    article = extract_html(html, "t")
    return "\n".join([article.lead or ""] + [b.text for b in article.blocks])


def test_a_call_for_old_photos_in_italics_after_a_rule_is_not_read() -> None:
    tail = "<hr/><p><i>Minns du kvarnen när den var i drift? Skicka dina bilder till föreningen, vi samlar allt!</i></p>"
    read = _read(_page(tail))
    assert "Minns du kvarnen" not in read and P3 in read


def test_a_call_in_a_small_font_style_is_not_read() -> None:
    tail = ("<p style='font-size:11px'>Har ni berättelser om Åby förr? Hör av er till Sven på "
            "sven@abyhembygd.se.</p>")
    assert "berättelser om Åby" not in _read(_page(tail))


def test_a_call_in_small_print_on_a_table_layout_page_is_not_read() -> None:
    html = (f"<html><head><title>{HEAD}</title></head><body><table><tr><td width='150'><a href='/'>Start</a><br>"
            "<a href='/k'>Kvarnen</a><br><a href='/f'>Föreningen</a></td><td>"
            f"<font size='5'><b>{HEAD}</b></font><br><br><font size='2'>{P1}<br><br>{P2}<br><br>{P3}</font><br><br>"
            "<font size='1'>Vet du vem som byggde kvarnen? Kontakta hembygdsföreningen!</font></td></tr></table></body></html>")
    read = _read(html)
    assert "vem som byggde" not in read and "Intäkterna går" in read


def test_guard_the_articles_own_question_and_call_in_plain_markup_stays() -> None:
    tail = "<p>Har du lust att bli kvarnvärd i sommar? Kontakta Sven Åkesson, föreningen behöver fler frivilliga.</p>"
    assert "kvarnvärd" in _read(_page(tail))
