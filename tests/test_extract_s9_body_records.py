"""Session 9, class 'the article's list of records, each closed by the same button' (issue #9;
:mod:`audiocast.ingest.recordlists`): a library's summer tips (title, blurb, who tipped it, "Reservera") lost its last
record and its closing paragraph as a call to action and the page's tail, and read "Reservera" six times; a live
report read "Dela inlägg" after every post.

Every dump here was written after the fix, for fictional sites and in other wordings; the guards are a teaser list of
other pages closed by "Läs mer" (its records stay out), an FAQ whose repeated label opens each answer, and an event
list whose repeated line is a fact, not a button.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_lines as _spoken


def _list(head: str, records: list[tuple[str, str]], button: str, closing: str = "", tail: str = "") -> str:
    body = "".join(f"\n{t}\n{d}\n{button}\n" for t, d in records)
    return head + body + (f"\n{closing}\n" if closing else "") + tail


_ACTIVITIES = [
    ("Paddling på Storsjön", "Vi paddlar kanadensare i tre timmar och grillar korv på en ö mitt i sjön."),
    ("Skapa en serietidning", "Tecknaren Alva Nord visar hur man bygger upp en egen serie från idé till tryck."),
    ("Fotboll för alla", "Blandade lag varje tisdag på konstgräset vid Fältskolan, ingen föranmälan till första gången."),
    ("Filmkväll med pizza", "Vi ser en ny familjefilm på bioduken i stora salen och äter pizza i pausen."),
]
_HEAD = ("Fritidsgården Fyren\nAktiviteter\nOm oss\nKontakt\n10 juni 2025\nSommarlovet på Fyren\n"
         "Här är fyra av sommarens aktiviteter för dig mellan tolv och sexton år, alla gratis.\n")
_TAIL = "\nDela sidan\nFritidsgården Fyren\nStorgatan 4, 831 30 Östersund\n"


def test_the_records_of_an_activity_list_are_read_and_their_button_is_not() -> None:
    closing = "Alla aktiviteter utgår från gården och en fritidsledare är med hela tiden under sommaren."
    spoken = _spoken(_read(_list(_HEAD, _ACTIVITIES, "Anmäl dig", closing, _TAIL)))
    for title, text in _ACTIVITIES:
        assert title in spoken and text in spoken
    assert closing in spoken
    assert "Anmäl dig" not in spoken


def test_a_live_reports_share_button_under_every_post_is_not_read() -> None:
    head = ("Fjällposten\nNyheter\nSport\n22 mars 2025\nJust nu: Lavinfara stänger liftarna\n"
            "Länsstyrelsen har höjt lavinfaran till nivå fyra i hela fjällområdet. Vi rapporterar löpande.\n")
    posts = [("13.20", "Skidpatrullen har spärrat av alla nedfarter på norra sidan av berget."),
             ("12.55", "Lavinhunden från Åre är på väg med helikopter för säkerhets skull."),
             ("12.30", "Ingen person saknas enligt polisen, som har talat med alla stugvärdar."),
             ("12.05", "Liftarna står stilla sedan klockan tolv och bussar kör gästerna ner till byn.")]
    dump = head + "".join(f"{t}\n{x}\nDela posten\n" for t, x in posts) + "Mest läst\nNytt hotell i byn\n"
    spoken = _spoken(_read(dump))
    assert all(x in spoken for _, x in posts)
    assert "Dela posten" not in spoken


def test_guards_teasers_of_other_pages_an_faqs_label_and_a_repeated_fact() -> None:
    article = ("Bygdebladet\nNyheter\nKultur\n2 maj 2025\nNy lekplats invigd i Björkbacka\n"
               "Barnen i Björkbacka fick på lördagen en ny lekplats med klätterborg och linbana vid skolan.\n"
               "Föräldraföreningen har samlat in pengar i tre år genom loppisar och kakförsäljning till den.\n")
    teasers = [("Kyrkan får nytt tak", "Arbetet med att lägga om koppartaket börjar efter midsommar i år."),
               ("Badet öppnar i juni", "Kommunen lovar varmare vatten i år efter att pannan bytts ut."),
               ("Rekordmånga på loppis", "Över tusen besökare kom till sommarens första loppis i hembygdsgården.")]
    spoken = _spoken(_read(_list(article, teasers, "Läs mer", tail="\nBygdebladet\n")))
    assert "kakförsäljning till den." in spoken[-1] or any("kakförsäljning" in x for x in spoken)
    assert not any(t in spoken for t, _ in teasers) and "Läs mer" not in spoken
    faq = ("Vattenverket\nStart\nNyheter\n1 mars 2025\nFrågor och svar om avbrottet\n"
           "Vattnet stängs av på onsdag mellan nio och tolv när en ventil byts på Kvarngatan.\n")
    answers = [("Vilka berörs?", "Alla hushåll på Kvarngatan och Smedjegatan får inget vatten under tre timmar."),
               ("Behöver jag göra något?", "Tappa upp vatten i kannor på tisdagskvällen så klarar du förmiddagen."),
               ("Blir vattnet missfärgat?", "Det kan bli lite brunt en stund efteråt, spola då tills det blir klart.")]
    dump = faq + "".join(f"{q}\nSvar\n{a}\n" for q, a in answers) + "Kontakta oss\n"
    spoken = _spoken(_read(dump))
    assert all(a in spoken for _, a in answers)
    events = [("7 juni: Spelmanslaget", "Folkmusik från hela länet spelas i parken."),
              ("14 juni: Barnteater", "En föreställning om en björn som inte kan sova."),
              ("21 juni: Allsång", "Vi sjunger sommarens sånger tillsammans med kören.")]
    head = ("Parkföreningen\nProgram\nOm oss\n1 juni 2025\nLördagar i parken\n"
            "Varje lördag i juni bjuder föreningen på underhållning vid dammen i Stadsparken.\n")
    spoken = _spoken(_read(_list(head, events, "Fri entré", tail="\nDela\nParkföreningen\n")))
    assert all(d in spoken for _, d in events) and "Fri entré" in spoken
