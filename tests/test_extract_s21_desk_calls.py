"""Session 21 (E25): the newsroom talking to its reader under a news article, glued to its last paragraph in a dump
without blank lines (:mod:`audiocast.ingest.deskcalls`): the standing call for tips, pictures, letters and events
goes; the police's appeal, a call about the article's own matter or list, a writer's own address and a call with the
article going on under it stay.

Every page here was written after the fix, with other sites, words and numbers than the pages it came from.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_HEAD = (
    "Till innehållet\n"
    "Västkusten Idag\n"
    "Nyheter\n"
    "Sport\n"
    "Kultur\n"
    "Logga in\n"
)

_BODY = (
    "Nyheter\n"
    "Gasolläcka stängde Hamngatan i Lysekil\n"
    "Av Petra Wallin\n"
    "Publicerad 14 januari 2026 10:12\n"
    "En gasolflaska började läcka i en restaurangs förråd vid Hamngatan i Lysekil på onsdagsmorgonen. Gatan stängdes av i två timmar.\n"
    "Räddningstjänsten ventilerade förrådet och ingen människa skadades, men ett tjugotal boende i huset intill fick vänta ute i kylan.\n"
    "– Läckan var liten men vi tar aldrig risker med gasol i slutna utrymmen, säger styrkeledaren Mats Holmgren.\n"
    "Restaurangen räknar med att kunna öppna igen till lunch på torsdag.\n"
)

_FOOT = (
    "Annons\n"
    "Mest läst\n"
    "Nya bussar till Smögen från februari\n"
    "Västkusten Idag · Ansvarig utgivare: Ola Strand\n"
)

_LAST = "Restaurangen räknar med att kunna öppna igen till lunch på torsdag."


def _page(*tail: str) -> list[str]:
    return spoken_lines(read_dump(_HEAD + _BODY + "".join(t + "\n" for t in tail) + _FOOT))


def test_a_call_for_pictures_glued_under_the_last_paragraph_goes() -> None:
    call = "Har du foton eller video? Mejla nyheter@vastkustenidag.se eller sms:a 71 122."
    lines = _page(call)
    assert _LAST in lines
    assert call not in lines


def test_a_question_over_the_desks_instruction_goes_with_it() -> None:
    """Under a live page's note ("… uppdaterar.", read as the article's by one blind set and as the page's by another,
    left as it is), the question is no longer right under the last paragraph."""
    question, how = "Har du information eller bilder?", "Skicka dem till bild@vastkustenidag.se eller sms:a 71 122."
    lines = _page("Västkusten Idag uppdaterar.", question, how)
    assert _LAST in lines
    assert question not in lines and how not in lines


def test_a_call_for_letters_goes() -> None:
    call = "Tycker du något? Skicka en insändare till asikt@vastkustenidag.se. Max 2 500 tecken."
    lines = _page(call)
    assert call not in lines


def test_a_call_for_events_to_the_desks_form_with_its_deadline_goes() -> None:
    call = "Har du ett arrangemang som du vill få med i helgguiden? Fyll i vårt formulär senast måndag klockan 10."
    lines = _page(call)
    assert call not in lines
    assert _LAST in lines


def test_the_polices_appeal_stays() -> None:
    for appeal in ("Har du information? Ring polisen på 114 14 och uppge diarienummer 5000-K771203-26.",
                   "Har du sett något? Kontakta polisen på 114 14."):
        assert appeal in _page(appeal)


def test_a_call_about_the_articles_own_matter_stays() -> None:
    call = "Har du bilder på gasolflaskor som förvaras fel? Mejla nyheter@vastkustenidag.se."
    assert call in _page(call)


def test_a_question_about_the_articles_own_list_stays() -> None:
    call = "Saknas din restaurang i listan? Mejla oss på red@vastkustenidag.se så lägger vi till den."
    assert call in _page(call)


def test_the_writers_own_address_stays() -> None:
    call = "Har du bilder från gamla Hamngatan? Mejla petra.wallin@vastkustenidag.se."
    assert call in _page(call)


def test_a_call_with_the_article_going_on_under_it_stays() -> None:
    call = "Har du foton eller video? Mejla nyheter@vastkustenidag.se."
    more = ("Det är tredje gången på två år som räddningstjänsten larmas till Hamngatan för gasol, enligt "
            "räddningstjänstens egen statistik över insatser i kommunen.")
    lines = _page(call, more)
    assert call in lines and more in lines


def test_a_qa_answer_shaped_as_a_call_stays() -> None:
    question = "Kan jag skicka in egna bilder till tidningen?"
    answer = "Har du bilder? Mejla bild@vastkustenidag.se så svarar fotoredaktionen inom en vecka."
    lines = _page(question, answer)
    assert answer in lines


# A clip's call under its player (``clip-call`` in data/boilerplate.tsv): the listener hears the text, not the clip.

_RADIO = (
    "Kanal Norrbotten\n"
    "Nyheter\n"
    "Sport\n"
    "Logga in\n"
    "Ny bro över Kalixälven dröjer till 2029\n"
    "Publicerat onsdag 11 mars kl 07.10\n"
    "{call}\n"
    "Dela\n"
    "Trafikverket skjuter upp bygget av den nya bron över Kalixälven vid Räktfors med två år, sedan anbuden blivit dyrare än beräknat.\n"
    "Den gamla bron från 1958 har fått en viktbegränsning på tolv ton, vilket tvingar timmerbilarna att köra en omväg på fyra mil.\n"
    "– Det här drabbar åkerierna hårt, varje dag med omväg kostar pengar, säger Åsa Lindqvist på Norrbottens åkeriförening.\n"
    "Mer från Kanal Norrbotten\n"
    "Skolbussen fick nytt schema\n"
)


def test_a_clips_call_with_its_reporter_goes() -> None:
    for call in ("Lyssna på Kanal Norrbottens reporter Jonas Pekkari om beskedet.",
                 "Se vår korrespondent i Luleå om bron.",
                 "Hör Maria Kuoppa förklara varför bygget dröjer",
                 "Lyssna på hela samtalet med trafikchefen"):
        lines = spoken_lines(read_dump(_RADIO.format(call=call)))
        assert call not in lines
        assert ("Trafikverket skjuter upp bygget av den nya bron över Kalixälven vid Räktfors med två år, sedan anbuden "
                "blivit dyrare än beräknat.") in lines


def test_the_articles_own_advice_to_listen_or_watch_stays() -> None:
    for line in ("Lyssna på Sveriges Radio P4 Norrbotten för trafikinformation under dagen.",
                 "Se upp för halka på bron tidigt på morgonen.",
                 "Hör av dig till Trafikverket om du ser skador på räcket."):
        assert line in spoken_lines(read_dump(_RADIO.format(call="Lyssna").replace(
            "Mer från Kanal Norrbotten\n", line + "\nMer från Kanal Norrbotten\n")))


# A caption glued to the text whose credit names nobody, or names a sketch's maker (picturelines._CREDIT).


def test_a_caption_closed_by_a_nameless_credit_or_a_sketchs_maker_goes() -> None:
    from audiocast.ingest.picturelines import is_marked_caption

    for caption in ("Flottningen vid Storforsen, troligen 1925. Fotograf okänd.",
                    "Brudparet Ingrid och Bo Sandberg utanför Hede kyrka. Privat foto.",
                    "Så ska den nya skolgården vid Björkliden se ut. Skiss: Sweco Arkitekter",
                    "Den nya entrén mot torget. Visualisering: Tengbom"):
        assert is_marked_caption(caption)
    for sentence in ("Fotografen är okänd, men bilderna visar hamnen under 1920-talet.",
                     "Arkitekterna visade en skiss över skolgården på mötet i tisdags."):
        assert not is_marked_caption(sentence)
