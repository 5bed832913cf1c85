"""A picture's caption under the headline is no lead though its class says "subtitle" or "summary" (session 11 W,
html_classes.picture_text); invented pages written after the fix, other builders and wordings."""

from __future__ import annotations

from audiocast.ingest.html import extract_html

HEAD = "Orgeln i Västerby kyrka är renoverad"
P1 = ("Efter två års arbete är orgeln i Västerby kyrka färdigrenoverad. Alla 1 200 pipor har rengjorts och "
      "bälgen har bytts ut mot en ny, byggd efter de gamla ritningarna.")
P2 = ("Invigningen sker med en konsert på första advent, då domkyrkoorganisten spelar verk av Bach och "
      "Buxtehude. Entrén är fri och kollekten går till orgelfonden.")
CAPTION = "Orgelbyggaren Lars Berg stämmer de sista piporna. Foto: Anna Holm"


def _page(picture: str) -> str:
    return (f"<html lang='sv'><head><title>{HEAD}</title></head><body><div class='content'><div class='mod-head'>"
            f"<h1>{HEAD}</h1></div>{picture}<div class='mod-text'><p>{P1}</p><p>{P2}</p></div></div></body></html>")


def test_a_builders_picture_subtitle_under_the_headline_is_not_the_lead() -> None:
    article = extract_html(_page(f"<div class='mod-pic'><img src='o.jpg' alt=''><div class='pic-subtitle'>"
                                 f"<p>{CAPTION}</p></div></div>"), "t")
    assert article.lead != CAPTION and all("Lars Berg" not in b.text for b in article.blocks)


def test_a_summary_classed_text_alone_beside_its_picture_is_not_the_lead() -> None:
    article = extract_html(_page(f"<div class='wrap'><span class='frame'><img src='o.jpg'></span><p class='summary'>"
                                 f"{CAPTION}</p></div>"), "t")
    assert article.lead != CAPTION and P1 in " ".join([article.lead or ""] + [b.text for b in article.blocks])


def test_guard_a_lead_beside_the_headlines_picture_in_the_header_stays_the_lead() -> None:
    lead = "Västerby kyrkas orgel från 1887 har fått nytt liv och invigs på första advent med en konsert."
    html = (f"<html lang='sv'><head><title>{HEAD}</title></head><body><article><header><h1>{HEAD}</h1><figure>"
            f"<img src='o.jpg'></figure><p class='ingress'>{lead}</p></header><p>{P1}</p><p>{P2}</p></article></body></html>")
    assert extract_html(html, "t").lead == lead
