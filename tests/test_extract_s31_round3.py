"""Session 31, round 3, from blind set extract114 (12 dumps, held out through rounds 1 and 2: headline 100 %, leak 6.6 %,
recall 0.999 at e94fcc20 and exactly so after each round; after round 3: 100 %, 0.9 %, 0.999). Written after the fixes,
with other sites and words; the guards beside each:

- a live ticker's box of match events under their minutes beside the report (``tickers``); a minute-by-minute report
  that is the article stays;
- a quiz of several questions, each over its options, with one control under the last, between the paragraphs
  (``bodywidgets._poll``);
- a link's label ending in its anchor word "här" (``buttonlabels._HERE``); "Gör så här" over the steps stays;
- a scene's caption closed by "som" and a supine without a comma, its head with a number's colon ending ("NT 220:an")
  (``barecaptions._RELATIVE_TAIL``, ``_LABEL_COLON``); a sentence whose verb follows its "som" clause stays;
- a work's label (artist, title, year, medium, size) and a caption closed by its archive (rows ``artwork-label``,
  ``caption-archive``).
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_REPORT = """Västbygdens Tidning
Sport
Fotboll
Ishockey
Sport
Sent avgörande när Ås IK vann mot Norrby
Ås IK tog tre viktiga poäng i toppstriden efter 2–1 hemma mot Norrby IF på söndagen.
Norrby tog ledningen redan i tolfte minuten när Erik Sund slog in en retur från nära håll.
Ås kvitterade strax efter paus genom lagkaptenen Jonas Berg, som nickade in en hörna.
– Vi var bättre i andra halvlek och förtjänade segern, säger tränaren Lars Holm.
Segermålet kom i 89:e minuten när inhopparen Olle Ek sköt in bollen via stolpen.

Matchens händelser
Slut! Ås IK vinner med 2–1.
89'
MÅL! Olle Ek gör 2–1 för Ås.
61'
Byte Ås IK: In Olle Ek, ut Sam Ali.
47'
MÅL! Jonas Berg kvitterar till 1–1.
12'
MÅL! Erik Sund ger Norrby ledningen.
Visa fler händelser

Mer sport
"""


def test_a_live_tickers_box_of_match_events_is_not_read() -> None:
    spoken = spoken_text(read_dump(_REPORT))
    assert "Segermålet kom i 89:e minuten" in spoken
    assert "Byte Ås IK" not in spoken and "Slut! Ås IK vinner" not in spoken and "Visa fler händelser" not in spoken


_MINUTES = """Västbygdens Tidning
Sport
Minut för minut: Så gick derbyt
Här följer vi derbyt mellan Ås IK och Norrby IF på Åsvallen.
90'
Domaren blåser av matchen, och Ås IK vinner derbyt med 2–1 inför nästan tvåtusen åskådare.
75'
Olle Ek gör 2–1 för Ås efter ett snabbt anfall längs högerkanten och ett skott i bortre hörnet.
46'
Andra halvlek är igång, och Norrby gör ett byte: Sam Ali ersätter den skadade mittfältaren Per Dahl.
12'
Erik Sund ger Norrby ledningen när han slår in en retur från nära håll efter en hörna.
"""


def test_a_minute_by_minute_report_that_is_the_article_stays() -> None:
    spoken = spoken_text(read_dump(_MINUTES))
    assert "Olle Ek gör 2–1 för Ås efter ett snabbt anfall" in spoken


_LAKE = """Sjöföreningen Storvattnet
Nyheter
Fiskar i Storvattnet undersöks i sommar
Föreningen provfiskar Storvattnet i augusti för att se hur abborre och gädda mår efter förra sommarens syrebrist.
Provfisket görs med nät på tolv platser runt sjön, och fångsten mäts och vägs innan den räknas.

Testa dig själv: Känner du sjöns fiskar?
1. Vilken fisk är vanligast i Storvattnet?
Abborre
Gädda
Gös
2. Hur djup är sjön som djupast?
12 meter
24 meter
48 meter
Se dina svar

Resultaten från provfisket presenteras på föreningens årsmöte i november.
Förra provfisket gjordes 2019, och då var abborren den vanligaste fisken i sjön.
"""


def test_a_quiz_of_several_questions_between_the_paragraphs_is_not_read() -> None:
    spoken = spoken_text(read_dump(_LAKE))
    assert "Vilken fisk är vanligast" not in spoken and "Gädda" not in spoken and "Se dina svar" not in spoken
    assert "Resultaten från provfisket presenteras på föreningens årsmöte" in spoken


_TRIP = """Supporterklubben Gulsvart
Nyheter
Resor
Buss till bortamatchen i Sundsvall
Supporterklubben ordnar buss till bortamatchen mot Sundsvall på lördag, och det finns fortfarande platser kvar.
Resan kostar 300 kronor för medlemmar och 400 kronor för andra, och i priset ingår matchbiljetten.
Boka din plats på bussen här
Avresa och hemresa
Bussen går från ishallen klockan 12 på lördag och är tillbaka omkring midnatt efter matchen.
Gör så här
Betala till klubbens bankgiro och skriv ditt namn och telefonnummer i meddelandet.
Ta med biljetten i mobilen eller utskriven.
"""


def test_a_links_label_ending_in_har_is_not_read_and_gor_sa_har_stays() -> None:
    spoken = spoken_text(read_dump(_TRIP))
    assert "Boka din plats på bussen här" not in spoken
    assert "Gör så här" in spoken
    assert "Bussen går från ishallen klockan 12 på lördag" in spoken


_DEALER = """Norrlands Maskin AB
Nyheter
Kontakt
Nyheter
Vi börjar sälja skogsmaskiner från Valtek
Norrlands Maskin blir från och med maj återförsäljare för Valteks skotare och skördare i hela Västerbotten.
– Många av våra kunder har frågat efter Valtek, och nu kan vi äntligen erbjuda både försäljning och service här hemma, säger vd Ulrika Sten.
Ulrika Sten och säljaren Per Ek framför den första VT 140:an som levererats till Lycksele.
Service dygnet runt
Verkstaden i Lycksele får två nya mekaniker som utbildas hos Valtek i Finland under våren.
Kunderna kan boka service dygnet runt via verkstadens telefon, och en servicebil finns i länet året om.
"""


def test_a_scene_caption_closed_by_som_and_a_supine_is_not_read() -> None:
    spoken = spoken_text(read_dump(_DEALER))
    assert "framför den första VT 140:an" not in spoken
    assert "Verkstaden i Lycksele får två nya mekaniker" in spoken


def test_a_sentence_whose_verb_follows_its_som_clause_stays() -> None:
    line = "Kunderna som redan har Valteks maskiner får gratis service fram till sommaren i år."
    dump = _DEALER.replace("Ulrika Sten och säljaren Per Ek framför den första VT 140:an som levererats till Lycksele.",
                           line)
    assert line in spoken_text(read_dump(dump))


_ART = """Galleri Ljusgården
Utställningar
Om galleriet
Utställningar
Kristina Alm visar nya målningar i vår
Galleri Ljusgården öppnar säsongen med Kristina Alms målningar från kusten, som visas för första gången i Sverige.
Alm har under två år målat samma strand vid olika tider på dygnet, i alla slags väder och ljus.
Kristina Alm, Strand i november, 2024. Olja på duk, 90 x 120 cm.
– Jag ville se hur samma plats förändras när ljuset gör det, säger Kristina Alm.
Utställningen visas till och med den 18 maj och är öppen torsdag till söndag.
Hamnen i Norrvik omkring 1910, innan den nya kajen byggdes. Ur hembygdsföreningens fotoarkiv.
Galleriet ligger i det gamla tullhuset i Norrviks hamn, som byggdes om till galleri för tio år sedan.
"""


def test_a_works_label_and_a_caption_closed_by_its_archive_are_not_read() -> None:
    spoken = spoken_text(read_dump(_ART))
    assert "Olja på duk" not in spoken and "fotoarkiv" not in spoken
    assert "Utställningen visas till och med den 18 maj" in spoken
    assert "Galleriet ligger i det gamla tullhuset" in spoken


def test_in_a_dump_without_blank_lines_the_articles_last_paragraph_over_the_ticker_stays() -> None:
    """Review: the line over the first minute goes with the ticker only as its heading."""
    dump = _REPORT.replace("\n\n", "\n").replace("Matchens händelser\nSlut! Ås IK vinner med 2–1.\n", "")
    spoken = spoken_text(read_dump(dump))
    assert "Segermålet kom i 89:e minuten när inhopparen Olle Ek sköt in bollen via stolpen." in spoken
    assert "Byte Ås IK" not in spoken
