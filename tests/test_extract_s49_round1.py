"""Session 49, round 1 (issue #9).

- extract261 (page dumps, read first at this session's start: headline 12/12, leak 10/694): a listed company's press
  release closes with its contacts under "Kontaktpersoner" (name, title, phone, e-mail for two people) and the
  regulatory sentence every listed company's release carries ("Denna information är sådan information som … är
  skyldigt att offentliggöra enligt EU:s marknadsmissbruksförordning. Informationen lämnades …"). Both were read. The
  sentence is a row of the rule table (``mar-disclosure``; the golden page b26-u11 annotates it boilerplate too), and
  with it gone the cards stand under the last running prose as contact cards do; the plural heading "Kontaktpersoner"
  is a card's heading as "Kontaktperson" was (``contacts._CONTACT_HEADING``).
- a theatre's follow button over its share row ("Bevaka föreställningen") was read: "Bevaka" with one word in its
  definite form is a button of the share row (``share``). In a dump with blank lines the theatre's fact box glued over
  the buttons ("Sågverket" / "Regi: …" / "Speltid: …" / "Spara" / "Dela") went with them, the box judged as a whole
  by the company it keeps; a box opened by at least two items of a fact box before its first line of furniture opens
  with the article's facts, and only the rest is judged (``boxtags._fact_head``).

- extract264 (page dumps written during the session, read first at bd93dcb5, the session's start: headline 12/12, leak
  3/685): a ski club's page sets the top picture's credit over its caption ("Foto: Maria Sundin" / "Ordförande … vid
  den nya belysningen på Kullstigen.") right over the text; the caption was read first. A scene caption glued under
  the credit where the text begins, running prose under it, goes (``picturelines._under_credit``). A box of links'
  bare heading, "Länkar", was read over the dropped links (row ``links-heading``: 39 of 39 such lines in the golden
  set are boilerplate).

Written after the fixes, for invented sites (a mining company, a county theatre, a rowing club). The guards: an article's own
sentence about a company's duty to disclose is read; a subheading that begins with "Bevaka" and says more is read.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_RELEASE = """Hoppa till innehåll
Fjällmalm AB (publ)
Om oss
Verksamhet
Investerare
Media
Pressmeddelanden
Fjällmalm påbörjar provbrytning i Stekenjokk
Pressmeddelande 4 februari 2026 kl. 08.30

Fjällmalm AB (publ) har fått länsstyrelsens tillstånd att påbörja provbrytning vid den nedlagda gruvan i Stekenjokk i Strömsunds kommun. Provbrytningen omfattar som mest 40 000 ton malm under 2026.

Syftet är att pröva en ny anrikningsmetod som ska minska mängden restsand med en tredjedel jämfört med den gamla driften.

– Vi vill visa att det går att bryta på nytt utan att upprepa misstagen från förr, säger Fjällmalms vd Maria Sundin.

Arbetet påbörjas i maj när vägen till gruvområdet är farbar. Samebyarna i området har fått ta del av planerna, och bolaget har lovat att pausa arbetet under kalvningen.

Kontaktpersoner
Maria Sundin
Vd
+46 70 318 22 45
maria.sundin@fjallmalm.se
Per Olof Lidén
Informationsansvarig
+46 72 514 80 03
per.olof.liden@fjallmalm.se
Denna information är sådan information som Fjällmalm AB (publ) är skyldigt att offentliggöra enligt EU:s marknadsmissbruksförordning. Informationen lämnades, genom ovanstående kontaktpersoners försorg, för offentliggörande den 4 februari 2026 kl. 08.30 CET.
Om Fjällmalm
Fjällmalm AB (publ) är ett prospekteringsbolag med projekt i Jämtland och Västerbotten.
Dela
LinkedIn
E-post
© Fjällmalm 2026
"""

_THEATRE = """Länsteatern i Västernorrland
Föreställningar
Biljetter
Besök oss
Om teatern
Premiär för Sågverket i Kramfors
Publicerad 10 januari 2026

Länsteaterns nya föreställning Sågverket har premiär på Kramfors teater den 14 februari. Pjäsen bygger på intervjuer med sågverksarbetare i Ådalen.

Regissören Lina Höglund har under ett år träffat ett trettiotal tidigare arbetare och deras barn.

– Det är deras egna ord vi spelar, och flera av dem kommer att sitta i salongen på premiären, säger hon.

Efter Kramfors turnerar föreställningen till Härnösand, Sollefteå och Örnsköldsvik under mars.

Sågverket
Av: Lina Höglund och ensemblen
Regi: Lina Höglund
Premiär: 14 februari 2026, Kramfors teater
Speltid: cirka 1 timme 50 minuter
Bevaka föreställningen
Dela
Facebook
Instagram
Länsteatern i Västernorrland, Box 88, 871 22 Härnösand
"""


def test_a_listed_companys_disclosure_and_contact_cards_are_not_read() -> None:
    spoken = spoken_text(read_dump(_RELEASE))
    assert "marknadsmissbruksförordning" not in spoken and "offentliggörande" not in spoken
    assert "Kontaktpersoner" not in spoken and "Informationsansvarig" not in spoken and "+46" not in spoken
    assert "pausa arbetet under kalvningen" in spoken and "restsand" in spoken


def test_a_companys_own_sentence_about_disclosure_is_read() -> None:
    news = ("Bolaget är skyldigt att offentliggöra alla uppgifter som kan påverka aktiens pris, och därför kom beskedet "
            "före börsens öppning.\n\n")
    spoken = spoken_text(read_dump(_RELEASE.replace("Kontaktpersoner\n", news + "Kontaktpersoner\n")))
    assert "därför kom beskedet före börsens öppning" in spoken


_PRESS_TAIL = ("Instagram\nKopiera länk\nPressbilder\nLadda ner pressbilder (zip, 20 MB)\nSenaste nytt\n"
               "Ny ljusdesign på stora scenen\nNyhet · 2 januari 2026\nFler nyheter\n")


def test_a_follow_button_is_not_read() -> None:
    flat = "\n".join(x for x in _THEATRE.replace("Instagram\n", _PRESS_TAIL).split("\n") if x) + "\n"  # no blank line
    article = read_dump(flat)
    assert article.title == "Premiär för Sågverket i Kramfors"
    spoken = spoken_text(article)
    assert "Bevaka" not in spoken
    assert "turnerar föreställningen till Härnösand" in spoken and "Regi: Lina Höglund" in spoken


def test_a_subheading_that_begins_with_bevaka_is_read() -> None:
    dump = _THEATRE.replace("– Det är deras", "Bevaka Ådalens historia\n\n– Det är deras")
    assert "Bevaka Ådalens historia" in spoken_text(read_dump(dump))


def test_the_articles_fact_box_glued_over_the_share_row_is_read() -> None:
    spoken = spoken_text(read_dump(_THEATRE.replace("Bevaka föreställningen\n", "Spara\n")))
    assert "Regi: Lina Höglund" in spoken and "Speltid: cirka 1 timme 50 minuter" in spoken
    assert "Spara" not in spoken and "Dela" not in spoken


_CLUB = """Roddklubben Strömmen
Start
Nyheter
Träning
Bli medlem
Kontakt
Nytt båthus klart vid Näckrosviken
Publicerad 2026-04-02 19:10 av Jonas Ek
Foto: Jonas Ek
Juniorerna Alva Strand och Hugo Berg framför det nya båthuset vid Näckrosviken en blåsig aprilkväll.
Efter ett års bygge står klubbens nya båthus klart. Det rymmer 24 båtar och har ett eget omklädningsrum för juniorerna.
Bygget kostade 2,1 miljoner kronor, varav kommunen stod för hälften.
– Nu slipper vi bära båtarna över vägen, säger ordföranden Karin Holm.
Invigningen blir lördagen den 18 april klockan 11.
Länkar
Ritningar över båthuset (pdf)
Kommunens föreningsstöd
Gilla
"""


def test_a_scene_caption_under_the_top_pictures_credit_is_no_lead() -> None:
    article = read_dump(_CLUB)
    assert article.title == "Nytt båthus klart vid Näckrosviken"
    assert (article.lead or "").startswith("Efter ett års bygge")
    spoken = spoken_text(article)
    assert "Juniorerna Alva Strand" not in spoken and "Länkar" not in spoken
    assert "klockan 11" in spoken


def test_a_lead_under_the_credit_is_read() -> None:
    article = read_dump(_CLUB.replace(
        "Juniorerna Alva Strand och Hugo Berg framför det nya båthuset vid Näckrosviken en blåsig aprilkväll.\n", ""))
    assert (article.lead or "").startswith("Efter ett års bygge")
