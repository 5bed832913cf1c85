"""Boilerplate of sites never seen, by phenomenon: each case a small dump written for it (fictional
sites), what must not be read aloud and what must. The rules are data (ingest/data/boilerplate.tsv,
round 5 block); the box rule is in ingest/text.py."""

from __future__ import annotations

import pytest
from extract_helpers import spoken_text as _spoken

from audiocast.ingest import extract_html, parse_text_dump
from audiocast.ingest.boilerplate import default_rules, first_match

HEAD = "Ny gång- och cykelbro över Ljusån\n5 maj 2026\n\nKommunen bygger en ny bro över Ljusån under hösten.\n\n"
TAIL = "\nBron ska stå klar till jul enligt kommunens tidsplan.\n"


CASES = {
    "cookie choices": (
        "Vi använder kakor för att ge dig en bättre upplevelse på webbplatsen.\nTillåt alla kakor\n"
        "Endast nödvändiga kakor\nAnpassa inställningar\nIntegritetspolicy\n\n" + HEAD + TAIL,
        ["Tillåt alla", "nödvändiga", "Anpassa", "Integritetspolicy"]),
    "instagram embed chrome": (
        HEAD + "ljusans_kanotklubb\nVerifierad\nVisa det här inlägget på Instagram\n1 204 gillar\n"
        "@ljusans_kanotklubb\n#ljusån #kanot #sommar\nLägg till en kommentar...\n" + TAIL,
        ["Verifierad", "Visa det här", "gillar", "@ljusans", "#kanot", "Lägg till en kommentar"]),
    "x post counts": (
        HEAD + "8:42 em · 3 maj 2026\n12 tn visningar\n48 reposts · 230 gillar\n" + TAIL,
        ["8:42 em", "visningar", "reposts"]),
    "live furniture": (
        "Direktrapport\n\n" + HEAD + "Följ utvecklingen här\nUppdateras automatiskt\nNyast först\n\n" + TAIL,
        ["Följ utvecklingen", "Uppdateras automatiskt", "Nyast först", "Direktrapport"]),
    "more events after the article": (
        HEAD + TAIL + "\nFler evenemang i Ljusdal\nMarknad på torget\n",
        ["Fler evenemang"]),
    "related box in English": (
        HEAD + TAIL + "\nYou may also like\n",
        ["You may also like"]),
    "gift box": (
        HEAD + TAIL + "\nGe en gåva till bygget\nSwish: 123 456 78 90\nBankgiro 5050-1055\nTack för din gåva!\n",
        ["Swish", "Bankgiro", "Tack för din gåva", "Ge en gåva"]),
    "newsletter box": (
        HEAD + "Prenumerera på vårt nyhetsbrev om trafiken i Ljusdal\nDin e-postadress\nSkicka\n\n" + TAIL,
        ["nyhetsbrev", "e-postadress", "Skicka"]),
    "tip box": (
        HEAD + TAIL + "\nTipsa oss!\nVet du något som vi borde skriva om? Hör av dig till redaktionen.\n",
        ["Tipsa oss", "Vet du något"]),
    "sponsored card label": (
        HEAD + "I samarbete med Ljusdals Bygg\nSponsrat innehåll\n\n" + TAIL,
        ["I samarbete med", "Sponsrat"]),
    "page tools": (
        "Ny gång- och cykelbro över Ljusån\nLäs senare\nSkriv ut\n5 maj 2026\n\n"
        "Kommunen bygger en ny bro över Ljusån under hösten.\n\nLyssna på sidan\n" + TAIL,
        ["Läs senare", "Skriv ut", "Lyssna på sidan"]),
    "calendar widget": (
        HEAD + TAIL + "\n‹ Föregående månad\nmå ti on to fr lö sö\n1\n2\n3\n",
        ["Föregående månad", "må ti on", "\n1\n"]),
    "box of furniture with a button title": (
        HEAD + "Bli volontär i kanotklubben\nAnmäl dig här\nDela\nFacebook\n\n" + TAIL,
        ["Bli volontär", "Anmäl dig"]),
}


@pytest.mark.parametrize("name", list(CASES))
def test_phenomenon_is_not_read(name: str):
    text, never = CASES[name]
    article = parse_text_dump(text, name, "x")
    spoken = _spoken(article)
    assert article.title == "Ny gång- och cykelbro över Ljusån"
    assert article.lead == "Kommunen bygger en ny bro över Ljusån under hösten."
    assert "Bron ska stå klar till jul" in spoken
    for phrase in never:
        assert phrase not in spoken, phrase


# Article text that looks like the phenomena above and must stay.
KEEP = [
    "Kommunen skickar ut ett nyhetsbrev till alla hushåll i veckan.",
    "Föreningen tar emot gåvor via Swish sedan i våras, berättar kassören Eva Lund.",
    "08 530 623 60",
    "Live-musik utlovas på kvällen.",
    "– Ja, säger hon.",
    "Fler evenemang än någonsin lockade besökare till torget i år, enligt arrangörerna.",
]


@pytest.mark.parametrize("line", KEEP)
def test_article_lines_that_look_like_boilerplate_are_no_rule_match(line: str):
    hit = first_match(default_rules(), line)
    assert hit is None or hit[0].action in {"byline", "published", "updated"}, hit and hit[0].name


def test_a_sentence_beside_buttons_is_kept():
    """A paragraph of the article glued to share buttons is not furniture: only labels, buttons,
    titles and very short lines go with their box."""
    text = HEAD + "Bygget kostar tolv miljoner kronor och betalas av kommunen och Trafikverket.\nDela\nFacebook\nX\n" + TAIL
    assert "tolv miljoner" in _spoken(parse_text_dump(text, "x", "x"))


def test_a_fact_box_next_to_share_buttons_is_kept():
    """A fact box is short lines too; two buttons in its box do not make it furniture (it is most of the box)."""
    text = HEAD + "Fakta om bron\nLängd: 48 meter\nBredd: 4 meter\nDela\nFacebook\n\n" + TAIL
    spoken = _spoken(parse_text_dump(text, "x", "x"))
    assert "Längd: 48 meter" in spoken and "Bredd: 4 meter" in spoken


def test_teaser_titles_after_the_article_and_its_buttons_are_not_read():
    """Below the last sentence, once furniture has begun, short lines are teasers and menus."""
    text = HEAD + TAIL + "\nDela\nFacebook\n\nMarknad på torget i helgen\n\nNy rektor på Ljusdalsskolan\n\nBadet öppnar i juni\n"
    spoken = _spoken(parse_text_dump(text, "x", "x"))
    for teaser in ("Marknad på torget", "Ny rektor", "Badet öppnar"):
        assert teaser not in spoken


def test_short_lines_right_under_the_article_are_kept():
    """Signature lines under an obituary or a letter come before any furniture: they stay."""
    text = HEAD + TAIL + "\nAnna och Per med familjer\nVännerna i Ljusdal\n\nDela\n"
    spoken = _spoken(parse_text_dump(text, "x", "x"))
    assert "Anna och Per med familjer" in spoken and "Vännerna i Ljusdal" in spoken


def test_a_fact_box_under_an_ad_is_kept():
    text = HEAD + TAIL + "\nAnnons\n\nSå tar du dig till bron\nBuss 12 till Ljusåvägen\nParkering vid idrottsplatsen\n\nDela\n"
    spoken = _spoken(parse_text_dump(text, "x", "x"))
    assert "Buss 12 till Ljusåvägen" in spoken and "Parkering vid idrottsplatsen" in spoken


RELATED_HTML = """<html lang="{lang}"><head><title>{title}</title>
<script type="application/ld+json">{{"@type":"NewsArticle","headline":"{title}","datePublished":"2026-05-05T10:00:00Z"}}</script>
</head><body><article><h1>{title}</h1>
<p>{p1}</p><p>{p2}</p>
<h2>{label}</h2><p>{bio}</p><ul><li><a href="/a">{teaser}</a></li><li><a href="/b">{teaser} 2</a></li></ul>
</article></body></html>"""


@pytest.mark.parametrize("lang,label", [("en", "You may also like"), ("en", "About the author"),
                                         ("sv", "Om författaren"), ("de", "Das könnte Sie auch interessieren")])
def test_html_related_and_bio_sections_are_not_read(lang: str, label: str):
    page = RELATED_HTML.format(
        lang=lang, title="Council approves new bridge over the river", label=label,
        p1="The city council approved a new foot and cycle bridge over the river on Tuesday evening after a long debate.",
        p2="The bridge will cost twelve million and is expected to open before Christmas next year, officials said.",
        bio="Ann Lee covers local politics for Riverside News and has done so since the spring of 2015.",
        teaser="Market returns to the square")
    a = extract_html(page, "x")
    spoken = _spoken(a)
    assert "twelve million" in spoken
    assert "Ann Lee covers" not in spoken and "Market returns" not in spoken and label not in spoken


def test_the_site_menu_again_under_the_article_is_not_read():
    """Menu words are read below the headline (a subheading "Sport" is text), but not in the page's tail."""
    text = HEAD + TAIL + "\nDela\nFacebook\n\nNyheter\nSport\nKultur\nKontakt\n"
    spoken = _spoken(parse_text_dump(text, "x", "x"))
    assert not any(w in spoken.split("\n") for w in ("Nyheter", "Sport", "Kultur", "Kontakt"))


def test_a_box_under_a_boilerplate_label_goes_with_it():
    """A gift box's appeal is a sentence, but it stands in the box its label opens."""
    text = HEAD + "Ge en gåva\nDin gåva gör skillnad för barnen i Ljusdal i vinter.\nSwish 123 456 78 90\n\n" + TAIL
    spoken = _spoken(parse_text_dump(text, "x", "x"))
    assert "Din gåva gör skillnad" not in spoken and "Bron ska stå klar" in spoken


def test_a_paragraph_after_a_labelled_box_is_kept():
    text = HEAD + "Fler evenemang\nMarknad på torget\n\nBron får belysning längs hela sträckan, berättar projektledaren.\n" + TAIL
    spoken = _spoken(parse_text_dump(text, "x", "x"))
    assert "Marknad på torget" not in spoken and "Bron får belysning" in spoken


def test_a_calendar_far_below_the_article_is_not_a_fact_box():
    """Short lines under a title look like a fact box; far below the article, after a gift box, they are
    the site's calendar."""
    text = (HEAD + TAIL + "\nGe en gåva\nSwish 123 456 78 90\nTack för din gåva!\n\n"
            "Kalender\nSön 9 mar\nHögmässa i Åsby kyrka\nTis 11 mar\nBabyrytmik\n")
    spoken = _spoken(parse_text_dump(text, "x", "x"))
    assert "Högmässa" not in spoken and "Babyrytmik" not in spoken


def test_a_sponsored_card_under_its_label_is_not_read():
    text = HEAD + "Annons\nVinterdäck till bästa pris\nBoka byte hos Ljusdals Däck i dag och få tvätten på köpet.\n\n" + TAIL
    spoken = _spoken(parse_text_dump(text, "x", "x"))
    assert "Vinterdäck" not in spoken and "tvätten" not in spoken and "Bron ska stå klar" in spoken


def test_a_newsletter_box_promise_is_not_read():
    text = HEAD + "Prenumerera på vårt nyhetsbrev\nFå de viktigaste nyheterna från Ljusdal varje fredag.\nDin e-postadress\n\n" + TAIL
    spoken = _spoken(parse_text_dump(text, "x", "x"))
    assert "Få de viktigaste" not in spoken and "Bron ska stå klar" in spoken
