"""Wave 2, class 'call to action below the article' (issue #9; :mod:`audiocast.ingest.actionbox`).

A box that turns to the reader and ends in something to do - a heading, a sentence or two to "du"/"ni", closed by a
button, a phone number or opening hours - or a short sentence glued under the article over two buttons. Every dump
here was written after the fix, for fictional sites, in other wordings than the dumps that showed the class; each
phenomenon has its guard (the article's own text that looks like it and stays).
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_PARAS = (
    "Simhallen i Tranås stänger den 1 juni för en renovering som beräknas ta fjorton månader.\n"
    "Bassängen får ny kakel, reningsverket byts ut och omklädningsrummen byggs om så att de blir tillgängliga för alla.\n"
    "– Det är en efterlängtad satsning. Hallen är från 1974 och mycket är slitet, säger fritidschefen Karin Öst.\n"
    "Under stängningen hänvisas skolornas simundervisning till badhuset i Aneby.\n"
)


def _page(tail: str, blanks: bool = False) -> str:
    paras = _PARAS.replace("\n", "\n\n") if blanks else _PARAS
    return (
        "Tranås kommun\nUppleva och göra\nSkola\nOmsorg\n\n"
        "Simhallen stänger för renovering\n"
        "Publicerad 14 april 2026\n"
        f"{paras}{tail}"
        "\nTranås kommun · 573 82 Tranås\nTillgänglighetsredogörelse\n"
    )


def test_a_box_asking_the_reader_to_join_closed_by_its_button_is_not_read() -> None:
    tail = ("\nVill du bli simlärare?\nVi söker dig som är 18 år eller äldre och trivs i vatten. Utbildningen är gratis.\n"
            "Ansök senast 30 april\n")
    spoken = _spoken(_read(_page(tail)))
    assert "simundervisning till badhuset i Aneby." in spoken
    assert "Vill du bli simlärare?" not in spoken and "Utbildningen är gratis" not in spoken
    assert "Ansök senast" not in spoken


def test_a_help_box_with_its_phone_hours_and_chat_button_is_not_read() -> None:
    tail = ("\nFrågor om ditt kort?\nHar du ett årskort eller ett klippkort kan du få pengarna tillbaka för tiden vi "
            "har stängt.\nKundtjänst 0140-681 00\nMån–fre kl 8–16\nMejla kundtjänst\n")
    spoken = _spoken(_read(_page(tail, blanks=True)))
    assert "Under stängningen hänvisas" in spoken and "säger fritidschefen Karin Öst." in spoken
    assert "Frågor om ditt kort?" not in spoken and "få pengarna tillbaka" not in spoken
    assert "0140-681 00" not in spoken and "Mejla kundtjänst" not in spoken


def test_a_sentence_glued_under_the_article_over_two_buttons_is_not_read() -> None:
    tail = "Följ badets öppettider i vår app.\nHämta appen\nAnvänd i webbläsaren\n"
    spoken = _spoken(_read(_page(tail)))
    assert "simundervisning till badhuset i Aneby." in spoken
    assert "Följ badets öppettider" not in spoken and "Hämta appen" not in spoken


def test_the_articles_own_closing_section_and_a_last_faq_answer_with_its_link_stay() -> None:
    # Guards: a closing section under its heading with nothing to click; the last answer of an article made of
    # questions under their headings, closed by a link (its words are the article's).
    tail = ("\nVill du hjälpa till?\nFöreningen Tranås Simsällskap söker frivilliga som kan vara med när bassängen ska "
            "tömmas i juni, och den som vill kan höra av sig till Karin Öst.\n")
    spoken = _spoken(_read(_page(tail, blanks=True)))
    assert "söker frivilliga som kan vara med" in spoken
    faq = (
        "Tranås kommun\nSkola\nOmsorg\n\nFrågor och svar om simskolan\nSenast ändrad 3 mars 2026\n"
        "Här svarar vi på det som föräldrar oftast frågar om kommunens simskola för barn.\n\n"
        "Hur gammal måste mitt barn vara?\nSimskolan tar emot barn som har fyllt fem år och som vågar doppa ansiktet.\n\n"
        "Vad kostar simskolan?\nEn termin i simskolan kostar 600 kronor, och syskon får halva priset på terminsavgiften.\n\n"
        "Hur anmäler jag mitt barn?\nDu anmäler ditt barn till simskolan i kommunens e-tjänst med ditt bank-id.\n"
        "Till e-tjänsten\n\nTranås kommun · 573 82 Tranås\n"
    )
    spoken = _spoken(_read(faq))
    assert "Du anmäler ditt barn till simskolan" in spoken and "syskon får halva priset" in spoken


# A help box glued under the article's last paragraph: a question to the reader over short lines giving numbers to call.

_FAQ = (
    "Region Dalarna\nHitta vård\nLogga in\n\nRS-virus – frågor och svar\nUppdaterad: 9 december 2026\n"
    "RS-viruset sprids nu i länet. Här svarar barnsjuksköterskan Maj Lindgren på det som föräldrar undrar mest över.\n"
    "Hur smittar RS-virus?\n"
    "Viruset sprids via hosta och nysningar och kan överleva flera timmar på leksaker och handtag.\n"
    "När ska jag söka vård med mitt barn?\n"
    "Sök vård om barnet andas snabbt och ansträngt, inte orkar äta eller har färre blöta blöjor än vanligt.\n"
    "{tail}\n\nLäs mer på 1177\nAndningsbesvär hos barn\n\nRegion Dalarna\n"
)


def test_a_help_box_of_numbers_to_call_glued_under_an_faq_is_not_read() -> None:
    tail = "Är du osäker på hur sjukt barnet är?\nRing 1177 och få råd av en sjuksköterska.\nAndas barnet mycket tungt, ring 112."
    spoken = _spoken(_read(_FAQ.format(tail=tail)))
    assert "har färre blöta blöjor än vanligt." in spoken
    assert "Är du osäker" not in spoken and "få råd av en sjuksköterska" not in spoken and "ring 112" not in spoken


def test_the_faqs_own_last_question_with_a_number_in_its_answer_stays() -> None:
    # Guard: the question speaks as the asker, not to the reader.
    tail = "Vad gör jag om barnet slutar andas en stund?\nRing 112 direkt och håll barnet upprätt tills hjälpen kommer."
    spoken = _spoken(_read(_FAQ.format(tail=tail)))
    assert "Vad gör jag om barnet slutar andas en stund?" in spoken and "Ring 112 direkt" in spoken


def test_a_call_box_closed_by_a_web_address_is_not_read() -> None:
    tail = ("\nBli badvärd i sommar\nVill du hjälpa till vid bassängen några timmar i veckan? Vi ger dig utbildning och "
            "fribiljetter.\nwww.tranas.se/badvard\n")
    spoken = _spoken(_read(_page(tail)))
    assert "simundervisning till badhuset i Aneby." in spoken
    assert "Bli badvärd i sommar" not in spoken and "Vi ger dig utbildning" not in spoken


# Written after the fix of the -a imperative's word end (a closing paragraph opened by a noun in -an/-ar was taken for
# a call to action over the writer's name and a button, and lost): new sites and wordings.

_CLUB = (
    "Ljungby Schackklubb\nStart\nTurneringar\nJuniorer\nKontakt\n"
    "Klubbnytt\n3 mar 2026\n"
    "Ny nybörjarkurs i schack startar i april\n"
    "Klubben startar en kurs för vuxna nybörjare som vill lära sig spelets grunder.\n"
    "Kursen hålls på sex tisdagskvällar i Folkets hus och leds av klubbens tränare Anders Ny.\n"
    "{closing}\n"
    "Maria Lund\nKursansvarig\n"
    "{button}\n"
    "Fler nyheter\nKlubbmästerskapet avgjort\n12 feb 2026\n"
)


def test_a_closing_paragraph_opened_by_a_noun_in_an_over_its_writer_and_a_button_is_read() -> None:
    closing = "Ansökan görs senast den 20 mars. Kursavgiften är 400 kronor och böcker ingår."
    spoken = _spoken(_read(_CLUB.format(closing=closing, button="Anmäl din grupp")))
    assert "Ansökan görs senast den 20 mars." in spoken
    assert "Kursavgiften är 400 kronor" in spoken


def test_a_closing_paragraph_opened_by_a_plural_in_ar_is_read() -> None:
    closing = "Platserna är tolv och fördelas i turordning. Priset är 300 kronor."
    spoken = _spoken(_read(_CLUB.format(closing=closing, button="Boka din plats")))
    assert "Platserna är tolv och fördelas i turordning." in spoken


def test_guard_an_imperative_ask_over_two_buttons_glued_under_the_article_still_goes() -> None:
    tail = "Ladda ner vår app och följ simhallens öppettider i mobilen.\nApp Store\nGoogle Play\n"
    spoken = _spoken(_read(_page(tail)))
    assert "simundervisning till badhuset i Aneby." in spoken
    assert "Ladda ner vår app" not in spoken and "Google Play" not in spoken
