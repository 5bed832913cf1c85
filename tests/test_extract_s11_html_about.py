"""A press release's presentation of its sender ("Om <Name>" over the company's standing text) ends the article
(session 11 W, html_about); invented pages written after the fix, other press rooms and wordings than the probes."""

from __future__ import annotations

from audiocast.ingest.html import extract_html

HEAD = "Vindparken vid Storberget tas i drift"
P1 = ("De tolv vindkraftverken på Storberget levererade sin första el till nätet i tisdags. Parken ska ge omkring "
      "120 gigawattimmar om året, lika mycket som 24 000 villor gör av med.")
P2 = ("– Det har tagit nio år från första samrådet till i dag. Nu ser vi fram emot att parken ska bidra till "
      "bygden i många år, säger projektledaren Annika Strand.")
P3 = ("En del av intäkterna går till en bygdepeng som fördelas av byaföreningarna runt berget, sammanlagt en "
      "halv miljon kronor om året under parkens livstid.")


def _page(tail: str, head_extra: str = "") -> str:
    return (f"<html lang='sv'><head><title>{HEAD} | Pressrum</title>{head_extra}</head><body><div class='release'>"
            f"<h1>{HEAD}</h1><p class='release-date'>Pressmeddelande 3 juni 2025</p><p>{P1}</p><p>{P2}</p><p>{P3}</p>"
            f"{tail}</div></body></html>")


def _read(html: str) -> str:
    article = extract_html(html, "t")
    return "\n".join([article.lead or ""] + [b.text for b in article.blocks] + [i for b in article.blocks for i in b.items])


def test_a_senders_presentation_under_a_heading_is_not_read() -> None:
    tail = ("<h3>Om Nordvind Energi AB</h3><p>Nordvind Energi AB bygger och driver vindkraft i Norrland och har 85 "
            "medarbetare. Huvudkontoret ligger i Umeå.</p><p><strong>Kontakt:</strong> Annika Strand, 070-111 22 33</p>")
    read = _read(_page(tail))
    assert "85 medarbetare" not in read and "Om Nordvind" not in read and P3 in read


def test_a_municipal_companys_presentation_in_a_bold_line_is_not_read() -> None:
    tail = ("<p><b>Om Bergsbygdens Kraft</b></p><p>Bergsbygdens Kraft ägs av tre kommuner i länet och säljer el "
            "till hushåll och företag sedan 1994.</p>")
    assert "säljer el till hushåll" not in _read(_page(tail))


def test_an_english_about_paragraph_of_a_group_is_not_read() -> None:
    tail = "<h2>About Nordvind Group</h2><p>Nordvind Group is a Nordic wind power company founded in 2008.</p>"
    assert "Nordic wind power" not in _read(_page(tail))


def test_guard_a_box_about_a_person_in_the_text_stays() -> None:
    tail = ("<h3>Om Annika Strand</h3><p>Annika Strand är 47 år, uppvuxen i byn under berget och har lett projektet "
            "sedan starten. På fritiden kör hon hundspann.</p>")
    assert "kör hon hundspann" in _read(_page(tail))
