"""Session 45, round 1 (the pages that failed in extract235-237, written blind at this session's start and scored
before they were read; issue #9):

- a box of member benefits between a one-line breadcrumb and the headline the crumb's last part names ("Hem » Nyheter
  » Byggkontroller i Blekinge" … "Byggkontroller i Blekinge") gave the headline and the lead (its last heading and
  line): the lines between the crumb and its named headline are the page's (``headcrumbs._under_crumb_tags``);
- a list of items in small letters under a line ending in a colon was joined into one line as if hard-wrapped: a line
  is joined to the next only where a wrapper filling the block's width would have broken it
  (``wraps.join_wrapped``; over the annotated dumps 54 of 58 joins were wrong), and the list's last item over a
  picture's credit is the list's, not the caption's first line (``credits.ends_colon_list``);
- a paper's pitch glued between its paragraphs in a dump without blank lines: its appeal and headline over the offer
  and subscribe rows were read (``offerheads.offer_head_tags``); a paywall's "Du har läst en smakbit av en
  PLUS-artikel" (table rule ``paywall``);
- a newsletter platform's closing lines ("Tack för att du läser X! Det här inlägget är offentligt, så dela det
  gärna.", "X är ett gratis nyhetsbrev … Prenumerera så missar du inget.", table rule ``newsletter-pitch``);
- the hours a contact card's channel is staffed, glued under its last phone line ("Presstjänsten är bemannad vardagar
  08.00–21.00 …", ``contacts._card_at``).

Written after the fixes, for invented sites. The guards: a headline right under its crumb, a hard-wrapped paragraph,
an article's subheading over a bare "Logga in", a sentence that thanks the readers.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines, spoken_text

from audiocast.ingest.wraps import join_wrapped

_LEAD = ("Fackets skyddsombud i Västra Skogsbygden hittade brister på var fjärde byggarbetsplats de besökte under "
         "oktober, visar avdelningens sammanställning.")
_P1 = ("Sammanlagt besöktes 36 arbetsplatser i fyra kommuner, och på nio av dem saknades fallskydd vid "
       "bjälklagskanterna.")
_P2 = "– Vi ser samma brister år efter år, och det är dem som orsakar de svåraste olyckorna, säger Sara Lind."
_P3 = "Avdelningen återkommer med en ny kontrollvecka i mars, då även rivningsarbeten ska granskas."


def test_a_box_between_the_crumb_and_the_headline_it_names_is_the_pages() -> None:
    dump = ("BLI MEDLEM – första månaden gratis\nByggfacket Västra Skogsbygden\nMina sidor\nSök\nHem\nNyheter\n"
            "Avtal\nKontakt\nHem › Nyheter › Brister på var fjärde bygge\nMEDLEMSERBJUDANDEN\nFri rådgivning\n"
            "Som medlem får du hjälp av våra ombudsmän när du behöver det.\nInkomstförsäkring\n"
            "Skyddar din lön om du blir arbetslös.\nRabatt på skyddsskor\n20 % i butiken vid Stationsgatan.\n"
            f"Brister på var fjärde bygge\n{_LEAD}\n{_P1}\n{_P2}\n{_P3}\nPublicerad 4 november 2026\nDela\n")
    article = read_dump(dump)
    assert article.title == "Brister på var fjärde bygge"
    assert article.lead == _LEAD
    spoken = spoken_text(article)
    assert "Rabatt på skyddsskor" not in spoken and "20 % i butiken" not in spoken and "Fri rådgivning" not in spoken


def test_guard_a_headline_right_under_its_crumb_keeps_its_lead() -> None:
    dump = ("Byggfacket Västra Skogsbygden\nHem\nNyheter\nHem › Nyheter › Brister på var fjärde bygge\n"
            f"Brister på var fjärde bygge\n{_LEAD}\n{_P1}\n{_P2}\n")
    article = read_dump(dump)
    assert article.title == "Brister på var fjärde bygge"
    assert article.lead == _LEAD


def test_a_list_in_small_letters_under_a_colon_is_read_item_by_item() -> None:
    items = ["krukor av bränd lera med ristade linjer", "två spännen av brons", "en kam av ben med fem tänder",
             "brända kärnor av korn och havre"]
    dump = ("Hembygdsföreningen Åsby\nStart\nNyheter\nKontakt\n\n"
            "Utgrävningen vid Åsby kyrka visar en bosättning från vikingatiden\n\n"
            "Arkeologerna har under sommaren grävt ut två hus och en brunn strax söder om kyrkan i Åsby.\n"
            "I det större huset fanns spår av en härd och flera stolphål som visar hur taket bars upp.\n"
            "Bland fynden som nu ska analyseras finns:\n" + "\n".join(items) + "\n"
            "Kammen, som är ungefär tio centimeter lång. Foto: Åsby hembygdsförening\n"
            "Fynden ska visas i bygdegården under hösten, och föreningen planerar en visning på plats i september.\n"
            "– Det är ovanligt att så mycket är bevarat, säger arkeologen Eva Holm.\n\nDela\n")
    spoken = spoken_lines(read_dump(dump))
    for item in items:
        assert item in spoken
    assert not any("Foto" in line for line in spoken)


def test_lines_that_a_wrapper_did_not_break_are_not_joined() -> None:
    lines = ["Detta gäller under förbudet:", "bevattning av gräsmattor och rabatter med slang", "tvätt av bilar på tomten",
             "påfyllning av pooler över tio kubikmeter", ""]
    assert join_wrapped(lines) == lines


def test_guard_a_hard_wrapped_paragraph_is_joined_again() -> None:
    lines = ["Kommunen har beslutat att stänga simhallen i Åsby", "under tre månader i vår, medan ventilationen byts",
             "ut och bassängen får nya kakelplattor.", ""]  # textwrap.wrap(..., 50)
    assert join_wrapped(lines)[0] == ("Kommunen har beslutat att stänga simhallen i Åsby under tre månader i vår, "
                                      "medan ventilationen byts ut och bassängen får nya kakelplattor.")


_PAPER = ("Till innehållet\nNorrskogens Tidning\nLogga in\nNyheter\nSport\nKultur\nNyheter\n"
          "Skolskjutsen dras in för 40 elever i Åsby\nPublicerad 3 februari 2027\nAv Per Holm\n")
_SCHOOL = [
    "Barn- och utbildningsnämnden beslutade på tisdagen att skolskjutsen från Åsby by upphör efter sportlovet.",
    "Ett 40-tal elever berörs och ska i stället åka den vanliga linjebussen till skolan i centrum.",
    "– Vi har inte fått något svar på hur de minsta barnen ska klara bytet i Stortorp, säger föräldern Lina Berg.",
    "Nämndens ordförande Ove Sund säger att beslutet går att ompröva om trafiken inte fungerar.",
]


def test_an_offer_box_glued_between_the_paragraphs_is_not_read() -> None:
    dump = (_PAPER + "\n".join(_SCHOOL[:2]) + "\n"
            "Bra journalistik har ett pris\nLäs allt från Norrskogens Tidning i två månader för 9 kr.\n"
            "Ta del av erbjudandet\nRedan prenumerant? Logga in\n" + "\n".join(_SCHOOL[2:]) + "\nDela\n")
    spoken = spoken_lines(read_dump(dump))
    assert "Bra journalistik har ett pris" not in spoken
    assert not any("9 kr" in line for line in spoken)
    assert _SCHOOL[3] in spoken and _SCHOOL[2] in spoken


def test_guard_a_subheading_over_a_bare_login_row_stays() -> None:
    dump = (_PAPER + "\n".join(_SCHOOL[:2]) + "\nFöräldrar oroliga\nRedan prenumerant? Logga in\n"
            "Ta del av erbjudandet\n" + "\n".join(_SCHOOL[2:]) + "\nDela\n")
    spoken = spoken_lines(read_dump(dump))
    assert "Föräldrar oroliga" in spoken


def test_a_paywalls_taste_notice_stops_the_text() -> None:
    dump = (_PAPER + "\n".join(_SCHOOL[:2]) + "\nDu har läst en smakbit av en Premium-artikel\n"
            "Fortsätt läsa med Norrskogens Tidning Digital\nJust nu: 2 månader för 9 kr\nRedan prenumerant? Logga in\n")
    spoken = spoken_lines(read_dump(dump))
    assert not any("smakbit" in line for line in spoken)
    assert _SCHOOL[1] in spoken


def test_a_newsletter_platforms_closing_lines_are_not_read() -> None:
    post = [
        "Efter tre år utan affär öppnar Åsby handel igen i april, nu med ett ungt par från Göteborg som nya ägare.",
        "– Vi vill att det ska gå att handla mjölk och frimärken utan att ta bilen, säger Moa Lund.",
        "Butiken ska hålla öppet sex dagar i veckan och blir också ombud för apoteket.",
    ]
    dump = ("Åsbybrevet\nHem\nArkiv\nOm\nPrenumerera\n\nAffären i Åsby öppnar igen\n\nAnna Sund\n12 mars 2027\n\n"
            + "\n".join(post) + "\n"
            "Tack för att du läser Åsbybrevet! Det här inlägget är offentligt, så dela det gärna.\nDela\n\n"
            "Åsbybrevet är ett gratis nyhetsbrev om livet i byn. Prenumerera så missar du inget.\nPrenumerera\n\n"
            "14 gilla-markeringar\n3 kommentarer\n")
    spoken = spoken_lines(read_dump(dump))
    assert not any("Tack för att du läser" in line or "gratis nyhetsbrev" in line for line in spoken)
    assert post[2] in spoken


def test_guard_a_sentence_thanking_the_readers_stays() -> None:
    post = [
        "Efter tre år utan affär öppnar Åsby handel igen i april, nu med ett ungt par från Göteborg som nya ägare.",
        "Tack för att du läser och hör av dig med tips om byn, skriver föreningens ordförande i sitt brev.",
        "Butiken ska hålla öppet sex dagar i veckan och blir också ombud för apoteket.",
    ]
    dump = "Åsbybrevet\nHem\nArkiv\n\nAffären i Åsby öppnar igen\n\n12 mars 2027\n\n" + "\n".join(post) + "\n\nDela\n"
    spoken = spoken_lines(read_dump(dump))
    assert post[1] in spoken


def test_the_hours_under_a_contact_cards_phone_are_the_cards() -> None:
    dump = ("Polisen i Västra Skogsbygden\nStart\nNyheter\nTre gripna för stölder ur båthus\n12 april 2027\n"
            "Polisen har gripit tre män som misstänks för ett tjugotal stölder ur båthus längs Åsbysjön under vintern.\n"
            "Männen greps på tisdagen efter tips från en boende som sett en skåpbil vid en brygga i natt.\n"
            "– Vi vill tacka allmänheten för alla tips, säger kommunpolisen Eva Lind.\n"
            "Anmälan kan göras på polisen.se eller på telefon 114 14.\n"
            "Presstalesperson\nJonas Berg\nPolisregion Skogsbygden\nTelefon: 010-555 12 00\n"
            "Pressjouren är bemannad vardagar 07.00–22.00 och helger 09.00–17.00.\nDela\nFacebook\nKopiera länk\n"
            "Senast uppdaterad: 12 april 2027\nFler nyheter från Skogsbygden\nTrafikolycka på väg 90\n")
    spoken = spoken_lines(read_dump(dump))
    assert not any("Pressjouren" in line for line in spoken)
    assert "Anmälan kan göras på polisen.se eller på telefon 114 14." in spoken
