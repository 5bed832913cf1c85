"""Session 22, class 'a caption of two sentences glued over its credit line' (issue #9; creditcaptions.py): a
picture's caption set right over "Foto: Namn" between the article's paragraphs, or under the lead over the head's
byline, was read as a paragraph. Fictional sites, names and places written after the fix; guards keep the article's
last paragraph over the site's photo credit, a vox pop's answer over the next person's picture, and a site that sets
the credit over its caption."""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_HEAD = "Fjällbygdens Tidning\nNyheter\nSport\nKultur\nSkidstadion i Vemdalsbyn får nytt konstsnösystem\n"
_LEAD = ("Skidklubben i Vemdalsbyn får 4,2 miljoner kronor från kommunen till ett nytt system för konstsnö. Arbetet "
         "börjar i augusti och ska vara klart före säsongsstarten.")
_P1 = ("Det gamla systemet installerades 1998 och har gått sönder flera gånger de senaste vintrarna. Förra säsongen "
       "kunde spåren öppna först i mitten av december.")
_P2 = ("– Med de nya kanonerna kan vi producera dubbelt så mycket snö på samma tid, säger klubbens ordförande Tove "
       "Rask.")
_P3 = ("Kommunen betalar två tredjedelar av kostnaden. Resten tar klubben från sina egna sparade medel och från en "
       "insamling bland medlemmarna.")
_CAPTION = "Tove Rask vid en av de gamla snökanonerna. Den äldsta är från slutet av nittiotalet."


def test_a_two_sentence_caption_over_its_credit_between_paragraphs_is_not_read() -> None:
    dump = _HEAD + "\n".join([_LEAD, _P1, _CAPTION, "Foto: Lars Högberg", _P2, _P3]) + "\n"
    said = spoken_text(read_dump(dump))
    assert "Den äldsta är från slutet" not in said
    for p in (_P1, _P2, _P3):
        assert p in said


def test_the_top_pictures_caption_under_the_lead_over_the_byline_is_not_read() -> None:
    head = _HEAD + _LEAD + "\n"
    meta = "Foto: Lars Högberg\nEmma Strand\nemma.strand@fjallbygden.se\nPublicerad 3 juni 2026 kl 07.00\nDela\n"
    dump = head + _CAPTION + "\n" + meta + "\n".join([_P1, _P2, _P3]) + "\n"
    a = read_dump(dump)
    said = spoken_text(a)
    assert "snökanonerna" not in said
    assert _P1 in said and _P3 in said


# Guards: the signal must not fire here.

def test_the_articles_last_paragraph_over_the_sites_photo_credit_is_read() -> None:
    last = "Invigningen hålls den 14 december. Anmälan görs till klubbens kansli senast den 1 november."
    dump = _HEAD + "\n".join([_LEAD, _P1, _P2, last, "Foto: Lars Högberg", "Dela", "Fler nyheter"]) + "\n"
    assert last in spoken_text(read_dump(dump))


def test_a_vox_pops_answer_over_the_next_persons_credit_is_read() -> None:
    head = "Fjällbygdens Tidning\nNyheter\nVeckans fråga: Åker du skidor i jul?\n"
    lead = "Snön har kommit till Vemdalsbyn. Vi frågade fyra personer vid skidstadion om julens planer."
    answer1 = "– Ja, varje dag om vädret tillåter. Jag har längtat efter spåren hela hösten."
    answer2 = "– Nej, jag åker hellre skridskor på sjön. Det är lugnare där."
    dump = head + "\n".join([lead, "Foto: Lars Högberg", "Maja Lind, 34, Vemdalsbyn", answer1,
                             "Foto: Lars Högberg", "Olle Berg, 61, Hede", answer2]) + "\n"
    said = spoken_text(read_dump(dump))
    assert answer1 in said and answer2 in said


def test_a_long_paragraph_over_a_credit_is_read() -> None:
    long_par = ("Bygget har föregåtts av en lång diskussion i kommunfullmäktige, där flera partier ville vänta med "
                "beslutet tills klubben visat hur driften ska betalas. Till slut röstade en bred majoritet för. "
                "Oppositionen reserverade sig.")
    dump = _HEAD + "\n".join([_LEAD, _P1, long_par, "Foto: Lars Högberg", _P2, _P3]) + "\n"
    assert long_par in spoken_text(read_dump(dump))
