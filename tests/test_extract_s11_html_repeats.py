"""A pull quote repeating the article's words is read once (session 11 W, html_repeats); invented pages written after
the fix, other sites and wordings than the probes that made it."""

from __future__ import annotations

from audiocast.ingest.html import extract_html

HEAD = "Bryggan i Norrvik byggs om efter stormen"
P1 = ("Gästbryggan i Norrvik skadades svårt i januaristormen och byggs nu om från grunden. Arbetet ska vara klart "
      "före midsommar, lovar hamnföreningen.")
P2 = ("– Vi trodde först att vi kunde laga den, men när dykarna kom upp var det tydligt att hela fundamentet måste "
      "bytas ut, säger hamnföreningens ordförande Leif Ström.")
P3 = ("Den nya bryggan blir tio meter längre än den gamla och får plats för trettio gästbåtar. Kommunen står för "
      "halva kostnaden, resten tas ur föreningens underhållsfond.")


def _page(middle: str, h3: str = "") -> str:
    return (f"<html lang='sv'><head><title>{HEAD} – Norrviks Hamnblad</title></head><body><main><div class='story'>"
            f"<h1>{HEAD}</h1><div class='story-body'><p>{P1}</p><p>{P2}</p>{middle}{h3}<p>{P3}</p></div></div></main>"
            "</body></html>")


def _read(html: str) -> str:
    article = extract_html(html, "t")
    return "\n".join([article.lead or ""] + [b.text for b in article.blocks])


def test_a_blockquote_in_a_styled_box_repeating_a_sentence_is_read_once() -> None:
    middle = "<div class='story-lift'><blockquote>”Hela fundamentet måste bytas ut”</blockquote></div>"
    assert _read(_page(middle)).lower().count("hela fundamentet måste bytas ut") == 1


def test_a_pull_quote_in_a_classed_paragraph_with_angle_quotes_is_read_once() -> None:
    middle = "<p class='utdrag'>»Den nya bryggan blir tio meter längre än den gamla»</p>"
    read = _read(_page(middle))
    assert read.count("tio meter längre") == 1 and P3 in read


def test_guard_a_quote_heading_over_the_paragraph_quoting_it_stays() -> None:
    html = _page("", "<h3>”Hela fundamentet måste bytas ut”</h3>")
    article = extract_html(html, "t")
    assert any(b.text == "”Hela fundamentet måste bytas ut”" for b in article.blocks)


def test_guard_a_quotation_the_text_does_not_repeat_is_read() -> None:
    middle = "<blockquote><p>”Norrvik utan gästbrygga vore som en kyrka utan klockor.”</p></blockquote>"
    assert "kyrka utan klockor" in _read(_page(middle))
